/** Meetups: the agenda, RSVPs with capacity and a waitlist, and calendar files. */
import { buildCalendar, calendarFilename } from '../calendar/ics.js';
import { applyRsvp, findMeetup, listMeetups, seriesOf } from '../data/meetups.js';
import { badRequest, notFound } from '../problem.js';
import { addMs, DAY_MS } from '../time.js';
import type { HandlerGroup } from './handler.js';

/** The agenda's default span: from now, eight weeks ahead. */
const DEFAULT_RANGE_MS = 56 * DAY_MS;
/** The longest span one request may ask for. */
const MAX_RANGE_MS = 366 * DAY_MS;

export const meetupHandlers: HandlerGroup<'meetups' | 'meetupRsvp' | 'meetupIcs'> = {
  async meetups({ db, caller, query, now }) {
    const from = query.from ? new Date(query.from) : now;
    const to = query.to ? new Date(query.to) : addMs(from, DEFAULT_RANGE_MS);
    if (to <= from) throw badRequest([{ field: 'to', message: 'must be after from' }]);
    if (to.getTime() - from.getTime() > MAX_RANGE_MS)
      throw badRequest([{ field: 'to', message: 'at most a year after from' }]);
    const items = await listMeetups(db, caller.id, {
      from,
      to,
      category: query.category,
      includeCancelled: query.includeCancelled === 'true',
    });
    return { items, from: from.toISOString(), to: to.toISOString() };
  },

  meetupRsvp: ({ db, caller, params, body, now }) =>
    applyRsvp(db, params.id, caller.id, body.status, now),

  async meetupIcs({ db, caller, params, now }) {
    const meetup = await findMeetup(db, caller.id, params.id);
    if (!meetup) throw notFound('No such meetup.');
    const series = meetup.seriesId ? await seriesOf(db, meetup.seriesId) : undefined;
    const start = new Date(meetup.startsAt);
    const duration = new Date(meetup.endsAt).getTime() - start.getTime();
    // A recurring meetup is added as its whole series (its first occurrence and the RRULE), so
    // the resident's calendar shows every date; otherwise the single occurrence.
    const seriesStart = series?.rrule ? series.first_start : start;
    const ics = buildCalendar(
      {
        uid: series?.source_uid ?? `${meetup.seriesId ?? meetup.id}@kinship`,
        start: seriesStart,
        end: new Date(seriesStart.getTime() + duration),
        timeZone: meetup.timeZone,
        summary: meetup.title,
        description: meetup.description,
        location: `${meetup.venue.name}, ${meetup.venue.address}`,
        url: meetup.organizer.url,
        rrule: series?.rrule ?? null,
        exdates: series?.rrule ? series.cancelled : [],
        status: 'CONFIRMED',
      },
      now,
    );
    return { filename: calendarFilename(meetup.title), ics };
  },
};
