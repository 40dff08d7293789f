/** Defines `<kin-mentor-contact>` (unless the page already has it). */
import { KinMentorContact } from './mentor-contact.component.js';

export { KinMentorContact };

KinMentorContact.define('kin-mentor-contact');

declare global {
  interface HTMLElementTagNameMap {
    'kin-mentor-contact': KinMentorContact;
  }
}
