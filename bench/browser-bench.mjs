// The browser side: the portal page of bench/pages/ in Debian's Chromium (playwright-core), each
// run in a new context (a first visit: empty cache and storage). Long tasks and layout shifts come
// from PerformanceObservers installed before the page's first script; CPU throttling and the heap
// from the DevTools protocol.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, installHint } from '../scripts/chromium.mjs';
import { explainLongTasks } from './explain.mjs';
import { ROOT } from './processes.mjs';
import { median, round } from './stats.mjs';

/** DESIGN.md's four tags; the bench measures those the build defines. */
export const DESIGN_TAGS = [
  'kin-check-in',
  'kin-mentor-contact',
  'kin-norm-tip',
  'kin-meetup-calendar',
];

/** A task this long or longer blocks input (the RAIL model; Lighthouse's total blocking time). */
const LONG_TASK_MS = 50;
/** After content, how long layout shifts are still collected: lazy parts, fonts, late data. */
const SETTLE_MS = 1500;
const CONTENT_TIMEOUT_MS = 30_000;

/**
 * Runs in the page before any of its scripts: records long tasks, layout shifts without recent
 * input, the moment every widget of #widgets has shown its skeleton, and the moment every one has
 * left its loading state (checked once a frame).
 */
function instrument() {
  const bench = {
    longTasks: [],
    shifts: [],
    sdkRanAt: null,
    skeletonAt: null,
    contentAt: null,
    states: [],
  };
  window.__bench = bench;
  // A script element fires `load` in the task that ran it: from then on the tasks are Kinship's.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target.src?.endsWith('/dist/kinship.js')) bench.sdkRanAt ??= performance.now();
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) bench.shifts.push({ at: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
  let skeletonSeen = false;
  const watch = () => {
    const slot = document.getElementById('widgets');
    const widgets = slot ? [...slot.children] : [];
    // The frame after every widget first rendered (its skeleton): from then on, what the
    // skeleton promised (the content's final size) is what is measured.
    if (skeletonSeen) bench.skeletonAt ??= performance.now();
    skeletonSeen ||=
      widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.childElementCount > 0);
    const settled =
      widgets.length > 0 && widgets.every((widget) => widget.state && widget.state !== 'loading');
    if (settled) {
      bench.contentAt = performance.now();
      bench.states = widgets.map((widget) => `${widget.localName}: ${widget.state}`);
    } else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/**
 * Waits until the page's own frame loop has seen every widget's content. Polled with a bare
 * expression over the DevTools protocol, not Playwright's `waitForFunction`: that installs
 * Playwright's injected script in the page, a task of 75–130 ms at 4× that the page's long tasks
 * would count as Kinship's.
 */
async function waitForContent(cdp) {
  const deadline = Date.now() + CONTENT_TIMEOUT_MS;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'window.__bench.contentAt !== null',
      returnByValue: true,
    });
    if (result.value === true) return;
    if (Date.now() > deadline)
      throw new Error(`The widgets showed no content within ${CONTENT_TIMEOUT_MS} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  return browser;
}

/** gzip -9 of a file of dist/ named by its URL path (`/dist/chunks/x.js`). */
function gzipSize(pathname) {
  return gzipSync(readFileSync(join(ROOT, pathname)), { level: 9 }).length;
}

/**
 * One visit: `url` opened in a fresh context at `cpuRate`× throttling, until the widgets show
 * content (or, for a page without Kinship, until load) and `SETTLE_MS` after.
 */
async function visit(browser, url, { cpuRate = 1, expectWidgets = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script' && pathname.startsWith('/dist/'))
        scripts.add(pathname);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: 'load' });
    if (expectWidgets) await waitForContent(cdp);
    await page.waitForTimeout(SETTLE_MS);
    const measured = await page.evaluate(() => ({
      ...window.__bench,
      loadAt: performance.getEntriesByType('navigation')[0].loadEventEnd,
    }));
    const end = expectWidgets ? measured.contentAt : measured.loadAt;
    // Kinship's: the task that ran kinship.js and every task after it until `SETTLE_MS` after
    // content, when what it draws in later tasks (a long list's next steps), writes (the device's
    // copy) and checks (colours) is done too. What the page did before kinship.js ran is its own,
    // even once the file had arrived. (A page without the SDK counts its whole load.)
    const from = expectWidgets ? measured.sdkRanAt : 0;
    const counted = expectWidgets ? end + SETTLE_MS : end;
    const tasks = measured.longTasks.filter(
      (task) =>
        task.start + task.duration >= from && task.start < counted && task.duration >= LONG_TASK_MS,
    );
    return {
      contentMs: end,
      states: measured.states,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      blockingMs: tasks.reduce((sum, task) => sum + (task.duration - LONG_TASK_MS), 0),
      cls: measured.shifts.reduce((sum, shift) => sum + shift.value, 0),
      clsAfterSkeleton: measured.shifts
        .filter((shift) => measured.skeletonAt !== null && shift.at >= measured.skeletonAt)
        .reduce((sum, shift) => sum + shift.value, 0),
      scripts: [...scripts],
    };
  } finally {
    await context.close();
  }
}

/** The tags the built kinship.js defines (those of DESIGN.md that exist so far). */
export async function builtTags(browser, pageUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl({ widgets: [] }));
    await page.waitForFunction(() => window.Kinship !== undefined, null, { timeout: 10_000 });
    return await page.evaluate(
      (tags) => tags.filter((tag) => customElements.get(tag)),
      DESIGN_TAGS,
    );
  } finally {
    await context.close();
  }
}

function summariseVisits(visits) {
  return {
    runs: visits.length,
    contentMs: round(median(visits.map((v) => v.contentMs))),
    longTasks: median(visits.map((v) => v.longTasks)),
    longestTaskMs: round(median(visits.map((v) => v.longestTaskMs))),
    blockingMs: round(median(visits.map((v) => v.blockingMs))),
    cls: round(median(visits.map((v) => v.cls)), 4),
    clsAfterSkeleton: round(median(visits.map((v) => v.clsAfterSkeleton)), 4),
    states: visits.at(-1).states,
  };
}

/**
 * Bytes, time to content at 1×, and at 4×: long tasks, blocking time and CLS, for each page
 * (`pages`: name → options for `pageUrl`), and the same portal without Kinship at 4×.
 */
export async function benchPages({ browser, pageUrl, pages, runs, log }) {
  const results = { pages: {}, withoutSdk: null, withoutSdkDated: null };
  for (const dated of [false, true]) {
    const baseline = [];
    for (let run = 0; run < runs; run += 1)
      baseline.push(
        await visit(browser, pageUrl({ sdk: false, dated }), { cpuRate: 4, expectWidgets: false }),
      );
    results[dated ? 'withoutSdkDated' : 'withoutSdk'] = summariseVisits(baseline);
  }
  log(`  without Kinship at 4x: ${results.withoutSdk.longTasks} long tasks`);
  for (const [name, options] of Object.entries(pages)) {
    const fast = [];
    const slow = [];
    for (let run = 0; run < runs; run += 1) {
      fast.push(await visit(browser, pageUrl(options), { cpuRate: 1 }));
      if (!options.bytesOnly) slow.push(await visit(browser, pageUrl(options), { cpuRate: 4 }));
    }
    const scripts = fast.at(-1).scripts.sort();
    const files = Object.fromEntries(scripts.map((path) => [path, gzipSize(path)]));
    const bytes = Object.values(files).reduce((sum, size) => sum + size, 0);
    const at1x = summariseVisits(fast);
    const entry = {
      widgets: options.widgets,
      locale: options.locale ?? 'en',
      dated: Boolean(options.dated),
      gzipBytes: bytes,
      files,
      contentMs1x: at1x.contentMs,
      states: at1x.states,
    };
    if (slow.length > 0) {
      // Counted from the task that ran kinship.js (see visit): Kinship's, with no baseline to take off.
      entry.at4x = summariseVisits(slow);
      entry.at4x.explained = await explainLongTasks(browser, pageUrl(options), {
        cpuRate: 4,
        instrument,
        waitForContent,
        settleMs: SETTLE_MS,
        longTaskMs: LONG_TASK_MS,
      });
    }
    results.pages[name] = entry;
    log(
      `  ${name}: ${(bytes / 1024).toFixed(1)} KB gzip, content ${entry.contentMs1x} ms at 1x` +
        (entry.at4x
          ? `; at 4x ${entry.at4x.longTasks} long tasks (longest ${entry.at4x.longestTaskMs} ms), ` +
            `TBT ${entry.at4x.blockingMs} ms, CLS ${entry.at4x.cls} (${entry.at4x.clsAfterSkeleton} after the skeleton)`
          : ''),
    );
  }
  return results;
}

/**
 * Lighthouse's BenchmarkIndex of the page's main thread, so that "4×" can be compared with a
 * device: half a second building a 10,000-character string one character at a time (garbage
 * collection included), half a second copying 100,000 integers between two arrays (none), each as
 * runs per second divided by 10, averaged. The measure is Lighthouse's (GoogleChrome/lighthouse,
 * `computeBenchmarkIndex`; its issue 9085 gives the scale): 1000 and up a desktop-class device,
 * 800 and up a high-end Android phone, 125 and up a mid-tier one (a Moto G4).
 */
function lighthouseBenchmarkIndex() {
  const perSecond = (runOnce, { wholeTens = false } = {}) => {
    const start = Date.now();
    let runs = 0;
    // Lighthouse reads the clock only every tenth array copy.
    while ((wholeTens && runs % 10 !== 0) || Date.now() - start < 500) {
      runOnce(runs);
      runs += 1;
    }
    return Math.round(runs / 10 / ((Date.now() - start) / 1000));
  };
  let built = 0;
  const strings = perSecond(() => {
    let text = '';
    for (let i = 0; i < 10_000; i += 1) text += 'a';
    built += text.length; // used, so the loop is not optimised away
  });
  const a = Array.from({ length: 100_000 }, (_, i) => i);
  const b = a.slice();
  const copies = perSecond(
    (run) => {
      const [from, to] = run % 2 === 0 ? [a, b] : [b, a];
      for (let i = 0; i < from.length; i += 1) to[i] = from[i];
    },
    { wholeTens: true },
  );
  return built > 0 ? (strings + copies) / 2 : 0;
}

/** This machine's Chromium on Lighthouse's BenchmarkIndex at `cpuRate`× (median of three). */
export async function benchmarkIndex(browser, cpuRate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    const scores = [];
    for (let run = 0; run < 3; run += 1) scores.push(await page.evaluate(lighthouseBenchmarkIndex));
    return round(median(scores));
  } finally {
    await context.close();
  }
}

/**
 * The round trip of the next-visit figures: a hospital's network behind its proxy, or a phone's,
 * rather than localhost's. Each file a page waits on in turn (kinship.js, a widget's chunks, its
 * data) costs at least one.
 */
const ROUND_TRIP_MS = 100;

/**
 * One load of `url` in `context` at 1× with `ROUND_TRIP_MS` round trips, until content: its time
 * to content, and each of the SDK's files (under /sdk/) by how it was answered: from the browser's
 * cache, revalidated (a 304), or downloaded, with the bytes that came over the network.
 */
async function loadCountingSdkFiles(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: ROUND_TRIP_MS,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    // By request id: what each event says. A revalidated file is reported with its cached 200;
    // only the raw headers' event has the 304 the server sent.
    const files = new Map();
    const rawStatus = new Map();
    const fromCache = new Set();
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (!new URL(response.url).pathname.startsWith('/sdk/')) return;
      files.set(requestId, 0);
      if (response.fromDiskCache) fromCache.add(requestId);
    });
    cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) =>
      rawStatus.set(requestId, statusCode),
    );
    cdp.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId));
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      if (files.has(requestId)) files.set(requestId, encodedDataLength);
    });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: 'load' });
    await waitForContent(cdp);
    // Files a widget loads once it shows content have time to arrive and be counted.
    await page.waitForTimeout(SETTLE_MS);
    const contentMs = await page.evaluate(() => window.__bench.contentAt);
    const ids = [...files.keys()];
    const cached = ids.filter((id) => fromCache.has(id)).length;
    const revalidated = ids.filter((id) => !fromCache.has(id) && rawStatus.get(id) === 304).length;
    return {
      contentMs,
      fromCache: cached,
      revalidated,
      downloaded: ids.length - cached - revalidated,
      networkBytes: [...files.values()].reduce((sum, bytes) => sum + bytes, 0),
    };
  } finally {
    await page.close();
  }
}

/**
 * A resident's next page: each page opened twice in one browser profile at 1× with
 * `ROUND_TRIP_MS` round trips, the SDK from the reference server's /sdk/ with the caching headers
 * it sends, the data from the widgets' own device copy and the endpoint's ETags.
 */
export async function benchNextVisit({ browser, pageUrl, pages, runs }) {
  const results = { roundTripMs: ROUND_TRIP_MS, pages: {} };
  for (const [name, options] of Object.entries(pages)) {
    const visits = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      try {
        const url = pageUrl({ ...options, sdk: 'reference server' });
        visits.push({
          first: await loadCountingSdkFiles(context, url),
          next: await loadCountingSdkFiles(context, url),
        });
      } finally {
        await context.close();
      }
    }
    const summary = (visit) => ({
      contentMs: round(median(visits.map((v) => v[visit].contentMs))),
      networkBytes: median(visits.map((v) => v[visit].networkBytes)),
      ...Object.fromEntries(
        ['fromCache', 'revalidated', 'downloaded'].map((how) => [how, visits.at(-1)[visit][how]]),
      ),
    });
    results.pages[name] = { first: summary('first'), next: summary('next') };
  }
  return results;
}

/**
 * Heap growth over `cycles` mounts and unmounts of `tag` (each waiting for content), after a
 * warm-up and a full garbage collection on both sides.
 */
export async function benchHeap({ browser, pageUrl, tag, cycles }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl({ widgets: [] }));
    await page.waitForFunction((name) => customElements.get(name), tag, { timeout: 10_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const mountCycles = (count) =>
      page.evaluate(
        async ([name, times]) => {
          const slot = document.getElementById('widgets');
          const settled = (element) =>
            new Promise((resolve, reject) => {
              const started = performance.now();
              const check = () => {
                if (element.state && element.state !== 'loading') resolve(element.state);
                else if (performance.now() - started > 10_000)
                  reject(new Error(`${name} stayed in its loading state`));
                else requestAnimationFrame(check);
              };
              check();
            });
          let state;
          for (let i = 0; i < times; i += 1) {
            const element = document.createElement(name);
            slot.append(element);
            state = await settled(element);
            element.remove();
          }
          return state;
        },
        [tag, count],
      );
    const metrics = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(list.map(({ name, value }) => [name, value]));
    };
    await mountCycles(3);
    const before = await metrics();
    const state = await mountCycles(cycles);
    const after = await metrics();
    return {
      cycles,
      state,
      heapGrowthKB: round((after.JSHeapUsedSize - before.JSHeapUsedSize) / 1024),
      heapBeforeKB: round(before.JSHeapUsedSize / 1024),
      nodesGrowth: after.Nodes - before.Nodes,
      listenersGrowth: after.JSEventListeners - before.JSEventListeners,
    };
  } finally {
    await context.close();
  }
}
