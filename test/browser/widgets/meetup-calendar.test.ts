/**
 * <kin-meetup-calendar> against the real reference server (PGlite, the demo program seeded), over
 * real HTTP from real Chromium. Assertions are on what the resident sees and on what the server
 * stored. Meetups a test needs in a known shape are added through the coordinator API, as an event
 * organiser would.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { runtime } from '../../../src/core/runtime.js';
import '../../../widgets/meetup-calendar/meetup-calendar.js';
import type { KinMeetupCalendar } from '../../../widgets/meetup-calendar/meetup-calendar.js';
import {
  freshDevice,
  HostWindow,
  lowContrastText,
  ReferenceServer,
  referenceServerPerSuite,
  smallTargets,
  until,
} from '../support.js';

let server: ReferenceServer;
/** A partial Arabic translation (a page without one is English, left to right). */
const fixtureLocales =
  new URL('../fixtures/locales/', import.meta.url).href + '{{lng}}/{{ns}}.json';

const DAY = 86_400_000;
const root = (el: Element) => el.shadowRoot!;
const base = (el: Element) => root(el).querySelector<HTMLElement>('[part="base"]')!;
const text = (el: Element) => base(el).textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: KinMeetupCalendar, state: string) =>
  until(
    () => el.state === state,
    () => `state ${state} (it is ${el.state})`,
  );
const shows = (el: Element, selector: string) =>
  until(() => root(el).querySelector(selector), `${selector} to show`);
const button = (el: Element, name: string | RegExp, within: ParentNode = root(el)) => {
  const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
/** The list item of the meetup titled `title`. */
const eventItem = (el: Element, title: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.event')].find(
    (item) => item.querySelector('.summary')!.textContent!.trim() === title,
  );

async function mount(person: string, { width = 720, locale = 'en', initialView = '' } = {}) {
  runtime().configure({
    token: await server.token(person),
    localesUrl: locale === 'ar' ? fixtureLocales : undefined,
  });
  const page = await fixture(
    html`<div style="width:${width}px">
      <kin-meetup-calendar
        endpoint=${server.apiUrl}
        locale=${locale}
        initial-view=${initialView || 'agenda'}
      ></kin-meetup-calendar>
    </div>`,
  );
  const el = page.querySelector('kin-meetup-calendar')!;
  await settled(el, 'content');
  return el;
}

let created = 0;
/** Adds a meetup through the coordinator API; returns its first occurrence's id. */
async function addMeetup(fields: Record<string, unknown> = {}): Promise<string> {
  const start = Date.now() + 2 * DAY;
  const response = await fetch(`${server.apiUrl}/v1/coordinator/meetups`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await server.token('coo-lena')}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      title: `Test meetup ${++created}`,
      description: 'Tea and a walk.',
      category: 'sports-outdoors',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3_600_000).toISOString(),
      timeZone: 'America/New_York',
      venue: { name: 'Riverside Park', address: '1 River Rd, Alderbrook, NJ', mapUrl: null },
      organizer: { name: 'Wellness Committee', kind: 'program', url: null },
      capacity: null,
      ...fields,
    }),
  });
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Waits until the month grid shows its month's meetups. */
async function monthShown(el: KinMeetupCalendar) {
  await el.updateComplete;
  await until(() => !root(el).querySelector('.month > [role="status"]'), 'the month');
}

/** Opens a meetup's details and waits for its RSVP buttons. */
async function openDetails(el: Element, title: string) {
  await until(() => eventItem(el, title), `${title} in the list`);
  const summary = eventItem(el, title)!.querySelector<HTMLButtonElement>('.summary')!;
  summary.focus(); // as a resident tabbing to it: the details load on focus
  summary.click();
  await until(() => eventItem(el, title)?.querySelector('.rsvp'), `${title}'s RSVP`);
  return eventItem(el, title)!;
}

/** The calendar in a page of its own (a window whose connection a test can cut), once settled. */
async function calendarInWindow(person: string) {
  const host = await HostWindow.open('host.html', {
    endpoint: server.apiUrl,
    token: await server.token(person),
    widget: 'kin-meetup-calendar',
  });
  const el = host.document.querySelector('kin-meetup-calendar') as KinMeetupCalendar;
  await settled(el, 'content');
  return { host, el };
}

const rsvpRows = (meetup: string) =>
  server.sql<{ resident_id: string; status: string }>(
    'SELECT resident_id, status FROM rsvps WHERE meetup_id = $1 ORDER BY resident_id',
    [meetup],
  );

describe('<kin-meetup-calendar>', () => {
  referenceServerPerSuite((started) => (server = started));

  it('shows a skeleton of its final size, then the next four weeks by day', async () => {
    runtime().configure({ token: await server.token('res-olena') });
    const el = await fixture<KinMeetupCalendar>(
      html`<kin-meetup-calendar endpoint=${server.apiUrl}></kin-meetup-calendar>`,
    );
    expect(el.state).to.equal('loading');
    const skeletonHeight = base(el).getBoundingClientRect().height;
    expect(base(el).querySelectorAll('.bone').length).to.be.greaterThan(3);
    await settled(el, 'content');
    expect(base(el).getBoundingClientRect().height).to.equal(skeletonHeight);
    const days = [...root(el).querySelectorAll('.day h3')].map((h) => h.textContent!.trim());
    expect(days.length).to.be.greaterThan(5);
    expect(days[0]).to.match(/^\w+day, \w+ \d+$/);
    expect(text(el)).to.contain('Evening coffee for residents');
    // Times are the program's (Eastern), with the zone named.
    expect(root(el).querySelector('.when')!.textContent).to.match(/(EST|EDT)/);
    // Nothing later than four weeks ahead.
    const { items } = await (
      await fetch(`${server.apiUrl}/v1/meetups`, {
        headers: { Authorization: `Bearer ${await server.token('res-olena')}` },
      })
    ).json();
    type Item = { startsAt: string; title: string };
    const soon = (m: Item) => Date.parse(m.startsAt) < Date.now() + 28 * DAY;
    const titlesSoon = new Set(items.filter(soon).map((m: Item) => m.title));
    const beyond = items.find((m: Item) => !soon(m) && !titlesSoon.has(m.title));
    expect(text(el)).to.not.contain(beyond.title);
  });

  it('filters by category, and "All" shows every one again', async () => {
    const el = await mount('res-arjun');
    // A long agenda is drawn over a few tasks: count once all of it is drawn.
    const announced = () => root(el).querySelector('.sr-only')!.textContent!.trim();
    const drawn = () => root(el).querySelectorAll('.event').length;
    const everything = announced(); // "43 meetups in the next four weeks."
    await until(() => everything.startsWith(`${drawn()} `), 'the whole agenda drawn');
    const all = drawn();
    button(el, 'Café').click();
    await until(() => root(el).querySelectorAll('.event').length < all);
    const categories = [...root(el).querySelectorAll('.event .where')].map((p) =>
      p.textContent!.trim(),
    );
    expect(categories.length).to.be.greaterThan(0);
    for (const line of categories) expect(line).to.match(/· Café$/);
    expect(button(el, 'Café').getAttribute('aria-pressed')).to.equal('true');
    button(el, 'Faith community').click();
    await until(() => text(el).includes('Faith community'));
    button(el, 'All').click();
    await until(() => announced() === everything && drawn() === all, 'every meetup again');
  });

  it('moves through the month grid with the keyboard, naming each day with its count', async () => {
    const el = await mount('res-sana');
    const month = button(el, 'Month');
    month.focus(); // the grid loads as the switch is reached
    await sendKeys({ press: 'Enter' });
    await shows(el, '[role="grid"]');
    await monthShown(el);
    const focusable = () => root(el).querySelectorAll('[role="gridcell"][tabindex="0"]');
    expect(focusable()).to.have.length(1);
    const todayCell = focusable()[0] as HTMLElement;
    expect(todayCell.getAttribute('aria-current')).to.equal('date');
    // Kept as a key: moving into the next month redraws the grid, and cells are reused for its days.
    const today = todayCell.dataset.day!;
    todayCell.focus();
    const active = () => root(el).activeElement as HTMLElement;
    await sendKeys({ press: 'ArrowRight' });
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
    await until(() => active()?.dataset.day === tomorrow, 'the next day focused');
    expect(active().getAttribute('aria-selected')).to.equal('true');
    expect(focusable()).to.have.length(1);
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => active()?.dataset.day === today, 'back on today');
    await sendKeys({ press: 'ArrowDown' });
    const week = new Date(Date.parse(`${today}T12:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);
    await until(() => active()?.dataset.day === week, 'a week later');
    await sendKeys({ press: 'Home' });
    await until(() => new Date(`${active().dataset.day}T12:00:00Z`).getUTCDay() === 0, 'Sunday');
    await sendKeys({ press: 'End' });
    await until(() => new Date(`${active().dataset.day}T12:00:00Z`).getUTCDay() === 6, 'Saturday');
    const title = () => root(el).querySelector('#month-title')!.textContent!.trim();
    const before = title();
    await sendKeys({ press: 'PageDown' });
    await until(() => title() !== before, 'the next month');
    await until(() => active()?.dataset.day?.slice(0, 7) !== week.slice(0, 7), 'focus in it');
    await sendKeys({ press: 'PageUp' });
    await until(() => title() === before, 'back to this month');
    // Each day is named with its number of meetups, as the server has them.
    await monthShown(el);
    const days = root(el).querySelectorAll<HTMLElement>('[role="gridcell"][data-day]');
    const withMeetups = [...days].filter((cell) => cell.querySelector('.count'));
    expect(withMeetups.length).to.be.greaterThan(3);
    for (const cell of withMeetups) {
      const count = Number(cell.querySelector('.count')!.textContent);
      expect(cell.querySelector('.sr-only')!.textContent).to.match(
        new RegExp(`^\\w+day, \\w+ \\d+, ${count} meetups?(, .+)?$`),
      );
    }
    // Enter takes the resident to the focused day's meetups.
    withMeetups[0].click();
    withMeetups[0].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active()?.classList.contains('summary'), 'the first meetup of the day');
  });

  it('mirrors the grid’s left and right arrows in a right-to-left language', async () => {
    const el = await mount('res-sana', { locale: 'ar', initialView: 'month' });
    await shows(el, '[role="gridcell"][tabindex="0"]');
    const start = root(el).querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    const startDay = start.dataset.day; // the cell may show another day once the month changes
    start.focus();
    await sendKeys({ press: 'ArrowLeft' }); // towards the end of the week, on the left
    const next = new Date(Date.parse(`${startDay}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
    await until(
      () => (root(el).activeElement as HTMLElement)?.dataset.day === next,
      'the next day focused',
    );
  });

  it('keeps the month in the card at 200 % text on a phone: its arrows in view, the grid scrolling on its own', async () => {
    const el = await mount('res-sana', { width: 320, initialView: 'month' });
    el.style.setProperty('--kin-font-size', '32px');
    await shows(el, '[role="grid"]');
    await monthShown(el);
    const card = base(el).getBoundingClientRect();
    for (const name of ['Previous month', 'Next month']) {
      const step = root(el).querySelector(`[aria-label="${name}"]`)!.getBoundingClientRect();
      expect(step.left, name).to.be.at.least(card.left);
      expect(step.right, name).to.be.at.most(card.right);
    }
    const body = root(el).querySelector<HTMLElement>('.body')!;
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    const edge = body.getBoundingClientRect().right;
    const beyond = [...body.querySelectorAll('*')]
      .filter((node) => !node.closest('.scroll') && node.getBoundingClientRect().right > edge + 1)
      .map((node) => `${node.localName}.${node.className}: ${node.textContent!.slice(0, 40)}`);
    expect(body.scrollWidth, `the card scrolls sideways: ${beyond.join(' | ')}`).to.be.at.most(
      body.clientWidth,
    );
    expect(scroll.scrollWidth, 'the grid scrolls sideways').to.be.greaterThan(scroll.clientWidth);
    // A day's number is never cut off by its cell.
    for (const number of root(el).querySelectorAll<HTMLElement>('.number')) {
      expect(number.scrollWidth).to.be.at.most(number.parentElement!.clientWidth);
    }
  });

  it('brings a tapped day’s meetups into view, below the grid on a phone', async () => {
    const el = await mount('res-sana', { width: 390, initialView: 'month' });
    await shows(el, '[role="grid"]');
    // The seeded meetups fill the weeks ahead.
    root(el).querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
    let day!: HTMLElement;
    await until(
      () =>
        (day = root(el).querySelector('[role="gridcell"] .count')?.closest('td') as HTMLElement),
      'a day with meetups',
    );
    const key = day.dataset.day!;
    day.click();
    await until(() => root(el).querySelector('.month > .day .event'), 'the day’s meetups');
    const body = root(el).querySelector('.body')!.getBoundingClientRect();
    const first = root(el).querySelector('.month > .day .event')!.getBoundingClientRect();
    // The whole of the first meetup, not a sliver of it at the bottom edge.
    expect(first.top).to.be.at.least(body.top);
    expect(first.bottom).to.be.at.most(body.bottom);
    expect((root(el).activeElement as HTMLElement).dataset.day).to.equal(key);
  });

  it('names weekdays with one letter in a narrow grid, in full for screen readers', async () => {
    const el = await mount('res-sana', { width: 390, locale: 'ar', initialView: 'month' });
    await shows(el, '[role="grid"]');
    const headers = [...root(el).querySelectorAll<HTMLElement>('th')];
    expect(headers).to.have.length(7);
    for (const th of headers) {
      // Arabic's short weekday names are its long ones ("الأربعاء"): side by side they ran together.
      expect(th.scrollWidth, th.textContent!).to.be.at.most(th.clientWidth);
      expect(th.getAttribute('aria-label')).to.match(/^ال/);
    }
  });

  it('opens the month offline once the switch was reached online, and fetches it when back', async () => {
    const { host, el } = await calendarInWindow('res-arjun');
    try {
      button(el, 'Month').focus(); // reaching the switch downloads the grid
      await until(
        () =>
          host.window.performance
            .getEntriesByType('resource')
            .some((entry) => /parts\/month/.test(entry.name)),
        'the month grid to load',
      );
      await host.setOffline(true);
      button(el, 'Month').click();
      await shows(el, '[role="grid"]');
      await until(() => text(el).includes("We'll show this as soon as you're back online."));
      await host.setOffline(false);
      button(el, 'Try again').click();
      await monthShown(el);
      expect(root(el).querySelectorAll('[role="gridcell"][data-day]').length).to.be.at.least(28);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('RSVPs in one tap, shown at once, stored on the server, and told to the page', async () => {
    const id = await addMeetup({ title: 'Sunrise run', capacity: 10 });
    const el = await mount('res-omar');
    const item = await openDetails(el, 'Sunrise run');
    const rsvp = oneEvent(el, 'kin-meetup-rsvp');
    button(el, 'Going', item).click();
    await until(() => button(el, 'Going', item).getAttribute('aria-pressed') === 'true');
    expect((await rsvp).detail).to.deep.equal({ id, status: 'going', waitlistPosition: null });
    expect(await rsvpRows(id)).to.deep.equal([{ resident_id: 'res-omar', status: 'going' }]);
    await until(() => eventItem(el, 'Sunrise run')!.textContent!.includes('9 seats left'));
    expect(eventItem(el, 'Sunrise run')!.textContent).to.contain("You're going");
    button(el, "Can't go", eventItem(el, 'Sunrise run')!).click();
    await until(async () => (await rsvpRows(id))[0]?.status === 'not-going');
  });

  it('puts a resident on the waitlist of a full meetup, with their position', async () => {
    const id = await addMeetup({ title: 'Tiny supper club', capacity: 1 });
    await fetch(`${server.apiUrl}/v1/meetups/${id}/rsvp`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${await server.token('res-joy')}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ status: 'going' }),
    });
    const el = await mount('res-lucas');
    expect(eventItem(el, 'Tiny supper club')!.textContent).to.contain('Full: join the waitlist');
    const item = await openDetails(el, 'Tiny supper club');
    button(el, 'Going', item).click();
    await until(() =>
      eventItem(el, 'Tiny supper club')!.textContent!.includes("you're number 1 on the waitlist"),
    );
    expect(eventItem(el, 'Tiny supper club')!.textContent).to.contain('Waitlist: number 1');
    expect(await rsvpRows(id)).to.deep.equal([
      { resident_id: 'res-joy', status: 'going' },
      { resident_id: 'res-lucas', status: 'waitlisted' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives the last seat to one of two residents racing for it, and the other the waitlist', async () => {
    const id = await addMeetup({ title: 'Last seat dinner', capacity: 1 });
    const open = async (person: string) =>
      HostWindow.open('host.html', {
        endpoint: server.apiUrl,
        token: await server.token(person),
        widget: 'kin-meetup-calendar',
      });
    const windows = await Promise.all([open('res-valeria'), open('res-andre')]);
    try {
      const cards = windows.map(
        (host) => host.document.querySelector('kin-meetup-calendar') as KinMeetupCalendar,
      );
      await Promise.all(cards.map((el) => settled(el, 'content')));
      const items = await Promise.all(cards.map((el) => openDetails(el, 'Last seat dinner')));
      // Both tap "Going" at the same moment.
      cards.forEach((el, i) => button(el, 'Going', items[i]).click());
      const said = (el: Element) => eventItem(el, 'Last seat dinner')!.textContent!;
      await Promise.all(
        cards.map((el) =>
          until(() => /You're going|Waitlist: number 1/.test(said(el)), 'the server’s answer'),
        ),
      );
      const outcomes = cards.map((el) =>
        said(el).includes("You're going") ? 'going' : 'waitlisted',
      );
      expect([...outcomes].sort()).to.deep.equal(['going', 'waitlisted']);
      const rows = await rsvpRows(id);
      expect(rows.map((row) => row.status).sort()).to.deep.equal(['going', 'waitlisted']);
      const winner = rows.find((row) => row.status === 'going')!.resident_id;
      expect(outcomes[winner === 'res-valeria' ? 0 : 1]).to.equal('going');
    } finally {
      for (const host of windows) host.close();
    }
  });

  it('saves an RSVP made offline and delivers it exactly once when the connection returns', async () => {
    const id = await addMeetup({ title: 'Offline picnic', capacity: 5 });
    const token = await server.token('res-prakash');
    const host = await HostWindow.open('host.html', {
      endpoint: server.apiUrl,
      token,
      widget: 'kin-meetup-calendar',
    });
    try {
      const el = host.document.querySelector('kin-meetup-calendar') as KinMeetupCalendar;
      await settled(el, 'content');
      const item = await openDetails(el, 'Offline picnic'); // the outbox loads with the details
      await host.loadAxe();
      await host.setOffline(true);
      button(el, 'Going', item).click();
      await until(() =>
        eventItem(el, 'Offline picnic')!.textContent!.includes('Saved on this device'),
      );
      expect(
        button(el, 'Going', eventItem(el, 'Offline picnic')!).getAttribute('aria-pressed'),
      ).to.equal('true');
      expect(await rsvpRows(id)).to.deep.equal([]);
      expect(await host.axeViolations(el)).to.deep.equal([]);
      await host.setOffline(false);
      await until(async () => (await rsvpRows(id)).length === 1, 'the RSVP on the server');
      await until(() => eventItem(el, 'Offline picnic')!.textContent!.includes("You're going"));
      host.document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const keys = await server.sql(
        `SELECT key FROM idempotency_keys WHERE identity = 'res-prakash' AND request_hash IS NOT NULL`,
      );
      expect(await rsvpRows(id)).to.deep.equal([{ resident_id: 'res-prakash', status: 'going' }]);
      expect(keys).to.have.length(1);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('says why, and shows the answer the server has, when an RSVP is refused', async () => {
    const id = await addMeetup({ title: 'Called-off hike' });
    const el = await mount('res-shirin');
    const item = await openDetails(el, 'Called-off hike');
    await server.sql('UPDATE meetups SET cancelled_at = now() WHERE id = $1', [id]);
    const refused = oneEvent(el, 'kin-meetup-rsvp-rejected');
    button(el, 'Going', item).click();
    expect((await refused).detail).to.include({ id, status: 404 });
    await shows(el, '[role="alert"]');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(
      "We couldn't save your answer",
    );
    expect(button(el, 'Going', item).getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says it is offline when nothing was kept for this person, and recovers', async () => {
    await freshDevice(); // earlier tests today kept res-omar's meetups on this device
    const { host, el } = await calendarInWindow('res-arjun');
    try {
      await host.loadAxe();
      await host.setOffline(true);
      // Someone else signs in on this device while the connection is gone: nothing of theirs is kept.
      host.runtime.configure({ token: await server.token('res-omar') });
      await settled(el, 'offline');
      expect(text(el)).to.contain("You're offline");
      expect(await host.axeViolations(el)).to.deep.equal([]);
      await host.setOffline(false);
      button(el, 'Try again').click();
      await settled(el, 'content');
      expect(root(el).querySelectorAll('.event').length).to.be.greaterThan(0);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('offers the server’s .ics, with its time zone and recurrence intact, and Google and Outlook links', async () => {
    const id = await addMeetup({ title: 'Weekly walk', rrule: 'FREQ=WEEKLY;COUNT=5' });
    const el = await mount('res-amara');
    const item = await openDetails(el, 'Weekly walk');
    await until(() => item.querySelector('a[download]'), 'the calendar file');
    const link = item.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.download).to.match(/^Weekly-walk\.ics$/);
    const ics = await (await fetch(link.href)).text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).to.equal(
      'America/New_York',
    );
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('America/New_York');
    const rule = event.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
    expect(rule.freq).to.equal('WEEKLY');
    expect(rule.count).to.equal(5);
    expect(event.getFirstPropertyValue('summary')).to.equal('Weekly walk');
    const google = new URL(item.querySelector<HTMLAnchorElement>('a[href*="google.com"]')!.href);
    expect(google.searchParams.get('text')).to.equal('Weekly walk');
    expect(google.searchParams.get('ctz')).to.equal('America/New_York');
    expect(google.searchParams.get('dates')).to.match(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
    const outlook = new URL(item.querySelector<HTMLAnchorElement>('a[href*="outlook"]')!.href);
    expect(outlook.searchParams.get('subject')).to.equal('Weekly walk');
    expect(id).to.be.a('string');
  });

  it('keeps its time through a week that crosses a daylight-saving change, in both zones', async () => {
    // America/New_York springs forward on the second Sunday of March (02:00 → 03:00): the next one.
    const now = new Date();
    const year = now.getUTCMonth() < 2 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
    const march1 = new Date(Date.UTC(year, 2, 1, 12));
    const change = new Date(march1.getTime() + ((7 - march1.getUTCDay()) % 7) * DAY + 7 * DAY);
    const day = (offset: number) =>
      new Date(change.getTime() + offset * DAY).toISOString().slice(0, 10);
    // Every day for a week, from the Thursday before, at 18:30 in New York (23:30 UTC in EST).
    await addMeetup({
      title: 'Spring-forward supper',
      startsAt: `${day(-3)}T23:30:00Z`,
      endsAt: `${day(-2)}T00:30:00Z`,
      rrule: 'FREQ=DAILY;COUNT=7',
    });
    const el = await mount('res-mariam', { initialView: 'month' });
    await shows(el, '[role="grid"]');
    const title = () => root(el).querySelector('#month-title')!.textContent!.trim();
    for (let i = 0; i < 24 && title() !== `March ${year}`; i++) {
      root(el).querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
      await monthShown(el);
    }
    expect(title()).to.equal(`March ${year}`);
    const resident = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const theirs = (instant: string) =>
      new Intl.DateTimeFormat('en', {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: resident,
      }).format(new Date(instant));
    for (const [date, zone, instant] of [
      [day(-1), 'EST', `${day(-1)}T23:30:00Z`],
      [day(0), 'EDT', `${day(0)}T22:30:00Z`],
      [day(2), 'EDT', `${day(2)}T22:30:00Z`],
    ]) {
      root(el).querySelector<HTMLElement>(`[data-day="${date}"]`)!.click();
      await until(() => eventItem(el, 'Spring-forward supper'), `the supper on ${date}`);
      const when = eventItem(el, 'Spring-forward supper')!.querySelector('.when')!.textContent!;
      expect(when.replace(/\s+/g, ' ')).to.match(new RegExp(`^ ?6:30\\s?–\\s?7:30\\sPM ${zone}`));
      if (resident !== 'America/New_York') expect(when).to.contain(theirs(instant));
    }
  });

  it('shows recurring meetups as their occurrences, and a cancelled one as cancelled', async () => {
    const first = await addMeetup({ title: 'Thrice-daily stretch', rrule: 'FREQ=DAILY;COUNT=3' });
    const [second] = await server.sql<{ id: string }>(
      `SELECT id FROM meetups WHERE series_id = (SELECT series_id FROM meetups WHERE id = $1)
       ORDER BY starts_at OFFSET 1 LIMIT 1`,
      [first],
    );
    const cancelled = await fetch(`${server.apiUrl}/v1/coordinator/meetups/${second.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${await server.token('coo-lena')}` },
    });
    expect(cancelled.status).to.equal(204);
    const el = await mount('res-lucas');
    const occurrences = () =>
      [...root(el).querySelectorAll('.event')].filter(
        (item) => item.querySelector('.summary')!.textContent!.trim() === 'Thrice-daily stretch',
      );
    // What an earlier visit today kept shows first; the fresh list follows.
    await until(
      () => occurrences().length === 3,
      () => `3 occurrences (${occurrences().length})`,
    );
    expect(occurrences().map((item) => item.classList.contains('cancelled'))).to.deep.equal([
      false,
      true,
      false,
    ]);
    expect(occurrences()[1].textContent).to.contain('Cancelled');
    occurrences()[1].querySelector<HTMLButtonElement>('.summary')!.click();
    await until(() => occurrences()[1].textContent!.includes('called this one off'));
    expect(occurrences()[1].querySelector('.rsvp')).to.equal(null);
  });

  it('dims the meetups of days the resident is on call, kept on this device for them only', async () => {
    let el = await mount('res-joy');
    const first = root(el).querySelector('.day')!;
    const day = first.querySelector('h3')!.id.slice(4);
    button(el, "I'm on call", first).click();
    await until(() => first.classList.contains('on-call'));
    expect(button(el, "I'm on call", first).getAttribute('aria-pressed')).to.equal('true');
    expect(first.textContent).to.contain("You're on call this day");
    expect(getComputedStyle(first.querySelector('.event')!).borderStyle).to.equal('dashed');
    expect(first.querySelectorAll('.event').length).to.be.greaterThan(0); // dimmed, not hidden
    expect(localStorage.getItem('kinship:person:res-joy:meetups-on-call')).to.contain(day);
    fixtureCleanup();
    el = await mount('res-joy');
    await until(() => root(el).querySelector('.day')!.classList.contains('on-call'), 'kept');
    fixtureCleanup();
    el = await mount('res-andre');
    expect(root(el).querySelector('.day.on-call')).to.equal(null);
  });

  it('keeps the program’s English in its own direction on a right-to-left card', async () => {
    await addMeetup({ title: 'Riverside walk?', description: 'Tea and a walk.' });
    const el = await mount('res-sana', { locale: 'ar', width: 390 });
    const item = await openDetails(el, 'Riverside walk?');
    /** Where the last character of `element`'s text is drawn, against the one before it. */
    const endsOnTheRight = (element: Element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.trim());
      const rect = (from: number) => {
        const range = document.createRange();
        range.setStart(node!, from);
        range.setEnd(node!, from + 1);
        return range.getBoundingClientRect();
      };
      const length = node!.textContent!.trimEnd().length;
      return rect(length - 1).left >= rect(length - 2).right - 1;
    };
    // In a right-to-left paragraph an English sentence's full stop would land at its left end.
    expect(endsOnTheRight(item.querySelector('.summary')!), 'the title').to.equal(true);
    expect(endsOnTheRight(item.querySelector('.description')!), 'the description').to.equal(true);
  });

  it('shows markup from the endpoint as text, never as HTML', async () => {
    const attack =
      '<img src=x onerror="window.__kinshipXss=1"><script>window.__kinshipXss=2</script>';
    await addMeetup({
      title: attack,
      description: attack,
      venue: { name: attack, address: attack, mapUrl: null },
      organizer: { name: attack, kind: 'partner', url: null },
    });
    const el = await mount('res-valeria');
    await openDetails(el, attack);
    expect(root(el).querySelectorAll('img, script')).to.have.length(0);
    expect(text(el)).to.contain(attack);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((window as unknown as { __kinshipXss?: number }).__kinshipXss).to.equal(undefined);
  });

  it('keeps a month of 300 meetups to counts and a few titles per day, and re-filters it', async () => {
    const own = await ReferenceServer.start();
    try {
      // 300 meetups spread over next month, ten a day, in three categories.
      await own.sql(
        `INSERT INTO meetups (id, title, description, category, starts_at, ends_at, time_zone, venue, organizer, capacity)
         SELECT 'bulk-' || n, 'Bulk meetup ' || n, '', (ARRAY['cafe','bookstore','host-family'])[n % 3 + 1],
                date_trunc('month', now() + interval '1 month') + (n / 10) * interval '1 day' + interval '18 hours',
                date_trunc('month', now() + interval '1 month') + (n / 10) * interval '1 day' + interval '19 hours',
                'America/New_York', '{"name":"Hall","address":"1 Main St","mapUrl":null}',
                '{"name":"Committee","kind":"program","url":null}', NULL
         FROM generate_series(0, 299) AS n`,
      );
      runtime().configure({ token: await own.token('res-arjun') });
      const page = await fixture(
        html`<div style="width:720px">
          <kin-meetup-calendar endpoint=${own.apiUrl} initial-view="month"></kin-meetup-calendar>
        </div>`,
      );
      const el = page.querySelector('kin-meetup-calendar')!;
      await settled(el, 'content');
      await shows(el, '[role="grid"]');
      // The bulk month is next month on the database's clock; the grid opens on the program's.
      const busiest = () =>
        Math.max(
          0,
          ...[...root(el).querySelectorAll('[role="gridcell"] .count')].map((c) =>
            Number(c.textContent),
          ),
        );
      for (let i = 0; i < 3 && busiest() < 10; i++) {
        root(el).querySelector<HTMLButtonElement>('[aria-label="Next month"]')!.click();
        await monthShown(el);
      }
      expect(busiest()).to.be.at.least(10);
      const titles = root(el).querySelectorAll('[role="gridcell"] .title').length;
      expect(titles).to.be.at.most(2 * 31);
      expect(root(el).querySelectorAll('.event').length).to.be.below(20); // one day's
      const counts = () =>
        [...root(el).querySelectorAll('[role="gridcell"] .count')].reduce(
          (sum, count) => sum + Number(count.textContent),
          0,
        );
      expect(counts()).to.be.at.least(300);
      button(el, 'Host family').click();
      await until(() => counts() < 300, 'the filtered month');
      expect(counts()).to.equal(100);
    } finally {
      await own.stop();
    }
  });

  it('says "nothing in the next four weeks", and what comes next', async () => {
    const own = await ReferenceServer.start();
    try {
      // Longer than any month: this month is empty too, whatever today's date.
      await own.sql(`DELETE FROM meetups WHERE starts_at < now() + interval '32 days'`);
      const { title } = (
        await own.sql<{ title: string }>(
          'SELECT title FROM meetups WHERE cancelled_at IS NULL ORDER BY starts_at LIMIT 1',
        )
      )[0];
      runtime().configure({ token: await own.token('res-olena') });
      const el = await fixture<KinMeetupCalendar>(
        html`<kin-meetup-calendar endpoint=${own.apiUrl}></kin-meetup-calendar>`,
      );
      await settled(el, 'empty');
      expect(text(el)).to.contain('Nothing in the next four weeks');
      await until(() => text(el).includes(title), 'what comes next');
      expect(text(el)).to.contain("Here is what's next:");
      await expect(el).to.be.accessible();
      // The month too: this month is empty, and says what comes after it.
      button(el, 'Month').click();
      await shows(el, '[role="grid"]');
      await until(
        () => text(el).includes('Nothing this month'),
        () => `the empty month: ${text(el)}`,
      );
      await until(() => text(el).includes(title), 'what comes after the month');
      await expect(el).to.be.accessible();
    } finally {
      await own.stop();
    }
  });

  it('shows the error state, with a retry, when the endpoint cannot be reached', async () => {
    runtime().configure({ token: await server.token('res-omar') });
    const el = await fixture<KinMeetupCalendar>(
      html`<kin-meetup-calendar endpoint="http://127.0.0.1:9/api"></kin-meetup-calendar>`,
    );
    await settled(el, 'error');
    expect(text(el)).to.contain("We couldn't reach the server");
    el.endpoint = server.apiUrl;
    await settled(el, 'content');
  });

  describe('accessibility', () => {
    for (const [locale, person] of [
      ['en', 'res-valeria'],
      ['ar', 'res-sana'],
    ]) {
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      it(`has no axe violations in the agenda, details, month and on-call states (${dir})`, async () => {
        const el = await mount(person, { locale, width: 390 });
        expect(base(el).dir).to.equal(dir);
        await expect(el).to.be.accessible();
        const title = root(el).querySelector('.summary')!.textContent!.trim();
        await openDetails(el, title);
        await until(() => root(el).querySelector('.calendar a.button'), 'the calendar file');
        await expect(el).to.be.accessible();
        button(el, "I'm on call", root(el).querySelector('.day')!).click();
        await expect(el).to.be.accessible();
        button(el, 'Month').click();
        await shows(el, '[role="grid"]');
        await monthShown(el);
        await expect(el).to.be.accessible();
      });

      it(`keeps text readable and targets at least 24 px, light and dark (${dir})`, async () => {
        const el = await mount(person, { locale, width: 390 });
        const check = async (state: string) => {
          for (const theme of ['light', 'dark']) {
            el.theme = theme;
            await el.updateComplete;
            expect(lowContrastText(root(el)), `${state}, ${theme}`).to.deep.equal([]);
            expect(smallTargets(root(el)), `${state}, ${theme}`).to.deep.equal([]);
          }
        };
        await check('the agenda');
        await openDetails(el, root(el).querySelector('.summary')!.textContent!.trim());
        await until(() => root(el).querySelector('.calendar a.button'), 'the calendar file');
        await check('the details');
        button(el, "I'm on call", root(el).querySelector('.day')!).click();
        await check('on call');
        button(el, 'Month').click();
        await shows(el, '[role="grid"]');
        await monthShown(el);
        await check('the month');
      });

      it(`has no axe violations while loading and with an error (${dir})`, async () => {
        runtime().configure({
          token: await server.token(person),
          localesUrl: locale === 'ar' ? fixtureLocales : undefined,
        });
        const loading = await fixture<KinMeetupCalendar>(
          html`<kin-meetup-calendar
            endpoint=${server.apiUrl}
            locale=${locale}
          ></kin-meetup-calendar>`,
        );
        await expect(loading).to.be.accessible();
        const failing = await fixture<KinMeetupCalendar>(
          html`<kin-meetup-calendar
            endpoint="http://127.0.0.1:9/api"
            locale=${locale}
          ></kin-meetup-calendar>`,
        );
        await settled(failing, 'error');
        await expect(failing).to.be.accessible();
      });
    }
  });
});
