/** The service itself, the residency program, and the person signed in. */
import * as z from 'zod/mini';
import { Id, Locale, LongText, ShortText, Text, Timestamp } from './common.js';
import { Region, TimeZone } from './places.js';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgresql']),
  time: Timestamp,
});
export type Health = z.infer<typeof Health>;

/**
 * Somewhere a resident can turn: a crisis line, a confidential support line, the program's
 * employee assistance programme or wellness lead. Every way of reaching it that is present is a
 * real link (tel:, sms:, mailto:, https:).
 */
export const SupportResource = z.object({
  id: Id,
  kind: z.enum(['crisis', 'support-line', 'program']),
  name: ShortText,
  description: LongText,
  phone: z.nullable(Text(40)),
  sms: z.nullable(Text(40)),
  url: z.nullable(Text(500)),
  email: z.nullable(Text(200)),
  hours: z.nullable(ShortText),
  /** The language of its name, description and hours, when the endpoint knows it. */
  locale: z.optional(Locale),
});
export type SupportResource = z.infer<typeof SupportResource>;

export const Program = z.object({
  id: Id,
  name: ShortText,
  timeZone: TimeZone,
  region: Region,
  locales: z.array(Locale),
  defaultLocale: Locale,
  supportResources: z.array(SupportResource),
});
export type Program = z.infer<typeof Program>;

/** What a person is in the program: the routes each may call follow from it. */
export const Role = z.enum(['resident', 'mentor', 'coordinator']);
export type Role = z.infer<typeof Role>;

export const Me = z.object({
  id: Id,
  name: ShortText,
  role: Role,
  locale: z.nullable(Locale),
  timeZone: z.nullable(TimeZone),
});
export type Me = z.infer<typeof Me>;
