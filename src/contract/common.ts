/**
 * Shapes shared by every resource of the endpoint. The contract is written with `zod/mini` because
 * the browser bundle validates every response with these same schemas, and mini keeps that cheap.
 */
import * as z from 'zod/mini';

/** An identifier chosen by the server or by an import: letters, digits and `._:-`. */
export const Id = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][\w.:-]*$/));

// Timestamps are checked with plain patterns rather than z.iso.*: the browser
// validates every response with these schemas, and the patterns cost a fraction of the bytes. The
// OpenAPI generator adds the matching `format` to each.

/** An instant, ISO 8601 with an offset (`2026-11-24T18:30:00Z`). */
export const Timestamp = z.string().check(
  z.regex(
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/,
    'must be an ISO 8601 instant with an offset',
  ),
  z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date and time'),
);

/**
 * `test`, remembering the values it accepted: a list of meetups names the same few zones again and
 * again, and building an `Intl` object for each costs far more than a lookup. Bounded, because a
 * request chooses the values (time zone names are case-insensitive, so their spellings are many).
 */
export function remembered(test: (value: string) => boolean): (value: string) => boolean {
  const accepted = new Set<string>();
  return (value) => {
    if (accepted.has(value)) return true;
    if (!test(value)) return false;
    if (accepted.size < 1000) accepted.add(value);
    return true;
  };
}

const isLanguageTag = remembered((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
});

/** A BCP 47 language tag (`en`, `pt-BR`, `ar`). */
export const Locale = z
  .string()
  .check(
    z.maxLength(35),
    z.refine(isLanguageTag, 'must be a BCP 47 language tag such as en or pt-BR'),
  );

/**
 * Text a person wrote, of at most `max` characters: never a NUL (PostgreSQL cannot store one) nor
 * half of a surrogate pair (not Unicode at all), so such input is a 400 naming its field, not a 500.
 */
export const Text = (max: number, min = 0) =>
  z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine(
      // No lookbehind: older Safari cannot parse it, and the browser bundle holds this schema.
      (value) =>
        !/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value),
      'must not contain NUL or unpaired surrogate characters',
    ),
  );

/** One line of text a person reads: a name, a title, a label. */
export const ShortText = Text(200, 1);

/** A paragraph or a few. */
export const LongText = Text(4000);

/** One field that failed validation, named by its path (`answers.2.value`). */
export const FieldError = z.object({
  field: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

/** The answer to a request that created something a person does not read back. */
export const Receipt = z.object({ id: Id, createdAt: Timestamp });
