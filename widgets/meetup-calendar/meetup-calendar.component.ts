import { css, html } from 'lit';
import { KinElement } from '../../src/core/kin-element.js';
import { skeleton } from '../../src/core/states.js';

/**
 * @summary Informal meetups near the hospital — cafés, bookstores, cultural centres, faith
 * communities, host families — in an agenda of the next four weeks or a month grid, filtered by
 * category, with RSVPs (capacity and a waitlist), "add to my calendar", and the days a resident is
 * on call dimmed.
 *
 * @tagname kin-meetup-calendar
 *
 * @attribute {'agenda' | 'month'} initial-view - The view shown first: `agenda` (the next four weeks, the default) or `month`. Read when the card starts.
 *
 * @event {CustomEvent<{ id: string; status: 'going' | 'maybe' | 'not-going' | 'waitlisted'; waitlistPosition: number | null }>} kin-meetup-rsvp - The server recorded a resident's RSVP (`waitlisted` when the meetup was full).
 * @event {CustomEvent<{ id: string; status: 'going' | 'maybe' | 'not-going' }>} kin-meetup-rsvp-queued - An RSVP was saved on the device, to be sent when the connection returns.
 * @event {CustomEvent<{ id: string; status: number; message: string }>} kin-meetup-rsvp-rejected - The server refused an RSVP for good (e.g. the meetup is over); the card says so.
 *
 * @csspart base - The card.
 * @csspart header - The title and the agenda/month switch.
 * @csspart filters - The category filters.
 * @csspart action - Buttons (RSVP, add to calendar, retry).
 * @csspart event - One meetup in a list.
 *
 * @cssproperty --kin-color-primary - Buttons, chosen filters, today in the month grid.
 * @cssproperty --kin-color-surface - The card's background.
 * @cssproperty --kin-color-text - Text.
 * @cssproperty --kin-font-family - The card's font (the host page's font is not inherited).
 * @cssproperty --kin-font-size - The base size; everything else scales from it (default: the resident's own browser default).
 * @cssproperty --kin-radius - Corner radius of the card.
 * @cssproperty --kin-meetup-calendar-block-size - The card's fixed height (default 36em): the list scrolls inside it, so nothing on the page moves.
 */
export class KinMeetupCalendar extends KinElement {
  /** @internal */
  static override loadView = () => import('./meetup-calendar.view.js');

  // The card's height is fixed from the skeleton on, so loading, filtering or a long month never
  // moves the host page: the list scrolls inside.
  static override styles = css`
    ${KinElement.styles}
    .base {
      block-size: var(--kin-meetup-calendar-block-size, 36em);
    }
  `;

  /** @internal */
  protected override renderSkeleton() {
    return skeleton(
      this.localize.t,
      html`<div class="bone heading"></div>
        <div class="bone control"></div>
        <div class="bone short"></div>
        <div class="bone control"></div>`,
    );
  }
}
