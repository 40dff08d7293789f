/** Informal meetups outside the hospital, with RSVPs, capacity and a first-in-first-out waitlist. */
import * as z from 'zod/mini';
import { Id, LongText, ShortText, Text, Timestamp } from './common.js';
import { HttpUrl, TimeZone } from './places.js';

export const MeetupCategory = z.enum([
  'cafe',
  'bookstore',
  'cultural-centre',
  'faith-community',
  'host-family',
  'sports-outdoors',
  'family-friendly',
]);
export type MeetupCategory = z.infer<typeof MeetupCategory>;

export const Venue = z.object({
  name: ShortText,
  address: ShortText,
  mapUrl: z.nullable(HttpUrl),
});

export const Organizer = z.object({
  name: ShortText,
  kind: z.enum(['program', 'partner']),
  url: z.nullable(HttpUrl),
});

export const RsvpStatus = z.enum(['going', 'maybe', 'not-going', 'waitlisted']);
export type RsvpStatus = z.infer<typeof RsvpStatus>;

/** One occurrence; a recurring series is served as its occurrences, each naming the series. */
export const Meetup = z.object({
  id: Id,
  seriesId: z.nullable(Id),
  title: ShortText,
  description: LongText,
  category: MeetupCategory,
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** The time zone the organiser set the meetup in. */
  timeZone: TimeZone,
  venue: Venue,
  organizer: Organizer,
  /** Null: no limit. */
  capacity: z.nullable(z.int().check(z.minimum(1))),
  going: z.int(),
  waitlisted: z.int(),
  seatsLeft: z.nullable(z.int()),
  /** The series' RFC 5545 recurrence rule, e.g. `FREQ=WEEKLY;BYDAY=TH`. */
  rrule: z.nullable(Text(500)),
  /** The organiser called this occurrence off; listed only when asked for (`includeCancelled`). */
  cancelled: z.boolean(),
  myRsvp: z.nullable(
    z.object({ status: RsvpStatus, waitlistPosition: z.nullable(z.int().check(z.minimum(1))) }),
  ),
});
export type Meetup = z.infer<typeof Meetup>;

/** `GET /v1/meetups?from&to&category`. */
export const MeetupList = z.object({ items: z.array(Meetup), from: Timestamp, to: Timestamp });
export type MeetupList = z.infer<typeof MeetupList>;

/** `PUT /v1/meetups/{id}/rsvp` (with an `Idempotency-Key`). */
export const RsvpRequest = z.strictObject({ status: z.enum(['going', 'maybe', 'not-going']) });

export const RsvpResult = z.object({
  meetupId: Id,
  status: RsvpStatus,
  waitlistPosition: z.nullable(z.int()),
  going: z.int(),
  waitlisted: z.int(),
  seatsLeft: z.nullable(z.int()),
});
export type RsvpResult = z.infer<typeof RsvpResult>;
