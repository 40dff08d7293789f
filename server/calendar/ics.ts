/** Calendar files (RFC 5545) built with ical.js: a meetup, a series, a confirmed coffee chat. */
import ICAL from 'ical.js';
import { icalLocalTime, vtimezone } from './vtimezone.js';

export interface CalendarEvent {
  /** Globally unique and stable: re-downloading updates the entry instead of adding a second one. */
  uid: string;
  start: Date;
  end: Date;
  /** The IANA zone the event is set in; the file carries its VTIMEZONE. */
  timeZone: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** An RFC 5545 RRULE for a series, e.g. `FREQ=WEEKLY;BYDAY=TH;COUNT=8`. */
  rrule?: string | null;
  /** Occurrences of the series that do not take place. */
  exdates?: Date[];
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/** How many years the VTIMEZONE covers after the first event's, for open-ended series. */
const YEARS_AHEAD = 2;

export function buildCalendar(event: CalendarEvent, stamp: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Kinship//Reference server//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');

  const year = event.start.getUTCFullYear();
  const timezone = vtimezone(event.timeZone, year, year + (event.rrule ? YEARS_AHEAD : 0));
  calendar.addSubcomponent(timezone);
  const zone = new ICAL.Timezone(timezone);

  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', event.uid);
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
  vevent
    .addPropertyWithValue('dtstart', icalLocalTime(event.start, event.timeZone, zone))
    .setParameter('tzid', event.timeZone);
  vevent
    .addPropertyWithValue('dtend', icalLocalTime(event.end, event.timeZone, zone))
    .setParameter('tzid', event.timeZone);
  if (event.rrule) vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(event.rrule));
  for (const exdate of event.exdates ?? []) {
    vevent
      .addPropertyWithValue('exdate', icalLocalTime(exdate, event.timeZone, zone))
      .setParameter('tzid', event.timeZone);
  }
  vevent.addPropertyWithValue('summary', event.summary);
  if (event.description) vevent.addPropertyWithValue('description', event.description);
  if (event.location) vevent.addPropertyWithValue('location', event.location);
  if (event.url) vevent.addPropertyWithValue('url', event.url);
  if (event.status) vevent.addPropertyWithValue('status', event.status);
  calendar.addSubcomponent(vevent);
  // RFC 5545 §3.1: every content line, the last included, ends with CRLF.
  return `${calendar.toString()}\r\n`;
}

/** A file name made of safe characters. */
export function calendarFilename(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'event'}.ics`;
}
