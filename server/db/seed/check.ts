/**
 * Checks the seed against the endpoint contract and against the content rules it promises
 * (README.md). Run it with `npx tsx server/db/seed/check.ts`; server tests can import `checkSeed`
 * and assert that it returns no problems.
 */
import { pathToFileURL } from 'node:url';
import {
  CheckInForm,
  CheckInItem,
  CountryCode,
  Id,
  Locale,
  MeetupCategory,
  MeetupInput,
  MentorInput,
  MIN_GROUP_SIZE,
  Program,
  SupportResource,
  TimeZone,
  TipCategory,
  TipInput,
} from '../../../src/contract/index.js';
import { formShape } from '../seeding.js';
import type { Seed, SeedMeetup } from './types.js';

/** How far ahead the meetups are meant to reach, in days. */
export const MEETUP_HORIZON_DAYS = 56;

/** The UCLA 3-item Loneliness Scale (Hughes et al., 2004): its items must stay word for word. */
export const UCLA3_PROMPTS = [
  'How often do you feel that you lack companionship?',
  'How often do you feel left out?',
  'How often do you feel isolated from others?',
];
const UCLA3_LABELS = ['Hardly ever', 'Some of the time', 'Often'];

interface Problems {
  list: string[];
  add(where: string, message: string): void;
  parse(where: string, schema: { safeParse(v: unknown): SafeResult }, value: unknown): boolean;
}
interface SafeResult {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}

function problems(): Problems {
  const list: string[] = [];
  return {
    list,
    add(where, message) {
      list.push(`${where}: ${message}`);
    },
    parse(where, schema, value) {
      const result = schema.safeParse(value);
      if (result.success) return true;
      for (const issue of result.error?.issues ?? []) {
        list.push(
          `${where}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
        );
      }
      return false;
    },
  };
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

/** Whether `phrase` occurs in `text` on its own, not inside a longer word. */
export function containsPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = text.slice(0, at);
    const after = text.slice(at + phrase.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}

/**
 * The day offsets of a meetup's occurrences. Supports what the seed uses: FREQ=DAILY|WEEKLY|MONTHLY
 * with INTERVAL and COUNT. A month is counted as 31 days, the latest an occurrence can fall.
 */
export function occurrenceOffsets(meetup: Pick<SeedMeetup, 'dayOffset' | 'rrule'>): number[] {
  if (!meetup.rrule) return [meetup.dayOffset];
  const parts = Object.fromEntries(
    meetup.rrule.split(';').map((p) => p.split('=') as [string, string]),
  );
  const interval = Number(parts.INTERVAL ?? 1);
  const count = Number(parts.COUNT);
  const step = { DAILY: 1, WEEKLY: 7, MONTHLY: 31 }[parts.FREQ as string] ?? NaN;
  return Array.from({ length: count }, (_, i) => meetup.dayOffset + i * interval * step);
}

function checkRrule(p: Problems, where: string, rrule: string): void {
  const parts = rrule.split(';').map((part) => part.split('='));
  const keys = parts.map(([k]) => k);
  for (const [key, value] of parts) {
    if (value === undefined) p.add(where, `malformed RRULE part "${key}"`);
  }
  const known = new Set(['FREQ', 'INTERVAL', 'COUNT']);
  for (const key of keys) {
    if (key === 'BYDAY') {
      p.add(where, 'RRULE has BYDAY, but the weekday of dayOffset is not known in advance');
    } else if (!known.has(key ?? '')) {
      p.add(where, `RRULE part ${key} is not supported by this check`);
    }
  }
  const map = Object.fromEntries(parts);
  if (!['DAILY', 'WEEKLY', 'MONTHLY'].includes(map.FREQ ?? '')) p.add(where, 'RRULE needs FREQ');
  if (!/^[1-9]\d*$/.test(map.COUNT ?? '')) p.add(where, 'RRULE needs a COUNT, so the series ends');
  if (map.INTERVAL !== undefined && !/^[1-9]\d*$/.test(map.INTERVAL)) {
    p.add(where, 'RRULE INTERVAL must be a positive integer');
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkSeed(seed: Seed): string[] {
  const p = problems();
  const { program, people } = seed;

  // Program.
  p.parse('program', Program, program);
  if (!program.locales.includes(program.defaultLocale)) {
    p.add('program', 'defaultLocale is not one of locales');
  }
  const kinds = new Set(program.supportResources.map((r) => r.kind));
  for (const kind of ['crisis', 'support-line', 'program'] as const) {
    if (!kinds.has(kind)) p.add('program.supportResources', `no resource of kind ${kind}`);
  }
  const resources = new Map(program.supportResources.map((r) => [r.id, r]));
  for (const [locale, words] of Object.entries(program.supportResourceTranslations ?? {})) {
    const where = `program.supportResourceTranslations.${locale}`;
    p.parse(`${where}.locale`, Locale, locale);
    if (!program.locales.includes(locale)) p.add(where, `${locale} is not a program locale`);
    for (const [id, text] of Object.entries(words)) {
      const resource = resources.get(id);
      if (!resource) {
        p.add(where, `no support resource ${id}`);
        continue;
      }
      p.parse(`${where}.${id}`, SupportResource, { ...resource, ...text });
      if ((text.hours === undefined) !== (resource.hours === null))
        p.add(`${where}.${id}`, 'hours must be translated exactly where the resource has hours');
    }
  }

  // People.
  for (const d of duplicates(people.map((x) => x.id))) p.add('people', `duplicate id ${d}`);
  for (const d of duplicates(people.map((x) => x.email))) p.add('people', `duplicate email ${d}`);
  for (const person of people) {
    const where = `people.${person.id}`;
    p.parse(`${where}.id`, Id, person.id);
    if (!person.name.trim() || person.name.length > 200)
      p.add(where, 'name must be 1–200 characters');
    if (!/^[^@\s]+@example\.org$/.test(person.email)) p.add(where, 'email must be at example.org');
    if (person.locale !== null) p.parse(`${where}.locale`, Locale, person.locale);
    if (person.timeZone !== null) p.parse(`${where}.timeZone`, TimeZone, person.timeZone);
    if (person.homeCountry !== null)
      p.parse(`${where}.homeCountry`, CountryCode, person.homeCountry);
    person.languages.forEach((l, i) => p.parse(`${where}.languages.${i}`, Locale, l));
    if (person.languages.length === 0) p.add(where, 'no languages');
    if (person.role !== 'coordinator' && (!person.trainingYear || !person.specialty)) {
      p.add(where, 'residents and mentors need a training year and a specialty');
    }
  }
  const byId = new Map(people.map((x) => [x.id, x]));
  const residents = people.filter((x) => x.role === 'resident');
  const mentors = people.filter((x) => x.role === 'mentor');
  const coordinators = people.filter((x) => x.role === 'coordinator');
  if (residents.length === 0) p.add('people', 'no residents');
  const demo = residents[0];

  // Mentor profiles.
  for (const d of duplicates(seed.mentorProfiles.map((m) => m.personId))) {
    p.add('mentorProfiles', `two profiles for ${d}`);
  }
  for (const mentor of mentors) {
    const profile = seed.mentorProfiles.find((m) => m.personId === mentor.id);
    if (!profile) {
      p.add(`people.${mentor.id}`, 'mentor has no profile');
      continue;
    }
    const where = `mentorProfiles.${mentor.id}`;
    p.parse(where, MentorInput, {
      id: mentor.id,
      name: mentor.name,
      pronouns: profile.pronouns,
      trainingYear: mentor.trainingYear,
      specialty: mentor.specialty,
      homeCountry: mentor.homeCountry,
      languages: mentor.languages,
      timeZone: mentor.timeZone,
      topics: profile.topics,
      bio: profile.bio,
      contactMethods: profile.contactMethods,
    });
    if (profile.topics.length < 4 || profile.topics.length > 6) p.add(where, 'needs 4–6 topics');
    if (!profile.contactMethods.some((c) => c.kind === 'email')) p.add(where, 'no email contact');
    for (const c of profile.contactMethods) {
      const isChat = c.kind === 'teams' || c.kind === 'slack' || c.kind === 'chat';
      if (isChat && !/^https:\/\/[\w.-]*example\.org\//.test(c.value)) {
        p.add(where, `${c.kind} link must be an https URL on example.org`);
      }
      if (c.kind === 'email' && !/^[^@\s]+@example\.org$/.test(c.value)) {
        p.add(where, 'email must be at example.org');
      }
    }
  }
  for (const profile of seed.mentorProfiles) {
    if (byId.get(profile.personId)?.role !== 'mentor') {
      p.add('mentorProfiles', `${profile.personId} is not a mentor`);
    }
  }

  // Assignments.
  for (const d of duplicates(seed.assignments.map((a) => a.residentId))) {
    p.add('assignments', `${d} is assigned twice`);
  }
  for (const a of seed.assignments) {
    if (byId.get(a.residentId)?.role !== 'resident')
      p.add('assignments', `${a.residentId} is not a resident`);
    if (byId.get(a.mentorId)?.role !== 'mentor')
      p.add('assignments', `${a.mentorId} is not a mentor`);
  }
  const assigned = new Set(seed.assignments.map((a) => a.residentId));
  if (demo && !assigned.has(demo.id))
    p.add('assignments', `the demo resident ${demo.id} has no mentor`);
  if (residents.every((r) => assigned.has(r.id))) {
    p.add('assignments', 'every resident has a mentor; leave one without to show the empty state');
  }

  // Slot patterns.
  for (const mentor of mentors) {
    const n = seed.slotPatterns.filter((s) => s.mentorId === mentor.id).length;
    if (n < 2 || n > 3) p.add('slotPatterns', `${mentor.id} offers ${n} weekly slots (want 2–3)`);
  }
  for (const [i, s] of seed.slotPatterns.entries()) {
    const where = `slotPatterns.${i}`;
    if (byId.get(s.mentorId)?.role !== 'mentor') p.add(where, `${s.mentorId} is not a mentor`);
    if (!HHMM.test(s.time)) p.add(where, 'time must be HH:MM');
    if (s.minutes < 10 || s.minutes > 120) p.add(where, 'minutes out of range');
    if (s.mode === 'in-person' && !s.place) p.add(where, 'an in-person slot needs a place');
    if (s.place !== null && (s.place.length === 0 || s.place.length > 200))
      p.add(where, 'place too long');
  }

  // Tips.
  const tips = seed.tips;
  for (const d of duplicates(tips.map((t) => t.id))) p.add('tips', `duplicate id ${d}`);
  const tipsById = new Map(tips.map((t) => [t.id, t]));
  for (const t of tips) {
    const where = `tips.${t.id}`;
    p.parse(`${where}.id`, Id, t.id);
    const { id: _id, translationOf, ...rest } = t;
    p.parse(where, TipInput, translationOf === null ? rest : { ...rest, translationOf });
    if (!program.locales.includes(t.locale))
      p.add(where, `locale ${t.locale} is not a program locale`);
    for (const idiom of t.idioms) {
      if (!containsPhrase(t.body, idiom.phrase)) {
        p.add(where, `idiom "${idiom.phrase}" does not appear word for word in the body`);
      }
    }
    for (const d of duplicates(t.idioms.map((i) => i.phrase))) p.add(where, `idiom "${d}" twice`);
    if (t.trySaying.length < 1 || t.trySaying.length > 3)
      p.add(where, 'needs 1–3 try-saying phrases');
    if (t.idioms.length > 3) p.add(where, 'more than 3 idioms');
    if (t.body.length > 700) p.add(where, `body is ${t.body.length} characters; keep it short`);
    if (t.whyItMatters.length > 300) p.add(where, 'whyItMatters is long; one or two sentences');
    if (translationOf !== null) {
      const original = tipsById.get(translationOf);
      if (!original) {
        p.add(where, `translationOf ${translationOf} does not exist`);
      } else {
        if (original.translationOf !== null) p.add(where, 'translates a translation');
        if (original.locale === t.locale)
          p.add(where, 'a translation in the original’s own locale');
        if (original.category !== t.category) p.add(where, 'category differs from the original');
        if (original.regions.join() !== t.regions.join())
          p.add(where, 'regions differ from the original');
        const phrases = new Set(original.idioms.map((i) => i.phrase));
        for (const idiom of t.idioms) {
          if (!phrases.has(idiom.phrase))
            p.add(where, `idiom "${idiom.phrase}" is not in the original`);
        }
      }
    } else if (t.locale !== 'en') {
      p.add(where, 'original tips are written in en');
    }
  }
  const originals = tips.filter((t) => t.translationOf === null);
  for (const category of TipCategory.options) {
    const n = originals.filter((t) => t.category === category).length;
    if (n < 10) p.add('tips', `${category} has ${n} tips (want at least 10)`);
  }
  if (originals.length < 60) p.add('tips', `${originals.length} tips (want at least 60)`);
  const regions = new Set(originals.flatMap((t) => t.regions));
  if (regions.size < 3) p.add('tips', `only ${regions.size} regions`);
  const es = tips.filter((t) => t.locale === 'es').length;
  if (es < 8) p.add('tips', `${es} Spanish translations (want at least 8)`);

  // Meetups.
  for (const d of duplicates(seed.meetups.map((m) => m.id))) p.add('meetups', `duplicate id ${d}`);
  let occurrences = 0;
  for (const m of seed.meetups) {
    const where = `meetups.${m.id}`;
    p.parse(`${where}.id`, Id, m.id);
    if (!HHMM.test(m.time)) p.add(where, 'time must be HH:MM');
    if (m.minutes < 15 || m.minutes > 8 * 60) p.add(where, 'minutes out of range');
    if (m.dayOffset < 0) p.add(where, 'dayOffset is in the past');
    const start = `2026-01-05T${HHMM.test(m.time) ? m.time : '00:00'}:00-05:00`;
    const end = new Date(Date.parse(start) + m.minutes * 60_000).toISOString();
    const { id: _id, dayOffset: _d, time: _t, minutes: _m, ...rest } = m;
    p.parse(where, MeetupInput, {
      ...rest,
      startsAt: start,
      endsAt: end,
      timeZone: program.timeZone,
    });
    if (m.rrule !== null) checkRrule(p, where, m.rrule);
    const offsets = occurrenceOffsets(m);
    if (offsets.some((o) => !Number.isFinite(o) || o >= MEETUP_HORIZON_DAYS)) {
      p.add(
        where,
        `an occurrence falls after the ${MEETUP_HORIZON_DAYS}-day horizon (offsets ${offsets.join(', ')})`,
      );
    }
    occurrences += offsets.filter((o) => o < MEETUP_HORIZON_DAYS).length;
    const hour = Number(m.time.slice(0, 2));
    if (hour < 8 || hour > 20) p.add(where, 'starts at an hour residents can rarely make');
  }
  if (occurrences < 30)
    p.add(
      'meetups',
      `${occurrences} occurrences in ${MEETUP_HORIZON_DAYS} days (want at least 30)`,
    );
  for (const category of MeetupCategory.options) {
    if (!seed.meetups.some((m) => m.category === category))
      p.add('meetups', `no ${category} meetup`);
  }
  if (!seed.meetups.some((m) => m.capacity !== null && m.capacity <= 8)) {
    p.add('meetups', 'no meetup with a small capacity to show the waitlist');
  }
  if (!seed.meetups.some((m) => m.capacity === null)) p.add('meetups', 'no meetup without a limit');

  // Check-in forms.
  const en = seed.checkInForms.en;
  if (!en) {
    p.add('checkInForms', 'the en form is required');
    return p.list;
  }
  for (const [locale, form] of Object.entries(seed.checkInForms)) {
    const where = `checkInForms.${locale}`;
    p.parse(`${where}.locale`, Locale, locale);
    p.parse(where, CheckInForm, form);
    form.items.forEach((item, i) => p.parse(`${where}.items.${i}`, CheckInItem, item));
    for (const d of duplicates(form.items.map((i) => i.id))) p.add(where, `duplicate item id ${d}`);
    if (formShape(form) !== formShape(en))
      p.add(where, 'differs from en in more than words (ids, kinds, scoring, values or routing)');
    for (const option of form.contactOptions) {
      if (option.routesTo !== 'mentor' && byId.get(option.routesTo)?.role !== 'coordinator') {
        p.add(where, `contact option ${option.id} routes to ${option.routesTo}, not a coordinator`);
      }
    }
  }
  const ucla = en.items.filter((i) => i.kind === 'scale' && i.measure === 'ucla-3');
  if (JSON.stringify(ucla.map((i) => i.prompt)) !== JSON.stringify(UCLA3_PROMPTS)) {
    p.add('checkInForms.en', 'the UCLA-3 items must be the published wording, in order');
  }
  for (const item of ucla) {
    if (item.kind !== 'scale') continue;
    const labels = item.options.map((o) => `${o.value}:${o.label}`).join('|');
    if (
      labels !== UCLA3_LABELS.map((l, i) => `${i + 1}:${l}`).join('|') ||
      item.better !== 'lower'
    ) {
      p.add(
        `checkInForms.en.${item.id}`,
        'UCLA-3 options must be 1 Hardly ever, 2 Some of the time, 3 Often',
      );
    }
  }
  for (const measure of ['mood', 'sleep', 'workload', 'safety']) {
    if (!en.items.some((i) => i.kind === 'scale' && i.measure === measure)) {
      p.add('checkInForms.en', `no ${measure} item`);
    }
  }
  if (!coordinators.length) p.add('people', 'no coordinators for the contact options');

  // Check-in history.
  const scaleItems = new Map(
    en.items.flatMap((i) =>
      i.kind === 'scale' ? [[i.id, i.options.map((o) => o.value)] as const] : [],
    ),
  );
  for (const d of duplicates(seed.checkInHistory.map((h) => `${h.residentId}@${h.daysAgo}`))) {
    p.add('checkInHistory', `two check-ins for ${d} days ago`);
  }
  for (const h of seed.checkInHistory) {
    const where = `checkInHistory.${h.residentId}@${h.daysAgo}`;
    if (byId.get(h.residentId)?.role !== 'resident')
      p.add(where, `${h.residentId} is not a resident`);
    if (h.daysAgo < 1) p.add(where, 'daysAgo must be at least 1');
    for (const [itemId, value] of Object.entries(h.answers)) {
      const values = scaleItems.get(itemId);
      if (!values) p.add(where, `${itemId} is not a scale item of the form`);
      else if (!values.includes(value)) p.add(where, `${value} is not an option of ${itemId}`);
    }
    for (const itemId of scaleItems.keys()) {
      if (!(itemId in h.answers)) p.add(where, `no answer for ${itemId}`);
    }
  }
  if (demo && seed.checkInHistory.filter((h) => h.residentId === demo.id).length < 8) {
    p.add('checkInHistory', `the demo resident ${demo.id} has fewer than 8 check-ins`);
  }
  const withHistory = new Set(seed.checkInHistory.map((h) => h.residentId));
  const others = [...withHistory].filter((id) => id !== demo?.id);
  if (others.length < 6)
    p.add('checkInHistory', `only ${others.length} other residents have history`);
  const byYear = new Map<string, number>();
  for (const id of withHistory) {
    const year = byId.get(id)?.trainingYear ?? '?';
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const sizes = [...byYear.values()];
  if (!sizes.some((n) => n >= MIN_GROUP_SIZE)) {
    p.add('checkInHistory', `no training-year group of at least ${MIN_GROUP_SIZE} residents`);
  }
  if (!sizes.some((n) => n < MIN_GROUP_SIZE)) {
    p.add('checkInHistory', `no training-year group under ${MIN_GROUP_SIZE}, to show suppression`);
  }

  return p.list;
}

/** Counts for a person reading the output. */
export function summarize(seed: Seed): string {
  const originals = seed.tips.filter((t) => t.translationOf === null);
  const count = <T>(items: T[], key: (t: T) => string[]) => {
    const out: Record<string, number> = {};
    for (const item of items) for (const k of key(item)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const occurrences = (m: SeedMeetup) =>
    occurrenceOffsets(m).filter((o) => o < MEETUP_HORIZON_DAYS).length;
  const meetupsBy: Record<string, string> = {};
  for (const category of MeetupCategory.options) {
    const list = seed.meetups.filter((m) => m.category === category);
    meetupsBy[category] =
      `${list.length} meetups, ${list.reduce((n, m) => n + occurrences(m), 0)} occurrences`;
  }
  return JSON.stringify(
    {
      people: count(seed.people, (p) => [p.role]),
      assignments: seed.assignments.length,
      slotPatterns: seed.slotPatterns.length,
      tips: {
        originals: originals.length,
        byCategory: count(originals, (t) => [t.category]),
        byRegion: count(originals, (t) => t.regions),
        translations: count(
          seed.tips.filter((t) => t.translationOf !== null),
          (t) => [t.locale],
        ),
      },
      meetups: {
        series: seed.meetups.length,
        occurrences: seed.meetups.reduce((n, m) => n + occurrences(m), 0),
        byCategory: meetupsBy,
      },
      checkInForms: Object.keys(seed.checkInForms),
      checkInHistory: count(seed.checkInHistory, (h) => [h.residentId]),
    },
    null,
    2,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { seed } = await import('./index.js');
  const found = checkSeed(seed);
  console.log(summarize(seed));
  if (found.length) {
    console.error(`\n${found.length} problem(s):\n- ${found.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nThe seed passes every check.');
}
