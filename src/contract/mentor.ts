/** Near-peer mentors, the slots they offer, and coffee-chat requests. */
import * as z from 'zod/mini';
import { Id, Locale, LongText, ShortText, Text, Timestamp } from './common.js';
import { CountryCode, HttpUrl, TimeZone } from './places.js';

const ContactKind = z.enum(['email', 'phone', 'pager', 'teams', 'slack', 'chat']);

/**
 * What a contact value of each kind may be, since the widget makes it a `mailto:`, `tel:` or https
 * link: a plain address (no `?` that would add hidden headers such as a Bcc), a number, or an https
 * URL (never `javascript:`, `data:` or `vbscript:`).
 */
const CONTACT_VALUE: Record<z.infer<typeof ContactKind>, RegExp> = {
  email: /^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  phone: /^[0-9+() -]*[0-9][0-9+() -]*$/,
  pager: /^[0-9+() -]*[0-9][0-9+() -]*$/,
  teams: /^https:\/\/[^\s/?#]+[^\s]*$/i,
  slack: /^https:\/\/[^\s/?#]+[^\s]*$/i,
  chat: /^https:\/\/[^\s/?#]+[^\s]*$/i,
};

/** Whether a contact method's value fits its kind (the server also drops stored ones that do not). */
type ContactValue = { kind: z.infer<typeof ContactKind>; value: string };
export const isContactValue = (method: ContactValue) =>
  CONTACT_VALUE[method.kind].test(method.value);

const contactShape = {
  kind: ContactKind,
  label: z.nullable(ShortText),
  /** An address or number for email, phone and pager; an https URL for the chat kinds. */
  value: ShortText,
};
const contactValueCheck = z.refine<ContactValue>(isContactValue, {
  message:
    'must fit its kind: a plain email address; a phone or pager number (digits, spaces and + - ( )); an https URL for teams, slack and chat',
  path: ['value'],
});

/** One way to reach a mentor; the widget shows only the ones present, each as a real link. */
export const ContactMethod = z.object(contactShape).check(contactValueCheck);

/** The same, for request bodies: unknown fields refused. */
export const ContactMethodInput = z.strictObject(contactShape).check(contactValueCheck);
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
