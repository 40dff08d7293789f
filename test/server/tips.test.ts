/**
 * Tips: by region (the country's and the state's), category and language, page by page; today's
 * tip, stable for the day and new the next; feedback, saving, and phrases sent to the content team.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BACKENDS, isProblem, newKey, startServer, type Harness } from './support.js';

const DAY = 86_400_000;
const ids = (result: { json: { items: { id: string }[] } }) =>
  result.json.items.map((tip) => tip.id);

for (const backend of BACKENDS) {
  describe(`tips (${backend})`, () => {
    let server: Harness;
    let clock = Date.now();
    const tokens: Record<string, string> = {};

    before(async () => {
      server = await startServer(backend, { now: () => new Date(clock) });
      for (const id of ['res-ana', 'res-bola', 'res-chen', 'staff-director'])
        tokens[id] = await server.tokenFor(id);
    });
    after(() => server.close());

    const get = (path: string, person = 'res-ana') =>
      server.call('GET', path, { token: tokens[person] });

    it("lists the country's tips and the program region's, newest first", async () => {
      const list = await get('/v1/tips');
      assert.deepEqual(ids(list), ['tip-sbar', 'tip-tipping', 'tip-nj-diners', 'tip-feedback']);
      const california = await get('/v1/tips?region=US-CA');
      assert.ok(ids(california).includes('tip-ca-freeways'));
      assert.ok(!ids(california).includes('tip-nj-diners'));
      assert.deepEqual(ids(await get('/v1/tips?category=daily-life')), [
        'tip-tipping',
        'tip-nj-diners',
      ]);
    });

    it('serves a translation when one exists, else the original with its own locale', async () => {
      const list = await get('/v1/tips?locale=pt-BR');
      const sbar = list.json.items.find((tip: { id: string }) => tip.id === 'tip-sbar');
      assert.deepEqual([sbar.locale, sbar.title], ['pt', 'Passagens de plantão seguem o SBAR']);
      const tipping = list.json.items.find((tip: { id: string }) => tip.id === 'tip-tipping');
      assert.equal(tipping.locale, 'en');
      assert.ok(
        !ids(list).includes('tip-sbar-pt'),
        'a translation is never listed as a tip of its own',
      );
    });

    it('pages with a cursor, without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof get>> = await get(
          `/v1/tips?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        seen.push(...ids(page));
        cursor = page.json.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, ids(await get('/v1/tips')));
      assert.ok(isProblem(await get('/v1/tips?cursor=not-a-cursor'), 400));
    });

    it('keeps today’s tip for the day, records it, and prefers tips not shown before', async () => {
      const first = await get('/v1/tips/today', 'res-bola');
      const again = await get('/v1/tips/today', 'res-bola');
      assert.equal(again.json.tip.id, first.json.tip.id);
      assert.equal(again.headers.get('ETag'), first.headers.get('ETag'));
      const { rows } = await server.db.query<{ tip_id: string }>(
        `SELECT tip_id FROM tip_views WHERE person_id = 'res-bola'`,
      );
      assert.deepEqual(
        rows.map((row) => row.tip_id),
        [first.json.tip.id],
      );

      // Each following day brings a tip not shown yet, until all four have been.
      const shown = [first.json.tip.id];
      for (let day = 1; day < 4; day += 1) {
        clock += DAY;
        const next = await get('/v1/tips/today', 'res-bola');
        assert.ok(
          !shown.includes(next.json.tip.id),
          `day ${day}: ${next.json.tip.id} was shown before`,
        );
        shown.push(next.json.tip.id);
      }
      assert.deepEqual([...shown].sort(), [
        'tip-feedback',
        'tip-nj-diners',
        'tip-sbar',
        'tip-tipping',
      ]);
      clock += DAY;
      assert.equal(
        (await get('/v1/tips/today', 'res-bola')).json.tip.id,
        shown[0],
        'then the one shown longest ago',
      );
    });

    it('records feedback and saves, and shows them back to that person only', async () => {
      const feedback = await server.call('PUT', '/v1/tips/tip-tipping/feedback', {
        token: tokens['res-ana'],
        body: { helpful: true },
        idempotencyKey: newKey(),
      });
      assert.deepEqual(feedback.json, { tipId: 'tip-tipping', helpful: true });
      // A translation's id counts as its original's.
      const saved = await server.call('PUT', '/v1/tips/tip-sbar-pt/saved', {
        token: tokens['res-ana'],
        body: { saved: true },
        idempotencyKey: newKey(),
      });
      assert.deepEqual(saved.json, { tipId: 'tip-sbar', saved: true });

      const mine = await get('/v1/tips');
      const tipping = mine.json.items.find((tip: { id: string }) => tip.id === 'tip-tipping');
      assert.equal(tipping.helpful, true);
      assert.deepEqual(ids(await get('/v1/tips?saved=true')), ['tip-sbar']);
      const theirs = await get('/v1/tips', 'res-chen');
      assert.ok(
        theirs.json.items.every(
          (tip: { helpful: unknown; saved: boolean }) => tip.helpful === null && !tip.saved,
        ),
      );

      await server.call('PUT', '/v1/tips/tip-sbar/saved', {
        token: tokens['res-ana'],
        body: { saved: false },
        idempotencyKey: newKey(),
      });
      assert.deepEqual(ids(await get('/v1/tips?saved=true')), []);
      assert.ok(
        isProblem(
          await server.call('PUT', '/v1/tips/no-such-tip/saved', {
            token: tokens['res-ana'],
            body: { saved: true },
            idempotencyKey: newKey(),
          }),
          404,
        ),
      );
    });

    it('sends phrases to the content team', async () => {
      const report = await server.call('POST', '/v1/tips/phrases', {
        token: tokens['res-chen'],
        body: { phrase: 'turf', context: 'The ED wants to turf him to us', tipId: 'tip-sbar' },
        idempotencyKey: newKey(),
      });
      assert.equal(report.status, 201);
      const list = await get('/v1/coordinator/phrases', 'staff-director');
      assert.deepEqual(list.json.items[0], {
        id: report.json.id,
        residentId: 'res-chen',
        phrase: 'turf',
        context: 'The ED wants to turf him to us',
        tipId: 'tip-sbar',
        createdAt: report.json.createdAt,
      });
    });

    // Last: it removes the program.
    it('answers 503 while no program is set up, whatever the region asked for', async () => {
      await server.db.query('DELETE FROM program');
      for (const path of ['/v1/tips', '/v1/tips?region=US-NJ', '/v1/tips?region=US-CA'])
        assert.ok(isProblem(await get(path), 503), path);
    });
  });
}
