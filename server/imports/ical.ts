/**
 * Meetups from a partner organisation's iCalendar feed (RFC 5545). Each VEVENT is parsed on its own,
 * so one broken event is reported and skipped while the others import. Recurring events (RRULE,
 * RDATE, EXDATE and modified occurrences with RECURRENCE-ID) are expanded by ical.js into the
 * occurrences inside the import window. Times are placed with the feed's VTIMEZONE definitions when
 * it has them (ical.js), else with the IANA zone named by TZID, else (floating times) in the
 * program's time zone.
 */
import ICAL from 'ical.js';
import type { ImportReport } from '../../src/contract/coordinator.js';
import {
  chargeStep,
  checkFrequency,
  EXPANSION_MS,
  RecurrenceRefused,
  RULE_STEPS,
  withBudget,
  workBudget,
} from '../calendar/recurrence.js';
import { MAX_OCCURRENCES } from '../data/meetups.js';
import { DAY_MS, fromLocal, isTimeZone, wallClockAsUtc } from '../time.js';
import { storable } from '../storable.js';
import { giveWay } from './give-way.js';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export interface FeedOccurrence {
  /** The occurrence's original start (its RECURRENCE-ID), as an ISO instant. */
  key: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string;
}

export interface FeedEvent {
  uid: string;
  rrule: string | null;
  timeZone: string;
  /** STATUS:CANCELLED on the event itself. */
  cancelled: boolean;
  occurrences: FeedOccurrence[];
}

export interface ParsedFeed {
  events: FeedEvent[];
  skipped: ImportReport['skipped'];
}

export interface FeedWindow {
  from: Date;
  until: Date;
  /** For floating times and for display when the event is in UTC. */
  programTimeZone: string;
}

/**
 * The most occurrences one import writes (a year of a daily meetup is 364): each is a row to
 * write, in slices of short transactions.
 */
export const MAX_FEED_OCCURRENCES = 2_000;

/** An event whose recurrence the server will not expand: the whole import is refused, naming it. */
export class FeedRefused extends Error {
  constructor(
    readonly uid: string,
    reason: string,
  ) {
    super(`event "${uid}": ${reason}`);
  }
}

interface Block {
  kind: 'VEVENT' | 'VTIMEZONE';
  text: string;
  line: number;
}

const END_OF: Record<Block['kind'], RegExp> = {
  VEVENT: /^END:VEVENT\s*$/i,
  VTIMEZONE: /^END:VTIMEZONE\s*$/i,
};

/** Unfolds lines and cuts out each VEVENT and VTIMEZONE, without parsing them yet. */
function blocksOf(feed: string): Block[] {
  const lines = feed.replace(/\r\n?/g, '\n').split('\n');
  const unfolded: { text: string; line: number }[] = [];
  lines.forEach((text, index) => {
    if (/^[ \t]/.test(text) && unfolded.length > 0)
      unfolded[unfolded.length - 1]!.text += text.slice(1);
    else unfolded.push({ text, line: index + 1 });
  });
  const blocks: Block[] = [];
  let open: { kind: Block['kind']; lines: string[]; line: number } | undefined;
  for (const { text, line } of unfolded) {
    const begin = /^BEGIN:(VEVENT|VTIMEZONE)\s*$/i.exec(text);
    if (!open && begin) {
      open = { kind: begin[1]!.toUpperCase() as Block['kind'], lines: [text], line };
    } else if (open) {
      open.lines.push(text);
      if (END_OF[open.kind].test(text)) {
        blocks.push({ kind: open.kind, text: open.lines.join('\r\n'), line: open.line });
        open = undefined;
      }
    }
  }
  return blocks;
}

function parseComponent(block: Block): Component {
  const wrapped = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kinship//import//EN\r\n${block.text}\r\nEND:VCALENDAR\r\n`;
  return new ICAL.Component(ICAL.parse(wrapped)).getFirstSubcomponent(block.kind.toLowerCase())!;
}

function uidGuess(block: Block): string | undefined {
  return /^UID:(.+)$/im.exec(block.text)?.[1]?.trim();
}

/** Whether ical.js can place times in `tzid` (a zone the feed defined and we registered). */
function registered(tzid: string): boolean {
  return ICAL.TimezoneService.has(tzid);
}

/** The instant of a time read from the feed, given the TZID its property named. */
function instantOf(time: Time, tzid: string | undefined, programTimeZone: string): Date {
  if (time.zone === ICAL.Timezone.utcTimezone) return time.toJSDate();
  if (tzid && registered(tzid)) return new Date(time.toUnixTime() * 1000);
  const local = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  return fromLocal(local, tzid && isTimeZone(tzid) ? tzid : programTimeZone);
}

/** The zone an event is set in, for display: an IANA name, or the program's. */
function displayZone(tzid: string | undefined, programTimeZone: string): string {
  return tzid && isTimeZone(tzid) ? tzid : programTimeZone;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

class SkipEvent extends Error {}

/**
 * The most dates an event may list (RDATE and EXDATE values and changed occurrences together).
 * ical.js sorts and relates them all before the first occurrence, uncounted by the step budget:
 * 1,000 take a few milliseconds, 20,000 over a second. No meetup needs more than a few dozen.
 */
export const MAX_LISTED_DATES = 1_000;

function checkListedDates(master: Component, exceptions: readonly Component[]): void {
  const listed = ['rdate', 'exdate']
    .flatMap((name) => master.getAllProperties(name))
    // A property's jCal is [name, parameters, type, ...values]: counted without decoding them.
    .reduce((count, property) => count + property.jCal.length - 3, exceptions.length);
  if (listed > MAX_LISTED_DATES)
    throw new RecurrenceRefused(
      `it lists ${listed} dates (RDATE, EXDATE, changed occurrences); an event may list at most ${MAX_LISTED_DATES}`,
    );
}

function expand(master: Component, exceptions: Component[], window: FeedWindow): FeedEvent {
  const uid = text(master.getFirstPropertyValue('uid'));
  const start = master.getFirstProperty('dtstart');
  if (!start) throw new SkipEvent('no DTSTART');
  const tzid = (start.getParameter('tzid') as string | undefined) ?? undefined;
  if (tzid && !registered(tzid) && !isTimeZone(tzid)) {
    throw new SkipEvent(`unknown time zone "${tzid}" and no VTIMEZONE for it in the feed`);
  }
  if (!text(master.getFirstPropertyValue('summary'))) throw new SkipEvent('no SUMMARY (title)');

  checkListedDates(master, exceptions);
  const event = new ICAL.Event(master);
  for (const exception of exceptions) event.relateException(exception);
  const rules = master
    .getAllProperties('rrule')
    .map((property) => property.getFirstValue() as InstanceType<typeof ICAL.Recur>);
  for (const rule of rules) checkFrequency(rule);
  const rrule = rules[0];
  const occurrences: FeedOccurrence[] = [];
  // The longest an occurrence may last: the event's own length, or a day without an end.
  const longest = Math.max(event.duration.toSeconds() * 1000, DAY_MS);
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    // RDATE lists and exceptions are walked without ical.js's rule loop: count them here too.
    chargeStep();
    if (occurrences.length >= MAX_OCCURRENCES)
      throw new RecurrenceRefused(
        `more than ${MAX_OCCURRENCES} occurrences in the import window; import fewer weeks ahead`,
      );
    // Occurrences long before the window (a series that began years ago) are passed over before
    // the costly conversion to an instant, a wall-clock time being within a day of UTC (unless a
    // changed occurrence might have moved one into the window).
    const asUtc = wallClockAsUtc(next);
    if (exceptions.length === 0 && asUtc + longest + DAY_MS < window.from.getTime()) continue;
    const details = event.getOccurrenceDetails(next);
    const itemTzid =
      (details.item.component.getFirstProperty('dtstart')?.getParameter('tzid') as
        string | undefined) ?? tzid;
    const startsAt = instantOf(details.startDate, itemTzid, window.programTimeZone);
    if (startsAt > window.until) break;
    let endsAt = instantOf(details.endDate, itemTzid, window.programTimeZone);
    // An event without DTEND or DURATION ends when it starts (RFC 5545 §3.6.1); give it an hour.
    if (endsAt <= startsAt)
      endsAt = new Date(startsAt.getTime() + (details.startDate.isDate ? 86_400_000 : 3_600_000));
    if (endsAt <= window.from) continue;
    if (text(details.item.component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED')
      continue;
    const location = text(details.item.location) || text(event.location);
    if (!location) throw new SkipEvent('no LOCATION: residents need to know where to go');
    occurrences.push({
      key: instantOf(details.recurrenceId, tzid, window.programTimeZone).toISOString(),
      startsAt,
      endsAt,
      title: text(details.item.summary) || text(event.summary),
      description: text(details.item.description) || text(event.description),
      location,
    });
    if (!event.isRecurring()) break;
  }
  return {
    uid,
    rrule: rrule ? rrule.toString() : null,
    timeZone: displayZone(tzid, window.programTimeZone),
    cancelled: text(master.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED',
    occurrences,
  };
}

/**
 * The largest VEVENT or VTIMEZONE read: a meetup's text is a few KB, and ical.js parses one block
 * in a single call (2 MB would take half a second).
 */
const MAX_BLOCK_CHARS = 64 * 1024;

/** The most VTIMEZONEs a feed may define: each is registered again for every slice of expanding. */
const MAX_FEED_ZONES = 100;

/** VEVENTs and VTIMEZONEs read between two turns of the event loop (each well under a millisecond). */
const READ_SLICE_BLOCKS = 100;

/**
 * Parses a feed into events with their occurrences in the window, and the events it had to skip.
 * Throws a `FeedRefused` for an event whose recurrence is refused or would take too much work: the
 * whole feed is then a 400, so the partner hears about it instead of a silent gap.
 *
 * A 2 MB feed may hold thousands of events: reading and expanding them give the event loop back
 * every few milliseconds. The work is bounded: `RULE_STEPS` for one rule, `FEED_STEPS` for all, and
 * `EXPANSION_MS` for one stretch without giving way.
 */
export async function parseFeed(feed: string, window: FeedWindow): Promise<ParsedFeed> {
  // A feed is a partner's document: what cannot be stored is removed rather than refused.
  const blocks = blocksOf(storable(feed));
  const skipped: ImportReport['skipped'] = [];
  if (!blocks.some((block) => block.kind === 'VEVENT')) {
    return {
      events: [],
      skipped: [{ where: 'feed', reason: 'no VEVENT found: is this an iCalendar file?' }],
    };
  }
  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  const zones: InstanceType<typeof ICAL.Timezone>[] = [];
  for (const [index, block] of blocks.entries()) {
    if (index % READ_SLICE_BLOCKS === READ_SLICE_BLOCKS - 1) await giveWay();
    if (block.text.length > MAX_BLOCK_CHARS) {
      skipped.push({
        where: uidGuess(block) ?? `${block.kind} at line ${block.line}`,
        reason: `${Math.ceil(block.text.length / 1024)} KB is too large for one ${block.kind}; at most ${MAX_BLOCK_CHARS / 1024} KB`,
      });
      continue;
    }
    if (block.kind === 'VTIMEZONE') {
      if (zones.length === MAX_FEED_ZONES) {
        skipped.push({
          where: `VTIMEZONE at line ${block.line}`,
          reason: `a feed may define at most ${MAX_FEED_ZONES} time zones`,
        });
        continue;
      }
      try {
        zones.push(new ICAL.Timezone(parseComponent(block)));
      } catch (error) {
        skipped.push({
          where: `VTIMEZONE at line ${block.line}`,
          reason: `not readable: ${(error as Error).message}`,
        });
      }
      continue;
    }
    const where = uidGuess(block) ?? `VEVENT at line ${block.line}`;
    let component: Component;
    try {
      // Times are not read here: they are placed with the feed's zones, registered later.
      component = parseComponent(block);
    } catch (error) {
      skipped.push({ where, reason: `not readable as iCalendar: ${(error as Error).message}` });
      continue;
    }
    const uid = text(component.getFirstPropertyValue('uid'));
    if (!uid) {
      skipped.push({ where, reason: 'no UID, so a later import could not update it' });
      continue;
    }
    if (component.hasProperty('recurrence-id'))
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
    else if (masters.has(uid))
      skipped.push({ where: uid, reason: 'the same UID appears twice; the first one was kept' });
    else masters.set(uid, component);
  }
  for (const uid of exceptions.keys()) {
    if (!masters.has(uid))
      skipped.push({
        where: uid,
        reason: 'a changed occurrence (RECURRENCE-ID) of an event not in the feed',
      });
  }
  const events = await expandAll(zones, masters, exceptions, window, skipped);
  return { events, skipped };
}

/**
 * Steps all of a feed's rules may take together (each still at most `RULE_STEPS`): twenty daily
 * rules that began ten years ago, or thousands of one-off events, fit.
 */
export const FEED_STEPS = 100_000;

/** How long expanding runs before giving the event loop back (one rule may run to `EXPANSION_MS`). */
const EXPAND_SLICE_MS = 50;

/**
 * The events' occurrences in the window, a slice of events at a time. The feed's own zone
 * definitions are registered only while a slice runs, synchronously, and removed before giving
 * way: other requests never see them.
 */
async function expandAll(
  zones: readonly InstanceType<typeof ICAL.Timezone>[],
  masters: ReadonlyMap<string, Component>,
  exceptions: ReadonlyMap<string, Component[]>,
  window: FeedWindow,
  skipped: ImportReport['skipped'],
): Promise<FeedEvent[]> {
  const events: FeedEvent[] = [];
  let occurrences = 0;
  let feedSteps = FEED_STEPS;
  let sliceStart = performance.now();
  let registered = registerZones(zones);
  try {
    for (const [uid, master] of masters) {
      if (performance.now() - sliceStart > EXPAND_SLICE_MS) {
        unregisterZones(registered);
        registered = [];
        await giveWay();
        registered = registerZones(zones);
        sliceStart = performance.now();
      }
      const steps = Math.min(RULE_STEPS, feedSteps);
      const budget = workBudget(steps, sliceStart + EXPANSION_MS);
      try {
        const event = withBudget(budget, () => expand(master, exceptions.get(uid) ?? [], window));
        occurrences += event.occurrences.length;
        if (occurrences > MAX_FEED_OCCURRENCES)
          throw new FeedRefused(
            uid,
            `the feed has more than ${MAX_FEED_OCCURRENCES} occurrences in the import window; import fewer weeks ahead or split the feed`,
          );
        events.push(event);
      } catch (error) {
        if (error instanceof RecurrenceRefused && budget.steps < 0 && steps < RULE_STEPS)
          throw new FeedRefused(
            uid,
            "the feed's recurrences together take too much work to expand; split the feed",
          );
        if (error instanceof RecurrenceRefused) throw new FeedRefused(uid, error.message);
        if (error instanceof FeedRefused) throw error;
        const reason =
          error instanceof SkipEvent
            ? error.message
            : `could not be read: ${(error as Error).message}`;
        skipped.push({ where: uid, reason });
      } finally {
        feedSteps -= steps - Math.max(budget.steps, 0);
      }
    }
    return events;
  } finally {
    unregisterZones(registered);
  }
}

/** Registers the feed's zones that the server does not already know; returns their names. */
function registerZones(zones: readonly InstanceType<typeof ICAL.Timezone>[]): string[] {
  const names: string[] = [];
  for (const zone of zones) {
    if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) {
      ICAL.TimezoneService.register(zone);
      names.push(zone.tzid);
    }
  }
  return names;
}

function unregisterZones(names: readonly string[]): void {
  for (const tzid of names) ICAL.TimezoneService.remove(tzid);
}
