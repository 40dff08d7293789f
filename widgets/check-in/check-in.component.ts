import { css, html } from 'lit';
import { KinElement } from '../../src/core/kin-element.js';
import { skeleton } from '../../src/core/states.js';
import { baseStyles } from '../../src/core/styles.js';

/** Below this width the form asks one question at a time. */
export const STEPPED_BELOW_PX = 560;

/**
 * @summary A confidential weekly well-being check-in that a tired resident finishes in under a
 * minute: a few labelled questions, a way to ask someone to reach out, their own trend, and calm
 * support when answers suggest a hard week.
 *
 * @tagname kin-check-in
 *
 * @event {CustomEvent<{ id: string; submittedAt: string }>} kin-check-in-submitted - The server stored a check-in (the detail never holds the answers).
 * @event {CustomEvent<Record<string, never>>} kin-check-in-queued - A check-in was saved on the device, to be sent when the connection returns.
 * @event {CustomEvent<{ days: number }>} kin-check-in-snoozed - The resident asked to be reminded later.
 *
 * @csspart base - The card.
 * @csspart header - The title and the privacy line.
 * @csspart action - The buttons (send, next, back, retry, remind me later).
 * @csspart support - The support resources shown after a hard week.
 * @csspart trend - The chart of the resident's last check-ins.
 *
 * @cssproperty --kin-color-primary - Buttons, selected answers, the trend line.
 * @cssproperty --kin-color-surface - The card's background.
 * @cssproperty --kin-color-text - Text.
 * @cssproperty --kin-font-family - The card's font (the host page's font is not inherited).
 * @cssproperty --kin-font-size - The base size; everything else scales from it (default: the resident's own browser default).
 * @cssproperty --kin-radius - Corner radius of the card.
 */
export class KinCheckIn extends KinElement {
  /** @internal */
  static override loadView = () => import('./check-in.view.js');

  static override styles = [
    baseStyles,
    // The height of a first check-in's first step (what a resident most often finds) in each layout,
    // measured on a 360px card (a phone) and a 900px one, so nothing moves when it arrives; a card
    // seen before takes its last height (SteadyHeightController). The layout follows the card's
    // width as the form's does (STEPPED_BELOW_PX, less the card's padding and border around the
    // skeleton), by a container query: reading the width in script would force a layout into the
    // task that draws the skeleton, which made it long.
    css`
      .skeleton {
        container-type: inline-size;
      }
      .bones {
        align-content: start;
        min-block-size: 41.4em;
      }
      @container (inline-size >= calc(${STEPPED_BELOW_PX}px - 2em - 2px)) {
        .bones {
          min-block-size: 74.9em;
        }
      }
    `,
  ];

  /** @internal */
  protected override renderSkeleton() {
    return skeleton(
      this.localize.t,
      html`<div class="bone heading"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
        <div class="bone control"></div>
        <div class="bone control"></div>
        <div class="bone control short"></div>`,
    );
  }
}
