/** Adding, changing and removing mentors: shared by the coordinator API and the CSV import. */
import type * as z from 'zod/mini';
import type { MentorInput } from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { iso, json } from './json.js';

export type MentorFields = Omit<z.output<typeof MentorInput>, 'id'>;

/** The role already held by `id`, if anyone has that id. */
export async function roleOf(db: Queryable, id: string): Promise<string | undefined> {
  const { rows } = await db.query<{ role: string }>('SELECT role FROM people WHERE id = $1', [id]);
  return rows[0]?.role;
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
  await db.query(
    `INSERT INTO people (id, name, role, home_country, languages, training_year, specialty, time_zone)
     VALUES ($1, $2, 'mentor', $3, $4::text::jsonb, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, home_country = excluded.home_country,
       languages = excluded.languages, training_year = excluded.training_year, specialty = excluded.specialty,
       time_zone = excluded.time_zone`,
    [
      id,
      mentor.name,
      mentor.homeCountry,
      json(mentor.languages),
      mentor.trainingYear,
      mentor.specialty,
      mentor.timeZone,
    ],
  );
  await db.query(
    `INSERT INTO mentor_profiles (person_id, pronouns, photo_url, topics, bio, contact_methods, removed_at, updated_at)
     VALUES ($1, $2, $3, $4::text::jsonb, $5, $6::text::jsonb, NULL, $7)
     ON CONFLICT (person_id) DO UPDATE SET pronouns = excluded.pronouns, photo_url = excluded.photo_url,
       topics = excluded.topics, bio = excluded.bio, contact_methods = excluded.contact_methods, removed_at = NULL,
       updated_at = excluded.updated_at`,
    [
      id,
      mentor.pronouns ?? null,
      mentor.photoUrl ?? null,
      json(mentor.topics),
      mentor.bio ?? null,
      json(mentor.contactMethods),
      iso(now),
    ],
  );
  return existed ? 'updated' : 'created';
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
