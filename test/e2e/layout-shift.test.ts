/**
 * Layout shift, as `npm run bench` measures it but held by the tests: each widget alone on the
 * bench's portal page (bench/pages/host.html, which reserves each widget's room as README.md says),
 * the built SDK from a script tag, the reference server on another origin, a top-level page in
 * Chromium (a layout shift counts only what moves in the viewport of a page being painted). From
 * the frame in which the widget first drew until its content has settled, nothing on the page may
 * move: the skeleton promised the content's size.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';

interface BenchProcesses {
  startStaticServer(): Promise<{ url: string; stop(): Promise<void> }>;
  startReferenceServer(options: {
    dataDir: string;
    allowedOrigin: string;
  }): Promise<{ apiUrl: string; stop(): Promise<void> }>;
  tokenFor(sub: string): Promise<string>;
}
interface BenchBrowser {
  launchBrowser(): Promise<Browser>;
}

// The bench's helpers are plain JavaScript without types; computed specifiers keep TypeScript from
// looking for declarations, and the interfaces above say what they export.
const processes = (await import(
  new URL('../../bench/processes.mjs', import.meta.url).href
)) as BenchProcesses;
const { launchBrowser } = (await import(
  new URL('../../bench/browser-bench.mjs', import.meta.url).href
)) as BenchBrowser;

/**
 * In the page before its scripts: shifts without input, and the frame the widget first drew in.
 * A string, not a function: tsx's output of a function can call helpers the page does not have.
 */
const WATCH_SHIFTS = `
  const record = { shifts: [], drawnAt: null };
  window.shiftRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) record.shifts.push({ at: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
  const watch = () => {
    if ((document.querySelector('#widgets > *')?.shadowRoot?.childElementCount ?? 0) > 0)
      record.drawnAt = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

interface ShiftRecord {
  shifts: { at: number; value: number }[];
  drawnAt: number | null;
}

describe('Layout shift on a portal page', () => {
  const work = mkdtempSync(join(tmpdir(), 'kinship-shift-'));
  let pages: { url: string; stop(): Promise<void> };
  let api: { apiUrl: string; stop(): Promise<void> };
  let browser: Browser;
  let token: string;

  before(async () => {
    pages = await processes.startStaticServer();
    api = await processes.startReferenceServer({
      dataDir: join(work, 'db'),
      allowedOrigin: pages.url,
    });
    token = await processes.tokenFor('res-olena');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await api?.stop();
    await pages?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  for (const tag of ['kin-check-in', 'kin-mentor-contact', 'kin-norm-tip', 'kin-meetup-calendar'])
    for (const width of [390, 1000])
      it(`${tag} at ${width}px moves nothing from its first frame through its content`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          const page = await context.newPage();
          await page.addInitScript(WATCH_SHIFTS);
          const query = new URLSearchParams({
            endpoint: api.apiUrl,
            token,
            widgets: tag,
            sdk: `${pages.url}/dist/kinship.js`,
          });
          await page.goto(`${pages.url}/host.html?${query}`);
          await page.waitForFunction(
            (name) => {
              const state = (document.querySelector(name) as HTMLElement & { state?: string })
                ?.state;
              return state !== undefined && state !== 'loading';
            },
            tag,
            { timeout: 20_000 },
          );
          // Parts that load after the content (and late fonts) would move the page a moment later.
          await page.waitForTimeout(1000);
          const { shifts, drawnAt } = await page.evaluate(
            () => (window as unknown as { shiftRecord: ShiftRecord }).shiftRecord,
          );
          assert.notEqual(drawnAt, null);
          assert.deepEqual(
            shifts.filter((shift) => shift.at >= drawnAt!),
            [],
          );
        } finally {
          await context.close();
        }
      });
});
