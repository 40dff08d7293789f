import { css } from 'lit';
import { popoverStyles } from '../../src/core/popover.js';

/**
 * The card: a header, a scrolling pane that takes the height left (the card's own height is fixed,
 * see the component), and the buttons under it. The list and the phrase form bring their own styles.
 */
export const styles = css`
  ${popoverStyles}
  .header {
    display: grid;
    gap: 0.125em;
    margin-block-end: 0.5em;
  }
  .eyebrow {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  /* Shadows at the edges where more text is scrolled away (backgrounds fixed to the content cover
     them at the ends). */
  .pane {
    flex: 1 1 0;
    min-block-size: 8em;
    overflow-y: auto;
    background:
      linear-gradient(var(--_surface) 30%, transparent) top / 100% 2em no-repeat local,
      linear-gradient(transparent, var(--_surface) 70%) bottom / 100% 2em no-repeat local,
      radial-gradient(farthest-side at 50% 0, var(--_shade), transparent) top / 100% 0.75em
        no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_shade), transparent) bottom / 100% 0.75em
        no-repeat scroll;
    --_shade: color-mix(in srgb, var(--_text) 30%, transparent);
    overscroll-behavior: contain;
    margin-inline: calc(var(--_space) * -0.25);
    padding-inline: calc(var(--_space) * 0.25);
    padding-block-end: 0.5em;
  }
  .text {
    display: grid;
    gap: 0.5em;
  }
  h3 {
    font-size: 0.9375em;
    margin: 0.5em 0 0;
  }
  .phrases {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .phrases li::marker {
    color: var(--_primary);
  }
  /* In the sentence, one line high (a 24 px target at the default size); the dotted line says
     "explained". */
  .idiom {
    display: inline-block;
    min-block-size: 1.5em;
    padding: 0 0.0625em;
    line-height: 1.5;
    border: 0;
    border-block-end: 2px dotted currentColor;
    background: transparent;
    color: var(--_primary);
    font-weight: 600;
    cursor: help;
  }
  .idiom[aria-expanded='true'] {
    background: var(--_surface-alt);
  }
  .words {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choices,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 0.75em;
    align-items: center;
    padding-block-start: 0.5em;
  }
  .choices {
    border-block-start: 1px solid var(--_border);
  }
  .group {
    display: inline-flex;
    gap: 0.375em;
  }
  .chip {
    min-block-size: 2.25em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }
  .link {
    min-block-size: 2.25em;
    padding: 0.25em 0;
    border: 0;
    background: transparent;
    color: var(--_primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .status {
    min-block-size: 1.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status:empty {
    min-block-size: 0;
  }
  .popover-head {
    display: flex;
    gap: 0.5em;
    align-items: start;
    justify-content: space-between;
  }
  .popover p {
    margin-block-start: 0.5em;
  }
  .close {
    inline-size: 1.75em;
    block-size: 1.75em;
    flex: none;
    border: 0;
    border-radius: 50%;
    background: var(--_surface-alt);
    cursor: pointer;
    line-height: 1;
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .idiom {
      color: LinkText;
    }
  }
`;
