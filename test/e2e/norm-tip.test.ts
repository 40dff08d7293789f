/**
 * The tip card in the demo portal, end to end: the real server process (as `npm start` runs it),
 * the built SDK and Chromium. A resident opens an idiom's meaning, marks today's tip helpful and
 * sends a phrase they did not understand; the coordinator then reads that phrase through the API.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, startE2E, type E2E } from './harness.js';

interface TodayTip {
  tip: { id: string; title: string; helpful: boolean | null } | null;
}
interface PhraseList {
  items: { residentId: string; phrase: string; context: string | null; tipId: string | null }[];
}

const RESIDENT = 'res-omar';
const PHRASE = 'put a pin in it';
const CONTEXT = 'My senior said it at sign-out when I asked about the discharge.';

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

describe('the tip card in the demo portal', () => {
  it('explains an idiom, takes "helpful" and a phrase, and the coordinator reads the phrase', async () => {
    const { page, problems } = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    const { token } = await e2e.signIn(RESIDENT);
    await page.goto(`${e2e.origin}/?resident=${RESIDENT}`);
    const card = page.locator('kin-norm-tip');
    const helpful = card.getByRole('group', { name: 'Was this helpful?' });
    await helpful.getByRole('button', { name: 'Yes' }).waitFor();
    const today = await e2e.api<TodayTip>('/v1/tips/today', token);
    assert.ok(today.tip, 'the resident has a tip today');
    assert.equal(await card.locator('#title').textContent(), today.tip.title);

    // An idiom opens its meaning, on top of the page; Escape closes it and the focus goes back.
    const idiom = card.locator('button.idiom').first();
    await idiom.click();
    const meaning = card.getByRole('dialog');
    await meaning.waitFor();
    assert.equal(await idiom.getAttribute('aria-expanded'), 'true');
    assert.ok((await meaning.textContent())!.includes('For example:'));
    await page.screenshot({ path: join(ARTIFACTS, 'norm-tip-idiom.png') });
    await page.keyboard.press('Escape');
    await meaning.waitFor({ state: 'hidden' });
    assert.equal(await idiom.evaluate((button) => button.matches(':focus')), true);

    // Helpful, stored for this resident.
    await helpful.getByRole('button', { name: 'Yes' }).click();
    await card.getByText('Thank you, that helps').waitFor();
    for (let tries = 0; ; tries++) {
      const { tip } = await e2e.api<TodayTip>('/v1/tips/today', token);
      if (tip?.helpful === true) break;
      assert.ok(tries < 50, 'the server never stored "helpful"');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // A phrase for the content team.
    await card.getByRole('button', { name: "I heard a phrase I didn't understand" }).click();
    await card.getByLabel('The phrase').fill(PHRASE);
    await card.getByLabel('Where did you hear it? (optional)').fill(CONTEXT);
    await card.getByRole('button', { name: 'Send to the content team' }).click();
    await card.getByText("Your program's content team has the phrase").waitFor();

    // The coordinator reads it, with who sent it and the tip they were reading.
    const coordinator = await e2e.signIn('coo-lena');
    const { items } = await e2e.api<PhraseList>('/v1/coordinator/phrases', coordinator.token);
    const report = items.find((item) => item.phrase === PHRASE);
    assert.ok(report, 'the phrase reached the coordinator');
    const { residentId, context, tipId } = report;
    assert.deepEqual(
      { residentId, context, tipId },
      { residentId: RESIDENT, context: CONTEXT, tipId: today.tip.id },
    );
    assert.deepEqual(problems, []);
  });
});
