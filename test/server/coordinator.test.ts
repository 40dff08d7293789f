/**
 * The coordinator API: mentors, assignments, slots, tips and translations, meetups and series,
 * and check-in aggregates that never describe fewer than five residents.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { groupsToSuppress } from '../../server/routes/aggregates.js';
import { extendSeries, SERIES_HORIZON_MS } from '../../server/data/meetups.js';
import { BACKENDS, isProblem, newKey, startServer, type Harness } from './support.js';

const NEW_MENTOR = {
  id: 'mentor-yara',
  name: 'Dr. Yara Nasser',
  trainingYear: 'PGY-3',
  specialty: 'Family Medicine',
  homeCountry: 'LB',
  languages: ['ar', 'fr', 'en'],
  timeZone: 'America/New_York',
  topics: ['Housing'],
  contactMethods: [{ kind: 'teams', label: null, value: 'https://teams.example.org/yara' }],
};

describe('aggregate suppression', () => {
  const hidden = (groups: [string, number][]) =>
    [...groupsToSuppress(groups.map(([key, residents]) => ({ key, residents })))].sort();

  it('hides nothing when every group has five or more', () => {
    assert.deepEqual(
      hidden([
        ['a', 5],
        ['b', 9],
      ]),
      [],
    );
  });

  it('hides a small group and the next-smallest, so the total minus the rest reveals nothing', () => {
    assert.deepEqual(
      hidden([
        ['a', 3],
        ['b', 6],
        ['c', 10],
      ]),
      ['a', 'b'],
    );
  });

  it('keeps hiding until the hidden groups together hold at least five', () => {
    assert.deepEqual(
      hidden([
        ['a', 1],
        ['b', 2],
        ['c', 20],
        ['d', 30],
      ]),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      hidden([
        ['a', 2],
        ['b', 4],
        ['c', 20],
      ]),
      ['a', 'b'],
    );
  });
});

for (const backend of BACKENDS) {
  describe(`coordinator (${backend})`, () => {
    let server: Harness;
    let token: string;

    before(async () => {
      server = await startServer(backend);
      token = await server.tokenFor('staff-director');
    });
    after(() => server.close());

    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, path, {
        token,
        body,
        idempotencyKey: method === 'GET' || method === 'DELETE' ? undefined : newKey(),
      });

    it('lists everyone in the program', async () => {
      const people = await call('GET', '/v1/coordinator/people');
      assert.equal(people.json.items.length, 13);
    });

    it('adds, changes and removes a mentor; removal unassigns mentees and withdraws slots', async () => {
      const created = await call('POST', '/v1/coordinator/mentors', NEW_MENTOR);
      assert.equal(created.status, 201);
      assert.equal(created.json.bio, null);
      assert.ok(isProblem(await call('POST', '/v1/coordinator/mentors', NEW_MENTOR), 409));
      const changed = await call('PATCH', '/v1/coordinator/mentors/mentor-yara', {
        bio: 'Beirut to Newark.',
        topics: ['Housing', 'Cars'],
      });
      assert.deepEqual(
        [changed.json.bio, changed.json.topics, changed.json.name],
        ['Beirut to Newark.', ['Housing', 'Cars'], 'Dr. Yara Nasser'],
      );

      const assigned = await call('PUT', '/v1/coordinator/assignments', {
        residentId: 'res-eko',
        mentorId: 'mentor-yara',
      });
      assert.deepEqual(
        [assigned.json.residentName, assigned.json.mentorName],
        ['Eko Santoso', 'Dr. Yara Nasser'],
      );
      const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const endsAt = new Date(Date.now() + 3 * 86_400_000 + 1_800_000).toISOString();
      const slot = await call('POST', '/v1/coordinator/slots', {
        mentorId: 'mentor-yara',
        startsAt,
        endsAt,
        mode: 'video',
      });
      assert.equal(slot.status, 201);
      const eko = await server.tokenFor('res-eko');
      const request = await server.call('POST', '/v1/mentor/chat-requests', {
        token: eko,
        body: { slotId: slot.json.id },
        idempotencyKey: newKey(),
      });
      assert.equal(request.status, 201);

      assert.equal((await call('DELETE', '/v1/coordinator/mentors/mentor-yara')).status, 204);
      assert.ok(isProblem(await call('DELETE', '/v1/coordinator/mentors/mentor-yara'), 404));
      assert.equal((await server.call('GET', '/v1/mentor', { token: eko })).json.mentor, null);
      const chats = await server.call('GET', '/v1/mentor/chat-requests', { token: eko });
      assert.equal(chats.json.items[0].status, 'cancelled');
      assert.ok(
        !(await call('GET', '/v1/coordinator/mentors')).json.items.some(
          (mentor: { id: string }) => mentor.id === 'mentor-yara',
        ),
      );
    });

    it('accepts contact values only as their kind allows, and never serves a bad stored one', async () => {
      const withContact = (id: string, kind: string, value: string) => ({
        ...NEW_MENTOR,
        id,
        contactMethods: [{ kind, label: null, value }],
      });
      for (const [kind, value] of [
        ['chat', 'javascript:alert(document.domain)'],
        ['teams', 'data:text/html,<script>alert(1)</script>'],
        ['slack', 'vbscript:msgbox(1)'],
        ['chat', 'http://meet.example.org/plain-http'],
        ['phone', 'javascript:alert(1)'],
        ['pager', 'tel:123'],
        ['email', 'someone@hospital.org?bcc=eavesdropper@example.com'],
        ['email', 'someone@hospital.org&cc=x@example.com'],
        ['email', 'not an address'],
      ]) {
        const refused = await call(
          'POST',
          '/v1/coordinator/mentors',
          withContact('mentor-x', kind!, value!),
        );
        assert.ok(isProblem(refused, 400), `${kind} ${value}`);
        assert.equal(refused.json.errors[0].field, 'contactMethods.0.value');
      }
      for (const [kind, value] of [
        ['email', "o'brien.k+mentor@hospital.example.org"],
        ['phone', '+1 (973) 555-0142'],
        ['slack', 'https://hospital.slack.com/team/U123'],
      ]) {
        const accepted = await call(
          'POST',
          '/v1/coordinator/mentors',
          withContact(`mentor-ok-${kind}`, kind!, value!),
        );
        assert.equal(accepted.status, 201, `${kind} ${value}: ${accepted.text}`);
      }

      const csv = await server.call('POST', '/v1/coordinator/mentors/import', {
        token,
        body: [
          'name,trainingYear,specialty,homeCountry,languages,timeZone,email,chat',
          'Dr. Bcc,PGY-2,Surgery,IN,en,America/Chicago,a@hospital.org?bcc=b@example.com,',
          'Dr. Script,PGY-2,Surgery,IN,en,America/Chicago,,javascript:alert(1)',
          '',
        ].join('\r\n'),
        headers: { 'Content-Type': 'text/csv' },
        idempotencyKey: newKey(),
      });
      assert.equal(csv.json.imported, 0);
      assert.deepEqual(
        csv.json.skipped.map((entry: { reason: string }) =>
          /contactMethods\.0\.value/.test(entry.reason),
        ),
        [true, true],
      );

      // A value written around the API (or before it checked) is left out of every answer.
      await server.db.query(
        `UPDATE mentor_profiles SET contact_methods = $2::text::jsonb WHERE person_id = $1`,
        [
          'mentor-ok-email',
          JSON.stringify([
            { kind: 'chat', label: 'Chat', value: 'javascript:alert(1)' },
            { kind: 'email', label: null, value: 'good@hospital.org' },
          ]),
        ],
      );
      const mentors = await call('GET', '/v1/coordinator/mentors');
      assert.equal(mentors.status, 200);
      const stored = mentors.json.items.find((m: { id: string }) => m.id === 'mentor-ok-email');
      assert.deepEqual(stored.contactMethods, [
        { kind: 'email', label: null, value: 'good@hospital.org' },
      ]);
    });

    it('assigns, lists and ends assignments, checking who is who', async () => {
      await call('PUT', '/v1/coordinator/assignments', {
        residentId: 'res-dara',
        mentorId: 'mentor-obi',
      });
      const list = await call('GET', '/v1/coordinator/assignments');
      assert.ok(
        list.json.items.some(
          (item: { residentId: string; mentorId: string }) =>
            item.residentId === 'res-dara' && item.mentorId === 'mentor-obi',
        ),
      );
      assert.equal((await call('DELETE', '/v1/coordinator/assignments/res-dara')).status, 204);
      assert.ok(isProblem(await call('DELETE', '/v1/coordinator/assignments/res-dara'), 404));
      const wrong = await call('PUT', '/v1/coordinator/assignments', {
        residentId: 'mentor-obi',
        mentorId: 'res-dara',
      });
      assert.deepEqual(
        wrong.json.errors.map((error: { field: string }) => error.field),
        ['residentId'],
      );
    });

    it('refuses a slot that ends before it starts', async () => {
      const now = Date.now();
      const slot = await call('POST', '/v1/coordinator/slots', {
        mentorId: 'mentor-obi',
        startsAt: new Date(now + 7_200_000).toISOString(),
        endsAt: new Date(now + 3_600_000).toISOString(),
        mode: 'phone',
      });
      assert.equal(slot.json.errors[0].field, 'endsAt');
    });

    it('adds tips and translations, one per language, and removes them', async () => {
      const tip = await call('POST', '/v1/coordinator/tips', {
        category: 'documentation',
        regions: ['US'],
        title: 'Notes are read by many',
        body: 'Billing, legal and the next team all read your notes.',
        whyItMatters: 'Write for all of them.',
        trySaying: [],
        idioms: [],
        locale: 'en',
      });
      assert.equal(tip.status, 201);
      const translation = {
        category: 'documentation',
        regions: ['US'],
        title: 'Muitos leem suas notas',
        body: 'Faturamento, jurídico e a próxima equipe.',
        whyItMatters: 'Escreva para todos.',
        trySaying: [],
        idioms: [],
        locale: 'pt-BR',
        translationOf: tip.json.id,
      };
      const pt = await call('POST', '/v1/coordinator/tips', translation);
      assert.equal(pt.status, 201);
      assert.ok(isProblem(await call('POST', '/v1/coordinator/tips', translation), 409));
      const ofTranslation = await call('POST', '/v1/coordinator/tips', {
        ...translation,
        locale: 'es',
        translationOf: pt.json.id,
      });
      assert.equal(ofTranslation.json.errors[0].field, 'translationOf');

      const ana = await server.tokenFor('res-ana');
      const served = await server.call('GET', '/v1/tips?category=documentation&locale=pt-BR', {
        token: ana,
      });
      assert.deepEqual(
        [served.json.items[0].id, served.json.items[0].title],
        [tip.json.id, 'Muitos leem suas notas'],
      );

      const patched = await call('PATCH', `/v1/coordinator/tips/${tip.json.id}`, {
        title: 'Many people read your notes',
      });
      assert.equal(patched.json.title, 'Many people read your notes');
      assert.equal((await call('DELETE', `/v1/coordinator/tips/${tip.json.id}`)).status, 204);
      const { rows } = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM tips WHERE id = $1 OR translation_of = $1',
        [tip.json.id],
      );
      assert.equal(rows[0]!.n, 0);
    });

    it('creates a recurring meetup as its occurrences, and changes or cancels one', async () => {
      const startsAt = new Date(Date.now() + 2 * 86_400_000);
      const hike = {
        title: 'Sunday hike',
        description: 'Easy trail.',
        category: 'sports-outdoors',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        timeZone: 'America/New_York',
        venue: { name: 'Trailhead', address: 'Route 23, NJ', mapUrl: null },
        organizer: { name: 'Riverside Test Residency', kind: 'program', url: null },
        capacity: null,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      };
      const created = await call('POST', '/v1/coordinator/meetups', hike);
      assert.equal(created.status, 201, created.text);
      assert.equal(created.json.rrule, 'FREQ=WEEKLY;COUNT=3');
      const { rows } = await server.db.query<{ id: string }>(
        'SELECT id FROM meetups WHERE series_id = $1 ORDER BY starts_at',
        [created.json.seriesId],
      );
      assert.equal(rows.length, 3);
      assert.equal(rows[0]!.id, created.json.id);

      const moved = await call('PATCH', `/v1/coordinator/meetups/${rows[1]!.id}`, {
        title: 'Sunday hike (longer trail)',
      });
      assert.equal(moved.json.title, 'Sunday hike (longer trail)');
      assert.ok(
        isProblem(
          await call('PATCH', `/v1/coordinator/meetups/${rows[1]!.id}`, { rrule: 'FREQ=DAILY' }),
          400,
        ),
      );
      assert.equal((await call('DELETE', `/v1/coordinator/meetups/${rows[2]!.id}`)).status, 204);
      const ana = await server.tokenFor('res-ana');
      const list = await server.call('GET', '/v1/meetups?category=sports-outdoors', { token: ana });
      assert.equal(list.json.items.length, 2);

      const badRule = await call('POST', '/v1/coordinator/meetups', {
        ...hike,
        rrule: 'EVERY THURSDAY',
      });
      assert.equal(badRule.json.errors[0].field, 'rrule');
      const typo = await call('POST', '/v1/coordinator/meetups', {
        ...hike,
        venue: { ...hike.venue, adress: 'Route 23' },
      });
      assert.equal(
        typo.json.errors[0].field,
        'venue.adress',
        'unknown fields are refused at every depth',
      );
    });

    it('keeps a recurring meetup a year ahead as time passes, as it now stands', async () => {
      const startsAt = new Date(Date.now() + 86_400_000);
      const created = await call('POST', '/v1/coordinator/meetups', {
        title: 'Thursday tea',
        description: 'Tea and talk after work.',
        category: 'cafe',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        timeZone: 'America/New_York',
        venue: { name: 'Corner Café', address: '1 Main St, Newark, NJ', mapUrl: null },
        organizer: { name: 'Riverside Test Residency', kind: 'program', url: null },
        capacity: 12,
        rrule: 'FREQ=WEEKLY',
      });
      assert.equal(created.status, 201, created.text);
      const occurrences = async () =>
        (
          await server.db.query<{ id: string; title: string; starts_at: Date; cancelled: boolean }>(
            `SELECT id, title, starts_at, cancelled_at IS NOT NULL AS cancelled FROM meetups
             WHERE series_id = $1 ORDER BY starts_at`,
            [created.json.seriesId],
          )
        ).rows;
      const first = await occurrences();
      assert.ok(first.length >= 52, `a year of weeks, not ${first.length}`);
      await extendSeries(server.db, new Date());
      assert.equal((await occurrences()).length, first.length, 'nothing is due yet');

      // The coordinator moves the tea to a new café from the last week on, and cancels the week before.
      const [beforeLast, last] = first.slice(-2);
      await call('PATCH', `/v1/coordinator/meetups/${last!.id}`, {
        title: 'Thursday tea (new café)',
      });
      await call('DELETE', `/v1/coordinator/meetups/${beforeLast!.id}`);

      const aMonthLater = new Date(Date.now() + 30 * 86_400_000);
      assert.ok((await extendSeries(server.db, aMonthLater)) >= 4);
      assert.equal(await extendSeries(server.db, aMonthLater), 0, 'running it again adds nothing');
      const extended = await occurrences();
      const added = extended.slice(first.length);
      // A year from the later date is covered, and the week after it is left for later.
      const horizon = aMonthLater.getTime() + SERIES_HORIZON_MS;
      assert.ok(added.length >= 4);
      assert.ok(added.at(-1)!.starts_at.getTime() <= horizon);
      assert.ok(added.at(-1)!.starts_at.getTime() + 7 * 86_400_000 > horizon - 3_600_000);
      for (const occurrence of added) {
        assert.equal(occurrence.title, 'Thursday tea (new café)');
        assert.equal(occurrence.cancelled, false);
      }
      assert.equal(extended.find(({ id }) => id === beforeLast!.id)!.cancelled, true);
      assert.equal(
        (added[0]!.starts_at.getTime() - last!.starts_at.getTime()) / 86_400_000,
        7,
        'a week after the last one',
      );
    });
  });
}
