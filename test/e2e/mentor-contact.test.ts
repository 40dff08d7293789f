/**
 * The mentor card in the demo portal, end to end: the real server process (as `npm start` runs it),
 * the built SDK and Chromium. A resident books a coffee chat with their mentor from the card in the
 * portal's sidebar; the mentor, signed in on another device, confirms it with a message; the
 * resident sees it confirmed and adds it to their calendar. What the server stored is read back
 * through the API at each step. The steps follow each other, on one server.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startE2E, type E2E, type TrackedPage } from './harness.js';

interface ChatRequests {
  items: {
    id: string;
    residentId: string;
    status: string;
    topic: string | null;
    responseMessage: string | null;
    slot: { id: string; startsAt: string };
  }[];
}

const RESIDENT = 'res-amara';
const MENTOR = 'men-tunde';
const TOPIC = 'How to prepare for Step 3 during nights';
const REPLY = 'Happy to! Bring your questions.';

const card = (page: Page) => page.locator('kin-mentor-contact');

/**
 * Problems a page had that come from the mentor card. The portal also shows the check-in, which
 * answers a mentor 403: those (and the console's URL-less lines about them) are the check-in's.
 */
function mentorProblems({ problems }: TrackedPage): string[] {
  const refused = problems.filter((problem) => problem.startsWith('HTTP 403'));
  const allCheckIn = refused.every((problem) => problem.includes('/check-in'));
  return problems.filter(
    (problem) =>
      !problem.includes('/check-in') && !(allCheckIn && problem.includes('403 (Forbidden)')),
  );
}

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

describe('the mentor card in the demo portal', () => {
  let resident: TrackedPage;
  let residentToken: string;
  let requestId: string;

  it('books a coffee chat as the resident; the server holds one pending request', async () => {
    ({ token: residentToken } = await e2e.signIn(RESIDENT));
    resident = await e2e.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const { page } = resident;
    await page.goto(`${e2e.origin}/?resident=${RESIDENT}`);
    await card(page).getByText('Dr. Tunde Bakare').waitFor();
    await card(page).getByRole('button', { name: 'Book a coffee chat' }).click();
    const slots = card(page).getByRole('radio');
    await slots.first().waitFor();
    await slots.first().check();
    await card(page).getByLabel('What would you like to talk about? (optional)').fill(TOPIC);
    await card(page).getByRole('button', { name: 'Send request' }).click();
    await card(page).getByText('Waiting for Dr. Tunde Bakare to confirm').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'mentor-card-requested.png'), fullPage: true });

    const { items } = await e2e.api<ChatRequests>('/v1/mentor/chat-requests', residentToken);
    assert.equal(items.length, 1);
    assert.equal(items[0].status, 'pending');
    assert.equal(items[0].topic, TOPIC);
    requestId = items[0].id;
    assert.deepEqual(mentorProblems(resident), []);
  });

  it('confirms it as the mentor, with a message', async () => {
    const mentor = await e2e.newPage();
    const { page } = mentor;
    await page.goto(`${e2e.origin}/?resident=${MENTOR}`);
    const request = card(page).getByRole('listitem').filter({ hasText: 'Amara Okafor asks for' });
    await request.waitFor();
    await request.getByText(TOPIC).waitFor();
    await request.getByLabel('Message to Amara Okafor (optional)').fill(REPLY);
    await request.getByRole('button', { name: 'Confirm' }).click();
    await card(page).getByText('Confirmed chats').waitFor();
    await card(page).getByText('Amara Okafor', { exact: false }).first().waitFor();

    const { items } = await e2e.api<ChatRequests>('/v1/mentor/chat-requests', residentToken);
    const stored = items.find((item) => item.id === requestId)!;
    assert.equal(stored.status, 'confirmed');
    assert.equal(stored.responseMessage, REPLY);
    assert.deepEqual(mentorProblems(mentor), []);
  });

  it('shows the resident the confirmed chat and adds it to their calendar', async () => {
    const { page } = resident;
    await page.reload();
    await card(page).getByText('Coffee chat confirmed').waitFor();
    await card(page).getByText(`Dr. Tunde Bakare wrote: “${REPLY}”`).waitFor();
    const download = page.waitForEvent('download');
    await card(page).getByRole('button', { name: 'Add to my calendar' }).click();
    const file = await (await download).path();
    const ics = readFileSync(file, 'utf8');
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /SUMMARY:Coffee chat with Dr\. Tunde Bakare/);
    assert.match(ics, /DTSTART;TZID=America\/New_York:/);
    assert.deepEqual(mentorProblems(resident), []);
  });
});
