/** Cultural-norm tips: the unwritten rules of US hospitals and daily life, one a day. */
import * as z from 'zod/mini';
import { Id, Locale, LongText, ShortText, Text, Timestamp } from './common.js';
import { LocalDate, Region } from './places.js';

export const TipCategory = z.enum([
  'humour-small-talk',
  'feedback-hierarchy',
  'sbar-handoffs',
  'patient-communication',
  'documentation',
  'daily-life',
]);
export type TipCategory = z.infer<typeof TipCategory>;

/**
 * An idiom or piece of workplace slang that appears, word for word, in the tip's body. The widget
 * turns each occurrence into a button that opens the plain-language meaning; nothing is HTML.
 */
export const Idiom = z.object({
  phrase: ShortText,
  meaning: LongText,
  example: LongText,
});
export type Idiom = z.infer<typeof Idiom>;

export const Tip = z.object({
  id: Id,
  category: TipCategory,
  /** Where the tip holds: `US` for the whole country, or states such as `US-NJ`. */
  regions: z.array(Region).check(z.minLength(1)),
  title: ShortText,
  body: LongText,
  whyItMatters: LongText,
  trySaying: z.array(ShortText),
  idioms: z.array(Idiom),
  /** The language of this text; differs from the one asked for when no translation exists. */
  locale: Locale,
  /** For the signed-in resident. */
  helpful: z.nullable(z.boolean()),
  saved: z.boolean(),
});
export type Tip = z.infer<typeof Tip>;

/** `GET /v1/tips`: newest first, by region, category and locale. */
export const TipList = z.object({ items: z.array(Tip), nextCursor: z.nullable(z.string()) });

/** `GET /v1/tips/today`: stable for the resident's day, preferring tips they have not seen. */
export const TodayTip = z.object({ date: LocalDate, tip: z.nullable(Tip) });
export type TodayTip = z.infer<typeof TodayTip>;

/** `PUT /v1/tips/{id}/feedback` (with an `Idempotency-Key`). */
export const TipFeedback = z.strictObject({ helpful: z.boolean() });
export const TipFeedbackResult = z.object({ tipId: Id, helpful: z.boolean() });

/** `PUT /v1/tips/{id}/saved`. */
export const TipSave = z.strictObject({ saved: z.boolean() });
export const TipSaveResult = z.object({ tipId: Id, saved: z.boolean() });

/** `POST /v1/tips/phrases`: "I heard a phrase I didn't understand", for the content team. */
export const PhraseReportCreate = z.strictObject({
  phrase: ShortText,
  context: z.optional(Text(1000)),
  tipId: z.optional(Id),
});
export const PhraseReport = z.object({
  id: Id,
  residentId: Id,
  phrase: ShortText,
  context: z.nullable(z.string()),
  tipId: z.nullable(Id),
  createdAt: Timestamp,
});
