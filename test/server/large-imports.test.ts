/**
 * Imports as large as the server takes (2 MB): they write in batches, each in a short transaction
 * of its own, so other requests are answered while an import runs; the whole file is checked before
 * anything is written; and sending the same file again after a partial import finishes the job.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  BACKENDS,
  isProblem,
  newKey,
  startServer,
  type CallResult,
  type Harness,
} from './support.js';

const LIMIT = 2 * 1024 * 1024;

const CSV_HEADER =
  'id,name,pronouns,trainingYear,specialty,homeCountry,languages,timeZone,topics,bio,email,phone';

function mentorLine(prefix: string, i: number): string {
  const bio = `Mentor ${i}, "the bulk one". Likes long walks, quiet coffee and questions.`;
  return [
    `${prefix}-${i}`,
    `Dr. Bulk ${i}`,
    'they/them',
    'PGY-2',
    'Internal Medicine',
    'NG',
    'yo;en',
    'America/New_York',
    '"Visa;Night shifts"',
    `"${bio.replace(/"/g, '""')}"`,
    `${prefix}${i}@example.org`,
    '+1 555 0100',
  ].join(',');
}

/** Mentor rows filling just under 2 MB with the header; `count` is how many. */
function mentorRows(prefix: string): string[] {
  const rows: string[] = [];
  let size = CSV_HEADER.length + 2 + 200; // room for the two bad rows added below
  for (let i = 0; ; i += 1) {
    const line = mentorLine(prefix, i);
    if (size + line.length + 2 > LIMIT - 1024) return rows;
    rows.push(line);
    size += line.length + 2;
  }
}

const csvOf = (rows: string[]) => [CSV_HEADER, ...rows, ''].join('\r\n');

const icsUtc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A partner feed of `count` one-off events over the coming weeks, about 1 KB each. */
function bulkFeed(count: number, last?: string): string {
  const firstDay = Date.now() + 2 * 86_400_000;
  const description = 'Bring a friend; tea, coffee and pastries are on us. '.repeat(16);
  const events = Array.from({ length: count }, (_, i) => {
    const start = new Date(firstDay + (i % 40) * 86_400_000 + i * 60_000);
    return [
      'BEGIN:VEVENT',
      `UID:bulk-${i}@partner.example`,
      `DTSTAMP:${icsUtc(new Date())}`,
      `DTSTART:${icsUtc(start)}`,
      `DTEND:${icsUtc(new Date(start.getTime() + 3_600_000))}`,
      `SUMMARY:Coffee hour ${i}`,
      `LOCATION:Cafe ${i}, 1 Main St`,
      `DESCRIPTION:${description}`,
      'END:VEVENT',
    ].join('\r\n');
  });
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partner//Bulk//EN',
    ...events,
    ...(last ? [last] : []),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/**
 * Runs `work` and, once part of it shows in the database (`written` between 0 and `total`) while
 * it still runs, sends a health check and a read: both must be answered before the work ends.
 */
async function answeredWhileRunning(
  server: Harness,
  token: string,
  work: () => Promise<CallResult>,
  written: () => Promise<number>,
  total: number,
): Promise<CallResult> {
  let finished = false;
  const running = work().finally(() => (finished = true));
  let seen = 0;
  while (!finished && seen === 0) {
    // The server runs in this process: leave it turns of the event loop between looks.
    await sleep(5);
    seen = await written();
  }
  assert.ok(
    !finished && seen > 0 && seen < total,
    `part of the import is visible while it runs (saw ${seen} of ${total}; finished: ${finished})`,
  );
  const [health, program] = await Promise.all([
    server.call('GET', '/v1/health'),
    server.call('GET', '/v1/program', { token }),
  ]);
  assert.equal(health.status, 200);
  assert.equal(program.status, 200);
  assert.equal(finished, false, 'the health check and the read were answered during the import');
  return running;
}

for (const backend of BACKENDS) {
  describe(`imports of 2 MB (${backend})`, () => {
    let server: Harness;
    let coordinator: string;
    let resident: string;

    before(async () => {
      server = await startServer(backend);
      coordinator = await server.tokenFor('staff-director');
      resident = await server.tokenFor('res-ana');
    });
    after(() => server.close());

    const importCsv = (csv: string, idempotencyKey = newKey()) =>
      server.call('POST', '/v1/coordinator/mentors/import', {
        token: coordinator,
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
        idempotencyKey,
      });

    const mentorsLike = async (prefix: string) =>
      (
        await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM mentor_profiles WHERE person_id LIKE $1 || '-%'`,
          [prefix],
        )
      ).rows[0]!.n;

    it('imports a 2 MB mentor CSV in batches, answering other requests meanwhile', async () => {
      const rows = mentorRows('mentor-bulk');
      const middle = Math.floor(rows.length / 2);
      // A resident's id in the middle and a bad country at the end: skipped, the rest imported.
      rows.splice(middle, 0, 'res-ana,Ana As A Mentor,,PGY-2,Surgery,BR,pt,America/New_York,,,,');
      rows.push('mentor-bad-country,Dr. Bad Country,,PGY-2,Surgery,Nigeria,en,America/Chicago,,,,');
      const csv = csvOf(rows);
      assert.ok(Buffer.byteLength(csv) > LIMIT - 4096 && Buffer.byteLength(csv) <= LIMIT);
      const good = rows.length - 2;

      const result = await answeredWhileRunning(
        server,
        resident,
        () => importCsv(csv),
        () => mentorsLike('mentor-bulk'),
        good,
      );
      assert.equal(result.status, 200, result.text);
      assert.deepEqual([result.json.imported, result.json.updated], [good, 0]);
      // Rows that fail the contract are reported as the file is read, then ids held by others.
      assert.deepEqual(result.json.skipped, [
        {
          where: `line ${rows.length + 1}`,
          reason: 'homeCountry: must be a two-letter country code',
        },
        { where: `line ${middle + 2}`, reason: 'the id "res-ana" belongs to a resident' },
      ]);

      assert.equal(await mentorsLike('mentor-bulk'), good);
      const { rows: last } = await server.db.query<{ name: string; bio: string; role: string }>(
        `SELECT p.name, p.role, m.bio FROM people p JOIN mentor_profiles m ON m.person_id = p.id WHERE p.id = $1`,
        [`mentor-bulk-${good - 1}`],
      );
      assert.deepEqual(last[0], {
        name: `Dr. Bulk ${good - 1}`,
        role: 'mentor',
        bio: `Mentor ${good - 1}, "the bulk one". Likes long walks, quiet coffee and questions.`,
      });
      const ana = await server.db.query<{ role: string }>(
        `SELECT role FROM people WHERE id = 'res-ana'`,
      );
      assert.equal(ana.rows[0]!.role, 'resident');
    });

    it('finishes a partial import when the same file is sent again; a replay writes nothing', async () => {
      const rows = mentorRows('mentor-again');
      const half = Math.floor(rows.length / 2);
      // An import that stopped halfway left the first half written: as if this had been sent.
      const partial = await importCsv(csvOf(rows.slice(0, half)));
      assert.deepEqual([partial.json.imported, partial.json.updated], [half, 0]);

      const key = newKey();
      const whole = await importCsv(csvOf(rows), key);
      assert.equal(whole.status, 200, whole.text);
      assert.deepEqual(
        [whole.json.imported, whole.json.updated, whole.json.skipped],
        [rows.length - half, half, []],
      );
      assert.equal(await mentorsLike('mentor-again'), rows.length);

      const before = await server.counts();
      const replay = await importCsv(csvOf(rows), key);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(replay.text, whole.text);
      assert.deepEqual(await server.counts(), before);
    });

    it('refuses a CSV of more than 20,000 rows as it reads it, and lists at most 200 skipped rows', async () => {
      const before = await server.counts();
      const junk = csvOf(Array.from({ length: 25_000 }, () => 'x'));
      const [refused, health] = await Promise.all([
        importCsv(junk),
        server.call('GET', '/v1/health'),
      ]);
      assert.equal(health.status, 200);
      assert.ok(isProblem(refused, 400), refused.text);
      assert.deepEqual(refused.json.errors, [
        { field: 'body', message: 'more than 20000 rows: split the file and import each part' },
      ]);
      assert.deepEqual(await server.counts(), before, 'nothing written');

      const bad = await importCsv(csvOf(Array.from({ length: 1_000 }, () => 'x')));
      assert.equal(bad.status, 200, bad.text);
      assert.equal(bad.json.skipped.length, 201);
      assert.deepEqual(bad.json.skipped[0], {
        where: 'line 2',
        reason: 'has 1 fields; the header has 12',
      });
      assert.deepEqual(bad.json.skipped[200], {
        where: '800 more rows',
        reason: 'also skipped, not listed: only the first 200 are',
      });
    });

    const importFeed = (ics: string, partner = 'Bulk Partner') =>
      server.call('POST', '/v1/coordinator/meetups/import', {
        token: coordinator,
        body: {
          ics,
          organizer: { name: partner, kind: 'partner', url: null },
          category: 'cafe',
          weeksAhead: 8,
        },
        idempotencyKey: newKey(),
      });

    const feedMeetups = async () =>
      (
        await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM meetups m JOIN meetup_series s ON s.id = m.series_id
           WHERE s.source_feed = 'bulk partner' AND m.cancelled_at IS NULL`,
        )
      ).rows[0]!.n;

    it('reads feeds shaped to be slow to parse without stopping, refusing or skipping the culprit', async () => {
      const start = Date.now() + 2 * 86_400_000;
      const at = (ms: number) => icsUtc(new Date(start + ms));
      const event = (uid: string, extra: string[]) =>
        [
          'BEGIN:VEVENT',
          `UID:${uid}`,
          `DTSTART:${at(0)}`,
          'SUMMARY:Slow',
          'LOCATION:Cafe, 1 Main St',
          ...extra,
          'END:VEVENT',
        ].join('\r\n');
      const feed = (blocks: string[]) =>
        [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//Partner//Slow//EN',
          ...blocks,
          'END:VCALENDAR',
        ].join('\r\n');
      const zone = (i: number) =>
        [
          'BEGIN:VTIMEZONE',
          `TZID:Partner/Zone-${i}`,
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0100',
          'END:STANDARD',
          'END:VTIMEZONE',
        ].join('\r\n');
      const changed = (i: number) =>
        [
          'BEGIN:VEVENT',
          'UID:changes@partner.example',
          `RECURRENCE-ID:${at(i * 86_400_000)}`,
          `DTSTART:${at(i * 86_400_000 + 3_600_000)}`,
          'SUMMARY:Moved',
          'END:VEVENT',
        ].join('\r\n');
      const shapes = {
        // One event of almost 2 MB: 70,000 RDATEs, sorted by ical.js before any step is counted.
        dates: feed([
          event(
            'dates@partner.example',
            Array.from({ length: 70_000 }, (_, i) => `RDATE:${at(i * 60_000)}`),
          ),
        ]),
        // Twelve thousand changed occurrences of one event.
        changes: feed([
          event('changes@partner.example', ['RRULE:FREQ=DAILY;COUNT=20']),
          ...Array.from({ length: 12_000 }, (_, i) => changed(i)),
        ]),
        // Nine thousand time zones.
        zones: feed([
          ...Array.from({ length: 9_000 }, (_, i) => zone(i)),
          event('zoned@partner.example', []),
        ]),
      };
      const send = (ics: string) =>
        Promise.all([importFeed(ics, 'Slow Partner'), server.call('GET', '/v1/health')]).then(
          ([result, health]) => {
            assert.equal(health.status, 200);
            return result;
          },
        );

      const dates = await send(shapes.dates);
      assert.equal(dates.status, 200, dates.text);
      assert.deepEqual(dates.json.skipped, [
        {
          where: 'dates@partner.example',
          reason: dates.json.skipped[0].reason,
        },
      ]);
      assert.match(dates.json.skipped[0].reason, /too large for one VEVENT; at most 64 KB/);

      const before = await server.counts();
      const changes = await send(shapes.changes);
      assert.equal(changes.status, 400, changes.text);
      assert.match(
        changes.json.errors[0].message,
        /^event "changes@partner.example": it lists 12000 dates .*at most 1000/,
      );
      assert.deepEqual(await server.counts(), before, 'nothing written');

      const zones = await send(shapes.zones);
      assert.equal(zones.status, 200, zones.text);
      assert.equal(zones.json.imported, 1);
      // 8,900 zones skipped: the first 200 listed, the rest counted.
      assert.equal(zones.json.skipped.length, 201);
      assert.match(zones.json.skipped[0].reason, /at most 100 time zones/);
      assert.equal(zones.json.skipped[200].where, '8700 more events');
    });

    it('refuses a 2 MB feed whose last event is hostile, writing nothing', async () => {
      const never = [
        'BEGIN:VEVENT',
        'UID:never@partner.example',
        `DTSTART:${icsUtc(new Date(Date.now() + 86_400_000))}`,
        'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
        'SUMMARY:Never',
        'LOCATION:Nowhere',
        'END:VEVENT',
      ].join('\r\n');
      const before = await server.counts();
      const refused = await importFeed(bulkFeed(1800, never));
      assert.equal(refused.status, 400, refused.text);
      assert.match(refused.json.errors[0].message, /^event "never@partner.example"/);
      assert.deepEqual(await server.counts(), before, 'nothing written');
    });

    it('imports a 2 MB feed in slices, answering other requests meanwhile', async () => {
      const count = 1800;
      const ics = bulkFeed(count);
      assert.ok(ics.length > LIMIT * 0.8 && ics.length <= 2_000_000, `${ics.length}`);
      const result = await answeredWhileRunning(
        server,
        resident,
        () => importFeed(ics),
        feedMeetups,
        count,
      );
      assert.equal(result.status, 200, result.text);
      assert.deepEqual(
        [result.json.imported, result.json.updated, result.json.skipped],
        [count, 0, []],
      );
      assert.equal(await feedMeetups(), count);

      const again = await importFeed(ics);
      assert.deepEqual([again.json.imported, again.json.updated], [0, count]);
      assert.equal(await feedMeetups(), count, 'no duplicates');
    });
  });
}
