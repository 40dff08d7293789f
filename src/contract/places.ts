/**
 * Shapes of days, places and links: shared by the resources that have them (the program, mentors,
 * tips, meetups). Apart from common.ts because every widget downloads that module before its first
 * request (in the browser's endpoint chunk), and a widget with none of these (the check-in) should
 * not pay for them. Days and URLs are plain patterns, as timestamps are (see common.ts).
 */
import * as z from 'zod/mini';
import { remembered } from './common.js';

/** A calendar day, ISO 8601 (`2026-11-24`). */
export const LocalDate = z
  .string()
  .check(z.regex(/^\d{4}-\d\d-\d\d$/, 'must be a day such as 2026-11-24'));

const isTimeZone = remembered((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
});

/** An IANA time zone name (`America/New_York`). */
export const TimeZone = z
  .string()
  .check(
    z.maxLength(64),
    z.refine(isTimeZone, 'must be an IANA time zone such as America/New_York'),
  );

/** A country, or a country and a subdivision: ISO 3166 (`US`, `US-NJ`). */
export const Region = z
  .string()
  .check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must look like US or US-NJ'));

/** An ISO 3166-1 alpha-2 country code (`NG`, `IN`, `BR`). */
export const CountryCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code'));

/** An absolute http(s) URL: never `javascript:` or `data:`, since widgets render these as links. */
export const HttpUrl = z
  .string()
  .check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http(s) URL'));
