/** Every tip: the English originals by category, then their translations. */
import type { SeedTip } from '../types.js';
import { dailyLife } from './daily-life.js';
import { documentation } from './documentation.js';
import { spanish } from './es.js';
import { feedbackHierarchy } from './feedback-hierarchy.js';
import { humourSmallTalk } from './humour-small-talk.js';
import { patientCommunication } from './patient-communication.js';
import { sbarHandoffs } from './sbar-handoffs.js';

export const tips: SeedTip[] = [
  ...humourSmallTalk,
  ...feedbackHierarchy,
  ...sbarHandoffs,
  ...patientCommunication,
  ...documentation,
  ...dailyLife,
  ...spanish,
];
