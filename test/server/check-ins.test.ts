/**
 * The check-in: the form per locale, scoring (well-being index, UCLA-3 loneliness, low mood),
 * the resident's own history, snoozing, and requests to be contacted routed to one person.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheckInItem } from '../../src/contract/index.js';
import { scoreCheckIn } from '../../server/scoring.js';
import { fixtureSeed } from './fixtures/seed.js';
import { BACKENDS, checkInBody, isProblem, newKey, startServer, type Harness } from './support.js';

const DAY = 86_400_000;

describe('check-in scoring', () => {
  const items = fixtureSeed.checkInForms.en!.items as CheckInItem[];
  const score = (answers: Record<string, number>, threshold = 6) =>
    scoreCheckIn(items, new Map(Object.entries(answers)), threshold);

  it('normalises each scale by its better end and averages them', () => {
    assert.equal(
      score({ mood: 5, 'lack-companionship': 1, 'left-out': 1, isolated: 1 }).wellbeing,
      100,
    );
    assert.equal(
      score({ mood: 1, 'lack-companionship': 3, 'left-out': 3, isolated: 3 }).wellbeing,
      0,
    );
    assert.equal(
      score({ mood: 3, sleep: 5, 'lack-companionship': 2, 'left-out': 2, isolated: 2 }).wellbeing,
      60,
    );
  });

  it('flags loneliness at a UCLA-3 total of 6 or more, the program’s cut-off', () => {
    assert.deepEqual(
      score({ mood: 3, 'lack-companionship': 2, 'left-out': 2, isolated: 1 }).reasons,
      [],
    );
    const six = score({ mood: 3, 'lack-companionship': 2, 'left-out': 2, isolated: 2 });
    assert.equal(six.loneliness, 6);
    assert.deepEqual(six.reasons, ['loneliness']);
    assert.deepEqual(
      score({ mood: 3, 'lack-companionship': 2, 'left-out': 2, isolated: 1 }, 5).reasons,
      ['loneliness'],
    );
  });

  it('flags low mood at the mood item’s worst option', () => {
    assert.deepEqual(
      score({ mood: 1, 'lack-companionship': 1, 'left-out': 1, isolated: 1 }).reasons,
      ['low-mood'],
    );
    assert.deepEqual(
      score({ mood: 2, 'lack-companionship': 1, 'left-out': 1, isolated: 1 }).reasons,
      [],
    );
  });

  it('has no loneliness total unless every UCLA-3 item is answered', () => {
    assert.equal(score({ mood: 3, 'lack-companionship': 3, 'left-out': 3 }).loneliness, null);
  });
});

for (const backend of BACKENDS) {
  describe(`check-ins (${backend})`, () => {
    let server: Harness;
    const tokens: Record<string, string> = {};

    before(async () => {
      server = await startServer(backend);
      for (const id of [
        'res-ana',
        'res-dara',
        'res-eko',
        'res-gita',
        'mentor-maria',
        'staff-wellness',
        'staff-director',
      ]) {
        tokens[id] = await server.tokenFor(id);
      }
    });
    after(() => server.close());

    const submit = (resident: string, body: unknown) =>
      server.call('POST', '/v1/check-ins', {
        token: tokens[resident],
        body,
        idempotencyKey: newKey(),
      });

    it('serves the form in the asked language, falling back to the program’s', async () => {
      const en = await server.call('GET', '/v1/check-in/form', { token: tokens['res-ana'] });
      assert.equal(en.json.items[0].prompt, 'How has your mood been this week?');
      assert.equal(en.json.cadenceDays, 7);
      const pt = await server.call('GET', '/v1/check-in/form?locale=pt-BR', {
        token: tokens['res-ana'],
      });
      assert.match(pt.json.items[0].prompt, /^\(pt\)/);
      const fr = await server.call('GET', '/v1/check-in/form?locale=fr', {
        token: tokens['res-ana'],
      });
      assert.equal(fr.json.items[0].prompt, en.json.items[0].prompt);
      assert.ok(!en.text.includes('routesTo'), 'who an option reaches stays on the server');
    });

    it('takes the language from Accept-Language when no locale is asked for', async () => {
      const pt = await server.call('GET', '/v1/check-in/form', {
        token: tokens['res-ana'],
        headers: { 'Accept-Language': 'pt-BR,pt;q=0.9,en;q=0.8' },
      });
      assert.match(pt.json.items[0].prompt, /^\(pt\)/);
      const asked = await server.call('GET', '/v1/check-in/form?locale=en', {
        token: tokens['res-ana'],
        headers: { 'Accept-Language': 'pt-BR' },
      });
      assert.equal(asked.json.items[0].prompt, 'How has your mood been this week?');
    });

    it('offers "my mentor" only to residents who have one', async () => {
      const withMentor = await server.call('GET', '/v1/check-in/form', {
        token: tokens['res-ana'],
      });
      const without = await server.call('GET', '/v1/check-in/form', { token: tokens['res-dara'] });
      const ids = (result: typeof withMentor) =>
        result.json.contactOptions.map((option: { id: string }) => option.id);
      assert.deepEqual(ids(withMentor), ['mentor', 'wellness', 'director']);
      assert.deepEqual(ids(without), ['wellness', 'director']);
    });

    it('scores a submission, repeats no answers, and says when the next one is due', async () => {
      const receipt = await submit(
        'res-eko',
        checkInBody({
          mood: 1,
          'lack-companionship': 2,
          'left-out': 2,
          isolated: 2,
          note: 'tired',
        }),
      );
      assert.equal(receipt.status, 201);
      assert.equal(receipt.json.wellbeing, 37.5);
      assert.deepEqual(receipt.json.support, {
        suggested: true,
        reasons: ['loneliness', 'low-mood'],
      });
      assert.equal(receipt.json.contactRequested, false);
      assert.equal(
        Date.parse(receipt.json.nextDueAt) - Date.parse(receipt.json.submittedAt),
        7 * DAY,
      );
      assert.ok(!receipt.text.includes('tired'));
      const { rows } = await server.db.query<{ wellbeing: number; loneliness: number }>(
        'SELECT wellbeing, loneliness FROM check_ins WHERE id = $1',
        [receipt.json.id],
      );
      assert.deepEqual(rows[0], { wellbeing: 37.5, loneliness: 6 });
    });

    it('dates a late delivery from when it was answered, at most 36 hours back, never from the future', async () => {
      const yesterday = new Date(Date.now() - DAY).toISOString();
      const late = await submit('res-gita', checkInBody({}, { answeredAt: yesterday }));
      assert.equal(late.json.submittedAt, yesterday);
      const monthAgo = await submit(
        'res-gita',
        checkInBody({}, { answeredAt: new Date(Date.now() - 30 * DAY).toISOString() }),
      );
      const age = Date.now() - Date.parse(monthAgo.json.submittedAt);
      assert.ok(age <= 36 * 3_600_000 + 60_000 && age >= 35 * 3_600_000, `${age} ms back`);
      const future = await submit(
        'res-gita',
        checkInBody({}, { answeredAt: new Date(Date.now() + DAY).toISOString() }),
      );
      assert.ok(Date.parse(future.json.submittedAt) <= Date.now());
    });

    it('shows a resident their own history, newest first, with figures only', async () => {
      const history = await server.call('GET', '/v1/check-ins/mine?limit=2', {
        token: tokens['res-ana'],
      });
      assert.equal(history.json.items.length, 2);
      const [newest, older] = history.json.items;
      assert.ok(Date.parse(newest.submittedAt) > Date.parse(older.submittedAt));
      const stored = await server.db.query<{ id: string }>(
        `SELECT id FROM check_ins WHERE resident_id = 'res-ana'`,
      );
      const own = new Set(stored.rows.map((row) => row.id));
      assert.ok(history.json.items.every((item: { id: string }) => own.has(item.id)));
    });

    it('snoozes the reminder, and a new check-in ends the snooze', async () => {
      const snooze = await server.call('POST', '/v1/check-ins/snooze', {
        token: tokens['res-dara'],
        body: { days: 3 },
        idempotencyKey: newKey(),
      });
      assert.equal(snooze.status, 200);
      const history = await server.call('GET', '/v1/check-ins/mine', { token: tokens['res-dara'] });
      assert.equal(history.json.snoozedUntil, snooze.json.snoozedUntil);
      assert.equal(history.json.nextDueAt, snooze.json.snoozedUntil);
      const receipt = await submit('res-dara', checkInBody());
      const after = await server.call('GET', '/v1/check-ins/mine', { token: tokens['res-dara'] });
      assert.equal(after.json.snoozedUntil, null);
      assert.equal(after.json.nextDueAt, receipt.json.nextDueAt);
    });

    it('routes a request to be contacted to the one person the option names', async () => {
      const toMentor = await submit(
        'res-ana',
        checkInBody({}, { contactRequest: { optionId: 'mentor', note: 'coffee?' } }),
      );
      assert.equal(toMentor.json.contactRequested, true);
      await submit('res-ana', checkInBody({}, { contactRequest: { optionId: 'wellness' } }));

      const maria = await server.call('GET', '/v1/outreach', { token: tokens['mentor-maria'] });
      assert.deepEqual(
        maria.json.items.map((item: { option: { id: string }; note: string }) => [
          item.option.id,
          item.note,
        ]),
        [['mentor', 'coffee?']],
      );
      const wellness = await server.call('GET', '/v1/outreach', {
        token: tokens['staff-wellness'],
      });
      assert.deepEqual(
        wellness.json.items.map((item: { option: { id: string } }) => item.option.id),
        ['wellness'],
      );
      const director = await server.call('GET', '/v1/outreach', {
        token: tokens['staff-director'],
      });
      assert.deepEqual(director.json.items, []);

      const contacted = await server.call('PATCH', `/v1/outreach/${maria.json.items[0].id}`, {
        token: tokens['mentor-maria'],
        body: { status: 'contacted' },
      });
      assert.equal(contacted.json.status, 'contacted');
    });

    it('refuses a contact option that reaches no one', async () => {
      const before = await server.counts();
      const noMentor = await submit(
        'res-dara',
        checkInBody({}, { contactRequest: { optionId: 'mentor' } }),
      );
      assert.ok(isProblem(noMentor, 400));
      assert.equal(noMentor.json.errors[0].field, 'contactRequest.optionId');
      const unknown = await submit(
        'res-ana',
        checkInBody({}, { contactRequest: { optionId: 'chaplain' } }),
      );
      assert.equal(unknown.json.errors[0].field, 'contactRequest.optionId');
      assert.deepEqual(await server.counts(), before);
    });

    it('refuses unknown forms, unknown items, duplicates and missing required answers', async () => {
      assert.equal(
        (await submit('res-ana', checkInBody({}, { formId: 'old-form' }))).json.errors[0].field,
        'formId',
      );
      const unknownItem = await submit('res-ana', checkInBody({ shoeSize: 3 }));
      assert.match(unknownItem.json.errors[0].message, /not an item/);
      const missing = await submit('res-ana', {
        formId: 'pulse-v1',
        answers: [{ itemId: 'mood', value: 3 }],
      });
      assert.ok(
        missing.json.errors.some((error: { message: string }) =>
          /"isolated" is required/.test(error.message),
        ),
      );
      const twice = await submit('res-ana', {
        formId: 'pulse-v1',
        answers: [...checkInBody().answers, { itemId: 'mood', value: 2 }],
      });
      assert.ok(
        twice.json.errors.some((error: { message: string }) => error.message === 'answered twice'),
      );
    });

    // Last: it removes the form for the rest of this suite.
    it('answers 404, not a server error, when the program has no check-in form', async () => {
      await server.db.query('DELETE FROM check_in_forms', []);
      const none = await server.call('GET', '/v1/check-in/form', { token: tokens['res-ana'] });
      assert.ok(isProblem(none, 404));
      assert.equal(none.json.type, 'urn:kinship:problem:no-check-in-form');
    });
  });
}
