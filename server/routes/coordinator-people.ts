/** Coordinators manage people: mentors (one by one or from CSV), assignments, slots, change requests. */
import type { Queryable } from '../db/db.js';
import { newId } from '../data/ids.js';
import { iso } from '../data/json.js';
import {
  findMentor,
  listMentors,
  SLOT_COLUMNS,
  slotFromRow,
  type SlotRow,
} from '../data/mentors.js';
import {
  roleOf,
  rolesOf,
  saveMentor,
  saveMentors,
  withdrawSlots,
  type MentorFields,
} from '../data/mentor-writes.js';
import { parseMentorCsv } from '../imports/csv.js';
import { giveWay } from '../imports/give-way.js';
import { listedSkips } from '../imports/report.js';
import { badRequest, conflict, notFound } from '../problem.js';
import type { HandlerGroup } from './handler.js';

/**
 * Mentors written per transaction by the CSV import: some 250 KB of CSV, a transaction of a few
 * tens of milliseconds on PGlite (a 2 MB file is about 30 of them).
 */
const MENTOR_IMPORT_BATCH = 250;

/** `Dr. Ana Souza` → `mentor-dr-ana-souza`: a stable id for a CSV row that gives none. */
function mentorIdFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 50);
  return `mentor-${slug || 'unnamed'}`;
}

async function assignmentOf(db: Queryable, residentId: string) {
  const { rows } = await db.query<{
    resident_id: string;
    resident_name: string;
    mentor_id: string;
    mentor_name: string;
    since: Date;
  }>(
    `SELECT a.resident_id, r.name AS resident_name, a.mentor_id, m.name AS mentor_name, a.since
     FROM assignments a JOIN people r ON r.id = a.resident_id JOIN people m ON m.id = a.mentor_id
     WHERE ($1::text IS NULL OR a.resident_id = $1::text)
     ORDER BY r.name, a.resident_id`,
    [residentId || null],
  );
  return rows.map((row) => ({
    residentId: row.resident_id,
    residentName: row.resident_name,
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
    since: iso(row.since),
  }));
}

export const coordinatorPeopleHandlers: HandlerGroup<
  | 'people'
  | 'mentorList'
  | 'mentorCreate'
  | 'mentorUpdate'
  | 'mentorDelete'
  | 'mentorImport'
  | 'assignmentList'
  | 'assignmentSet'
  | 'assignmentDelete'
  | 'slotCreate'
  | 'slotDelete'
  | 'mentorChangeList'
> = {
  async people({ db }) {
    const { rows } = await db.query<{
      id: string;
      name: string;
      role: 'resident' | 'mentor' | 'coordinator';
    }>('SELECT id, name, role FROM people ORDER BY role, name, id');
    return { items: rows };
  },

  async mentorList({ db }) {
    return { items: await listMentors(db) };
  },

  async mentorCreate({ db, body, now }) {
    const { id: givenId, ...fields } = body;
    const id = givenId ?? newId('mentor');
    if ((await roleOf(db, id)) !== undefined) throw conflict(`Someone already has the id "${id}".`);
    await saveMentor(db, id, fields, now);
    return (await findMentor(db, id))!;
  },

  async mentorUpdate({ db, params, body, now }) {
    const current = await findMentor(db, params.id);
    if (!current) throw notFound('No such mentor.');
    if (body.id !== undefined && body.id !== params.id)
      throw badRequest([{ field: 'id', message: 'cannot be changed' }]);
    const { id: _id, ...fields } = { ...current, ...body };
    await saveMentor(db, params.id, fields, now);
    return (await findMentor(db, params.id))!;
  },

  async mentorDelete({ db, params, now }) {
    const removed = await db.query(
      'UPDATE mentor_profiles SET removed_at = $2, updated_at = $2 WHERE person_id = $1 AND removed_at IS NULL',
      [params.id, iso(now)],
    );
    if (removed.rowCount === 0) throw notFound('No such mentor.');
    // Their mentees become unassigned, and their future offers (with any chats booked in them) end.
    await db.query('DELETE FROM assignments WHERE mentor_id = $1', [params.id]);
    await withdrawSlots(db, { mentorId: params.id }, now);
  },

  async mentorImport({ app, body, now }) {
    // The whole file is read and checked before anything is written, so a refused file writes
    // nothing and a bad row is skipped wherever it is.
    const { rows, skipped } = await parseMentorCsv(body);
    const ids = rows.map(({ input }) => input.id ?? mentorIdFromName(input.name));
    const roles = await rolesOf(app.db, ids);
    const seen = new Map<string, string>();
    const accepted: { id: string; where: string; mentor: MentorFields }[] = [];
    rows.forEach(({ where, input }, index) => {
      const { id: _givenId, ...mentor } = input;
      const id = ids[index]!;
      const earlier = seen.get(id);
      if (earlier) {
        skipped.push({ where, reason: `same mentor id "${id}" as ${earlier}` });
        return;
      }
      const role = roles.get(id);
      if (role !== undefined && role !== 'mentor') {
        skipped.push({ where, reason: `the id "${id}" belongs to a ${role}` });
        return;
      }
      seen.set(id, where);
      accepted.push({ id, where, mentor });
    });
    // Then in batches, each an upsert in a short transaction of its own, giving the event loop back
    // between them: other requests are answered meanwhile. A failure halfway leaves the batches
    // before it written; the same file sent again writes them again, unchanged, and the rest.
    let imported = 0;
    let updated = 0;
    for (let start = 0; start < accepted.length; start += MENTOR_IMPORT_BATCH) {
      await giveWay();
      const batch = accepted.slice(start, start + MENTOR_IMPORT_BATCH);
      const written = await app.db.transaction((tx) => saveMentors(tx, batch, now));
      for (const { id, where } of batch) {
        if (!written.has(id))
          skipped.push({ where, reason: `the id "${id}" now belongs to someone else` });
        else if (roles.has(id)) updated += 1;
        else imported += 1;
      }
    }
    return { imported, updated, skipped: listedSkips(skipped, 'rows') };
  },

  async assignmentList({ db }) {
    return { items: await assignmentOf(db, '') };
  },

  async assignmentSet({ db, body, now }) {
    if ((await roleOf(db, body.residentId)) !== 'resident')
      throw badRequest([{ field: 'residentId', message: 'no resident with this id' }]);
    if (!(await findMentor(db, body.mentorId)))
      throw badRequest([{ field: 'mentorId', message: 'no mentor with this id' }]);
    // Re-assigning the same mentor keeps the date the pairing began.
    await db.query(
      `INSERT INTO assignments (resident_id, mentor_id, since) VALUES ($1, $2, $3)
       ON CONFLICT (resident_id) DO UPDATE SET mentor_id = excluded.mentor_id,
         since = CASE WHEN assignments.mentor_id = excluded.mentor_id THEN assignments.since ELSE excluded.since END`,
      [body.residentId, body.mentorId, iso(now)],
    );
    return (await assignmentOf(db, body.residentId))[0]!;
  },

  async assignmentDelete({ db, params }) {
    const deleted = await db.query('DELETE FROM assignments WHERE resident_id = $1', [params.id]);
    if (deleted.rowCount === 0) throw notFound('This resident has no mentor assigned.');
  },

  async slotCreate({ db, body, now }) {
    if (!(await findMentor(db, body.mentorId)))
      throw badRequest([{ field: 'mentorId', message: 'no mentor with this id' }]);
    if (new Date(body.endsAt) <= new Date(body.startsAt))
      throw badRequest([{ field: 'endsAt', message: 'must be after startsAt' }]);
    const id = newId('slot');
    await db.query(
      'INSERT INTO slots (id, mentor_id, starts_at, ends_at, mode, place, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, body.mentorId, body.startsAt, body.endsAt, body.mode, body.place ?? null, iso(now)],
    );
    const { rows } = await db.query<SlotRow>(
      `SELECT ${SLOT_COLUMNS} FROM slots s WHERE s.id = $1`,
      [id],
    );
    return slotFromRow(rows[0]!, now);
  },

  async slotDelete({ db, params, now }) {
    if ((await withdrawSlots(db, { slotId: params.id }, now)) === 0)
      throw notFound('No such slot on offer.');
  },

  async mentorChangeList({ db }) {
    const { rows } = await db.query<{
      id: string;
      resident_id: string;
      resident_name: string;
      reason: string | null;
      created_at: Date;
      status: 'open' | 'resolved';
    }>(
      `SELECT c.id, c.resident_id, p.name AS resident_name, c.reason, c.created_at, c.status
       FROM mentor_change_requests c JOIN people p ON p.id = c.resident_id
       ORDER BY c.created_at DESC, c.id LIMIT 500`,
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        residentId: row.resident_id,
        residentName: row.resident_name,
        reason: row.reason,
        createdAt: iso(row.created_at),
        status: row.status,
      })),
    };
  },
};
