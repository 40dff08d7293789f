/**
 * The confidential well-being check-in: the form the program serves, a resident's submission, the
 * receipt, and the resident's own history. Only the resident ever reads their answers back.
 */
import * as z from 'zod/mini';
import { Id, Locale, LongText, ShortText, Text, Timestamp } from './common.js';

export const ScaleOption = z.object({ value: z.int(), label: ShortText });

/** A labelled scale, answered with one of its option values (rendered as a radio group). */
export const ScaleItem = z.object({
  id: Id,
  kind: z.literal('scale'),
  prompt: LongText,
  help: z.nullable(LongText),
  required: z.boolean(),
  /** What the item measures, for scoring (`mood`, `sleep`, `ucla-3`, `workload`, `safety`). */
  measure: z.nullable(Id),
  /** Which end of the scale is the better one, so that a trend can be drawn "up is good". */
  better: z.enum(['higher', 'lower']),
  options: z.array(ScaleOption).check(z.minLength(2), z.maxLength(11)),
});
export type ScaleItem = z.infer<typeof ScaleItem>;

/** A short free-text answer. */
export const TextItem = z.object({
  id: Id,
  kind: z.literal('text'),
  prompt: LongText,
  help: z.nullable(LongText),
  required: z.boolean(),
  maxLength: z.int().check(z.minimum(1), z.maximum(2000)),
});
export type TextItem = z.infer<typeof TextItem>;

/** Every item kind this version of the SDK can render. */
export const CheckInItem = z.discriminatedUnion('kind', [ScaleItem, TextItem]);
export type CheckInItem = z.infer<typeof CheckInItem>;

/**
 * What every item has, whatever its kind. A program's endpoint may serve kinds that a given SDK
 * does not know yet; the form still parses, and the widget shows that one item as unavailable.
 */
export const AnyCheckInItem = z.looseObject({ id: Id, kind: z.string(), prompt: z.string() });

/** Who a resident may ask to reach out: their mentor, the wellness lead, the program director. */
export const ContactOption = z.object({
  id: Id,
  label: ShortText,
  description: z.nullable(LongText),
});
export type ContactOption = z.infer<typeof ContactOption>;

export const CheckInForm = z.object({
  /** The form's version; a submission names the version it answers. */
  id: Id,
  items: z.array(AnyCheckInItem).check(z.minLength(1), z.maxLength(30)),
  contactOptions: z.array(ContactOption),
  /** How often a check-in is due, in days (7 by default). */
  cadenceDays: z.int().check(z.minimum(1), z.maximum(90)),
  /**
   * The language the form's words are in, when the endpoint knows it: a widget marks them with it
   * (`lang`) and says so when it is not the page's language.
   */
  locale: z.optional(Locale),
});
export type CheckInForm = z.infer<typeof CheckInForm>;

export const Answer = z.strictObject({
  itemId: Id,
  value: z.union([z.int(), Text(2000)]),
});
export type Answer = z.infer<typeof Answer>;

export const ContactRequest = z.strictObject({
  optionId: Id,
  note: z.optional(Text(1000)),
});
export type ContactRequest = z.infer<typeof ContactRequest>;

/** `POST /v1/check-ins` (with an `Idempotency-Key`). */
export const CheckInSubmission = z.strictObject({
  formId: Id,
  answers: z.array(Answer).check(z.maxLength(30)),
  contactRequest: z.optional(ContactRequest),
  /** When the resident finished the form; the outbox may deliver it later. */
  answeredAt: z.optional(Timestamp),
});
export type CheckInSubmission = z.infer<typeof CheckInSubmission>;

export const SupportSuggestion = z.object({
  suggested: z.boolean(),
  /** Documented reasons (`loneliness`, `low-mood`); an endpoint may add its own. */
  reasons: z.array(z.string()),
});

/** What the server answers to a submission. It repeats no answers. */
export const CheckInReceipt = z.object({
  id: Id,
  submittedAt: Timestamp,
  /** A 0–100 index over the scale items, higher is better. */
  wellbeing: z.number().check(z.minimum(0), z.maximum(100)),
  support: SupportSuggestion,
  contactRequested: z.boolean(),
  nextDueAt: Timestamp,
});
export type CheckInReceipt = z.infer<typeof CheckInReceipt>;

export const HistoryEntry = z.object({
  id: Id,
  submittedAt: Timestamp,
  wellbeing: z.number().check(z.minimum(0), z.maximum(100)),
  support: SupportSuggestion,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** `GET /v1/check-ins/mine`: the resident's own last check-ins, newest first. */
export const CheckInHistory = z.object({
  items: z.array(HistoryEntry),
  cadenceDays: z.int(),
  /** Null before the first check-in. */
  nextDueAt: z.nullable(Timestamp),
  snoozedUntil: z.nullable(Timestamp),
});
export type CheckInHistory = z.infer<typeof CheckInHistory>;

/** `POST /v1/check-ins/snooze`: "remind me later". */
export const SnoozeRequest = z.strictObject({ days: z.int().check(z.minimum(1), z.maximum(14)) });
export const SnoozeResult = z.object({ nextDueAt: Timestamp, snoozedUntil: Timestamp });
