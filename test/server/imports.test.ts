/**
 * Imports with broken rows: the good rows are imported, each bad one is reported with where it is
 * and why. Mentors from CSV (quoted commas and line breaks included); meetups from an iCalendar
 * feed, inline or by URL, with recurrences, time zones and updates on re-import.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { extendSeries } from '../../server/data/meetups.js';
import { isPublic } from '../../server/imports/feed-fetch.js';
import { addDays, atLocalTime, localDate } from '../../server/time.js';
import { BACKENDS, isProblem, newKey, startServer, type Harness } from './support.js';

const MENTORS_CSV = [
  'id,name,pronouns,trainingYear,specialty,homeCountry,languages,timeZone,topics,bio,email,phone',
  'mentor-lina,Dr. Lina Haddad,she/her,PGY-3,Internal Medicine,JO,ar;en,America/New_York,"Visa, paperwork;Night shifts","Born in Amman.',
  'Loves ""mansaf"", and chess.",lina@example.org,',
  ',Dr. Raj Patel,,PGY-2,Surgery,IN,hi;en,America/Chicago,,,raj@example.org,+1 555 0101',
  'mentor-bad-country,Dr. Bad Country,,PGY-2,Surgery,India,en,America/Chicago,,,,',
  'mentor-bad-zone,Dr. Bad Zone,,PGY-2,Surgery,IN,en,Mars/Olympus,,,,',
  'mentor-short,Dr. Short,,PGY-2',
  'res-ana,Ana As A Mentor,,PGY-2,Surgery,BR,pt,America/New_York,,,,',
  'mentor-lina,Dr. Lina Again,,PGY-3,Internal Medicine,JO,ar,America/New_York,,,,',
  '',
].join('\r\n');

/** `20261203T180000` for a local day and time. */
const icsLocal = (day: string, time: string) =>
  `${day.replace(/-/g, '')}T${time.replace(':', '')}00`;
const icsUtc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A partner feed whose dates start next week, so that they fall inside the import window. */
function partnerFeed(options: { extraExdate?: string } = {}) {
  const today = localDate(new Date(), 'America/Chicago');
  const firstThursday = [...Array(7).keys()]
    .map((i) => addDays(today, 7 + i))
    .find((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 4)!;
  const skipped = addDays(firstThursday, 7);
  const moved = addDays(firstThursday, 14);
  const single = addDays(firstThursday, 2);
  const exdates = [skipped, ...(options.extraExdate ? [options.extraExdate] : [])];
  const feed = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partner//Community Calendar//EN',
    // A zone the feed defines itself, under a name no IANA database has: only ical.js can place it.
    'BEGIN:VTIMEZONE',
    'TZID:Partner Central Time',
    'BEGIN:DAYLIGHT',
    'DTSTART:19700308T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'TZOFFSETFROM:-0600',
    'TZOFFSETTO:-0500',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:19701101T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0600',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:weekly-tea@partner.example',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Partner Central Time:${icsLocal(firstThursday, '18:00')}`,
    `DTEND;TZID=Partner Central Time:${icsLocal(firstThursday, '19:30')}`,
    'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6',
    ...exdates.map((day) => `EXDATE;TZID=Partner Central Time:${icsLocal(day, '18:00')}`),
    'SUMMARY:Tea and conversation',
    'DESCRIPTION:Bring a friend\\, bring a story.',
    'LOCATION:Interfaith Center\\, 40 Oak St\\, Chicago IL',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:weekly-tea@partner.example',
    `RECURRENCE-ID;TZID=Partner Central Time:${icsLocal(moved, '18:00')}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Partner Central Time:${icsLocal(moved, '19:00')}`,
    `DTEND;TZID=Partner Central Time:${icsLocal(moved, '20:30')}`,
    'SUMMARY:Tea and conversation (later this week)',
    'LOCATION:Interfaith Center\\, 40 Oak St\\, Chicago IL',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:festival@partner.example',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=America/New_York:${icsLocal(single, '11:00')}`,
    `DTEND;TZID=America/New_York:${icsLocal(single, '15:00')}`,
    'SUMMARY:Harvest festival',
    'LOCATION:Riverside Park',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:no-start@partner.example',
    'DTSTAMP:20260101T000000Z',
    'SUMMARY:When, though?',
    'LOCATION:Somewhere',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:no-place@partner.example',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${icsUtc(atLocalTime(single, '20:00', 'UTC'))}`,
    'SUMMARY:Where, though?',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:garbled@partner.example',
    'this line is not iCalendar',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${icsUtc(atLocalTime(single, '20:00', 'UTC'))}`,
    'SUMMARY:No UID',
    'LOCATION:Library',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:mars@partner.example',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=Mars/Olympus_Mons:${icsLocal(single, '10:00')}`,
    'SUMMARY:Elsewhere',
    'LOCATION:Olympus Mons',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:last-year@partner.example',
    'DTSTAMP:20260101T000000Z',
    'DTSTART:20200105T180000Z',
    'DTEND:20200105T190000Z',
    'SUMMARY:Long ago',
    'LOCATION:Library',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  return { feed, firstThursday, skipped, moved, single };
}

describe('the feed-URL blocklist', () => {
  it('refuses every address that is not the public internet, in IPv4 and IPv6 forms', () => {
    for (const address of [
      '0.1.2.3',
      '10.1.2.3',
      '100.64.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.31.0.1',
      '192.168.1.1',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      '::ffff:10.0.0.1', // IPv4-mapped
      '::ffff:a9fe:a9fe', // IPv4-mapped, in hex: 169.254.169.254
      '::10.0.0.1', // IPv4-compatible
      '64:ff9b::a00:1', // NAT64 of 10.0.0.1
      '64:ff9b:1::1', // local-use NAT64
      '2002:a00:1::1', // 6to4 of 10.0.0.1
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'fec0::1', // site-local
      'ff02::1',
    ])
      assert.equal(isPublic(address), false, address);
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700::6810:84e5', '::ffff:8.8.8.8'])
      assert.equal(isPublic(address), true, address);
  });
});

/** A feed of the given events, each `[uid, rrule]`, starting tomorrow. */
function feedOf(events: [uid: string, rrule: string][]): string {
  const start = icsUtc(new Date(Date.now() + 86_400_000));
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hostile//EN',
    ...events.flatMap(([uid, rrule]) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART:${start}`,
      `RRULE:${rrule}`,
      'SUMMARY:Again and again',
      'LOCATION:Everywhere',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const NEVER = 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30';
const TWENTY_SECONDLY = Array.from(
  { length: 20 },
  (_, i) => [`tick-${i}@hostile.example`, 'FREQ=SECONDLY'] as [string, string],
);

for (const backend of BACKENDS) {
  describe(`recurrence rules that would stop the server (${backend})`, () => {
    let server: Harness;
    let coordinator: string;

    before(async () => {
      server = await startServer(backend, { config: { feedPrivateHosts: ['127.0.0.1'] } });
      coordinator = await server.tokenFor('staff-director');
    });
    after(() => server.close());

    const importFeed = (source: { ics: string } | { url: string }) =>
      server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ...source,
          organizer: { name: 'Hostile Partner', kind: 'partner', url: null },
          category: 'cafe',
        },
        idempotencyKey: newKey(),
      });

    /** The import, with a health check sent while it runs: both must answer. */
    async function refusedWhileHealthy(source: { ics: string } | { url: string }) {
      const before = await server.counts();
      const [refused, health] = await Promise.all([
        importFeed(source),
        server.call('GET', '/v1/health'),
      ]);
      assert.equal(health.status, 200);
      assert.ok(isProblem(refused, 400), `${refused.status} ${refused.text}`);
      assert.equal((await server.call('GET', '/v1/health')).status, 200);
      assert.deepEqual(await server.counts(), before, 'nothing imported');
      return refused.json.errors[0] as { field: string; message: string };
    }

    it('refuses a rule whose dates never come, naming the event, and stays up', async () => {
      const error = await refusedWhileHealthy({
        ics: feedOf([
          ['fine@hostile.example', 'FREQ=WEEKLY;COUNT=2'],
          ['never@hostile.example', NEVER],
        ]),
      });
      assert.equal(error.field, 'ics');
      assert.match(error.message, /^event "never@hostile.example": .*too (much work|long)/);
    });

    it('refuses rules finer than daily, naming the event', async () => {
      const error = await refusedWhileHealthy({ ics: feedOf(TWENTY_SECONDLY) });
      assert.match(error.message, /^event "tick-0@hostile.example": .*FREQ=SECONDLY/);
      for (const rrule of ['FREQ=MINUTELY', 'FREQ=HOURLY;INTERVAL=24']) {
        const finer = await refusedWhileHealthy({ ics: feedOf([['fine@x', rrule]]) });
        assert.match(finer.message, /daily at the most/);
      }
    });

    it('refuses the same rules from a feed URL', async () => {
      const partner: Server = createServer((request, response) => {
        response.setHeader('Content-Type', 'text/calendar');
        response.end(
          request.url === '/never.ics'
            ? feedOf([['never@hostile.example', NEVER]])
            : feedOf(TWENTY_SECONDLY),
        );
      });
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
      try {
        const base = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
        const never = await refusedWhileHealthy({ url: `${base}/never.ics` });
        assert.equal(never.field, 'url');
        assert.match(never.message, /^event "never@hostile.example"/);
        const secondly = await refusedWhileHealthy({ url: `${base}/secondly.ics` });
        assert.match(secondly.message, /FREQ=SECONDLY/);
      } finally {
        await new Promise((resolve) => partner.close(resolve));
      }
    });

    it('keeps the hourly upkeep going past a stored rule whose dates never come', async () => {
      // A series stored before rules were checked: the upkeep must pass over it, not hang on it.
      const startsAt = new Date(Date.now() + 86_400_000);
      await server.db.query(
        `INSERT INTO meetup_series (id, rrule, created_at) VALUES ('series-never', $1, now())`,
        [NEVER],
      );
      await server.db.query(
        `INSERT INTO meetups (id, series_id, occurrence_key, title, description, category, starts_at, ends_at,
           time_zone, venue, organizer, capacity)
         VALUES ('series-never-1', 'series-never', $1, 'Never', '', 'cafe', $2, $3, 'America/New_York',
           '{"name": "Nowhere", "address": "1 Main St", "mapUrl": null}',
           '{"name": "Riverside", "kind": "program", "url": null}', null)`,
        [
          startsAt.toISOString(),
          startsAt.toISOString(),
          new Date(startsAt.getTime() + 3_600_000).toISOString(),
        ],
      );
      const extending = extendSeries(server.db, new Date());
      const health = await server.call('GET', '/v1/health');
      assert.equal(health.status, 200);
      assert.equal(await extending, 0);
    });

    it("refuses the same rules in a coordinator's own series", async () => {
      const startsAt = new Date(Date.now() + 86_400_000);
      for (const rrule of [
        NEVER,
        'FREQ=SECONDLY',
        'FREQ=WEEKLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=31',
      ]) {
        const created = await server.call('POST', '/v1/coordinator/meetups', {
          token: coordinator,
          body: {
            title: 'Never',
            description: '',
            category: 'cafe',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            timeZone: 'America/New_York',
            venue: { name: 'Nowhere', address: '1 Main St', mapUrl: null },
            organizer: { name: 'Riverside Test Residency', kind: 'program', url: null },
            capacity: null,
            rrule,
          },
          idempotencyKey: newKey(),
        });
        assert.ok(isProblem(created, 400), `${rrule}: ${created.status}`);
        assert.equal(created.json.errors[0].field, 'rrule');
      }
      assert.equal((await server.call('GET', '/v1/health')).status, 200);
    });
  });

  describe(`imports (${backend})`, () => {
    let server: Harness;
    let coordinator: string;

    before(async () => {
      // The partner feeds of these tests are served on this machine: IT lets the server reach it.
      server = await startServer(backend, { config: { feedPrivateHosts: ['127.0.0.1'] } });
      coordinator = await server.tokenFor('staff-director');
    });
    after(() => server.close());

    const importCsv = (csv: string, contentType = 'text/csv') =>
      server.call('POST', '/v1/coordinator/mentors/import', {
        token: coordinator,
        body: csv,
        headers: { 'Content-Type': contentType },
        idempotencyKey: newKey(),
      });

    it('imports the good mentor rows and reports each bad one by line', async () => {
      const result = await importCsv(MENTORS_CSV);
      assert.equal(result.status, 200, result.text);
      assert.equal(result.json.imported, 2);
      assert.equal(result.json.updated, 0);
      const reasons = Object.fromEntries(
        result.json.skipped.map((entry: { where: string; reason: string }) => [
          entry.where,
          entry.reason,
        ]),
      );
      assert.deepEqual(Object.keys(reasons).sort(), [
        'line 5',
        'line 6',
        'line 7',
        'line 8',
        'line 9',
      ]);
      assert.match(reasons['line 5'], /homeCountry/);
      assert.match(reasons['line 6'], /timeZone/);
      assert.match(reasons['line 7'], /4 fields/);
      assert.match(reasons['line 8'], /resident/);
      assert.match(reasons['line 9'], /lines 2–3/);

      const lina = await server.call('GET', '/v1/coordinator/mentors', { token: coordinator });
      const imported = lina.json.items.find(
        (mentor: { id: string }) => mentor.id === 'mentor-lina',
      );
      assert.equal(imported.bio, 'Born in Amman.\nLoves "mansaf", and chess.');
      assert.deepEqual(imported.topics, ['Visa, paperwork', 'Night shifts']);
      assert.deepEqual(imported.languages, ['ar', 'en']);
      assert.deepEqual(imported.contactMethods, [
        { kind: 'email', label: null, value: 'lina@example.org' },
      ]);
      assert.ok(
        lina.json.items.some((mentor: { id: string }) => mentor.id === 'mentor-dr-raj-patel'),
      );
      const { rows } = await server.db.query<{ role: string }>(
        `SELECT role FROM people WHERE id = 'res-ana'`,
      );
      assert.equal(rows[0]?.role, 'resident', 'a skipped row changed nothing');
    });

    it('updates, not duplicates, when the same file is imported again', async () => {
      const before = (await server.counts()).mentor_profiles;
      const again = await importCsv(MENTORS_CSV);
      assert.deepEqual([again.json.imported, again.json.updated], [0, 2]);
      assert.equal((await server.counts()).mentor_profiles, before);
    });

    it('reports a quote that never closes, with the lines it swallowed, and keeps the rows before it', async () => {
      const csv =
        'name,trainingYear,specialty,homeCountry,languages,timeZone\nDr. Kept,PGY-1,IM,US,en,UTC\n"Dr. Open,PGY-1,IM,US,en,UTC\nDr. Lost,PGY-1,IM,US,en,UTC\n';
      const result = await importCsv(csv);
      assert.equal(result.json.imported, 1);
      assert.equal(result.json.skipped[0].where, 'lines 3–4');
      assert.match(result.json.skipped[0].reason, /Quote Not Closed/);
    });

    it('refuses a file whose header names unknown or misses required columns, or that is not CSV', async () => {
      const unknown = await importCsv(
        'name,trainingYear,specialty,homeCountry,langauges,timeZone\nA,PGY-1,IM,US,en,UTC\n',
      );
      assert.ok(isProblem(unknown, 400));
      assert.ok(
        unknown.json.errors.some((error: { message: string }) =>
          /unknown column "langauges"/.test(error.message),
        ),
      );
      assert.ok(
        unknown.json.errors.some((error: { message: string }) =>
          /missing column "languages"/.test(error.message),
        ),
      );
      assert.ok(isProblem(await importCsv(''), 400));
      assert.ok(isProblem(await importCsv(MENTORS_CSV, 'application/json'), 415));
    });

    it('imports the good events of an iCalendar feed and reports the broken ones by UID', async () => {
      const { feed, firstThursday, skipped, moved, single } = partnerFeed();
      const result = await server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ics: feed,
          organizer: { name: 'Interfaith Center', kind: 'partner', url: 'https://partner.example' },
          category: 'faith-community',
          weeksAhead: 10,
        },
        idempotencyKey: newKey(),
      });
      assert.equal(result.status, 200, result.text);
      assert.equal(result.json.imported, 2);
      const reasons = Object.fromEntries(
        result.json.skipped.map((entry: { where: string; reason: string }) => [
          entry.where,
          entry.reason,
        ]),
      );
      assert.match(reasons['no-start@partner.example'], /DTSTART/);
      assert.match(reasons['no-place@partner.example'], /LOCATION/);
      assert.match(reasons['garbled@partner.example'], /not readable/);
      assert.match(reasons['mars@partner.example'], /unknown time zone/);
      assert.match(reasons['last-year@partner.example'], /no occurrence/);
      assert.ok(
        Object.entries(reasons).some(
          ([where, reason]) => /VEVENT at line/.test(where) && /UID/.test(reason),
        ),
      );

      const { rows } = await server.db.query<{
        title: string;
        starts_at: Date;
        time_zone: string;
        venue: { name: string };
      }>(
        `SELECT m.title, m.starts_at, m.time_zone, m.venue FROM meetups m JOIN meetup_series s ON s.id = m.series_id
         WHERE s.source_uid = 'weekly-tea@partner.example' AND m.cancelled_at IS NULL ORDER BY m.starts_at`,
      );
      // Six Thursdays, one excluded by EXDATE; the third moved to 19:00; all placed with the feed's VTIMEZONE.
      assert.equal(rows.length, 5);
      const startsOn = rows.map((row) => row.starts_at.toISOString());
      assert.equal(
        startsOn[0],
        atLocalTime(firstThursday, '18:00', 'America/Chicago').toISOString(),
      );
      assert.ok(!startsOn.includes(atLocalTime(skipped, '18:00', 'America/Chicago').toISOString()));
      assert.ok(startsOn.includes(atLocalTime(moved, '19:00', 'America/Chicago').toISOString()));
      assert.ok(rows.some((row) => row.title === 'Tea and conversation (later this week)'));
      assert.equal(rows[0]!.venue.name, 'Interfaith Center');

      const festival = await server.db.query<{ starts_at: Date; time_zone: string }>(
        `SELECT m.starts_at, m.time_zone FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE s.source_uid = 'festival@partner.example'`,
      );
      assert.equal(
        festival.rows[0]!.starts_at.toISOString(),
        atLocalTime(single, '11:00', 'America/New_York').toISOString(),
      );
      assert.equal(festival.rows[0]!.time_zone, 'America/New_York');
    });

    it('updates the same UIDs on re-import, and cancels occurrences the feed dropped', async () => {
      const before = (await server.counts()).meetups;
      const { feed, firstThursday } = partnerFeed();
      const dropFirst = partnerFeed({ extraExdate: firstThursday }).feed;
      const again = await server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ics: feed,
          organizer: { name: 'Interfaith Center', kind: 'partner', url: null },
          category: 'faith-community',
          weeksAhead: 10,
        },
        idempotencyKey: newKey(),
      });
      assert.deepEqual([again.json.imported, again.json.updated], [0, 2]);
      assert.equal((await server.counts()).meetups, before, 'no duplicates');

      await server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ics: dropFirst,
          organizer: { name: 'Interfaith Center', kind: 'partner', url: null },
          category: 'faith-community',
          weeksAhead: 10,
        },
        idempotencyKey: newKey(),
      });
      const { rows } = await server.db.query<{ cancelled: boolean }>(
        `SELECT m.cancelled_at IS NOT NULL AS cancelled FROM meetups m JOIN meetup_series s ON s.id = m.series_id
         WHERE s.source_uid = 'weekly-tea@partner.example' AND m.starts_at = $1`,
        [atLocalTime(firstThursday, '18:00', 'America/Chicago').toISOString()],
      );
      assert.equal(rows[0]?.cancelled, true);
    });

    it('fetches a feed by URL', async () => {
      const { feed } = partnerFeed();
      const partner: Server = createServer((request, response) => {
        response.setHeader('Content-Type', 'text/calendar');
        // A feed over the 2 MB limit, sent without a length.
        if (request.url === '/huge.ics')
          for (let i = 0; i < 3; i += 1) response.write('X'.repeat(1024 * 1024));
        response.end(feed.replace(/festival@partner/g, 'festival-by-url@partner'));
      });
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/calendar.ics`;
        const result = await server.call('POST', '/v1/coordinator/meetups/import', {
          token: coordinator,
          body: {
            url,
            organizer: { name: 'Partner', kind: 'partner', url: null },
            category: 'cultural-centre',
          },
          idempotencyKey: newKey(),
        });
        assert.equal(result.status, 200, result.text);
        // Another partner's feed reuses the Interfaith Center's UID: a meetup of its own.
        assert.deepEqual([result.json.imported, result.json.updated], [2, 0]);
        const byFeed = await server.db.query<{ source_feed: string; upcoming: number }>(
          `SELECT s.source_feed, count(m.id) FILTER (WHERE m.cancelled_at IS NULL)::int AS upcoming
           FROM meetup_series s JOIN meetups m ON m.series_id = s.id
           WHERE s.source_uid = 'weekly-tea@partner.example' GROUP BY 1 ORDER BY 1`,
        );
        assert.deepEqual(
          byFeed.rows.map((row) => row.source_feed),
          ['interfaith center', 'partner'],
        );
        const first = await server.db.query<{ organizer: { name: string } }>(
          `SELECT m.organizer FROM meetups m JOIN meetup_series s ON s.id = m.series_id
           WHERE s.source_feed = 'interfaith center' AND s.source_uid = 'weekly-tea@partner.example'`,
        );
        assert.ok(first.rows.every((row) => row.organizer.name === 'Interfaith Center'));
        const missing = await server.call('POST', '/v1/coordinator/meetups/import', {
          token: coordinator,
          body: {
            url: 'http://127.0.0.1:1/closed-port.ics',
            organizer: { name: 'Partner', kind: 'partner', url: null },
            category: 'cultural-centre',
          },
          idempotencyKey: newKey(),
        });
        assert.ok(isProblem(missing, 400));
        assert.equal(
          missing.json.errors[0].message,
          'could not be fetched: the server refused the connection',
          'no address in the message',
        );
        const huge = await server.call('POST', '/v1/coordinator/meetups/import', {
          token: coordinator,
          body: {
            url: url.replace('calendar.ics', 'huge.ics'),
            organizer: { name: 'Partner', kind: 'partner', url: null },
            category: 'cultural-centre',
          },
          idempotencyKey: newKey(),
        });
        assert.ok(isProblem(huge, 400));
        assert.match(huge.json.errors[0].message, /larger than/);
      } finally {
        await new Promise((resolve) => partner.close(resolve));
      }
    });

    it('fetches no feed from a private address unless the host is listed', async () => {
      const partner: Server = createServer((_request, response) => {
        // An allowed host that sends the server on to one that is not.
        response.writeHead(302, { Location: `http://localhost:${port()}/calendar.ics` });
        response.end();
      });
      const port = () => (partner.address() as AddressInfo).port;
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
      const guarded = await startServer(backend);
      const guardedCoordinator = await guarded.tokenFor('staff-director');
      const importFrom = (target: Harness, url: string) =>
        target.call('POST', '/v1/coordinator/meetups/import', {
          token: target === guarded ? guardedCoordinator : coordinator,
          body: {
            url,
            organizer: { name: 'Partner', kind: 'partner', url: null },
            category: 'cafe',
          },
          idempotencyKey: newKey(),
        });
      try {
        for (const url of [
          `http://127.0.0.1:${port()}/calendar.ics`,
          `http://localhost:${port()}/calendar.ics`, // a name that resolves to loopback
          `http://[::ffff:127.0.0.1]:${port()}/calendar.ics`,
          'http://169.254.169.254/latest/meta-data/', // cloud metadata
          'http://10.1.2.3/calendar.ics',
        ]) {
          const refused = await importFrom(guarded, url);
          assert.ok(isProblem(refused, 400), url);
          assert.match(
            refused.json.errors[0].message,
            /not a public address.*KINSHIP_FEED_PRIVATE_HOSTS/,
          );
          // A name is answered with the name, never with the address it resolved to inside.
          if (url.includes('localhost'))
            assert.doesNotMatch(refused.json.errors[0].message, /127\.0\.0\.1|::1/);
        }
        const redirected = await importFrom(server, `http://127.0.0.1:${port()}/moved.ics`);
        assert.ok(isProblem(redirected, 400));
        assert.match(redirected.json.errors[0].message, /^localhost is not a public address/);
        assert.doesNotMatch(
          redirected.json.errors[0].message,
          /127\.0\.0\.1|::1/,
          'the address inside is not named',
        );
        const notHttp = await importFrom(server, 'file:///etc/passwd');
        assert.ok(isProblem(notHttp, 400));
      } finally {
        await guarded.close();
        await new Promise((resolve) => partner.close(resolve));
      }
    });

    it('needs the feed inline or by URL, not both and not neither', async () => {
      const organizer = { name: 'Partner', kind: 'partner', url: null };
      const neither = await server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: { organizer, category: 'cafe' },
        idempotencyKey: newKey(),
      });
      assert.equal(neither.json.errors[0].field, 'ics');
      const both = await server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ics: 'BEGIN:VCALENDAR',
          url: 'https://partner.example/feed.ics',
          organizer,
          category: 'cafe',
        },
        idempotencyKey: newKey(),
      });
      assert.equal(both.json.errors[0].field, 'url');
    });
  });
}
