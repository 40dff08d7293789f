/**
 * The demo portal end to end: the real server process (as `npm start` runs it), the built SDK and
 * Chromium. First the page as a resident meets it (accessible, usable on a phone, still useful
 * where the widget cannot run); then the check-in story: a resident answers by clicking, asks their
 * mentor to reach out and sends it, the mentor finds the request in their outreach queue and the
 * check-in is in the resident's history (both read through the API), and the demo controls switch
 * to other residents' own cards. One server serves the whole file, and the tests run in order: the
 * page tests see the first resident before she checks in, and the story's steps follow each other.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, ROOT, startE2E, type E2E } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

const card = (page: Page) => page.locator('kin-check-in');

/** Waits until the check-in shows its form (past the skeleton). */
const formReady = (page: Page) =>
  card(page)
    .getByRole('button', { name: /Next|Send my check-in/ })
    .waitFor();

/** The `sub` claim of a bearer token (read, not verified: only to see whose token was sent). */
function subjectOf(authorization: string | undefined): string | undefined {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  if (!payload) return undefined;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub;
}

/** What the resident answers, by question id (the seeded weekly form, in English). */
const ANSWERS: Record<string, string> = {
  mood: 'Good',
  sleep: 'Okay',
  'ucla-companionship': 'Some of the time',
  'ucla-left-out': 'Hardly ever',
  'ucla-isolated': 'Hardly ever',
  workload: 'Very heavy',
  safety: 'Mostly true',
};
const NOTE_QUESTION = 'note';
const NOTE = 'Nights were long, but the team was kind.';
const CONTACT_NOTE = 'Could we get coffee after clinic this week? I would like advice on Step 3.';

interface OutreachList {
  items: {
    residentId: string;
    option: { id: string };
    note: string | null;
    status: string;
  }[];
}
interface CheckInHistory {
  items: { id: string; submittedAt: string }[];
}
interface MyMentor {
  mentor: { id: string; name: string } | null;
}

/** Answers the questions on screen: a scale by clicking its option, a text question by typing. */
async function answerQuestionsShown(form: Locator): Promise<void> {
  for (const question of await form.locator('.question').all()) {
    const id = (await question.getAttribute('id'))!.replace(/^q-/, '');
    if (id === NOTE_QUESTION) {
      await question.getByRole('textbox').fill(NOTE);
      continue;
    }
    const label = ANSWERS[id];
    assert.ok(label, `the form asks a question this test does not know: ${id}`);
    await question.getByRole('radio', { name: label, exact: true }).click();
  }
}

/** Every question: a few at a time on a narrow card (a sidebar), all at once on a wide one. */
async function answerEveryQuestion(page: Page): Promise<void> {
  const form = card(page).locator('form');
  const progress = form.locator('.progress');
  if (!(await progress.isVisible())) return answerQuestionsShown(form);
  const total = Number(/of (\d+)/.exec((await progress.textContent())!)![1]);
  for (let step = 1; step <= total; step++) {
    await form.getByText(`Step ${step} of ${total}`).waitFor();
    await answerQuestionsShown(form);
    if (step < total) await form.getByRole('button', { name: 'Next' }).click();
  }
}

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

describe('the demo portal page', () => {
  it('has no WCAG 2.2 AA violations that axe finds, the check-in included', async () => {
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.origin}/`);
    await formReady(page);
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(
      (tags) =>
        (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<AxeResults> };
          }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      WCAG_22_AA,
    );
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
    assert.ok(results.passes.length > 0, 'axe ran its rules');
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });

  it('has landmarks, and a skip link as the first stop of the keyboard', async () => {
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.origin}/`);
    for (const [role, name] of [
      ['region', 'Demo controls'],
      ['banner', undefined],
      ['navigation', 'Portal'],
      ['main', undefined],
      ['complementary', 'For you'],
      ['contentinfo', undefined],
    ] as const) {
      assert.equal(await page.getByRole(role, name ? { name: new RegExp(name) } : {}).count(), 1);
    }
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.deepEqual(problems, []);
  });

  it('fits a phone: nothing scrolls sideways, and the check-in asks a few questions at a time', async () => {
    const { page, problems } = await e2e.newPage({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${e2e.origin}/`);
    await formReady(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'the page is no wider than the phone');
    await card(page)
      .getByText(/Step 1 of \d+/)
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'portal-phone.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  it('still offers the wellness page where the widget cannot run', async () => {
    const { page, problems } = await e2e.newPage({ javaScriptEnabled: false });
    await page.goto(`${e2e.origin}/`);
    const fallback = card(page).getByRole('link', { name: 'Wellness & support' });
    await fallback.click();
    assert.match(page.url(), /#wellness$/);
    assert.deepEqual(problems, []);
  });
});

describe('the check-in in the demo portal', () => {
  it('takes a resident’s check-in and request to be contacted, which reaches their mentor', async () => {
    const { token, person: resident } = await e2e.signIn();
    const { mentor } = await e2e.api<MyMentor>('/v1/mentor', token);
    assert.ok(mentor, `${resident.name}, the demo's first resident, has a mentor`);

    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.origin}/`);
    await page.locator('#signed-in-name').getByText(resident.name).waitFor();
    await card(page).getByRole('heading', { name: 'Weekly check-in' }).waitFor();
    await formReady(page);
    await page.screenshot({ path: join(ARTIFACTS, 'portal-before-check-in.png'), fullPage: true });

    await answerEveryQuestion(page);
    await card(page).getByRole('checkbox', { name: "I'd like someone to reach out to me" }).click();
    await card(page)
      .getByRole('radio', { name: /^My mentor/ })
      .click();
    await card(page)
      .getByRole('textbox', { name: 'Anything they should know first? (optional)' })
      .fill(CONTACT_NOTE);
    // The host page hears of the submission (its id only); the history must hold that id.
    await page.evaluate(() => {
      const events = window as unknown as { checkInSubmitted: Promise<{ id: string }> };
      events.checkInSubmitted = new Promise((resolve) =>
        document.addEventListener(
          'kin-check-in-submitted',
          (event) => resolve((event as CustomEvent<{ id: string }>).detail),
          { once: true },
        ),
      );
    });
    await card(page).getByRole('button', { name: 'Send my check-in' }).click();

    await card(page).getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
    const submitted = await page.evaluate(
      () => (window as unknown as { checkInSubmitted: Promise<{ id: string }> }).checkInSubmitted,
    );
    // Eight seeded weeks and this one.
    await card(page)
      .getByRole('img', { name: /your well-being over your last 9 check-ins/i })
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'portal-after-check-in.png'), fullPage: true });

    const mentorToken = (await e2e.signIn(mentor.id)).token;
    const outreach = await e2e.api<OutreachList>('/v1/outreach', mentorToken);
    const request = outreach.items.find((item) => item.residentId === resident.id);
    assert.ok(request, `${mentor.name} sees ${resident.name}'s request to be contacted`);
    assert.deepEqual(
      { option: request.option.id, note: request.note, status: request.status },
      { option: 'mentor', note: CONTACT_NOTE, status: 'open' },
    );

    const history = await e2e.api<CheckInHistory>('/v1/check-ins/mine', token);
    assert.equal(history.items[0]?.id, submitted.id, 'the newest check-in is the one just sent');
    assert.equal(history.items.length, 9);

    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  });

  it('shows each resident their own card when the demo controls switch between them', async () => {
    const { person: first } = await e2e.signIn();
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.origin}/`);
    await page.locator('#signed-in-name').getByText(first.name).waitFor();
    // The first resident checked in just now (the test above): her next check-in is not due.
    await card(page).getByRole('heading', { name: 'Thank you for checking in' }).waitFor();

    // Olena has never checked in: her card is the form, fetched with her token.
    const fetchedAsOlena = page.waitForRequest(
      (request) =>
        request.url().endsWith('/api/v1/check-in/form') &&
        subjectOf(request.headers().authorization) === 'res-olena',
    );
    await page.getByLabel('View the portal as').selectOption({ label: 'Olena Kovalenko' });
    await fetchedAsOlena;
    await page.locator('#signed-in-name').getByText('Olena Kovalenko').waitFor();
    await card(page)
      .getByText(/Step 1 of \d+/)
      .waitFor();
    assert.equal(
      await card(page).getByRole('heading', { name: 'Thank you for checking in' }).count(),
      0,
    );

    await page.getByLabel('View the portal as').selectOption({ label: first.name });
    await card(page).getByRole('heading', { name: 'Thank you for checking in' }).waitFor();
    await card(page)
      .getByRole('img', { name: /your well-being over your last 9 check-ins/i })
      .waitFor();

    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  });
});

describe('the demo portal in Arabic', () => {
  /** The Arabic strings the resident reads, as shipped: the test does not restate them. */
  const arabic = JSON.parse(readFileSync(join(ROOT, 'locales/ar/check-in.json'), 'utf8')) as {
    title: string;
    next: string;
    send: string;
    done: { title: string };
  };

  it('switches the widgets to Arabic, right to left, and takes a check-in there', async () => {
    const { token, person } = await e2e.signIn('res-andre'); // never checked in: the form
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.origin}/?resident=${person.id}`);
    await page.locator('#signed-in-name').getByText(person.name).waitFor();
    await page.getByLabel("Widgets' language").selectOption('ar');
    await page.waitForFunction(() => {
      const base = document.querySelector('kin-check-in')?.shadowRoot?.querySelector('.base');
      return base?.getAttribute('lang') === 'ar' && base.getAttribute('dir') === 'rtl';
    });
    await card(page).getByRole('heading', { name: arabic.title }).waitFor();

    // One step at a time or all at once, whatever the card's width: answer what is shown, go on.
    const form = card(page).locator('form');
    for (;;) {
      for (const question of await form.locator('.question').all()) {
        const text = question.getByRole('textbox');
        if (await text.count()) await text.fill('كانت المناوبات طويلة، لكن الفريق كان لطيفًا.');
        else await question.getByRole('radio').nth(1).click();
      }
      const next = form.getByRole('button', { name: arabic.next, exact: true });
      if (!(await next.isVisible())) break;
      await next.click();
    }
    await card(page).getByRole('button', { name: arabic.send }).click();
    await card(page).getByRole('heading', { name: arabic.done.title }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'portal-arabic-check-in.png'), fullPage: true });

    const history = await e2e.api<CheckInHistory>('/v1/check-ins/mine', token);
    assert.equal(history.items.length, 1, 'the check-in sent in Arabic reached the server');
    assert.deepEqual(problems, [], 'no console errors and no failed requests');
  });
});

it('leaves a server that stops cleanly on SIGTERM', async () => {
  assert.equal(await e2e.stopServer(), 0);
});
