import { css } from 'lit';

/** The card a resident sees first: the profile, the contact ways and the chats' status. */
export const styles = css`
  .card {
    display: grid;
    gap: 0.75em;
    align-content: start;
    /* The skeleton's size (see the element): the card does not grow or shrink when it arrives. */
    min-block-size: var(--_card-size);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  /* Beside the photo while there is room; under it on a narrow card or with large text. */
  .header > div {
    flex: 1 1 12em;
  }
  .avatar {
    position: relative;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 3.5em;
    block-size: 3.5em;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_surface-alt);
    color: var(--_primary);
    font-weight: 700;
    font-size: 1.125em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .pronouns,
  .small {
    font-size: 0.875em;
    font-weight: 400;
  }
  h3.small {
    margin-block-end: 0.25em;
  }
  .clock .now {
    display: inline-block;
    min-inline-size: 4.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .shared {
    font-weight: 600;
    color: var(--_primary);
  }
  .chips,
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: 0.875em;
  }
  .contacts {
    gap: 0.25em 1em;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5em;
    color: var(--_primary);
    font-weight: 600;
  }
  #booking-open {
    justify-self: start;
  }
  .links {
    gap: 0.25em 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .button.link {
    justify-content: start;
    text-align: start;
    min-block-size: 1.5em;
    padding: 0.25em 0;
    border-color: transparent;
    font-weight: 400;
    text-decoration: underline;
  }
  .chats {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chats li {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface-alt);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .chats .confirmed {
    border-inline-start-color: var(--_primary);
  }
  .chats .declined {
    border-inline-start-color: var(--_danger);
  }
  .chats .actions {
    gap: 0 1em;
  }
  .invalid {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .chips li {
      border: 1px solid CanvasText;
    }
  }
`;
