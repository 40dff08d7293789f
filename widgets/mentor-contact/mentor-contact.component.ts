import { css, html } from 'lit';
import { KinElement } from '../../src/core/kin-element.js';
import { skeleton } from '../../src/core/states.js';
import { baseStyles } from '../../src/core/styles.js';

/**
 * @summary The resident's near-peer mentor, one tap away: who they are (languages shared, home
 * country, specialty, their local time), the ways to reach them, coffee chats booked from the times
 * they offer, and a confidential way to ask for someone else. Signed in as a mentor, the same tag
 * shows their mentees and the requests waiting for an answer.
 *
 * @tagname kin-mentor-contact
 *
 * @event {CustomEvent<{ id: string; slotId: string; startsAt: string }>} kin-mentor-contact-requested - The server stored a coffee-chat request (now, or after the connection came back).
 * @event {CustomEvent<{ slotId: string }>} kin-mentor-contact-queued - A request was saved on the device, to be sent when the connection returns.
 * @event {CustomEvent<{ id: string }>} kin-mentor-contact-cancelled - The server cancelled one of the resident's chat requests.
 * @event {CustomEvent<{ id: string; decision: 'confirm' | 'decline' }>} kin-mentor-contact-responded - A mentor's answer to a request was stored.
 * @event {CustomEvent<Record<string, never>>} kin-mentor-contact-change-requested - The confidential request for a different mentor was stored (its content is never in the event).
 *
 * @csspart base - The card.
 * @csspart header - The mentor's photo, name, training and home country.
 * @csspart action - The buttons (book, more, send, cancel, retry).
 * @csspart contact - Each way to reach the mentor (a link).
 * @csspart details - The panel with the mentor's story, opened from "More about".
 *
 * @cssproperty --kin-color-primary - Buttons, links, the shared-language mark.
 * @cssproperty --kin-color-surface - The card's background.
 * @cssproperty --kin-color-text - Text.
 * @cssproperty --kin-font-family - The card's font (the host page's font is not inherited).
 * @cssproperty --kin-font-size - The base size; everything else scales from it (default: the resident's own browser default).
 * @cssproperty --kin-radius - Corner radius of the card.
 */
export class KinMentorContact extends KinElement {
  /** @internal */
  static override loadView = () => import('./mentor-contact.view.js');

  /** @internal */
  static override styles = css`
    ${baseStyles}
    .base {
      /* The card's block size: the seeded mentor's card in a 20em-wide sidebar, reserved before
         it arrives so that nothing below it moves. */
      --_card-size: 37em;
    }
    .skeleton {
      min-block-size: var(--_card-size);
    }
    .profile {
      display: flex;
      gap: 0.75em;
      align-items: center;
    }
    .profile .bones {
      flex: 1;
      gap: 0.5em;
    }
    .bone.chips {
      block-size: 3.5em;
    }
    /* Not .avatar: the view's .avatar sets a larger font size, and the bone would grow and push
       its neighbours aside when the view's styles arrive. */
    .bone.photo {
      flex: none;
      inline-size: 3.5em;
      block-size: 3.5em;
      border-radius: 50%;
    }
  `;

  /** @internal */
  protected override renderSkeleton() {
    return skeleton(
      this.localize.t,
      // The card's outline, row for row: the profile, their time, languages, topics, contact ways,
      // the button and the links.
      html`<div class="profile">
          <div class="bone avatar"></div>
          <div class="bones">
            <div class="bone short"></div>
            <div class="bone heading"></div>
            <div class="bone"></div>
            <div class="bone short"></div>
          </div>
        </div>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
        <div class="bone chips"></div>
        <div class="bone short"></div>
        <div class="bone control short"></div>
        <div class="bone short"></div>`,
    );
  }
}
