/**
 * Idempotency-Key: a replay returns the stored first response and writes nothing; the same key
 * with another body is a 422; keys belong to one identity; concurrent duplicates write once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forgetOldKeys, IDEMPOTENCY_KEY_DAYS } from '../../server/idempotency.js';
import { BACKENDS, checkInBody, isProblem, newKey, startServer, type Harness } from './support.js';

for (const backend of BACKENDS) {
  describe(`Idempotency-Key (${backend})`, () => {
    let server: Harness;
    let ana: string;

    before(async () => {
      server = await startServer(backend);
      ana = await server.tokenFor('res-ana');
    });
    after(() => server.close());

    const checkIns = async (residentId: string) =>
      (
        await server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM check_ins WHERE resident_id = $1',
          [residentId],
        )
      ).rows[0]!.n;

    it('replays the first response for the same key and writes nothing new', async () => {
      const key = newKey();
      const before = await checkIns('res-ana');
      const first = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: checkInBody(),
        idempotencyKey: key,
      });
      assert.equal(first.status, 201);
      const countsAfterFirst = await server.counts();

      const replay = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: checkInBody(),
        idempotencyKey: key,
      });
      assert.equal(replay.status, 201);
      assert.equal(replay.text, first.text, 'the same body, byte for byte');
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(await checkIns('res-ana'), before + 1);
      assert.deepEqual(await server.counts(), countsAfterFirst);
    });

    it('treats reordered JSON keys as the same request', async () => {
      const key = newKey();
      const body = checkInBody();
      const reordered = { answers: body.answers, formId: body.formId };
      const first = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body,
        idempotencyKey: key,
      });
      const second = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: reordered,
        idempotencyKey: key,
      });
      assert.equal(second.text, first.text);
    });

    it('refuses the same key with a different body (422) and writes nothing', async () => {
      const key = newKey();
      await server.call('PUT', '/v1/tips/tip-sbar/feedback', {
        token: ana,
        body: { helpful: true },
        idempotencyKey: key,
      });
      const before = await server.counts();
      const result = await server.call('PUT', '/v1/tips/tip-sbar/feedback', {
        token: ana,
        body: { helpful: false },
        idempotencyKey: key,
      });
      assert.ok(isProblem(result, 422));
      assert.equal(result.json.errors[0].field, 'Idempotency-Key');
      assert.deepEqual(await server.counts(), before);
      const { rows } = await server.db.query<{ helpful: boolean }>(
        `SELECT helpful FROM tip_feedback WHERE person_id = 'res-ana' AND tip_id = 'tip-sbar'`,
      );
      assert.equal(rows[0]?.helpful, true, 'the first request stands');
    });

    it('refuses the same key on another route (422)', async () => {
      const key = newKey();
      await server.call('PUT', '/v1/tips/tip-sbar/saved', {
        token: ana,
        body: { saved: true },
        idempotencyKey: key,
      });
      const result = await server.call('PUT', '/v1/tips/tip-tipping/saved', {
        token: ana,
        body: { saved: true },
        idempotencyKey: key,
      });
      assert.ok(isProblem(result, 422));
    });

    it('scopes keys to the identity that sent them', async () => {
      const key = newKey();
      const bola = await server.tokenFor('res-bola');
      const mine = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: checkInBody(),
        idempotencyKey: key,
      });
      const theirs = await server.call('POST', '/v1/check-ins', {
        token: bola,
        body: checkInBody(),
        idempotencyKey: key,
      });
      assert.equal(theirs.status, 201);
      assert.notEqual(theirs.json.id, mine.json.id);
    });

    it('writes once when duplicates arrive at the same time', async () => {
      const key = newKey();
      const before = await checkIns('res-dara');
      const dara = await server.tokenFor('res-dara');
      const results = await Promise.all(
        Array.from({ length: 12 }, () =>
          server.call('POST', '/v1/check-ins', {
            token: dara,
            body: checkInBody(),
            idempotencyKey: key,
          }),
        ),
      );
      assert.deepEqual(new Set(results.map((result) => result.status)), new Set([201]));
      assert.equal(new Set(results.map((result) => result.json.id)).size, 1);
      assert.equal(await checkIns('res-dara'), before + 1);
    });

    it('does not store a failed request: the same key may be used again once the problem is fixed', async () => {
      const key = newKey();
      const failed = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: checkInBody({ mood: 42 }),
        idempotencyKey: key,
      });
      assert.equal(failed.status, 400);
      const fixed = await server.call('POST', '/v1/check-ins', {
        token: ana,
        body: checkInBody({ mood: 4 }),
        idempotencyKey: key,
      });
      assert.equal(fixed.status, 201);
    });

    it('honours a key on writes that do not require one', async () => {
      const coordinator = await server.tokenFor('staff-director');
      const key = newKey();
      const first = await server.call('PATCH', '/v1/coordinator/mentors/mentor-obi', {
        token: coordinator,
        body: { bio: 'First.' },
        idempotencyKey: key,
      });
      await server.call('PATCH', '/v1/coordinator/mentors/mentor-obi', {
        token: coordinator,
        body: { bio: 'Second.' },
      });
      const replay = await server.call('PATCH', '/v1/coordinator/mentors/mentor-obi', {
        token: coordinator,
        body: { bio: 'First.' },
        idempotencyKey: key,
      });
      assert.equal(replay.text, first.text);
      const { rows } = await server.db.query<{ bio: string }>(
        `SELECT bio FROM mentor_profiles WHERE person_id = 'mentor-obi'`,
      );
      assert.equal(rows[0]?.bio, 'Second.', 'the replay changed nothing');
    });

    it(`forgets keys after ${IDEMPOTENCY_KEY_DAYS} days, and remembers younger ones`, async () => {
      const [old, young] = [newKey(), newKey()];
      for (const key of [old, young]) {
        const sent = await server.call('POST', '/v1/check-ins', {
          token: ana,
          body: checkInBody(),
          idempotencyKey: key,
        });
        assert.equal(sent.status, 201);
      }
      await server.db.query(
        `UPDATE idempotency_keys SET created_at = now() - make_interval(days => $2::int + 1) WHERE key = $1`,
        [old, IDEMPOTENCY_KEY_DAYS],
      );
      assert.ok((await forgetOldKeys(server.db, new Date())) >= 1);
      const { rows } = await server.db.query<{ key: string }>(
        'SELECT key FROM idempotency_keys WHERE key = ANY($1)',
        [[old, young]],
      );
      assert.deepEqual(
        rows.map(({ key }) => key),
        [young],
      );
    });
  });
}
