/**
 * What every widget's shadow root starts with: the theme tokens, a reset against the host page, the
 * shared states (skeleton, error, empty, offline) and the few controls every widget uses.
 *
 * Theming: a portal sets `--kin-*` custom properties on the page or on the element (they inherit
 * into the shadow root; `all: initial` does not reset custom properties): `--kin-color-*` for the
 * light scheme, `--kin-dark-color-*` for the dark one. Inside, components read the private `--_*`
 * values, which fall back to Kinship's own light or dark colours; when a page sets any colour,
 * contrast.ts checks that text stays readable.
 *
 * Reset: colour, font, line-height, letter-spacing and text-align inherit into shadow roots, and
 * `rem` follows the host's `html` font size (62.5% on many intranets), so the host is reset to
 * `initial`, its size is `medium` (the resident's own default size), sizes inside are in `em`, and
 * nothing uses `rem`.
 */
import { css } from 'lit';

/**
 * The dark colours, for `theme="dark"` and for `auto` when the device prefers dark. A portal sets
 * them with `--kin-dark-color-*`: its light brand colours (`--kin-color-*`) are not used on a dark
 * card, where a navy that reads well on white would all but vanish.
 */
const darkTokens = css`
  --_primary: var(--kin-dark-color-primary, #6fd1c9);
  --_on-primary: var(--kin-dark-color-on-primary, #0b1d1c);
  --_surface: var(--kin-dark-color-surface, #162021);
  --_surface-alt: var(--kin-dark-color-surface-alt, #1f2c2d);
  --_text: var(--kin-dark-color-text, #e8efee);
  --_muted: var(--kin-dark-color-muted, #a9b7b6);
  --_border: var(--kin-dark-color-border, #3b4a4a);
  --_danger: var(--kin-dark-color-danger, #ff9a9a);
  --_focus: var(--kin-dark-color-focus, #9cc1ff);
`;

export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(
      --kin-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      sans-serif
    );
    /* medium is the size the resident chose as their browser's default: larger text for those who
       set it, and immune to the host's html { font-size } (only rem follows that). */
    font-size: var(--kin-font-size, medium);
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    --_primary: var(--kin-color-primary, #0b6e69);
    --_on-primary: var(--kin-color-on-primary, #ffffff);
    --_surface: var(--kin-color-surface, #ffffff);
    --_surface-alt: var(--kin-color-surface-alt, #f3f6f6);
    --_text: var(--kin-color-text, #1c2626);
    --_muted: var(--kin-color-muted, #55605f);
    --_border: var(--kin-color-border, #c9d3d2);
    --_danger: var(--kin-color-danger, #a4262c);
    --_focus: var(--kin-color-focus, #1f5fbf);
    --_radius: var(--kin-radius, 12px);
    --_space: var(--kin-space, 1em);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: start;
  }
  .base.theme-dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .base.theme-auto {
      ${darkTokens}
    }
  }

  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .muted {
    color: var(--_muted);
  }
  /* Text from the endpoint carries the language it is in; it also takes that text's direction, so
     an English question in an Arabic card reads left to right ("988 Lifeline", not "Lifeline 988"). */
  .base [lang] {
    unicode-bidi: plaintext;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* No specificity of its own: the .button rules below must win over this reset, links too. */
  :where(button, a.button) {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The shared states. */
  .state {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
    font-size: 0.9375em;
  }
  .bones {
    display: grid;
    gap: 0.75em;
  }
  /* The slow notice lies over the skeleton, in the same grid cell: the card keeps its size. */
  .loading {
    display: grid;
  }
  .loading > * {
    grid-area: 1 / 1;
  }
  .slow {
    align-self: center;
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em 1em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    box-shadow: 0 0 0 1px var(--_border);
  }
  .bone {
    inline-size: 100%;
    block-size: 1em;
    border-radius: 0.4em;
    background: var(--_surface-alt);
    animation: kin-pulse 1.6s ease-in-out infinite;
  }
  .bone.heading {
    inline-size: 60%;
    block-size: 1.4em;
  }
  .bone.short {
    inline-size: 40%;
  }
  .bone.control {
    block-size: 2.75em;
  }
  @keyframes kin-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .button,
    .notice {
      border: 1px solid CanvasText;
    }
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    .bone {
      background: GrayText;
    }
  }
`;
