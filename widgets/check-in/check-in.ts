/** Defines `<kin-check-in>` (unless the page already has it). */
import { KinCheckIn } from './check-in.component.js';

export { KinCheckIn };

KinCheckIn.define('kin-check-in');

declare global {
  interface HTMLElementTagNameMap {
    'kin-check-in': KinCheckIn;
  }
}
