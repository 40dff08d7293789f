/**
 * The demo program's seed: a fictional New Jersey residency program with its IMG residents,
 * near-peer mentors, coordinators, cultural-norm tips, meetups, check-in form and past check-ins.
 * See README.md for what is here and where the instruments and support lines come from.
 */
import { checkInForms } from './check-in.js';
import { checkInHistory } from './history.js';
import { meetups } from './meetups.js';
import { assignments, mentorProfiles, slotPatterns } from './mentors.js';
import { people } from './people.js';
import { program } from './program.js';
import { tips } from './tips/index.js';
import type { Seed } from './types.js';

export const seed: Seed = {
  program,
  people,
  mentorProfiles,
  assignments,
  slotPatterns,
  tips,
  meetups,
  checkInForms,
  checkInHistory,
};

/** The demo's default resident (the first resident in `people`). */
export const DEMO_RESIDENT_ID = 'res-amara';
