/**
 * The shape of the demo program's seed data. Dates are relative to the day the database is seeded,
 * so a fresh `npm start` always shows the coming weeks; the seeder turns them into instants in the
 * program's time zone.
 */
import type * as z from 'zod/mini';
import type {
  CheckInItem,
  ContactMethod,
  Idiom,
  MeetupCategory,
  SupportResource,
  TipCategory,
} from '../../../src/contract/index.js';

export interface SeedProgram {
  id: string;
  /** A fictional program: never a real hospital's name. */
  name: string;
  timeZone: string;
  region: string;
  locales: string[];
  defaultLocale: string;
  supportResources: SupportResource[];
  /**
   * The resources' words in other languages, by locale, then by resource id. Numbers, links and
   * kinds are not translated; a resource missing here is served as written.
   */
  supportResourceTranslations?: Record<string, Record<string, SupportResourceWords>>;
}

/** What a resident reads of a support resource; `hours` only where the resource has hours. */
export interface SupportResourceWords {
  name: string;
  description: string;
  hours?: string;
}

export interface SeedPerson {
  id: string;
  name: string;
  role: 'resident' | 'mentor' | 'coordinator';
  email: string;
  locale: string | null;
  timeZone: string | null;
  /** ISO 3166-1 alpha-2. */
  homeCountry: string | null;
  languages: string[];
  /** `PGY-1` … for residents and mentors. */
  trainingYear: string | null;
  specialty: string | null;
}

/** The mentor-facing profile of a person whose role is `mentor`. */
export interface SeedMentorProfile {
  personId: string;
  pronouns: string | null;
  topics: string[];
  bio: string;
  contactMethods: z.infer<typeof ContactMethod>[];
}

export interface SeedAssignment {
  residentId: string;
  mentorId: string;
}

/** A weekly slot a mentor offers; the seeder creates the next three weeks of it. */
export interface SeedSlotPattern {
  mentorId: string;
  /** ISO weekday, 1 = Monday. */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Local time in the mentor's time zone, `HH:MM`. */
  time: string;
  minutes: number;
  mode: 'in-person' | 'video' | 'phone';
  place: string | null;
}

export interface SeedTip {
  id: string;
  category: z.infer<typeof TipCategory>;
  regions: string[];
  title: string;
  body: string;
  whyItMatters: string;
  trySaying: string[];
  /** Each phrase appears word for word in `body`. */
  idioms: z.infer<typeof Idiom>[];
  locale: string;
  translationOf: string | null;
}

export interface SeedMeetup {
  id: string;
  title: string;
  description: string;
  category: z.infer<typeof MeetupCategory>;
  venue: { name: string; address: string; mapUrl: string | null };
  organizer: { name: string; kind: 'program' | 'partner'; url: string | null };
  /** Null: no limit. */
  capacity: number | null;
  /** Days after the seeding day of the (first) occurrence, in the program's time zone. */
  dayOffset: number;
  /** Local start time, `HH:MM`. */
  time: string;
  minutes: number;
  /** RFC 5545 RRULE for a recurring series (e.g. `FREQ=WEEKLY;BYDAY=TH;COUNT=8`), else null. */
  rrule: string | null;
}

export interface SeedContactOption {
  id: string;
  label: string;
  description: string | null;
  /** Who is told: `mentor` means the resident's assigned mentor; otherwise a person's id. */
  routesTo: 'mentor' | string;
}

export interface SeedCheckInForm {
  id: string;
  cadenceDays: number;
  items: CheckInItem[];
  contactOptions: SeedContactOption[];
}

/** A past check-in for a seeded resident, so the trend and the aggregates have something to show. */
export interface SeedCheckInHistory {
  residentId: string;
  /** Days before the seeding day. */
  daysAgo: number;
  /** itemId → value. */
  answers: Record<string, number>;
}

export interface Seed {
  program: SeedProgram;
  people: SeedPerson[];
  mentorProfiles: SeedMentorProfile[];
  assignments: SeedAssignment[];
  slotPatterns: SeedSlotPattern[];
  tips: SeedTip[];
  meetups: SeedMeetup[];
  /** The check-in form per locale; `en` is required. */
  checkInForms: Record<string, SeedCheckInForm>;
  checkInHistory: SeedCheckInHistory[];
}
