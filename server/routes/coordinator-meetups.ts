/** Coordinators manage meetups: one-off or recurring, attendees, and partners' iCalendar feeds. */
import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import type { MeetupImportRequest } from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { newId } from '../data/ids.js';
import { iso } from '../data/json.js';
import { loadProgram } from '../data/program.js';
import {
  expandSeries,
  findMeetup,
  meetupColumns,
  occurrenceId,
  promoteFromWaitlist,
  SERIES_HORIZON_MS,
  insertMeetup,
  upsertSeriesOccurrences,
  type MeetupFields,
} from '../data/meetups.js';
import { FeedFetchError, fetchFeedText } from '../imports/feed-fetch.js';
import { FeedRefused, parseFeed, type FeedEvent, type FeedOccurrence } from '../imports/ical.js';
import { badRequest, notFound } from '../problem.js';
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
  value.length > max ? `${value.slice(0, max - 1)}…` : value;

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

/** Before the import's transaction: the feed, given inline or fetched from its URL. */
export async function resolveFeed(
  request: z.output<typeof MeetupImportRequest>,
  app: AppContext,
): Promise<z.output<typeof MeetupImportRequest>> {
  if (request.ics !== undefined && request.url !== undefined) {
    throw badRequest([{ field: 'url', message: 'give the feed inline (ics) or by url, not both' }]);
  }
  if (request.url !== undefined) {
    try {
      const ics = await fetchFeedText(request.url, {
        maxBytes: app.config.bodyLimits.importBytes,
        privateHosts: app.config.feedPrivateHosts,
      });
      return { ...request, ics };
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      throw badRequest([{ field: 'url', message: error.message }]);
    }
  }
  if (request.ics === undefined)
    throw badRequest([{ field: 'ics', message: 'give the feed inline (ics) or by url' }]);
  return request;
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

  async meetupImport({ db, body, now }) {
    const program = await loadProgram(db);
    const weeks = body.weeksAhead ?? DEFAULT_IMPORT_WEEKS;
    const feed = feedOf(body);
    let parsed;
    try {
      parsed = parseFeed(body.ics!, {
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
    for (const event of events) {
      const known = (
        await db.query<{ id: string }>(
          'SELECT id FROM meetup_series WHERE source_feed = $1 AND source_uid = $2',
          [feed, event.uid],
        )
      ).rows[0];
      if (!known && event.cancelled) {
        skipped.push({ where: event.uid, reason: 'the event is cancelled' });
        continue;
      }
      if (!known && event.occurrences.length === 0) {
        skipped.push({
          where: event.uid,
          reason: `no occurrence between now and ${weeks} weeks ahead`,
        });
        continue;
      }
      const seriesId = known?.id ?? seriesIdForUid(feed, event.uid);
      await db.query(
        `INSERT INTO meetup_series (id, source_feed, source_uid, rrule, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET rrule = excluded.rrule`,
        [seriesId, feed, event.uid, event.rrule, iso(now)],
      );
      const occurrences = event.cancelled ? [] : event.occurrences;
      await upsertSeriesOccurrences(
        db,
        seriesId,
        event.timeZone,
        occurrences.map((occurrence) => ({
          key: occurrence.key,
          fields: feedFields(event, occurrence, body),
        })),
        now,
      );
      const keys = occurrences.map((occurrence) => occurrence.key);
      // Upcoming occurrences the feed no longer has (moved, cancelled, rule changed) are cancelled.
      await db.query(
        `UPDATE meetups SET cancelled_at = $2 WHERE series_id = $1 AND starts_at >= $2 AND cancelled_at IS NULL
           AND NOT (occurrence_key = ANY($3::text[]))`,
        [seriesId, iso(now), keys],
      );
      if (known) updated += 1;
      else imported += 1;
    }
    return { imported, updated, skipped };
  },
};
