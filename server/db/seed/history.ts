/**
 * Past check-ins, so that the resident's trend and the coordinator's aggregates have something to
 * show. Answers are item id → option value, scale items only (the optional note is never seeded).
 *
 * Who checked in, by training year: six PGY-1 residents (a group large enough to show figures) and
 * three PGY-2 residents (under the minimum of five, so the aggregates suppress it). By week: 9, 7,
 * 5 residents in the last three weeks and 3 four weeks ago (suppressed).
 */
import { ITEM } from './check-in.js';
import type { SeedCheckInHistory } from './types.js';

/** mood, sleep, the three UCLA-3 items, workload, safety — in the order the form asks them. */
type Row = [
  daysAgo: number,
  mood: number,
  sleep: number,
  companionship: number,
  leftOut: number,
  isolated: number,
  workload: number,
  safety: number,
];

function entries(residentId: string, rows: Row[]): SeedCheckInHistory[] {
  return rows.map(([daysAgo, mood, sleep, companionship, leftOut, isolated, workload, safety]) => ({
    residentId,
    daysAgo,
    answers: {
      [ITEM.mood]: mood,
      [ITEM.sleep]: sleep,
      [ITEM.uclaCompanionship]: companionship,
      [ITEM.uclaLeftOut]: leftOut,
      [ITEM.uclaIsolated]: isolated,
      [ITEM.workload]: workload,
      [ITEM.safety]: safety,
    },
  }));
}

export const checkInHistory: SeedCheckInHistory[] = [
  // The demo resident: a hard first month of nights, a dip five weeks ago, then a steady climb as
  // she meets her mentor and starts coming to the Thursday coffee.
  ...entries('res-amara', [
    //  days mood sleep  comp left isol  work safe
    [56, 2, 2, 3, 2, 3, 5, 2],
    [49, 2, 3, 3, 2, 2, 4, 2],
    [42, 3, 2, 2, 2, 2, 4, 3],
    [35, 2, 2, 2, 2, 3, 5, 3],
    [28, 3, 3, 2, 1, 2, 4, 3],
    [21, 3, 3, 2, 1, 2, 3, 4],
    [14, 4, 3, 1, 1, 2, 4, 4],
    [7, 4, 4, 1, 1, 1, 3, 4],
  ]),
  // PGY-1.
  ...entries('res-arjun', [
    [21, 3, 3, 2, 1, 1, 4, 3],
    [14, 3, 2, 2, 2, 1, 5, 3],
    [7, 4, 3, 1, 1, 1, 3, 4],
  ]),
  // Lonely at first (UCLA-3 total 8, then 7), better after joining a meetup.
  ...entries('res-sana', [
    [28, 2, 2, 3, 3, 2, 4, 2],
    [14, 2, 3, 3, 2, 2, 3, 3],
    [7, 3, 3, 2, 2, 1, 3, 3],
  ]),
  ...entries('res-omar', [
    [21, 3, 2, 2, 2, 2, 4, 2],
    [14, 3, 3, 2, 2, 2, 4, 3],
    [7, 3, 3, 2, 1, 2, 4, 3],
  ]),
  ...entries('res-joy', [
    [21, 4, 3, 1, 1, 1, 3, 4],
    [14, 4, 4, 1, 1, 1, 3, 5],
    [7, 3, 2, 2, 1, 1, 5, 4],
  ]),
  ...entries('res-valeria', [
    [28, 3, 2, 2, 2, 2, 5, 3],
    [7, 4, 3, 1, 2, 1, 4, 4],
  ]),
  // PGY-2.
  ...entries('res-mariam', [
    [14, 4, 3, 1, 1, 1, 3, 4],
    [7, 4, 4, 1, 1, 1, 3, 5],
  ]),
  ...entries('res-lucas', [
    [14, 3, 3, 2, 2, 2, 4, 3],
    [7, 3, 2, 3, 2, 2, 4, 3],
  ]),
  ...entries('res-shirin', [
    [21, 3, 3, 2, 1, 2, 3, 4],
    [7, 4, 4, 1, 1, 1, 2, 4],
  ]),
];
