import { css } from 'lit';

/** The card's frame; the form and the summary bring their own styles (parts/*.ts). */
export const styles = css`
  .header {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .privacy {
    font-size: 0.875em;
    color: var(--_muted);
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_primary);
  }
  h3 {
    font-size: 1em;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    /* Apart enough that a thumb on a phone does not press "Not now" for "Next". */
    gap: 1.5em;
    align-items: center;
  }
  .invalid {
    color: var(--_danger);
  }
`;
