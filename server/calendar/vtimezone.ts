/**
 * VTIMEZONE components from the time zone data Node ships (Intl), so that a calendar file names
 * an IANA zone and also defines it: clients that do not know the zone name still place the event
 * right. Transitions are found by scanning each day of the years covered; when they follow a
 * yearly rule ("second Sunday of March at 02:00"), the observance is written once with an RRULE.
 */
import ICAL from 'ical.js';
import { DAY_MS, toLocal, utcOffsetMinutes } from '../time.js';

type Component = InstanceType<typeof ICAL.Component>;

interface Transition {
  /** The first instant (ms) of the new offset. */
  at: number;
  fromMinutes: number;
  toMinutes: number;
}

const MINUTE_MS = 60_000;

function transitionsBetween(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let day = Date.UTC(fromYear, 0, 1);
  let offset = utcOffsetMinutes(new Date(day), timeZone);
  for (; day < end; day += DAY_MS) {
    const next = utcOffsetMinutes(new Date(day + DAY_MS), timeZone);
    if (next === offset) continue;
    // Narrow the change down to the minute.
    let before = day;
    let after = day + DAY_MS;
    while (after - before > MINUTE_MS) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
      if (utcOffsetMinutes(new Date(middle), timeZone) === offset) before = middle;
      else after = middle;
    }
    found.push({ at: after, fromMinutes: offset, toMinutes: next });
    offset = next;
  }
  return found;
}

/** Wall-clock time just before the change, as observances state their onset. */
function onset(transition: Transition) {
  const local = new Date(transition.at + transition.fromMinutes * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: 0,
    weekday: local.getUTCDay(),
    daysInMonth: new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0),
    ).getUTCDate(),
  };
}

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU` when every transition follows that rule, else undefined. */
function yearlyRule(transitions: Transition[]): string | undefined {
  if (transitions.length < 2) return undefined;
  const onsets = transitions.map(onset);
  const [first] = onsets;
  const sameShape = onsets.every(
    (o) =>
      o.month === first!.month &&
      o.weekday === first!.weekday &&
      o.hour === first!.hour &&
      o.minute === first!.minute,
  );
  if (!sameShape) return undefined;
  const nth = onsets.map((o) => Math.ceil(o.day / 7));
  const last = onsets.every((o) => o.day + 7 > o.daysInMonth);
  const byDay = nth.every((n) => n === nth[0]) ? `${nth[0]}` : last ? '-1' : undefined;
  if (byDay === undefined) return undefined;
  return `FREQ=YEARLY;BYMONTH=${first!.month};BYDAY=${byDay}${ICAL_DAYS[first!.weekday]}`;
}

function zoneAbbreviation(timeZone: string, at: number): string | undefined {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT+5:30" is not a name worth writing; "EST" is.
  return part && !/^GMT|^UTC/.test(part) ? part : undefined;
}

function observance(
  kind: 'standard' | 'daylight',
  transition: Transition,
  timeZone: string,
  rrule?: string,
): Component {
  const component = new ICAL.Component(kind);
  const { weekday: _weekday, daysInMonth: _days, ...start } = onset(transition);
  component.addPropertyWithValue('dtstart', ICAL.Time.fromData(start));
  component.addPropertyWithValue(
    'tzoffsetfrom',
    ICAL.UtcOffset.fromSeconds(transition.fromMinutes * 60),
  );
  component.addPropertyWithValue(
    'tzoffsetto',
    ICAL.UtcOffset.fromSeconds(transition.toMinutes * 60),
  );
  if (rrule) component.addPropertyWithValue('rrule', ICAL.Recur.fromString(rrule));
  const name = zoneAbbreviation(timeZone, transition.at);
  if (name) component.addPropertyWithValue('tzname', name);
  return component;
}

/** A VTIMEZONE for `timeZone` that is right for events from `fromYear` to `toYear`. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): Component {
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', timeZone);
  // One year before: an event early in the first year is governed by the previous year's change.
  const transitions = transitionsBetween(timeZone, fromYear - 1, toYear);
  if (transitions.length === 0) {
    const offset = utcOffsetMinutes(new Date(Date.UTC(fromYear, 0, 1)), timeZone);
    const fixed = {
      at: Date.UTC(1970, 0, 1) - offset * MINUTE_MS,
      fromMinutes: offset,
      toMinutes: offset,
    };
    component.addSubcomponent(observance('standard', fixed, timeZone));
    return component;
  }
  // Group the changes by direction: into daylight time (the larger offset) and back.
  const groups = new Map<string, Transition[]>();
  for (const transition of transitions) {
    const key = `${transition.fromMinutes}>${transition.toMinutes}`;
    groups.set(key, [...(groups.get(key) ?? []), transition]);
  }
  for (const group of groups.values()) {
    const kind = group[0]!.toMinutes > group[0]!.fromMinutes ? 'daylight' : 'standard';
    const rule = yearlyRule(group);
    if (rule) component.addSubcomponent(observance(kind, group[0]!, timeZone, rule));
    else
      for (const transition of group)
        component.addSubcomponent(observance(kind, transition, timeZone));
  }
  return component;
}

/** `toLocal` in the shape ical.js takes. */
export function icalLocalTime(
  instant: Date,
  timeZone: string,
  zone: InstanceType<typeof ICAL.Timezone>,
) {
  return ICAL.Time.fromData(toLocal(instant, timeZone), zone);
}
