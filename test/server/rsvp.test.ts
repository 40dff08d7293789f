/**
 * RSVPs: capacity, a first-in-first-out waitlist, promotion when a seat frees up, and `maybe`
 * taking no seat. With DATABASE_URL, 200 residents RSVP at once through two server processes
 * sharing one PostgreSQL: exactly 20 go, 180 wait, in the order they reached the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { seedIfEmpty } from '../../server/db/seeding.js';
import { fixtureSeed } from './fixtures/seed.js';
import {
  BACKENDS,
  client,
  freshDatabase,
  isProblem,
  newKey,
  startServer,
  startServerProcess,
  type Harness,
  type ServerProcess,
  type TestDatabase,
} from './support.js';

for (const backend of BACKENDS) {
  describe(`RSVP (${backend})`, () => {
    let server: Harness;
    let meetupId: string;
    const tokens: Record<string, string> = {};
    const residents = ['res-ana', 'res-bola', 'res-chen', 'res-dara', 'res-eko', 'res-farah'];

    before(async () => {
      server = await startServer(backend);
      for (const id of [...residents, 'staff-director']) tokens[id] = await server.tokenFor(id);
      // The fixture's weekly coffee has three seats.
      const list = await server.call('GET', '/v1/meetups', { token: tokens['res-ana'] });
      meetupId = list.json.items.find(
        (item: { seriesId: string }) => item.seriesId === 'meetup-coffee',
      ).id;
    });
    after(() => server.close());

    const rsvp = (resident: string, status: string) =>
      server.call('PUT', `/v1/meetups/${meetupId}/rsvp`, {
        token: tokens[resident],
        body: { status },
        idempotencyKey: newKey(),
      });

    it('seats residents up to capacity, then waitlists them in order', async () => {
      assert.equal((await rsvp('res-ana', 'going')).json.status, 'going');
      assert.equal((await rsvp('res-bola', 'going')).json.status, 'going');
      const third = await rsvp('res-chen', 'going');
      assert.deepEqual([third.json.status, third.json.seatsLeft], ['going', 0]);
      const fourth = await rsvp('res-dara', 'going');
      assert.deepEqual([fourth.json.status, fourth.json.waitlistPosition], ['waitlisted', 1]);
      const fifth = await rsvp('res-eko', 'going');
      assert.deepEqual(
        [fifth.json.status, fifth.json.waitlistPosition, fifth.json.waitlisted],
        ['waitlisted', 2, 2],
      );
    });

    it('takes no seat for maybe', async () => {
      const maybe = await rsvp('res-farah', 'maybe');
      assert.deepEqual(
        [maybe.json.status, maybe.json.going, maybe.json.waitlisted],
        ['maybe', 3, 2],
      );
    });

    it('keeps a waitlisted resident’s place when they say going again', async () => {
      const again = await rsvp('res-eko', 'going');
      assert.deepEqual([again.json.status, again.json.waitlistPosition], ['waitlisted', 2]);
    });

    it('gives a freed seat to the first person waitlisted', async () => {
      const cancelled = await rsvp('res-bola', 'not-going');
      assert.deepEqual(
        [cancelled.json.status, cancelled.json.going, cancelled.json.waitlisted],
        ['not-going', 3, 1],
      );
      const list = await server.call('GET', '/v1/meetups', { token: tokens['res-dara'] });
      const meetup = list.json.items.find((item: { id: string }) => item.id === meetupId);
      assert.deepEqual(meetup.myRsvp, { status: 'going', waitlistPosition: null });
      const eko = await server.call('GET', '/v1/meetups', { token: tokens['res-eko'] });
      assert.deepEqual(eko.json.items.find((item: { id: string }) => item.id === meetupId).myRsvp, {
        status: 'waitlisted',
        waitlistPosition: 1,
      });
    });

    it('gives a seat to the waitlist when going turns to maybe', async () => {
      const maybe = await rsvp('res-chen', 'maybe');
      assert.equal(maybe.json.waitlisted, 0);
      const { rows } = await server.db.query<{ status: string }>(
        `SELECT status FROM rsvps WHERE meetup_id = $1 AND resident_id = 'res-eko'`,
        [meetupId],
      );
      assert.equal(rows[0]?.status, 'going');
    });

    it('shows the organiser the attendees, waitlist positions included', async () => {
      await rsvp('res-chen', 'going');
      const attendees = await server.call('GET', `/v1/coordinator/meetups/${meetupId}/attendees`, {
        token: tokens['staff-director'],
      });
      const byStatus = (status: string) =>
        attendees.json.items
          .filter((item: { status: string }) => item.status === status)
          .map((item: { residentId: string }) => item.residentId);
      assert.deepEqual(byStatus('going').sort(), ['res-ana', 'res-dara', 'res-eko']);
      assert.deepEqual(byStatus('waitlisted'), ['res-chen']);
      assert.equal(
        attendees.json.items.find((item: { residentId: string }) => item.residentId === 'res-chen')
          .waitlistPosition,
        1,
      );
    });

    it('seats the waitlist when the organiser adds capacity', async () => {
      const patched = await server.call('PATCH', `/v1/coordinator/meetups/${meetupId}`, {
        token: tokens['staff-director'],
        body: { capacity: 5 },
      });
      assert.equal(patched.status, 200);
      assert.deepEqual(
        [patched.json.going, patched.json.waitlisted, patched.json.seatsLeft],
        [4, 0, 1],
      );
    });

    it('answers an unknown meetup with 404 and a cancelled one likewise', async () => {
      assert.ok(
        isProblem(
          await server.call('PUT', '/v1/meetups/nope/rsvp', {
            token: tokens['res-ana'],
            body: { status: 'going' },
            idempotencyKey: newKey(),
          }),
          404,
        ),
      );
      const single = await server.call('GET', '/v1/meetups?category=bookstore', {
        token: tokens['res-ana'],
      });
      const id = single.json.items[0].id;
      assert.equal(
        (
          await server.call('DELETE', `/v1/coordinator/meetups/${id}`, {
            token: tokens['staff-director'],
          })
        ).status,
        204,
      );
      assert.ok(
        isProblem(
          await server.call('PUT', `/v1/meetups/${id}/rsvp`, {
            token: tokens['res-ana'],
            body: { status: 'going' },
            idempotencyKey: newKey(),
          }),
          404,
        ),
      );
    });
  });
}

describe('RSVP across two server processes on one PostgreSQL', () => {
  const SECRET = 'concurrency-test-secret-long-enough-for-hs256';
  let database: TestDatabase | undefined;
  const processes: ServerProcess[] = [];

  before(async () => {
    if (!process.env.DATABASE_URL) return;
    database = await freshDatabase('postgresql');
    await seedIfEmpty(database.db, fixtureSeed);
    for (let i = 0; i < 2; i += 1) {
      processes.push(
        await startServerProcess({
          DATABASE_URL: database.url!,
          KINSHIP_JWT_SECRET: SECRET,
          KINSHIP_SEED: 'none',
          KINSHIP_RATE_LIMIT: '0',
          KINSHIP_DB_POOL_SIZE: '8',
        }),
      );
    }
  });
  after(async () => {
    await Promise.all(processes.map((child) => child.stop()));
    await database?.drop();
  });

  const tokenFor = (sub: string, role = 'resident') =>
    new SignJWT({ role, name: `Load ${sub}` })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(SECRET));

  it('seats exactly 20 of 200 concurrent RSVPs and waitlists 180 first in, first out', async (t) => {
    if (!database) {
      t.skip('needs DATABASE_URL: two processes cannot share an embedded PGlite');
      return;
    }
    const coordinator = await tokenFor('staff-director', 'coordinator');
    const created = await client(processes[0]!.apiUrl)('POST', '/v1/coordinator/meetups', {
      token: coordinator,
      idempotencyKey: newKey(),
      body: {
        title: 'Popular potluck',
        description: 'Everyone wants to come.',
        category: 'family-friendly',
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000).toISOString(),
        timeZone: 'America/New_York',
        venue: { name: 'Community hall', address: '1 Park Ave, Newark, NJ', mapUrl: null },
        organizer: { name: 'Riverside Test Residency', kind: 'program', url: null },
        capacity: 20,
      },
    });
    assert.equal(created.status, 201);
    const meetupId = created.json.id;

    const residents = Array.from(
      { length: 200 },
      (_, i) => `load-${String(i + 1).padStart(3, '0')}`,
    );
    const tokens = await Promise.all(residents.map((id) => tokenFor(id)));
    const calls = residents.map((_, i) => client(processes[i % 2]!.apiUrl));
    const responses = await Promise.all(
      residents.map((_, i) =>
        calls[i]!('PUT', `/v1/meetups/${meetupId}/rsvp`, {
          token: tokens[i],
          body: { status: 'going' },
          idempotencyKey: newKey(),
        }),
      ),
    );
    for (const response of responses) assert.equal(response.status, 200, response.text);

    const { rows } = await database.db.query<{
      resident_id: string;
      status: string;
      queue_seq: number | null;
      status_since: Date;
    }>('SELECT resident_id, status, queue_seq, status_since FROM rsvps WHERE meetup_id = $1', [
      meetupId,
    ]);
    const going = rows.filter((row) => row.status === 'going');
    const waitlist = rows
      .filter((row) => row.status === 'waitlisted')
      .sort((a, b) => a.queue_seq! - b.queue_seq!);
    assert.equal(going.length, 20);
    assert.equal(waitlist.length, 180);

    // Positions 1..180, contiguous, each as its resident was told.
    const told = new Map(
      responses.map((response, i) => [residents[i], response.json.waitlistPosition]),
    );
    waitlist.forEach((row, index) =>
      assert.equal(told.get(row.resident_id), index + 1, row.resident_id),
    );
    assert.equal(responses.filter((response) => response.json.status === 'going').length, 20);

    // First in, first out: the waitlist's order is the order in which the RSVPs took the meetup's
    // lock in the database (status_since is clock_timestamp() under that lock).
    const seatedLast = Math.max(...going.map((row) => row.status_since.getTime()));
    assert.ok(
      waitlist[0]!.status_since.getTime() >= seatedLast,
      'everyone seated arrived before anyone waitlisted',
    );
    for (let i = 1; i < waitlist.length; i += 1) {
      assert.ok(
        waitlist[i]!.status_since >= waitlist[i - 1]!.status_since,
        `position ${i + 1} arrived after position ${i}`,
      );
    }
    // Both processes served RSVPs.
    for (const child of processes) assert.ok(child.lines.some((line) => line.includes('/rsvp')));

    // A seat freed through one process goes to the head of the waitlist.
    const leaving = going[0]!.resident_id;
    await client(processes[1]!.apiUrl)('PUT', `/v1/meetups/${meetupId}/rsvp`, {
      token: tokens[residents.indexOf(leaving)],
      body: { status: 'not-going' },
      idempotencyKey: newKey(),
    });
    const head = await database.db.query<{ status: string }>(
      'SELECT status FROM rsvps WHERE meetup_id = $1 AND resident_id = $2',
      [meetupId, waitlist[0]!.resident_id],
    );
    assert.equal(head.rows[0]?.status, 'going');
  });

  it('writes once when the same Idempotency-Key reaches both processes at once', async (t) => {
    if (!database) {
      t.skip('needs DATABASE_URL: two processes cannot share an embedded PGlite');
      return;
    }
    const token = await tokenFor('res-gita');
    const key = newKey();
    const body = { phrase: 'circle back' };
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        client(processes[i % 2]!.apiUrl)('POST', '/v1/tips/phrases', {
          token,
          body,
          idempotencyKey: key,
        }),
      ),
    );
    assert.equal(new Set(results.map((result) => result.json.id)).size, 1);
    const { rows } = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM phrase_reports WHERE resident_id = 'res-gita'`,
    );
    assert.equal(rows[0]!.n, 1);
  });
});
