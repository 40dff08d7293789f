/**
 * Recurrence rules come from partners' feeds and from coordinators, and ical.js expands them in
 * synchronous loops: a rule for a date that never comes (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`)
 * loops for ever inside a single call to `next()`, and a fine one (`FREQ=SECONDLY`) has millions of
 * occurrences. So frequencies finer than meetups need are refused before any work, and every
 * expansion runs on a budget of steps and of wall-clock time, charged where ical.js loops; callers
 * bound the occurrences they keep. Running out is a `RecurrenceRefused`, which the routes answer
 * with a 400 naming the rule's event: nothing holds the event loop for long.
 */
import ICAL from 'ical.js';

/** Why a rule will not be expanded, in words a coordinator can act on. */
export class RecurrenceRefused extends Error {}

/** Meetups repeat daily at the most. */
const MEETUP_FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/** Refuses a rule that repeats more often than daily. */
export function checkFrequency(rule: InstanceType<typeof ICAL.Recur>): void {
  if (!MEETUP_FREQUENCIES.has(rule.freq))
    throw new RecurrenceRefused(
      `its rule repeats ${rule.freq ? `FREQ=${rule.freq}` : 'with no FREQ'}; meetups repeat daily at the most (DAILY, WEEKLY, MONTHLY or YEARLY)`,
    );
}

export interface WorkBudget {
  /** Steps ical.js may still take (one per candidate date it considers). */
  steps: number;
  /** `performance.now()` after which the work stops. */
  deadline: number;
}

/**
 * Steps one rule may take: a daily rule that began ten years ago takes about 3,700, a weekly one
 * about 520. ical.js takes 10–40 µs a step, so a rule whose dates never come stops within a few
 * hundred milliseconds.
 */
export const RULE_STEPS = 10_000;

/** Wall-clock time one request may spend expanding rules: under a second of holding the event loop. */
export const EXPANSION_MS = 750;

/** A budget of `steps` for one rule, ending at `deadline` (shared by a request's rules). */
export function workBudget(
  steps = RULE_STEPS,
  deadline = performance.now() + EXPANSION_MS,
): WorkBudget {
  return { steps, deadline };
}

/** The budget charged by ical.js's loops while `withBudget` runs; none outside it. */
let current: WorkBudget | undefined;

/** Steps taken since the clock was last read, whatever budget they were charged to. */
let sinceClock = 0;

/** Takes one step from the budget in force (a no-op outside `withBudget`). */
export function chargeStep(): void {
  if (!current) return;
  current.steps -= 1;
  if (current.steps < 0)
    throw new RecurrenceRefused(
      'its recurrence takes too much work to expand (a rule whose dates never come, or a very long one)',
    );
  // Every 256 steps across budgets: a feed's many small events share one deadline.
  sinceClock = (sinceClock + 1) % 256;
  if (sinceClock === 0 && performance.now() > current.deadline)
    throw new RecurrenceRefused('its recurrence takes too long to expand');
}

/** Runs `expand` (synchronous) with `budget` charged for every step ical.js takes. */
export function withBudget<T>(budget: WorkBudget, expand: () => T): T {
  const outer = current;
  current = budget;
  try {
    return expand();
  } finally {
    current = outer;
  }
}

// ical.js's RecurIterator.next() loops until a candidate date passes the rule's BY* parts, calling
// check_contracting_rules() once per candidate: the one place where that loop can be counted.
type RecurIteratorInternals = { check_contracting_rules(): boolean };
const iteratorPrototype = ICAL.RecurIterator.prototype as unknown as RecurIteratorInternals;
const checkContractingRules = iteratorPrototype.check_contracting_rules;
iteratorPrototype.check_contracting_rules = function (this: RecurIteratorInternals) {
  chargeStep();
  return checkContractingRules.call(this);
};
