/**
 * Check-in aggregates tried as a hostile coordinator would: differencing two answers around one
 * resident's check-in (whose time the outreach queue gives away), bisecting time to find it, and one
 * resident checking in sixty times to move the program's figures. Fixed periods, frozen once
 * published, one figure per resident, and cells of at least five keep each of these from working.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixtureSeed } from './fixtures/seed.js';
import { BACKENDS, checkInBody, isProblem, newKey, startServer, type Harness } from './support.js';

const PGY1 = ['res-ana', 'res-bola', 'res-chen', 'res-dara', 'res-eko'];
/** Mood and sleep at their best, never lonely. */
const WELL = { mood: 5, sleep: 5, 'lack-companionship': 1, 'left-out': 1, isolated: 1 };
/** Mood and sleep at their worst, as lonely as the scale goes. */
const STRUGGLING = { mood: 1, sleep: 1, 'lack-companionship': 3, 'left-out': 3, isolated: 3 };

interface Group {
  key: string;
  residents: number | null;
  suppressed: boolean;
  meanWellbeing: number | null;
  lonelinessShare: number | null;
}
interface Period {
  start: string;
  groups: Group[];
}

for (const backend of BACKENDS) {
  describe(`check-in aggregates against a hostile coordinator (${backend})`, () => {
    let server: Harness;
    // The program is in New York; the clock starts mid-October 2026.
    let clock = new Date('2026-10-14T16:00:00Z');
    const tokens: Record<string, string> = {};

    before(async () => {
      server = await startServer(backend, {
        seed: { ...fixtureSeed, checkInHistory: [] },
        now: () => clock,
      });
      for (const id of [...PGY1, 'res-farah', 'res-gita', 'res-hugo'])
        tokens[id] = await server.tokenFor(id);
      tokens.coordinator = await server.tokenFor('staff-director', 'coordinator');
    });
    after(() => server.close());

    const checkIn = (
      residentId: string,
      answers: Record<string, number>,
      extra: Record<string, unknown> = {},
    ) =>
      server.call('POST', '/v1/check-ins', {
        token: tokens[residentId],
        body: checkInBody(answers, extra),
        idempotencyKey: newKey(),
      });

    const aggregates = async (query = '') => {
      const result = await server.call('GET', `/v1/coordinator/check-ins/aggregates${query}`, {
        token: tokens.coordinator,
      });
      assert.equal(result.status, 200, result.text);
      return result.json as { period: string; periods: Period[]; note: string | null };
    };
    const periodStarting = (answer: { periods: Period[] }, start: string) =>
      answer.periods.find((period) => period.start === start);

    it('offers no time window to choose: the two-windows-1-ms-apart query is refused', async () => {
      const windows = await server.call(
        'GET',
        '/v1/coordinator/check-ins/aggregates?from=2026-10-14T15:59:59.999Z&to=2026-10-14T16:00:00.001Z',
        { token: tokens.coordinator },
      );
      assert.ok(isProblem(windows, 400));
      assert.deepEqual(windows.json.errors.map((error: { field: string }) => error.field).sort(), [
        'from',
        'to',
      ]);
    });

    it('answers the same before and after one resident checks in, and after the period closes there is no "before"', async () => {
      for (const id of [...PGY1, 'res-farah']) assert.equal((await checkIn(id, WELL)).status, 201);
      const before = await aggregates('?groupBy=training-year');
      assert.equal(before.period, 'month');
      assert.equal(periodStarting(before, '2026-10-01'), undefined, 'October is not over');

      // The resident who asks for help: the coordinator sees the exact time in the outreach queue.
      clock = new Date('2026-10-14T16:00:01Z');
      const help = await checkIn('res-gita', STRUGGLING, {
        contactRequest: { optionId: 'director' },
      });
      assert.equal(help.status, 201);
      assert.deepEqual(await aggregates('?groupBy=training-year'), before);

      // October is over, but a check-in answered on its last evening may still be delivered.
      clock = new Date('2026-11-02T12:00:00Z');
      assert.equal(periodStarting(await aggregates(), '2026-10-01'), undefined);

      clock = new Date('2026-11-03T12:00:00Z');
      const october = periodStarting(await aggregates('?groupBy=training-year'), '2026-10-01')!;
      assert.equal(october.groups[0]!.residents, 7);
      // PGY-2 holds two residents: hidden, and PGY-1 with it, or the total minus PGY-1 would show them.
      assert.deepEqual(
        october.groups.map((group) => [group.key, group.suppressed]),
        [
          ['program', false],
          ['PGY-1', true],
          ['PGY-2', true],
        ],
      );

      // Published figures never move again: not for a late delivery dated back into October, not
      // when a resident is moved to another training year.
      const late = await checkIn('res-hugo', STRUGGLING, { answeredAt: '2026-10-31T20:00:00Z' });
      assert.equal(late.status, 201);
      assert.ok(late.json.submittedAt >= '2026-11-01T04:00:00.000Z', late.json.submittedAt);
      await server.db.query(`UPDATE people SET training_year = 'PGY-1' WHERE id = 'res-gita'`);
      assert.deepEqual(
        periodStarting(await aggregates('?groupBy=training-year'), '2026-10-01'),
        october,
      );
    });

    it('counts residents, not check-ins: sixty check-ins move the figures by one resident at most', async () => {
      clock = new Date('2026-11-10T15:00:00Z');
      const well = await Promise.all([...PGY1, 'res-farah'].map((id) => checkIn(id, WELL)));
      let struggling;
      for (let i = 0; i < 60; i += 1) struggling = await checkIn('res-hugo', STRUGGLING);
      const wellbeingOf = async (id: string) =>
        (
          await server.db.query<{ wellbeing: number }>(
            'SELECT wellbeing FROM check_ins WHERE id = $1',
            [id],
          )
        ).rows[0]!.wellbeing;
      const good = await wellbeingOf(well[0]!.json.id);
      const bad = await wellbeingOf(struggling!.json.id);

      clock = new Date('2026-12-05T12:00:00Z');
      const [november] = (await aggregates('?periods=1')).periods;
      assert.equal(november!.start, '2026-11-01');
      const [total] = november!.groups;
      assert.equal(total!.residents, 7);
      assert.equal(total!.meanWellbeing, Math.round(((6 * good + bad) / 7) * 10) / 10);
      assert.equal(total!.lonelinessShare, Math.round((1 / 7) * 1000) / 1000);
    });

    it('gives nothing away to bisection: every query agrees, and no difference isolates fewer than five', async () => {
      const cells = new Map<string, string>();
      for (const groupBy of ['program', 'training-year']) {
        for (let periods = 1; periods <= 24; periods += 1) {
          const answer = await aggregates(`?groupBy=${groupBy}&periods=${periods}`);
          assert.equal(answer.periods.length, periods);
          for (const period of answer.periods) {
            const [total, ...groups] = period.groups;
            // The same period's total is the same in every answer, whatever was asked.
            const seen = cells.get(period.start);
            if (seen) assert.equal(JSON.stringify(total ?? null), seen, period.start);
            else cells.set(period.start, JSON.stringify(total ?? null));
            if (!total) continue;
            for (const group of period.groups)
              assert.ok(group.suppressed || group.residents! >= 5, `${period.start} ${group.key}`);
            if (total.suppressed) {
              assert.ok(groups.every((group) => group.suppressed));
              continue;
            }
            const shownResidents = groups
              .filter((group) => !group.suppressed)
              .reduce((sum, group) => sum + group.residents!, 0);
            const hiddenResidents = total.residents! - shownResidents;
            assert.ok(
              hiddenResidents === 0 || hiddenResidents >= 5,
              `${period.start}: the total minus the shown groups describes ${hiddenResidents}`,
            );
          }
        }
      }
      assert.ok(cells.size >= 24);
    });
  });
}
