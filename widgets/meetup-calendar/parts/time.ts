/**
 * Days and times of meetups. A meetup is shown at its own time zone's time (the program's), and at
 * the resident's too when the device is set to another zone. Days are keys, `2026-12-08`, of the
 * meetup's own zone; arithmetic on days is done on UTC noon, where no daylight-saving change falls.
 *
 * Formatters are cached: building an `Intl.DateTimeFormat` costs far more than using one, and a busy
 * month formats hundreds of times per render.
 */
/** Formats used on the agenda; the month grid names its own (each a constant: the cache's key). */
export const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
export const ZONED: Intl.DateTimeFormatOptions = { ...TIME, timeZoneName: 'short' };
export const ELSEWHERE: Intl.DateTimeFormatOptions = { ...ZONED, weekday: 'short' };
const KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };

const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A formatter for `options` in `lang` and `timeZone`, made once. */
export function formatter(
  lang: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let byPlace = formatters.get(options);
  if (!byPlace) formatters.set(options, (byPlace = new Map()));
  const place = `${lang}|${timeZone}`;
  let format = byPlace.get(place);
  if (!format)
    byPlace.set(place, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone })));
  return format;
}

let device: string | undefined;

/** The device's time zone: the resident's own (read once: every meetup on the card asks). */
export const deviceZone = () => (device ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);

const pad = (n: number) => String(n).padStart(2, '0');

/** The day (`2026-12-08`) an instant falls on in `timeZone`. */
export function dayKey(instant: number | Date, timeZone: string): string {
  const parts: Record<string, number> = {};
  for (const part of formatter('en', timeZone, KEY).formatToParts(instant))
    parts[part.type] = Number(part.value);
  return `${parts.year}-${pad(parts.month!)}-${pad(parts.day!)}`;
}

/** Noon UTC of a day key, for arithmetic and for naming the day. */
export const noon = (key: string) => Date.parse(`${key}T12:00:00Z`);

/** The day key `days` after `key`. */
export const addDays = (key: string, days: number) =>
  new Date(noon(key) + days * 86_400_000).toISOString().slice(0, 10);

/** "Tuesday, December 8", for a day key. */
export const dayLabel = (lang: string, key: string) =>
  formatter(lang, 'UTC', DAY).format(noon(key));
