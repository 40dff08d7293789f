import { css } from 'lit';

/** The card's frame and the agenda; the month grid and the details bring their own (parts/*.ts). */
export const styles = css`
  /* The card keeps the skeleton's height (the element's own style): the list scrolls inside. */
  .base {
    display: flex;
    flex-direction: column;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .modes {
    display: inline-flex;
    flex-wrap: wrap;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
  }
  .mode,
  .chip,
  .on-call-switch,
  .summary {
    cursor: pointer;
  }
  .mode {
    flex: auto;
    min-block-size: 2.5em;
    padding: 0.25em 0.9em;
    border: 0;
    background: transparent;
    color: var(--_primary);
    font-weight: 600;
  }
  .mode[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* One row that scrolls sideways; its chips never widen the card (nor the host page's column). */
  .filters {
    contain: inline-size;
    display: flex;
    gap: 0.5em;
    overflow-x: auto;
    padding-block: 0.75em;
    scrollbar-width: thin;
    flex: none;
  }
  .chip {
    flex: none;
    min-block-size: 2.25em;
    padding: 0.25em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 1.2em;
    background: var(--_surface);
    white-space: nowrap;
  }
  /* A long word from the endpoint (a URL, a compound name) wraps rather than widen the list. */
  .body {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding-inline-end: 0.25em;
    overflow-wrap: anywhere;
  }
  .day {
    display: grid;
    gap: 0.25em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
    content-visibility: auto;
    contain-intrinsic-block-size: auto 10em;
  }
  .day-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 0.5em;
  }
  h3,
  h4 {
    font-size: 1em;
    margin: 0;
  }
  .on-call-switch {
    min-block-size: 2em;
    padding: 0.15em 0.7em;
    border: 1px dashed var(--_border);
    border-radius: 1em;
    background: transparent;
    font-size: 0.875em;
  }
  .on-call-switch[aria-pressed='true'] {
    border-style: solid;
    border-color: var(--_text);
    font-weight: 600;
  }
  .events {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
  }
  /*
   * Dimmed, not hidden: the resident still sees what they would miss. Muted colours rather than
   * opacity, so the text keeps its contrast.
   */
  .on-call .event {
    background: transparent;
    border: 1px dashed var(--_border);
  }
  .on-call .event,
  .on-call .summary {
    color: var(--_muted);
  }
  .summary {
    display: block;
    inline-size: 100%;
    min-block-size: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .cancelled .summary {
    text-decoration-line: line-through;
  }
  .seats {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .mine {
    color: var(--_text);
  }
  .invalid {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .mode[aria-pressed='true'],
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
