/** Coordinators manage meetups: one-off or recurring, attendees, and partners' iCalendar feeds. */
import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import type { ImportReport, MeetupImportRequest } from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { newId } from '../data/ids.js';
import { iso, json } from '../data/json.js';
import { loadProgram } from '../data/program.js';
import {
  expandSeries,
  findMeetup,
  meetupColumns,
  occurrenceId,
  promoteFromWaitlist,
  SERIES_HORIZON_MS,
  insertMeetup,
  upsertOccurrences,
  upsertSeriesOccurrences,
  type MeetupFields,
} from '../data/meetups.js';
import { FeedFetchError, fetchFeedText } from '../imports/feed-fetch.js';
import { giveWay } from '../imports/give-way.js';
import { listedSkips } from '../imports/report.js';
import { FeedRefused, parseFeed, type FeedEvent, type FeedOccurrence } from '../imports/ical.js';
import { badRequest, notFound } from '../problem.js';
import { truncated } from '../storable.js';
import { addMs, DAY_MS } from '../time.js';
import type { AppContext, HandlerGroup } from './handler.js';

/** How far ahead an iCalendar import expands its events, unless the request says otherwise. */
const DEFAULT_IMPORT_WEEKS = 8;

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt)
    throw badRequest([{ field: 'endsAt', message: 'must be after startsAt' }]);
}

/** Creates a series, expanded into its occurrences; returns the first occurrence's id. */
async function createSeries(
  db: Queryable,
  fields: MeetupFields,
  rrule: string,
  now: Date,
): Promise<string> {
  let occurrences;
  try {
    occurrences = expandSeries(
      fields.startsAt,
      fields.endsAt,
      fields.timeZone,
      rrule,
      addMs(now, SERIES_HORIZON_MS),
    );
  } catch (error) {
    throw badRequest([{ field: 'rrule', message: (error as Error).message }]);
  }
  if (occurrences.length === 0)
    throw badRequest([{ field: 'rrule', message: 'no occurrence within the next year' }]);
  const seriesId = newId('series');
  await db.query('INSERT INTO meetup_series (id, rrule, created_at) VALUES ($1, $2, $3)', [
    seriesId,
    rrule,
    iso(now),
  ]);
  await upsertSeriesOccurrences(
    db,
    seriesId,
    fields.timeZone,
    occurrences.map((occurrence) => ({
      key: occurrence.key,
      fields: { ...fields, ...occurrence },
    })),
    now,
  );
  return occurrenceId(seriesId, occurrences[0]!, fields.timeZone);
}

const truncate = (value: string, max: number) =>
  value.length > max ? `${truncated(value, max - 1)}…` : value;

function feedFields(
  event: FeedEvent,
  occurrence: FeedOccurrence,
  request: z.output<typeof MeetupImportRequest>,
): MeetupFields {
  return {
    title: truncate(occurrence.title, 200),
    description: truncate(occurrence.description, 4000),
    category: request.category,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: event.timeZone,
    venue: {
      name: truncate(occurrence.location.split(',')[0]!.trim() || occurrence.location, 200),
      address: truncate(occurrence.location, 200),
      mapUrl: null,
    },
    organizer: request.organizer,
    capacity: null,
  };
}

/** The series an iCalendar UID was imported as: the same UID always lands on the same series. */
function seriesIdForUid(feed: string, uid: string): string {
  return `ics-${createHash('sha256').update(`${feed}\n${uid}`).digest('hex').slice(0, 24)}`;
}

/**
 * Which feed an import is: its organiser, the partner that publishes it. UIDs are unique only within
 * a feed, so another partner reusing one is another event, never a change to this one's.
 */
function feedOf(request: z.output<typeof MeetupImportRequest>): string {
  return request.organizer.name.trim().toLowerCase();
}

/** The feed's text, given inline or fetched from its URL. */
async function feedText(
  request: z.output<typeof MeetupImportRequest>,
  app: AppContext,
): Promise<string> {
  if (request.ics !== undefined && request.url !== undefined) {
    throw badRequest([{ field: 'url', message: 'give the feed inline (ics) or by url, not both' }]);
  }
  if (request.url !== undefined) {
    try {
      return await fetchFeedText(request.url, {
        maxBytes: app.config.bodyLimits.importBytes,
        privateHosts: app.config.feedPrivateHosts,
      });
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      throw badRequest([{ field: 'url', message: error.message }]);
    }
  }
  if (request.ics === undefined)
    throw badRequest([{ field: 'ics', message: 'give the feed inline (ics) or by url' }]);
  return request.ics;
}

/**
 * Writes a slice of a feed's events: their series and occurrences, and cancels the upcoming
 * occurrences each no longer has. Set-based (five statements whatever the slice holds), and an
 * upsert throughout, so writing the same events again changes nothing.
 */
async function writeFeedEvents(
  tx: Queryable,
  events: readonly FeedEvent[],
  request: z.output<typeof MeetupImportRequest>,
  weeks: number,
  now: Date,
): Promise<{ imported: number; updated: number; skipped: ImportReport['skipped'] }> {
  const feed = feedOf(request);
  const { rows } = await tx.query<{ id: string; source_uid: string }>(
    'SELECT id, source_uid FROM meetup_series WHERE source_feed = $1 AND source_uid = ANY($2::text[])',
    [feed, events.map((event) => event.uid)],
  );
  const known = new Map(rows.map((row) => [row.source_uid, row.id]));
  const skipped: ImportReport['skipped'] = [];
  const written: { event: FeedEvent; seriesId: string }[] = [];
  for (const event of events) {
    const seriesId = known.get(event.uid);
    if (!seriesId && event.cancelled)
      skipped.push({ where: event.uid, reason: 'the event is cancelled' });
    else if (!seriesId && event.occurrences.length === 0)
      skipped.push({
        where: event.uid,
        reason: `no occurrence between now and ${weeks} weeks ahead`,
      });
    else written.push({ event, seriesId: seriesId ?? seriesIdForUid(feed, event.uid) });
  }
  await tx.query(
    `INSERT INTO meetup_series (id, source_feed, source_uid, rrule, created_at)
     SELECT s.id, $1, s.uid, s.rrule, $2 FROM jsonb_to_recordset($3::text::jsonb) AS s(id text, uid text, rrule text)
     ON CONFLICT (id) DO UPDATE SET rrule = excluded.rrule`,
    [
      feed,
      iso(now),
      json(
        written.map(({ event, seriesId }) => ({
          id: seriesId,
          uid: event.uid,
          rrule: event.rrule,
        })),
      ),
    ],
  );
  const occurrences = written.flatMap(({ event, seriesId }) =>
    (event.cancelled ? [] : event.occurrences).map((occurrence) => ({
      seriesId,
      timeZone: event.timeZone,
      key: occurrence.key,
      fields: feedFields(event, occurrence, request),
    })),
  );
  await upsertOccurrences(tx, occurrences, now);
  // Upcoming occurrences the feed no longer has (moved, cancelled, rule changed) are cancelled.
  await tx.query(
    `UPDATE meetups m SET cancelled_at = $2
     WHERE m.series_id = ANY($1::text[]) AND m.starts_at >= $2 AND m.cancelled_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS kept(series_id, key)
                       WHERE kept.series_id = m.series_id AND kept.key = m.occurrence_key)`,
    [
      written.map(({ seriesId }) => seriesId),
      iso(now),
      occurrences.map(({ seriesId }) => seriesId),
      occurrences.map(({ key }) => key),
    ],
  );
  const updated = written.filter(({ event }) => known.has(event.uid)).length;
  return { imported: written.length - updated, updated, skipped };
}

/** Slices of a feed's events written per transaction: up to this many occurrences, or one event. */
const FEED_IMPORT_BATCH = 250;

/** The events in slices of about `FEED_IMPORT_BATCH` occurrences (an event is never split). */
function slices(events: readonly FeedEvent[]): FeedEvent[][] {
  const all: FeedEvent[][] = [];
  let current: FeedEvent[] = [];
  let size = 0;
  for (const event of events) {
    current.push(event);
    size += Math.max(event.occurrences.length, 1);
    if (size >= FEED_IMPORT_BATCH) {
      all.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) all.push(current);
  return all;
}

export const coordinatorMeetupHandlers: HandlerGroup<
  'meetupCreate' | 'meetupUpdate' | 'meetupDelete' | 'meetupAttendees' | 'meetupImport'
> = {
  async meetupCreate({ db, caller, body, now }) {
    const { rrule, ...input } = body;
    const fields: MeetupFields = {
      ...input,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
    };
    checkTimes(fields.startsAt, fields.endsAt);
    const id = rrule ? await createSeries(db, fields, rrule, now) : newId('meetup');
    if (!rrule) await insertMeetup(db, id, fields, now);
    return (await findMeetup(db, caller.id, id))!;
  },

  async meetupUpdate({ db, caller, params, body, now }) {
    if (body.rrule !== undefined) {
      throw badRequest([
        { field: 'rrule', message: "a series' rule cannot be changed here; create a new series" },
      ]);
    }
    // Lock the meetup: a change of capacity and RSVPs arriving at the same time are applied in turn.
    await db.query('SELECT id FROM meetups WHERE id = $1 FOR UPDATE', [params.id]);
    const current = await findMeetup(db, caller.id, params.id);
    if (!current) throw notFound('No such meetup.');
    const merged = { ...current, ...body };
    const fields: MeetupFields = {
      ...merged,
      startsAt: new Date(merged.startsAt),
      endsAt: new Date(merged.endsAt),
    };
    checkTimes(fields.startsAt, fields.endsAt);
    await db.query(
      `UPDATE meetups SET title = $2, description = $3, category = $4, starts_at = $5, ends_at = $6, time_zone = $7,
         venue = $8::text::jsonb, organizer = $9::text::jsonb, capacity = $10, updated_at = $11 WHERE id = $1`,
      [params.id, ...meetupColumns(fields, now)],
    );
    // More seats: the first people waitlisted get them.
    await promoteFromWaitlist(db, params.id, fields.capacity);
    return (await findMeetup(db, caller.id, params.id))!;
  },

  async meetupDelete({ db, params, now }) {
    const cancelled = await db.query(
      'UPDATE meetups SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL',
      [params.id, iso(now)],
    );
    if (cancelled.rowCount === 0) throw notFound('No such meetup.');
  },

  async meetupAttendees({ db, params }) {
    const exists = await db.query('SELECT 1 FROM meetups WHERE id = $1', [params.id]);
    if (exists.rows.length === 0) throw notFound('No such meetup.');
    const { rows } = await db.query<{
      resident_id: string;
      resident_name: string;
      status: 'going' | 'maybe' | 'not-going' | 'waitlisted';
      position: number | null;
      updated_at: Date;
    }>(
      `SELECT r.resident_id, p.name AS resident_name, r.status, r.updated_at,
              CASE WHEN r.status = 'waitlisted' THEN
                row_number() OVER (PARTITION BY r.status = 'waitlisted' ORDER BY r.queue_seq)::int
              END AS position
       FROM rsvps r JOIN people p ON p.id = r.resident_id
       WHERE r.meetup_id = $1
       ORDER BY array_position(ARRAY['going', 'waitlisted', 'maybe', 'not-going'], r.status), r.queue_seq, r.status_since`,
      [params.id],
    );
    return {
      items: rows.map((row) => ({
        residentId: row.resident_id,
        residentName: row.resident_name,
        status: row.status,
        waitlistPosition: row.position,
        updatedAt: iso(row.updated_at),
      })),
    };
  },

  async meetupImport({ app, body, now }) {
    const ics = await feedText(body, app);
    const program = await loadProgram(app.db);

    const weeks = body.weeksAhead ?? DEFAULT_IMPORT_WEEKS;
    // The whole feed is read, and refused or not, before anything is written (a bounded amount of
    // work: see parseFeed).
    let parsed;
    try {
      parsed = await parseFeed(ics, {
        from: now,
        until: addMs(now, weeks * 7 * DAY_MS),
        programTimeZone: program.timeZone,
      });
    } catch (error) {
      if (!(error instanceof FeedRefused)) throw error;
      throw badRequest([{ field: body.url === undefined ? 'ics' : 'url', message: error.message }]);
    }
    const { events, skipped } = parsed;
    let imported = 0;
    let updated = 0;
    // Then in slices, each an upsert in a short transaction of its own, giving the event loop back
    // between them. A failure halfway leaves the slices before it written; importing the feed again
    // writes them again, unchanged, and the rest.
    for (const slice of slices(events)) {
      await giveWay();
      const written = await app.db.transaction((tx) =>
        writeFeedEvents(tx, slice, body, weeks, now),
      );
      imported += written.imported;
      updated += written.updated;
      skipped.push(...written.skipped);
    }
    return { imported, updated, skipped: listedSkips(skipped, 'events') };
  },
};
