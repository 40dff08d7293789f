/**
 * Wall-clock time in a named time zone, with the zone data Node already ships (Intl). The program,
 * mentors and meetups each have an IANA time zone; "today" and "18:30 on Thursday" mean local time.
 */

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/**
 * The wall-clock reading as if it were UTC: the arithmetic both conversions below start from, and
 * within 14 hours of the instant it names in any zone.
 */
export function wallClockAsUtc(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

/** Minutes to add to UTC to get local time at `instant` (e.g. -300 for New York in winter). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  const localAsUtc = wallClockAsUtc(local);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((localAsUtc - wholeSeconds) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` read `local`. In the hour skipped when clocks spring
 * forward, the result is the same wall time read with the offset from before the change.
 */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const localAsUtc = wallClockAsUtc(local);
  const firstGuess = localAsUtc - utcOffsetMinutes(new Date(localAsUtc), timeZone) * 60_000;
  const offset = utcOffsetMinutes(new Date(firstGuess), timeZone);
  return new Date(localAsUtc - offset * 60_000);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = toLocal(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** The instant of `HH:MM` local time on a `YYYY-MM-DD` day in `timeZone`. */
export function atLocalTime(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return fromLocal({ year, month, day, hour, minute, second: 0 }, timeZone);
}

/** Zones found valid: making a formatter to check one costs far more than placing a time with it. */
const validZones = new Set<string>();

export function isTimeZone(value: string): boolean {
  if (validZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    validZones.add(value);
    return true;
  } catch {
    return false;
  }
}

export const DAY_MS = 86_400_000;

export function addMs(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}
