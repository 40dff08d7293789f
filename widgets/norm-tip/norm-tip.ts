/** Defines `<kin-norm-tip>` (unless the page already has it). */
import { KinNormTip } from './norm-tip.component.js';

export { KinNormTip };

KinNormTip.define('kin-norm-tip');

declare global {
  interface HTMLElementTagNameMap {
    'kin-norm-tip': KinNormTip;
  }
}
