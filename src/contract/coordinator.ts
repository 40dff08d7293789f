/**
 * What coordinators manage: mentors, assignments, slots, tips and meetups, imports from CSV and
 * iCalendar, the outreach queue, and check-in aggregates that never describe fewer than five people.
 */
import * as z from 'zod/mini';
import { Id, Locale, LongText, ShortText, Text, Timestamp } from './common.js';
import { CountryCode, HttpUrl, LocalDate, Region, TimeZone } from './places.js';
import { ChatMode, ContactMethodInput } from './mentor.js';
import { Idiom, TipCategory } from './tips.js';
import { MeetupCategory, Organizer, Venue } from './meetups.js';
import { ContactOption } from './check-in.js';

// Request bodies refuse unknown fields at every depth (a typo is a 400, not silently dropped), so
// the shapes shared with responses, which stay lenient, get strict twins for input.
const IdiomInput = z.strictObject(Idiom.shape);
const VenueInput = z.strictObject(Venue.shape);
const OrganizerInput = z.strictObject(Organizer.shape);

export const MentorInput = z.strictObject({
  id: z.optional(Id),
  name: ShortText,
  pronouns: z.optional(z.nullable(ShortText)),
  photoUrl: z.optional(z.nullable(HttpUrl)),
  trainingYear: ShortText,
  specialty: ShortText,
  homeCountry: CountryCode,
  languages: z.array(Locale).check(z.minLength(1)),
  timeZone: TimeZone,
  topics: z.array(ShortText),
  bio: z.optional(z.nullable(LongText)),
  contactMethods: z.array(ContactMethodInput),
});
export const MentorPatch = z.partial(MentorInput);

export const Assignment = z.object({
  residentId: Id,
  residentName: ShortText,
  mentorId: Id,
  mentorName: ShortText,
  since: Timestamp,
});
export const AssignmentList = z.object({ items: z.array(Assignment) });
export const AssignmentInput = z.strictObject({ residentId: Id, mentorId: Id });

export const SlotInput = z.strictObject({
  mentorId: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  mode: ChatMode,
  place: z.optional(z.nullable(ShortText)),
});

export const TipInput = z.strictObject({
  category: TipCategory,
  regions: z.array(Region).check(z.minLength(1)),
  title: ShortText,
  body: LongText,
  whyItMatters: LongText,
  trySaying: z.array(ShortText),
  idioms: z.array(IdiomInput),
  locale: Locale,
  /** When this is a translation: the id of the tip it translates. */
  translationOf: z.optional(Id),
});
export const TipPatch = z.partial(TipInput);

export const MeetupInput = z.strictObject({
  title: ShortText,
  description: LongText,
  category: MeetupCategory,
  startsAt: Timestamp,
  endsAt: Timestamp,
  timeZone: TimeZone,
  venue: VenueInput,
  organizer: OrganizerInput,
  capacity: z.nullable(z.int().check(z.minimum(1), z.maximum(10000))),
  rrule: z.optional(z.nullable(Text(500))),
});
export const MeetupPatch = z.partial(MeetupInput);

/** One attendee of a meetup, for its organiser. */
export const Attendee = z.object({
  residentId: Id,
  residentName: ShortText,
  status: z.enum(['going', 'maybe', 'not-going', 'waitlisted']),
  waitlistPosition: z.nullable(z.int()),
  updatedAt: Timestamp,
});
export const AttendeeList = z.object({ items: z.array(Attendee) });

/** What an import did, row by row where it could not. */
export const ImportReport = z.object({
  imported: z.int(),
  updated: z.int(),
  skipped: z.array(
    z.object({
      /** The CSV line, or the iCalendar event's UID. */
      where: z.string(),
      reason: z.string(),
    }),
  ),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** `POST /v1/coordinator/meetups/import`: an iCalendar feed, given inline or by URL. */
export const MeetupImportRequest = z.strictObject({
  ics: z.optional(z.string().check(z.maxLength(2_000_000))),
  url: z.optional(HttpUrl),
  organizer: OrganizerInput,
  category: MeetupCategory,
  /** How far ahead recurring events are expanded into occurrences (default 8 weeks). */
  weeksAhead: z.optional(z.int().check(z.minimum(1), z.maximum(52))),
});

export const OutreachStatus = z.enum(['open', 'contacted', 'closed']);

/** A resident who asked to be contacted, for the one person they chose. */
export const OutreachItem = z.object({
  id: Id,
  residentId: Id,
  residentName: ShortText,
  option: ContactOption,
  note: z.nullable(z.string()),
  createdAt: Timestamp,
  status: OutreachStatus,
});
export const OutreachList = z.object({ items: z.array(OutreachItem) });
export const OutreachUpdate = z.strictObject({ status: z.enum(['contacted', 'closed']) });

/** The smallest group whose check-in figures may be shown. */
export const MIN_GROUP_SIZE = 5;

/** How check-in figures are cut in time: calendar months or ISO weeks, in the program's time zone. */
export const AggregatePeriodKind = z.enum(['week', 'month']);

/** One group's figures in one period: one figure per resident (their latest check-in in it). */
export const AggregateGroup = z.object({
  key: z.string(),
  label: z.string(),
  /** Distinct residents who checked in during the period; null when suppressed. */
  residents: z.nullable(z.int()),
  suppressed: z.boolean(),
  /** Mean over residents of their latest well-being index in the period. */
  meanWellbeing: z.nullable(z.number()),
  /** Share (0–1) of residents whose latest loneliness score crossed the documented threshold. */
  lonelinessShare: z.nullable(z.number()),
  /** Share (0–1) of residents whose latest check-in suggested support. */
  supportSuggestedShare: z.nullable(z.number()),
});

/** One fixed period that is over; its figures never change once published. */
export const AggregatePeriod = z.object({
  /** The period's first day, in the program's time zone. */
  start: LocalDate,
  /** The first day after the period. */
  end: LocalDate,
  label: z.string(),
  /** The program total first, then (with `groupBy=training-year`) each training year. */
  groups: z.array(AggregateGroup),
});

/** `GET /v1/coordinator/check-ins/aggregates?groupBy=…&periods=…`. */
export const Aggregates = z.object({
  minGroupSize: z.int(),
  period: AggregatePeriodKind,
  groupBy: z.enum(['program', 'training-year']),
  /** Newest first. */
  periods: z.array(AggregatePeriod),
  /** Why some groups show no figures, in words a coordinator understands. */
  note: z.nullable(z.string()),
});

export const PersonSummary = z.object({
  id: Id,
  name: ShortText,
  role: z.enum(['resident', 'mentor', 'coordinator']),
});
export const PeopleList = z.object({ items: z.array(PersonSummary) });
