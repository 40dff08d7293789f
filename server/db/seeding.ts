/**
 * Loads a program's seed (`server/db/seed/`, or a fixture) into an empty database. Dates in the
 * seed are relative to the day of seeding, in the program's time zone, so a fresh demo always shows
 * the coming weeks. Runs once: under an advisory lock, and only when no program exists yet, so two
 * instances starting together on one empty PostgreSQL seed it once.
 */
import * as z from 'zod/mini';
import { CheckInItem, Mentor, Program } from '../../src/contract/index.js';
import { newId } from '../data/ids.js';
import { iso, json } from '../data/json.js';
import { expandSeries, insertMeetup, upsertSeriesOccurrences } from '../data/meetups.js';
import { saveMentor } from '../data/mentor-writes.js';
import { scoreCheckIn } from '../scoring.js';
import { addDays, addMs, atLocalTime, DAY_MS, isoWeekday, localDate } from '../time.js';
import type { Db, Queryable } from './db.js';
import type { Seed } from './seed/types.js';

const SEED_LOCK = 4_203_117_002;
/** How many weeks of each slot pattern are offered. */
const SLOT_WEEKS = 3;
/** How far ahead a seeded series is expanded (a COUNT may end it sooner). */
const SERIES_WEEKS = 12;

export class SeedError extends Error {}

/**
 * What the server reads of a check-in form, beyond its words: item ids, kinds, scoring, option
 * values, and who each contact option reaches. Every language of a form must have the same, since
 * a submission is checked and scored against one of them.
 */
export function formShape(form: Seed['checkInForms'][string]): string {
  return JSON.stringify([
    form.id,
    form.cadenceDays,
    form.items.map((i) =>
      i.kind === 'scale'
        ? [i.id, i.kind, i.measure, i.better, i.required, i.options.map((o) => o.value)]
        : [i.id, i.kind, i.required, i.maxLength],
    ),
    form.contactOptions.map((o) => [o.id, o.routesTo]),
  ]);
}

/** Checks the seed's cross-references and shapes, listing every problem at once. */
export function checkSeed(seed: Seed): void {
  const problems: string[] = [];
  const people = new Map(seed.people.map((person) => [person.id, person]));
  const roleIs = (id: string, role: string) => people.get(id)?.role === role;

  const program = z.safeParse(Program, { ...seed.program });
  if (!program.success)
    problems.push(
      `program: ${program.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  for (const profile of seed.mentorProfiles) {
    const person = people.get(profile.personId);
    if (!person || person.role !== 'mentor') {
      problems.push(`mentorProfiles: ${profile.personId} is not a person with the role mentor`);
      continue;
    }
    const mentor = z.safeParse(Mentor, mentorOf(seed, profile));
    if (!mentor.success) {
      problems.push(
        `mentor ${person.id}: ${mentor.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    }
  }
  for (const { residentId, mentorId } of seed.assignments) {
    if (!roleIs(residentId, 'resident'))
      problems.push(`assignments: ${residentId} is not a resident`);
    if (!seed.mentorProfiles.some((profile) => profile.personId === mentorId))
      problems.push(`assignments: ${mentorId} has no mentor profile`);
  }
  for (const pattern of seed.slotPatterns) {
    if (!roleIs(pattern.mentorId, 'mentor'))
      problems.push(`slotPatterns: ${pattern.mentorId} is not a mentor`);
  }
  if (!seed.checkInForms.en) problems.push('checkInForms: the en form is required');
  for (const [locale, form] of Object.entries(seed.checkInForms)) {
    if (seed.checkInForms.en && formShape(form) !== formShape(seed.checkInForms.en)) {
      problems.push(
        `checkInForms.${locale}: differs from en in more than words (ids, kinds, scoring, values or routing)`,
      );
    }
    const items = z.safeParse(z.array(CheckInItem), form.items);
    if (!items.success)
      problems.push(
        `checkInForms.${locale}: ${items.error.issues[0]?.path.join('.')} ${items.error.issues[0]?.message}`,
      );
    for (const option of form.contactOptions) {
      if (option.routesTo !== 'mentor' && !people.has(option.routesTo)) {
        problems.push(
          `checkInForms.${locale}: contact option ${option.id} routes to unknown person ${option.routesTo}`,
        );
      }
    }
  }
  for (const meetup of seed.meetups) {
    // An occurrence's id is the series id plus `-YYYYMMDDTHHMM`, and ids have at most 64 characters.
    if (meetup.rrule && meetup.id.length > 50)
      problems.push(`meetups: the id of series ${meetup.id} is longer than 50 characters`);
  }
  const resourceIds = new Set(seed.program.supportResources.map((resource) => resource.id));
  for (const [locale, words] of Object.entries(seed.program.supportResourceTranslations ?? {})) {
    for (const id of Object.keys(words)) {
      if (!resourceIds.has(id))
        problems.push(`program.supportResourceTranslations.${locale}: no support resource ${id}`);
    }
  }
  const tipIds = new Set(seed.tips.map((tip) => tip.id));
  for (const tip of seed.tips) {
    if (tip.translationOf && !tipIds.has(tip.translationOf))
      problems.push(`tips: ${tip.id} translates unknown tip ${tip.translationOf}`);
  }
  const itemIds = new Set(seed.checkInForms.en?.items.map((item) => item.id));
  for (const entry of seed.checkInHistory) {
    if (!roleIs(entry.residentId, 'resident'))
      problems.push(`checkInHistory: ${entry.residentId} is not a resident`);
    for (const itemId of Object.keys(entry.answers)) {
      if (!itemIds.has(itemId))
        problems.push(`checkInHistory: ${itemId} is not an item of the en form`);
    }
  }
  if (problems.length > 0)
    throw new SeedError(`The seed has problems:\n- ${[...new Set(problems)].join('\n- ')}`);
}

function mentorOf(seed: Seed, profile: Seed['mentorProfiles'][number]) {
  const person = seed.people.find((p) => p.id === profile.personId)!;
  return {
    id: person.id,
    name: person.name,
    pronouns: profile.pronouns,
    photoUrl: null,
    trainingYear: person.trainingYear,
    specialty: person.specialty,
    homeCountry: person.homeCountry,
    languages: person.languages,
    timeZone: person.timeZone ?? seed.program.timeZone,
    topics: profile.topics,
    bio: profile.bio,
    contactMethods: profile.contactMethods,
  };
}

async function insertPeople(tx: Queryable, seed: Seed, now: Date): Promise<void> {
  // created_at keeps the seed's order, which demo mode lists people in.
  for (const [index, person] of seed.people.entries()) {
    await tx.query(
      `INSERT INTO people (id, name, role, email, locale, time_zone, home_country, languages, training_year, specialty, created_at, seeded)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, true)`,
      [
        person.id,
        person.name,
        person.role,
        person.email,
        person.locale,
        person.timeZone ?? (person.role === 'mentor' ? seed.program.timeZone : null),
        person.homeCountry,
        json(person.languages),
        person.trainingYear,
        person.specialty,
        iso(addMs(now, index)),
      ],
    );
  }
  for (const profile of seed.mentorProfiles) {
    const { id, ...mentor } = Mentor.parse(mentorOf(seed, profile));
    await saveMentor(tx, id, mentor, now);
  }
  for (const { residentId, mentorId } of seed.assignments) {
    await tx.query('INSERT INTO assignments (resident_id, mentor_id, since) VALUES ($1, $2, $3)', [
      residentId,
      mentorId,
      iso(now),
    ]);
  }
}

async function insertSlots(tx: Queryable, seed: Seed, today: string, now: Date): Promise<void> {
  for (const pattern of seed.slotPatterns) {
    const mentor = seed.people.find((person) => person.id === pattern.mentorId)!;
    const timeZone = mentor.timeZone ?? seed.program.timeZone;
    for (let offset = 0; offset < SLOT_WEEKS * 7; offset += 1) {
      const day = addDays(today, offset);
      if (isoWeekday(day) !== pattern.weekday) continue;
      const startsAt = atLocalTime(day, pattern.time, timeZone);
      if (startsAt <= now) continue;
      await tx.query(
        'INSERT INTO slots (id, mentor_id, starts_at, ends_at, mode, place, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          newId('slot'),
          pattern.mentorId,
          iso(startsAt),
          iso(addMs(startsAt, pattern.minutes * 60_000)),
          pattern.mode,
          pattern.place,
          iso(now),
        ],
      );
    }
  }
}

async function insertTips(tx: Queryable, seed: Seed, now: Date): Promise<void> {
  // Originals before translations (which reference them); the first tip is the newest.
  const ordered = [
    ...seed.tips.filter((tip) => !tip.translationOf),
    ...seed.tips.filter((tip) => tip.translationOf),
  ];
  for (const tip of ordered) {
    const position = seed.tips.indexOf(tip);
    await tx.query(
      `INSERT INTO tips (id, category, regions, title, body, why_it_matters, try_saying, idioms, locale, translation_of,
         created_at, updated_at)
       VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9, $10, $11, $11)`,
      [
        tip.id,
        tip.category,
        json(tip.regions),
        tip.title,
        tip.body,
        tip.whyItMatters,
        json(tip.trySaying),
        json(tip.idioms),
        tip.locale,
        tip.translationOf,
        iso(addMs(now, -position * 1000)),
      ],
    );
  }
}

async function insertMeetups(tx: Queryable, seed: Seed, today: string, now: Date): Promise<void> {
  const timeZone = seed.program.timeZone;
  for (const meetup of seed.meetups) {
    const startsAt = atLocalTime(addDays(today, meetup.dayOffset), meetup.time, timeZone);
    const endsAt = addMs(startsAt, meetup.minutes * 60_000);
    const fields = { ...meetup, timeZone, startsAt, endsAt };
    if (!meetup.rrule) {
      await insertMeetup(tx, meetup.id, fields, now);
      continue;
    }
    await tx.query('INSERT INTO meetup_series (id, rrule, created_at) VALUES ($1, $2, $3)', [
      meetup.id,
      meetup.rrule,
      iso(now),
    ]);
    const occurrences = expandSeries(
      startsAt,
      endsAt,
      timeZone,
      meetup.rrule,
      addMs(now, SERIES_WEEKS * 7 * DAY_MS),
    );
    await upsertSeriesOccurrences(
      tx,
      meetup.id,
      timeZone,
      occurrences.map((occurrence) => ({
        key: occurrence.key,
        fields: { ...fields, ...occurrence },
      })),
      now,
    );
  }
}

async function insertCheckIns(
  tx: Queryable,
  seed: Seed,
  today: string,
  lonelinessThreshold: number,
): Promise<void> {
  for (const [locale, form] of Object.entries(seed.checkInForms)) {
    await tx.query(
      `INSERT INTO check_in_forms (locale, form_id, cadence_days, items, contact_options)
       VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb)`,
      [locale, form.id, form.cadenceDays, json(form.items), json(form.contactOptions)],
    );
  }
  const form = seed.checkInForms.en!;
  for (const entry of seed.checkInHistory) {
    // Early in the day: a resident whose last check-in is a whole cadence ago is due all of today.
    // (At noon they were not due until noon, so the demo, and the tests, changed with the hour.)
    const submittedAt = atLocalTime(addDays(today, -entry.daysAgo), '00:01', seed.program.timeZone);
    const answers = new Map(Object.entries(entry.answers));
    const score = scoreCheckIn(form.items, answers, lonelinessThreshold);
    await tx.query(
      `INSERT INTO check_ins (id, resident_id, form_id, submitted_at, received_at, answers, wellbeing, loneliness, reasons,
         support_suggested, next_due_at)
       VALUES ($1, $2, $3, $4, $4, $5::text::jsonb, $6, $7, $8::text::jsonb, $9, $10)`,
      [
        newId('chk'),
        entry.residentId,
        form.id,
        iso(submittedAt),
        json(Object.entries(entry.answers).map(([itemId, value]) => ({ itemId, value }))),
        score.wellbeing,
        score.loneliness,
        json(score.reasons),
        score.reasons.length > 0,
        iso(addMs(submittedAt, form.cadenceDays * DAY_MS)),
      ],
    );
  }
}

/** Seeds `seed` when the database has no program yet; returns whether it did. */
export async function seedIfEmpty(
  db: Db,
  seed: Seed,
  options: { now?: Date; lonelinessThreshold?: number } = {},
): Promise<boolean> {
  checkSeed(seed);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await tx.query('SELECT 1 FROM program');
    if (existing.rows.length > 0) return false;
    const { program } = seed;
    await tx.query(
      `INSERT INTO program (id, name, time_zone, region, locales, default_locale, support_resources,
         support_resource_translations)
       VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7::text::jsonb, $8::text::jsonb)`,
      [
        program.id,
        program.name,
        program.timeZone,
        program.region,
        json(program.locales),
        program.defaultLocale,
        json(program.supportResources),
        json(program.supportResourceTranslations ?? {}),
      ],
    );
    const today = localDate(now, program.timeZone);
    await insertPeople(tx, seed, now);
    await insertSlots(tx, seed, today, now);
    await insertTips(tx, seed, now);
    await insertMeetups(tx, seed, today, now);
    await insertCheckIns(tx, seed, today, options.lonelinessThreshold ?? 6);
    return true;
  });
}
