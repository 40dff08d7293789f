/** Mentors, their slots and chat requests, as the contract shapes them. */
import type { ChatRequest, Mentor, Slot } from '../../src/contract/index.js';
import { isContactValue } from '../../src/contract/mentor.js';
import type { Queryable } from '../db/db.js';
import { iso } from './json.js';

interface MentorRow {
  id: string;
  name: string;
  training_year: string;
  specialty: string;
  home_country: string;
  languages: string[];
  time_zone: string;
  pronouns: string | null;
  photo_url: string | null;
  topics: string[];
  bio: string | null;
  contact_methods: Mentor['contactMethods'];
}

/** Mentors still offered (removed ones keep their history but are not listed). */
export const ACTIVE_MENTORS = `
  SELECT p.id, p.name, p.training_year, p.specialty, p.home_country, p.languages, p.time_zone,
         m.pronouns, m.photo_url, m.topics, m.bio, m.contact_methods
  FROM people p JOIN mentor_profiles m ON m.person_id = p.id
  WHERE m.removed_at IS NULL`;

export function mentorFromRow(row: MentorRow): Mentor {
  return {
    id: row.id,
    name: row.name,
    pronouns: row.pronouns,
    photoUrl: row.photo_url,
    trainingYear: row.training_year,
    specialty: row.specialty,
    homeCountry: row.home_country,
    languages: row.languages,
    timeZone: row.time_zone,
    topics: row.topics,
    bio: row.bio,
    // A value stored before values were checked (or written around the API) is left out rather
    // than served to a resident as a link.
    contactMethods: row.contact_methods.filter(isContactValue),
  };
}

export async function findMentor(db: Queryable, id: string): Promise<Mentor | undefined> {
  const { rows } = await db.query<MentorRow>(`${ACTIVE_MENTORS} AND p.id = $1`, [id]);
  return rows[0] && mentorFromRow(rows[0]);
}

export async function listMentors(db: Queryable): Promise<Mentor[]> {
  const { rows } = await db.query<MentorRow>(`${ACTIVE_MENTORS} ORDER BY p.name, p.id`);
  return rows.map(mentorFromRow);
}

export interface SlotRow {
  slot_id: string;
  slot_mentor_id: string;
  starts_at: Date;
  ends_at: Date;
  mode: Slot['mode'];
  place: string | null;
  withdrawn_at: Date | null;
  /** Whether a pending or confirmed request holds the slot. */
  held: boolean;
}

/** Columns of `slots s` that `slotFromRow` reads. */
export const SLOT_COLUMNS = `
  s.id AS slot_id, s.mentor_id AS slot_mentor_id, s.starts_at, s.ends_at, s.mode, s.place, s.withdrawn_at,
  EXISTS (SELECT 1 FROM chat_requests h WHERE h.slot_id = s.id AND h.status IN ('pending', 'confirmed')) AS held`;

export function slotFromRow(row: SlotRow, now: Date): Slot {
  return {
    id: row.slot_id,
    mentorId: row.slot_mentor_id,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    mode: row.mode,
    place: row.place,
    available: row.withdrawn_at === null && !row.held && row.starts_at > now,
  };
}

interface ChatRequestRow extends SlotRow {
  id: string;
  resident_id: string;
  resident_name: string;
  mentor_id: string;
  mentor_name: string;
  topic: string | null;
  status: ChatRequest['status'];
  response_message: string | null;
  created_at: Date;
  updated_at: Date;
}

const CHAT_REQUESTS = `
  SELECT r.id, r.resident_id, rp.name AS resident_name, r.mentor_id, mp.name AS mentor_name, r.topic, r.status,
         r.response_message, r.created_at, r.updated_at, ${SLOT_COLUMNS}
  FROM chat_requests r
  JOIN people rp ON rp.id = r.resident_id
  JOIN people mp ON mp.id = r.mentor_id
  JOIN slots s ON s.id = r.slot_id`;

function chatRequestFromRow(row: ChatRequestRow, now: Date): ChatRequest {
  return {
    id: row.id,
    residentId: row.resident_id,
    residentName: row.resident_name,
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
    slot: slotFromRow(row, now),
    topic: row.topic,
    status: row.status,
    responseMessage: row.response_message,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The chat requests of one person: those they made (resident) or those addressed to them (mentor). */
export async function chatRequestsOf(
  db: Queryable,
  person: { id: string; role: 'resident' | 'mentor' },
  now: Date,
): Promise<ChatRequest[]> {
  const column = person.role === 'resident' ? 'r.resident_id' : 'r.mentor_id';
  const { rows } = await db.query<ChatRequestRow>(
    `${CHAT_REQUESTS} WHERE ${column} = $1 ORDER BY r.created_at DESC, r.id LIMIT 200`,
    [person.id],
  );
  return rows.map((row) => chatRequestFromRow(row, now));
}

/** One chat request, only if `person` is its resident (or its mentor). */
export async function chatRequestOf(
  db: Queryable,
  id: string,
  person: { id: string; role: string },
  now: Date,
): Promise<ChatRequest | undefined> {
  const column = person.role === 'mentor' ? 'r.mentor_id' : 'r.resident_id';
  const { rows } = await db.query<ChatRequestRow>(
    `${CHAT_REQUESTS} WHERE r.id = $1 AND ${column} = $2`,
    [id, person.id],
  );
  return rows[0] && chatRequestFromRow(rows[0], now);
}
