/** Meetups as the contract shapes them, recurring series, and RSVPs with a capacity and a waitlist. */
import ICAL from 'ical.js';
import {
  checkFrequency,
  RecurrenceRefused,
  withBudget,
  workBudget,
} from '../calendar/recurrence.js';
import type { Meetup, RsvpResult } from '../../src/contract/index.js';
import type { Db, Queryable } from '../db/db.js';
import { conflict, notFound } from '../problem.js';
import { addMs, DAY_MS, fromLocal, toLocal, wallClockAsUtc } from '../time.js';
import { iso, json } from './json.js';

interface MeetupRow {
  id: string;
  series_id: string | null;
  title: string;
  description: string;
  category: Meetup['category'];
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: Meetup['venue'];
  organizer: Meetup['organizer'];
  capacity: number | null;
  rrule: string | null;
  cancelled_at: Date | null;
  going: number;
  waitlisted: number;
  my_status: NonNullable<Meetup['myRsvp']>['status'] | null;
  my_position: number | null;
}

/** `$1` is the person whose RSVP is shown. */
const MEETUPS = `
  SELECT m.id, m.series_id, m.title, m.description, m.category, m.starts_at, m.ends_at, m.time_zone, m.venue,
         m.organizer, m.capacity, s.rrule, m.cancelled_at,
         (SELECT count(*) FROM rsvps r WHERE r.meetup_id = m.id AND r.status = 'going')::int AS going,
         (SELECT count(*) FROM rsvps r WHERE r.meetup_id = m.id AND r.status = 'waitlisted')::int AS waitlisted,
         mine.status AS my_status,
         CASE WHEN mine.status = 'waitlisted' THEN
           (SELECT count(*) FROM rsvps w
            WHERE w.meetup_id = m.id AND w.status = 'waitlisted' AND w.queue_seq <= mine.queue_seq)::int
         END AS my_position
  FROM meetups m
  LEFT JOIN meetup_series s ON s.id = m.series_id
  LEFT JOIN rsvps mine ON mine.meetup_id = m.id AND mine.resident_id = $1`;

function seatsLeft(capacity: number | null, going: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - going);
}

function meetupFromRow(row: MeetupRow): Meetup {
  return {
    id: row.id,
    seriesId: row.series_id,
    title: row.title,
    description: row.description,
    category: row.category,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    timeZone: row.time_zone,
    venue: row.venue,
    organizer: row.organizer,
    capacity: row.capacity,
    going: row.going,
    waitlisted: row.waitlisted,
    seatsLeft: seatsLeft(row.capacity, row.going),
    rrule: row.rrule,
    cancelled: row.cancelled_at !== null,
    myRsvp: row.my_status ? { status: row.my_status, waitlistPosition: row.my_position } : null,
  };
}

export interface MeetupFilter {
  from: Date;
  to: Date;
  category?: string;
  includeCancelled?: boolean;
}

/** Occurrences overlapping [from, to), soonest first, with counts and `personId`'s RSVP. */
export async function listMeetups(
  db: Queryable,
  personId: string,
  filter: MeetupFilter,
): Promise<Meetup[]> {
  const params: unknown[] = [personId, iso(filter.from), iso(filter.to)];
  const category = filter.category ? `AND m.category = $${params.push(filter.category)}` : '';
  const { rows } = await db.query<MeetupRow>(
    `${MEETUPS} WHERE (m.cancelled_at IS NULL OR $${params.push(filter.includeCancelled ?? false)}::boolean) AND m.ends_at > $2 AND m.starts_at < $3 ${category}
     ORDER BY m.starts_at, m.id LIMIT 500`,
    params,
  );
  return rows.map(meetupFromRow);
}

export async function findMeetup(
  db: Queryable,
  personId: string,
  id: string,
): Promise<Meetup | undefined> {
  const { rows } = await db.query<MeetupRow>(
    `${MEETUPS} WHERE m.id = $2 AND m.cancelled_at IS NULL`,
    [personId, id],
  );
  return rows[0] && meetupFromRow(rows[0]);
}

/** What an occurrence is made of, whether it comes from the API, the seed or an import. */
export interface MeetupFields {
  title: string;
  description: string;
  category: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: Meetup['venue'];
  organizer: Meetup['organizer'];
  capacity: number | null;
}

export interface Occurrence {
  /** Its original start as an ISO instant: names the occurrence within its series. */
  key: string;
  startsAt: Date;
  endsAt: Date;
}

/** The most occurrences a series is expanded into, whatever its rule says. */
export const MAX_OCCURRENCES = 400;

/**
 * The occurrences of `rrule` starting at `startsAt` (local wall time in `timeZone` repeats: a
 * weekly 18:30 meetup stays at 18:30 across daylight-saving changes), up to `until`; with `after`,
 * only those that start later than it. Throws a `RangeError` for a rule ical.js cannot read, one
 * that repeats more often than daily, or one that takes too much work to expand.
 */
export function expandSeries(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  rrule: string,
  until: Date,
  after?: Date,
): Occurrence[] {
  if (!/^FREQ=|;FREQ=/i.test(rrule))
    throw new RangeError('a recurrence rule needs FREQ, e.g. FREQ=WEEKLY;BYDAY=TH');
  let rule: InstanceType<typeof ICAL.Recur>;
  try {
    rule = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  } catch (error) {
    throw new RangeError(`not a recurrence rule: ${(error as Error).message}`);
  }
  try {
    checkFrequency(rule);
    return withBudget(workBudget(), () =>
      occurrencesOf(rule, startsAt, endsAt, timeZone, until, after),
    );
  } catch (error) {
    if (error instanceof RecurrenceRefused) throw new RangeError(error.message);
    throw error;
  }
}

function occurrencesOf(
  rule: InstanceType<typeof ICAL.Recur>,
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
  until: Date,
  after: Date | undefined,
): Occurrence[] {
  const duration = endsAt.getTime() - startsAt.getTime();
  const iterator = rule.iterator(ICAL.Time.fromData(toLocal(startsAt, timeZone)));
  const occurrences: Occurrence[] = [];
  for (
    let next = iterator.next();
    next && occurrences.length < MAX_OCCURRENCES;
    next = iterator.next()
  ) {
    // Passed over before the costly conversion to an instant: a wall-clock time is within a day of UTC.
    const asUtc = wallClockAsUtc(next);
    if (after && asUtc + DAY_MS < after.getTime()) continue;
    const start = fromLocal(
      {
        year: next.year,
        month: next.month,
        day: next.day,
        hour: next.hour,
        minute: next.minute,
        second: next.second,
      },
      timeZone,
    );
    if (start > until) break;
    if (after && start <= after) continue;
    occurrences.push({
      key: iso(start),
      startsAt: start,
      endsAt: new Date(start.getTime() + duration),
    });
  }
  return occurrences;
}

/** How far ahead a recurring series is expanded, when it is created and as time passes. */
export const SERIES_HORIZON_MS = 364 * DAY_MS;

/**
 * Keeps each series a coordinator created (or the seed did) expanded `SERIES_HORIZON_MS` ahead: a
 * weekly meetup made today still has a year of Thursdays ahead of it next year. New occurrences
 * copy the series' latest one (its current title, venue, capacity…), and cancelled ones stay
 * cancelled. Imported series are left to their feed's next import. The server runs this hourly; a
 * series is locked while it grows, so several processes may run it at once. Returns how many
 * occurrences it added.
 */
export async function extendSeries(db: Db, now: Date): Promise<number> {
  const until = addMs(now, SERIES_HORIZON_MS);
  // Only series whose last occurrence falls short of the horizon; each is checked again under lock.
  const { rows: series } = await db.query<{ id: string }>(
    `SELECT s.id FROM meetup_series s JOIN meetups m ON m.series_id = s.id
     WHERE s.rrule IS NOT NULL AND s.source_uid IS NULL
     GROUP BY s.id HAVING max(m.occurrence_key::timestamptz) < $1 ORDER BY s.id`,
    [iso(until)],
  );
  let added = 0;
  for (const { id } of series) {
    added += await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ rrule: string }>(
        'SELECT rrule FROM meetup_series WHERE id = $1 FOR UPDATE',
        [id],
      );
      const { rows: ends } = await tx.query<{ first_key: string; last_key: string }>(
        `SELECT min(occurrence_key) AS first_key, max(occurrence_key) AS last_key
         FROM meetups WHERE series_id = $1`,
        [id],
      );
      const { rrule } = rows[0]!;
      const { first_key: firstKey, last_key: lastKey } = ends[0]!;
      if (!firstKey || !lastKey || new Date(lastKey) >= until) return 0;
      const latest = await tx.query<
        Pick<
          MeetupRow,
          | 'title'
          | 'description'
          | 'category'
          | 'starts_at'
          | 'ends_at'
          | 'time_zone'
          | 'venue'
          | 'organizer'
          | 'capacity'
        >
      >(
        `SELECT title, description, category, starts_at, ends_at, time_zone, venue, organizer, capacity
         FROM meetups WHERE series_id = $1 AND occurrence_key = $2`,
        [id, lastKey],
      );
      const template = latest.rows[0]!;
      const duration = template.ends_at.getTime() - template.starts_at.getTime();
      const first = new Date(firstKey);
      let occurrences: Occurrence[];
      try {
        occurrences = expandSeries(
          first,
          addMs(first, duration),
          template.time_zone,
          rrule,
          until,
          new Date(lastKey),
        );
      } catch {
        return 0; // a rule this server can no longer read (it was checked when it was stored)
      }
      await upsertSeriesOccurrences(
        tx,
        id,
        template.time_zone,
        occurrences.map((occurrence) => ({
          key: occurrence.key,
          fields: {
            title: template.title,
            description: template.description,
            category: template.category,
            timeZone: template.time_zone,
            venue: template.venue,
            organizer: template.organizer,
            capacity: template.capacity,
            ...occurrence,
          },
        })),
        now,
      );
      return occurrences.length;
    });
  }
  return added;
}

/**
 * `series-20261105T1830`: an occurrence's id, from its original local start (its key), which no
 * later change to the occurrence's time can make collide with another's.
 */
export function occurrenceId(
  seriesId: string,
  occurrence: Pick<Occurrence, 'key'>,
  timeZone: string,
): string {
  const t = toLocal(new Date(occurrence.key), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${seriesId}-${t.year}${p(t.month)}${p(t.day)}T${p(t.hour)}${p(t.minute)}`;
}

/**
 * A meetup's editable columns, in the order every write lists them: title, description, category,
 * starts_at, ends_at, time_zone, venue, organizer, capacity, updated_at (venue and organizer as JSON
 * text, cast with `::text::jsonb`).
 */
export function meetupColumns(fields: MeetupFields, now: Date): unknown[] {
  return [
    fields.title,
    fields.description,
    fields.category,
    iso(fields.startsAt),
    iso(fields.endsAt),
    fields.timeZone,
    json(fields.venue),
    json(fields.organizer),
    fields.capacity,
    iso(now),
  ];
}

/** Inserts a meetup that is no part of a series. */
export async function insertMeetup(
  db: Queryable,
  id: string,
  fields: MeetupFields,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO meetups (id, title, description, category, starts_at, ends_at, time_zone, venue, organizer,
       capacity, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10, $11, $11)`,
    [id, ...meetupColumns(fields, now)],
  );
}

/**
 * Writes a series' occurrences in one statement: each is inserted, or updates (and un-cancels) the
 * one with the same key. A year of a daily meetup is one round trip, not 730, so an import or a new
 * series holds its transaction for milliseconds.
 */
export function upsertSeriesOccurrences(
  db: Queryable,
  seriesId: string,
  timeZone: string,
  occurrences: readonly { key: string; fields: MeetupFields }[],
  now: Date,
): Promise<void> {
  return upsertOccurrences(
    db,
    occurrences.map((occurrence) => ({ seriesId, timeZone, ...occurrence })),
    now,
  );
}

/** `upsertSeriesOccurrences` for the occurrences of several series at once (a feed's events). */
export async function upsertOccurrences(
  db: Queryable,
  occurrences: readonly { seriesId: string; timeZone: string; key: string; fields: MeetupFields }[],
  now: Date,
): Promise<void> {
  if (occurrences.length === 0) return;
  const rows = occurrences.map(({ seriesId, timeZone, key, fields }) => ({
    id: occurrenceId(seriesId, { key }, timeZone),
    series_id: seriesId,
    key,
    title: fields.title,
    description: fields.description,
    category: fields.category,
    starts_at: iso(fields.startsAt),
    ends_at: iso(fields.endsAt),
    time_zone: fields.timeZone,
    venue: fields.venue,
    organizer: fields.organizer,
    capacity: fields.capacity,
  }));
  await db.query(
    `INSERT INTO meetups (id, series_id, occurrence_key, title, description, category, starts_at, ends_at, time_zone,
       venue, organizer, capacity, created_at, updated_at)
     SELECT o.id, o.series_id, o.key, o.title, o.description, o.category, o.starts_at, o.ends_at, o.time_zone,
       o.venue, o.organizer, o.capacity, $2, $2
     FROM jsonb_to_recordset($1::text::jsonb) AS o(id text, series_id text, key text, title text, description text,
       category text, starts_at timestamptz, ends_at timestamptz, time_zone text, venue jsonb, organizer jsonb,
       capacity int)
     ON CONFLICT (series_id, occurrence_key) DO UPDATE SET title = excluded.title,
       description = excluded.description, category = excluded.category, starts_at = excluded.starts_at,
       ends_at = excluded.ends_at, time_zone = excluded.time_zone, venue = excluded.venue,
       organizer = excluded.organizer, capacity = excluded.capacity, updated_at = excluded.updated_at,
       cancelled_at = NULL`,
    [json(rows), iso(now)],
  );
}

interface LockedMeetup {
  capacity: number | null;
  ends_at: Date;
  cancelled_at: Date | null;
}

/**
 * Locks a meetup's row for the rest of the transaction. Every change to its RSVPs takes this lock
 * first, so RSVPs from any number of server processes are applied one at a time, in the order
 * they reach the database: seats are never overbooked and the waitlist is first in, first out.
 */
async function lockMeetup(tx: Queryable, meetupId: string): Promise<LockedMeetup | undefined> {
  const { rows } = await tx.query<LockedMeetup>(
    'SELECT capacity, ends_at, cancelled_at FROM meetups WHERE id = $1 FOR UPDATE',
    [meetupId],
  );
  return rows[0];
}

async function countGoing(tx: Queryable, meetupId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM rsvps WHERE meetup_id = $1 AND status = 'going'`,
    [meetupId],
  );
  return rows[0]!.n;
}

/** Moves the first waitlisted people into free seats. Call with the meetup locked. */
export async function promoteFromWaitlist(
  tx: Queryable,
  meetupId: string,
  capacity: number | null,
): Promise<void> {
  const free = capacity === null ? null : capacity - (await countGoing(tx, meetupId));
  if (free !== null && free <= 0) return;
  await tx.query(
    `UPDATE rsvps SET status = 'going', queue_seq = NULL, status_since = clock_timestamp(), updated_at = now()
     WHERE meetup_id = $1 AND resident_id IN (
       SELECT resident_id FROM rsvps WHERE meetup_id = $1 AND status = 'waitlisted' ORDER BY queue_seq LIMIT $2
     )`,
    [meetupId, free],
  );
}

/**
 * Applies a resident's RSVP in the caller's transaction. `going` takes a seat when one is free,
 * else a place at the end of the waitlist (someone already waitlisted keeps their place); `maybe`
 * and `not-going` take no seat, and leaving a seat gives it to the first person waitlisted.
 */
export async function applyRsvp(
  tx: Queryable,
  meetupId: string,
  residentId: string,
  wanted: 'going' | 'maybe' | 'not-going',
  now: Date,
): Promise<RsvpResult> {
  const meetup = await lockMeetup(tx, meetupId);
  if (!meetup || meetup.cancelled_at) throw notFound('No such meetup.');
  if (meetup.ends_at <= now) throw conflict('This meetup is over.');
  const current = (
    await tx.query<{ status: RsvpResult['status'] }>(
      'SELECT status FROM rsvps WHERE meetup_id = $1 AND resident_id = $2',
      [meetupId, residentId],
    )
  ).rows[0]?.status;

  let next: RsvpResult['status'] = wanted;
  if (wanted === 'going') {
    if (current === 'going' || current === 'waitlisted') next = current;
    else if (meetup.capacity === null || (await countGoing(tx, meetupId)) < meetup.capacity)
      next = 'going';
    else next = 'waitlisted';
  }

  if (next !== current) {
    const queueSeq =
      next === 'waitlisted'
        ? (
            await tx.query<{ rsvp_seq: number }>(
              'UPDATE meetups SET rsvp_seq = rsvp_seq + 1 WHERE id = $1 RETURNING rsvp_seq',
              [meetupId],
            )
          ).rows[0]!.rsvp_seq
        : null;
    await tx.query(
      `INSERT INTO rsvps (meetup_id, resident_id, status, queue_seq, status_since, updated_at)
       VALUES ($1, $2, $3, $4, clock_timestamp(), $5)
       ON CONFLICT (meetup_id, resident_id) DO UPDATE
       SET status = excluded.status, queue_seq = excluded.queue_seq, status_since = excluded.status_since,
           updated_at = excluded.updated_at`,
      [meetupId, residentId, next, queueSeq, iso(now)],
    );
    if (current === 'going') await promoteFromWaitlist(tx, meetupId, meetup.capacity);
  }
  return rsvpSummary(tx, meetupId, residentId, meetup.capacity);
}

async function rsvpSummary(
  tx: Queryable,
  meetupId: string,
  residentId: string,
  capacity: number | null,
): Promise<RsvpResult> {
  const { rows } = await tx.query<{
    status: RsvpResult['status'];
    position: number | null;
    going: number;
    waitlisted: number;
  }>(
    `SELECT mine.status,
            CASE WHEN mine.status = 'waitlisted' THEN
              (SELECT count(*) FROM rsvps w WHERE w.meetup_id = $1 AND w.status = 'waitlisted' AND w.queue_seq <= mine.queue_seq)::int
            END AS position,
            (SELECT count(*) FROM rsvps r WHERE r.meetup_id = $1 AND r.status = 'going')::int AS going,
            (SELECT count(*) FROM rsvps r WHERE r.meetup_id = $1 AND r.status = 'waitlisted')::int AS waitlisted
     FROM rsvps mine WHERE mine.meetup_id = $1 AND mine.resident_id = $2`,
    [meetupId, residentId],
  );
  const row = rows[0]!;
  return {
    meetupId,
    status: row.status,
    waitlistPosition: row.position,
    going: row.going,
    waitlisted: row.waitlisted,
    seatsLeft: seatsLeft(capacity, row.going),
  };
}

/** The series an occurrence belongs to, for its calendar file. */
export async function seriesOf(db: Queryable, seriesId: string) {
  const { rows } = await db.query<{
    rrule: string | null;
    source_uid: string | null;
    first_start: Date;
    cancelled: string[];
  }>(
    `SELECT s.rrule, s.source_uid,
            (SELECT min(m.occurrence_key::timestamptz) FROM meetups m WHERE m.series_id = s.id) AS first_start,
            coalesce((SELECT jsonb_agg(m.occurrence_key) FROM meetups m WHERE m.series_id = s.id AND m.cancelled_at IS NOT NULL), '[]') AS cancelled
     FROM meetup_series s WHERE s.id = $1`,
    [seriesId],
  );
  const row = rows[0];
  return row && { ...row, cancelled: row.cancelled.map((key) => new Date(key)) };
}
