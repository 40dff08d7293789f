/** The English tips that translations name, looked up by id. */
import type { SeedTip } from '../types.js';
import { dailyLife } from './daily-life.js';
import { documentation } from './documentation.js';
import { feedbackHierarchy } from './feedback-hierarchy.js';
import { humourSmallTalk } from './humour-small-talk.js';
import { patientCommunication } from './patient-communication.js';
import { sbarHandoffs } from './sbar-handoffs.js';

/** Every original, newest first (the order the seed dates them in). */
export const originals: SeedTip[] = [
  ...humourSmallTalk,
  ...feedbackHierarchy,
  ...sbarHandoffs,
  ...patientCommunication,
  ...documentation,
  ...dailyLife,
];

export function original(id: string): SeedTip {
  const found = originals.find((t) => t.id === id);
  if (!found) throw new Error(`No English tip ${id} to translate`);
  return found;
}
