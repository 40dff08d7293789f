/** Adding, changing and removing mentors: shared by the coordinator API and the CSV import. */
import type * as z from 'zod/mini';
import type { MentorInput } from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { iso, json } from './json.js';

export type MentorFields = Omit<z.output<typeof MentorInput>, 'id'>;

/** The role already held by `id`, if anyone has that id. */
export async function roleOf(db: Queryable, id: string): Promise<string | undefined> {
  return (await rolesOf(db, [id])).get(id);
}

/** The roles held by those of `ids` that anyone has. */
export async function rolesOf(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; role: string }>(
    'SELECT id, role FROM people WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.role]));
}

/**
 * Creates the mentor `id`, or updates them (a removed mentor comes back). The caller checks first
 * that `id` is not someone else's (`roleOf`): this writes without asking.
 */
export async function saveMentor(
  db: Queryable,
  id: string,
  mentor: MentorFields,
  now: Date,
): Promise<'created' | 'updated'> {
  const existed = (await roleOf(db, id)) !== undefined;
  await saveMentors(db, [{ id, mentor }], now);
  return existed ? 'updated' : 'created';
}

/**
 * `saveMentor` for many at once, in two statements whatever their number, so that a large import
 * holds its transaction for a moment rather than for a round trip per mentor. Returns the ids
 * written: all of them, except any that someone other than a mentor took since the caller checked.
 */
export async function saveMentors(
  db: Queryable,
  mentors: readonly { id: string; mentor: MentorFields }[],
  now: Date,
): Promise<Set<string>> {
  if (mentors.length === 0) return new Set();
  const rows = mentors.map(({ id, mentor }) => ({
    id,
    name: mentor.name,
    home_country: mentor.homeCountry,
    languages: mentor.languages,
    training_year: mentor.trainingYear,
    specialty: mentor.specialty,
    time_zone: mentor.timeZone,
    pronouns: mentor.pronouns ?? null,
    photo_url: mentor.photoUrl ?? null,
    topics: mentor.topics,
    bio: mentor.bio ?? null,
    contact_methods: mentor.contactMethods,
  }));
  const recordset = `jsonb_to_recordset($1::text::jsonb) AS m(id text, name text, home_country text,
    languages jsonb, training_year text, specialty text, time_zone text, pronouns text, photo_url text,
    topics jsonb, bio text, contact_methods jsonb)`;
  // A resident or coordinator is never turned into a mentor, whatever the caller checked before.
  const written = await db.query<{ id: string }>(
    `INSERT INTO people (id, name, role, home_country, languages, training_year, specialty, time_zone)
     SELECT m.id, m.name, 'mentor', m.home_country, m.languages, m.training_year, m.specialty, m.time_zone
     FROM ${recordset}
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, home_country = excluded.home_country,
       languages = excluded.languages, training_year = excluded.training_year, specialty = excluded.specialty,
       time_zone = excluded.time_zone
     WHERE people.role = 'mentor'
     RETURNING id`,
    [json(rows)],
  );
  const ids = written.rows.map((row) => row.id);
  await db.query(
    `INSERT INTO mentor_profiles (person_id, pronouns, photo_url, topics, bio, contact_methods, removed_at, updated_at)
     SELECT m.id, m.pronouns, m.photo_url, m.topics, m.bio, m.contact_methods, NULL, $2
     FROM ${recordset}
     WHERE m.id = ANY($3::text[])
     ON CONFLICT (person_id) DO UPDATE SET pronouns = excluded.pronouns, photo_url = excluded.photo_url,
       topics = excluded.topics, bio = excluded.bio, contact_methods = excluded.contact_methods, removed_at = NULL,
       updated_at = excluded.updated_at`,
    [json(rows), iso(now), ids],
  );
  return new Set(ids);
}

/** Withdraws a slot and cancels the chat request holding it, if any. */
export async function withdrawSlots(
  db: Queryable,
  where: { slotId?: string; mentorId?: string },
  now: Date,
): Promise<number> {
  const condition = where.slotId ? 'id = $1' : 'mentor_id = $1 AND starts_at > $2';
  const { rows } = await db.query<{ id: string }>(
    `UPDATE slots SET withdrawn_at = $2 WHERE ${condition} AND withdrawn_at IS NULL RETURNING id`,
    [where.slotId ?? where.mentorId, iso(now)],
  );
  if (rows.length > 0) {
    await db.query(
      `UPDATE chat_requests SET status = 'cancelled', response_message = 'This slot was withdrawn.', updated_at = $2
       WHERE slot_id = ANY($1::text[]) AND status IN ('pending', 'confirmed')`,
      [rows.map((row) => row.id), iso(now)],
    );
  }
  return rows.length;
}
