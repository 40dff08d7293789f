/** Near-peer mentors, the slots they offer, and coffee-chat requests. */
import * as z from 'zod/mini';
import {
  CountryCode,
  HttpUrl,
  Id,
  Locale,
  LongText,
  ShortText,
  Text,
  Timestamp,
  TimeZone,
} from './common.js';

/** One way to reach a mentor; the widget shows only the ones present, each as a real link. */
export const ContactMethod = z.object({
  kind: z.enum(['email', 'phone', 'pager', 'teams', 'slack', 'chat']),
  label: z.nullable(ShortText),
  /** An address or number for email, phone and pager; an https URL for the chat kinds. */
  value: ShortText,
});
export type ContactMethod = z.infer<typeof ContactMethod>;

export const Mentor = z.object({
  id: Id,
  name: ShortText,
  pronouns: z.nullable(ShortText),
  photoUrl: z.nullable(HttpUrl),
  /** e.g. `PGY-3`. */
  trainingYear: ShortText,
  specialty: ShortText,
  homeCountry: CountryCode,
  languages: z.array(Locale),
  timeZone: TimeZone,
  /** "Ask me about": visa paperwork, Step 3, night shifts… */
  topics: z.array(ShortText),
  bio: z.nullable(LongText),
  contactMethods: z.array(ContactMethod),
});
export type Mentor = z.infer<typeof Mentor>;

/** `GET /v1/mentor`: the signed-in resident's mentor, or null with what happens next. */
export const MyMentor = z.object({
  mentor: z.nullable(Mentor),
  /** Languages the resident and the mentor share. */
  sharedLanguages: z.array(Locale),
  assignedAt: z.nullable(Timestamp),
});
export type MyMentor = z.infer<typeof MyMentor>;

export const ChatMode = z.enum(['in-person', 'video', 'phone']);

export const Slot = z.object({
  id: Id,
  mentorId: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  mode: ChatMode,
  place: z.nullable(ShortText),
  available: z.boolean(),
});
export type Slot = z.infer<typeof Slot>;

export const SlotList = z.object({ items: z.array(Slot) });

export const ChatRequestStatus = z.enum(['pending', 'confirmed', 'declined', 'cancelled']);

export const ChatRequest = z.object({
  id: Id,
  residentId: Id,
  residentName: ShortText,
  mentorId: Id,
  mentorName: ShortText,
  slot: Slot,
  topic: z.nullable(Text(300)),
  status: ChatRequestStatus,
  responseMessage: z.nullable(Text(500)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ChatRequest = z.infer<typeof ChatRequest>;

export const ChatRequestList = z.object({ items: z.array(ChatRequest) });

/** `POST /v1/mentor/chat-requests` (with an `Idempotency-Key`). */
export const ChatRequestCreate = z.strictObject({
  slotId: Id,
  topic: z.optional(Text(300)),
});

/** `POST /v1/mentor/chat-requests/{id}/respond`, by the mentor. */
export const ChatResponse = z.strictObject({
  decision: z.enum(['confirm', 'decline']),
  message: z.optional(Text(500)),
});

/** `POST /v1/mentor/change-requests`: a confidential request for a different mentor. */
export const MentorChangeRequestCreate = z.strictObject({
  reason: z.optional(Text(1000)),
});

export const MentorChangeRequest = z.object({
  id: Id,
  residentId: Id,
  residentName: ShortText,
  reason: z.nullable(z.string()),
  createdAt: Timestamp,
  status: z.enum(['open', 'resolved']),
});

/** `GET /v1/mentor/mentees`, for a signed-in mentor. */
export const MenteeList = z.object({
  items: z.array(
    z.object({
      id: Id,
      name: ShortText,
      homeCountry: z.nullable(CountryCode),
      languages: z.array(Locale),
      since: Timestamp,
    }),
  ),
});
