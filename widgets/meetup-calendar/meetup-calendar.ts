/** Defines `<kin-meetup-calendar>` (unless the page already has it). */
import { KinMeetupCalendar } from './meetup-calendar.component.js';

export { KinMeetupCalendar };

KinMeetupCalendar.define('kin-meetup-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'kin-meetup-calendar': KinMeetupCalendar;
  }
}
