/**
 * The meetup calendar in the demo portal, end to end: the real server process (as `npm start` runs
 * it), the built SDK and Chromium. A resident finds a meetup with seats, says "Going", downloads its
 * calendar file, and the coordinator sees them in the meetup's attendee list (read through the
 * API). Screenshots of the calendar as residents meet it (a phone, dark, right to left, 200 % text,
 * the month) go to test-artifacts/e2e for a person to look at.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startE2E, type E2E } from './harness.js';

interface Attendees {
  items: { residentId: string; status: string }[];
}

/** The start of an Arabic translation, enough to lay the card out right to left. */
const ARABIC_MEETUPS = {
  title: 'لقاءات',
  views: { label: 'العرض', agenda: 'جدول', month: 'شهر' },
  filters: { label: 'الفئات', all: 'الكل' },
};

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const calendar = (page: Page) => page.locator('kin-meetup-calendar');

/** Opens the demo portal and waits for the calendar's agenda. */
async function openPortal(page: Page): Promise<void> {
  await page.goto(`${e2e.origin}/`);
  await calendar(page).locator('.day').first().waitFor();
}

describe('the meetup calendar in the demo portal', () => {
  it('takes an RSVP, gives the .ics, and the coordinator sees the resident attending', async () => {
    const { page, problems } = await e2e.newPage({ acceptDownloads: true });
    await openPortal(page);
    const { person } = await e2e.signIn();
    // A meetup with seats left: its line says how many.
    const event = calendar(page)
      .locator('.event', { hasText: /\d+ seats? left/ })
      .first();
    const title = (await event.locator('.summary').textContent())!.trim();
    await event.locator('.summary').click();
    const details = event.locator('.details');
    const id = (await details.getAttribute('id'))!.replace(/^details-/, '');
    await details.getByRole('button', { name: 'Going', exact: true }).click();
    await event.getByText("You're going").waitFor();
    assert.equal(
      await details
        .getByRole('button', { name: 'Going', exact: true })
        .getAttribute('aria-pressed'),
      'true',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      details.getByRole('link', { name: 'Calendar file (.ics)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    assert.equal(vevent.getFirstPropertyValue('summary'), title);
    assert.equal(vevent.getFirstProperty('dtstart')!.getParameter('tzid'), 'America/New_York');

    const { token } = await e2e.signIn('coo-lena');
    const attendees = await e2e.api<Attendees>(`/v1/coordinator/meetups/${id}/attendees`, token);
    assert.deepEqual(
      attendees.items.filter((item) => item.residentId === person.id).map((item) => item.status),
      ['going'],
    );
    assert.deepEqual(problems, []);
  });

  it('looks right on a phone, in dark, right to left, at 200 % text and as a month', async () => {
    const shots: [string, Parameters<E2E['newPage']>[0], (page: Page) => Promise<void>][] = [
      ['meetups-phone', { viewport: { width: 390, height: 844 } }, async () => {}],
      [
        'meetups-dark',
        { viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
        async () => {},
      ],
      [
        'meetups-rtl',
        { viewport: { width: 390, height: 844 } },
        async (page) => {
          // No Arabic ships yet: the page gets a translator's first strings, as a file would.
          await page.route('**/locales/ar/*.json', (route) =>
            route.fulfill({
              contentType: 'application/json',
              body: JSON.stringify(
                route.request().url().endsWith('/meetups.json') ? ARABIC_MEETUPS : {},
              ),
            }),
          );
          await calendar(page).evaluate((el) => el.setAttribute('locale', 'ar'));
          await calendar(page).locator('[dir="rtl"] .day').first().waitFor();
        },
      ],
      [
        'meetups-200-percent-text',
        { viewport: { width: 390, height: 844 } },
        async (page) => {
          await calendar(page).evaluate((el) => el.style.setProperty('--kin-font-size', '32px'));
        },
      ],
      [
        'meetups-month',
        { viewport: { width: 1280, height: 900 } },
        async (page) => {
          await calendar(page).getByRole('button', { name: 'Month' }).click();
          await calendar(page).getByRole('grid').waitFor();
          // The month's meetups (or "nothing this month", on its last evening) have arrived.
          await calendar(page).locator('.month .day, .month .state').first().waitFor();
        },
      ],
      [
        'meetups-next-month',
        { viewport: { width: 1280, height: 900 } },
        async (page) => {
          await calendar(page).getByRole('button', { name: 'Month' }).click();
          await calendar(page).getByRole('button', { name: 'Next month' }).click();
          await calendar(page).locator('[role="gridcell"] .count').first().waitFor();
        },
      ],
    ];
    for (const [name, options, arrange] of shots) {
      const { page, problems } = await e2e.newPage(options);
      await openPortal(page);
      await arrange(page);
      // Nothing scrolls sideways, whatever the arrangement.
      assert.equal(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        true,
        `${name}: the page scrolls sideways`,
      );
      await calendar(page).scrollIntoViewIfNeeded();
      await calendar(page).screenshot({ path: join(ARTIFACTS, `${name}.png`) });
      assert.deepEqual(problems, [], name);
      await page.context().close();
    }
  });
});
