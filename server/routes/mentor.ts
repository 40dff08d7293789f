/** A resident's near-peer mentor: the profile, offered slots, coffee-chat requests, mentees. */
import type { Queryable } from '../db/db.js';
import { isUniqueViolation } from '../db/db.js';
import { buildCalendar, calendarFilename } from '../calendar/ics.js';
import { newId } from '../data/ids.js';
import { iso } from '../data/json.js';
import {
  chatRequestOf,
  chatRequestsOf,
  findMentor,
  SLOT_COLUMNS,
  slotFromRow,
  type SlotRow,
} from '../data/mentors.js';
import { badRequest, conflict, notFound, PROBLEM_TYPE } from '../problem.js';
import { addMs, DAY_MS } from '../time.js';
import type { HandlerGroup } from './handler.js';

async function assignment(db: Queryable, residentId: string) {
  const { rows } = await db.query<{ mentor_id: string; since: Date }>(
    `SELECT a.mentor_id, a.since FROM assignments a
     JOIN mentor_profiles m ON m.person_id = a.mentor_id AND m.removed_at IS NULL
     WHERE a.resident_id = $1`,
    [residentId],
  );
  return rows[0];
}

/** The mentor's languages that the resident also speaks, matched by language (`pt-BR` ~ `pt`). */
function sharedLanguages(residentLanguages: string[], mentorLanguages: string[]): string[] {
  const spoken = new Set(residentLanguages.map((tag) => tag.split('-')[0]!.toLowerCase()));
  return mentorLanguages.filter((tag) => spoken.has(tag.split('-')[0]!.toLowerCase()));
}

/** How far ahead offered slots are listed when no range is given. */
const DEFAULT_SLOT_WINDOW_MS = 28 * DAY_MS;

const CHAT_REQUEST_NOT_FOUND = 'No such chat request of yours.';

export const mentorHandlers: HandlerGroup<
  | 'myMentor'
  | 'mentorSlots'
  | 'chatRequests'
  | 'chatRequestCreate'
  | 'chatRequestCancel'
  | 'chatRequestRespond'
  | 'chatRequestIcs'
  | 'mentorChange'
  | 'mentees'
> = {
  async myMentor({ db, caller }) {
    const assigned = await assignment(db, caller.id);
    const mentor = assigned && (await findMentor(db, assigned.mentor_id));
    if (!assigned || !mentor) return { mentor: null, sharedLanguages: [], assignedAt: null };
    const { rows } = await db.query<{ languages: string[] }>(
      'SELECT languages FROM people WHERE id = $1',
      [caller.id],
    );
    return {
      mentor,
      sharedLanguages: sharedLanguages(rows[0]?.languages ?? [], mentor.languages),
      assignedAt: iso(assigned.since),
    };
  },

  async mentorSlots({ db, caller, query, now }) {
    const from = query.from ? new Date(query.from) : now;
    const to = query.to ? new Date(query.to) : addMs(from, DEFAULT_SLOT_WINDOW_MS);
    if (to <= from) throw badRequest([{ field: 'to', message: 'must be after from' }]);
    const assigned = await assignment(db, caller.id);
    if (!assigned) return { items: [] };
    const { rows } = await db.query<SlotRow>(
      `SELECT ${SLOT_COLUMNS} FROM slots s
       WHERE s.mentor_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND s.starts_at > $4 AND s.withdrawn_at IS NULL
       ORDER BY s.starts_at, s.id`,
      [assigned.mentor_id, iso(from), iso(to), iso(now)],
    );
    // Only slots that can still be asked for.
    return { items: rows.map((row) => slotFromRow(row, now)).filter((slot) => slot.available) };
  },

  async chatRequests({ db, caller, now }) {
    const role = caller.role === 'mentor' ? 'mentor' : 'resident';
    return { items: await chatRequestsOf(db, { id: caller.id, role }, now) };
  },

  async chatRequestCreate({ db, caller, body, now }) {
    const assigned = await assignment(db, caller.id);
    if (!assigned) throw conflict('You have no mentor assigned yet.');
    // Lock the slot first: two residents asking for it at once are served one after the other.
    // The read comes after, as its own statement, so it sees what the other one committed.
    await db.query('SELECT id FROM slots WHERE id = $1 FOR UPDATE', [body.slotId]);
    const { rows } = await db.query<SlotRow>(
      `SELECT ${SLOT_COLUMNS} FROM slots s WHERE s.id = $1`,
      [body.slotId],
    );
    const slot = rows[0];
    if (!slot || slot.slot_mentor_id !== assigned.mentor_id || slot.withdrawn_at !== null) {
      throw notFound("No such slot among your mentor's offers.");
    }
    if (slot.starts_at <= now) throw conflict('This slot has already started.');
    if (slot.held)
      throw conflict('Someone has already asked for this slot.', PROBLEM_TYPE.slotTaken);
    const id = newId('req');
    try {
      await db.query(
        `INSERT INTO chat_requests (id, resident_id, mentor_id, slot_id, topic, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, $6)`,
        [id, caller.id, assigned.mentor_id, body.slotId, body.topic ?? null, iso(now)],
      );
    } catch (error) {
      // The unique index is the last guard should two requests pass the check at once.
      if (isUniqueViolation(error))
        throw conflict('Someone has already asked for this slot.', PROBLEM_TYPE.slotTaken);
      throw error;
    }
    return (await chatRequestOf(db, id, caller, now))!;
  },

  async chatRequestCancel({ db, caller, params, now }) {
    const request = await chatRequestOf(db, params.id, caller, now);
    if (!request) throw notFound(CHAT_REQUEST_NOT_FOUND);
    if (request.status === 'cancelled') return request;
    if (request.status === 'declined') throw conflict('Your mentor already declined this request.');
    await db.query(`UPDATE chat_requests SET status = 'cancelled', updated_at = $2 WHERE id = $1`, [
      params.id,
      iso(now),
    ]);
    return (await chatRequestOf(db, params.id, caller, now))!;
  },

  async chatRequestRespond({ db, caller, params, body, now }) {
    const request = await chatRequestOf(db, params.id, caller, now);
    if (!request) throw notFound(CHAT_REQUEST_NOT_FOUND);
    const status = body.decision === 'confirm' ? 'confirmed' : 'declined';
    if (request.status === status) return request;
    if (request.status !== 'pending') throw conflict(`This request is already ${request.status}.`);
    await db.query(
      'UPDATE chat_requests SET status = $2, response_message = $3, updated_at = $4 WHERE id = $1',
      [params.id, status, body.message ?? null, iso(now)],
    );
    return (await chatRequestOf(db, params.id, caller, now))!;
  },

  async chatRequestIcs({ db, caller, params, now }) {
    const request = await chatRequestOf(db, params.id, caller, now);
    if (!request) throw notFound(CHAT_REQUEST_NOT_FOUND);
    if (request.status !== 'confirmed')
      throw conflict('Only a confirmed chat has a calendar entry.');
    const mentor = await db.query<{ time_zone: string | null }>(
      'SELECT time_zone FROM people WHERE id = $1',
      [request.mentorId],
    );
    const other = caller.role === 'mentor' ? request.residentName : request.mentorName;
    const summary = `Coffee chat with ${other}`;
    const mode = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' }[
      request.slot.mode
    ];
    const ics = buildCalendar(
      {
        uid: `${request.id}@kinship`,
        start: new Date(request.slot.startsAt),
        end: new Date(request.slot.endsAt),
        timeZone: mentor.rows[0]?.time_zone ?? 'UTC',
        summary,
        description: request.topic,
        location: request.slot.place ?? mode,
        status: 'CONFIRMED',
      },
      now,
    );
    return { filename: calendarFilename(summary), ics };
  },

  async mentorChange({ db, caller, body, now }) {
    const id = newId('chg');
    await db.query(
      'INSERT INTO mentor_change_requests (id, resident_id, reason, created_at) VALUES ($1, $2, $3, $4)',
      [id, caller.id, body.reason ?? null, iso(now)],
    );
    return { id, createdAt: iso(now) };
  },

  async mentees({ db, caller }) {
    const { rows } = await db.query<{
      id: string;
      name: string;
      home_country: string | null;
      languages: string[];
      since: Date;
    }>(
      `SELECT p.id, p.name, p.home_country, p.languages, a.since FROM assignments a JOIN people p ON p.id = a.resident_id
       WHERE a.mentor_id = $1 ORDER BY p.name, p.id`,
      [caller.id],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        homeCountry: row.home_country,
        languages: row.languages,
        since: iso(row.since),
      })),
    };
  },
};
