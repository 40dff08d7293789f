// A month of 300 meetups in <kin-meetup-calendar> against FullCalendar's dayGrid month, on the same
// events from the same endpoint in the same run: the time to the first rendered month, and to the
// month re-rendered after a category filter changes. Skipped, with the reason, until the build
// defines the tag.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT, tokenFor } from './processes.mjs';
import { median, round } from './stats.mjs';

const EVENTS = 300;
const CATEGORIES = ['cafe', 'bookstore', 'cultural-centre', 'faith-community', 'sports-outdoors'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** This month (UTC): the month both calendars open on. */
function benchMonth() {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { from, to };
}

/** 300 meetups spread over the month, added through the coordinator API as a program would. */
async function addMeetups(apiUrl, { from, to }) {
  const token = await tokenFor('bench-coordinator', 'coordinator');
  const days = Math.round((to - from) / DAY_MS);
  for (let index = 0; index < EVENTS; index += 1) {
    const startsAt = new Date(
      from.getTime() + (index % days) * DAY_MS + (9 + (index % 10)) * 3600_000,
    );
    const response = await fetch(`${apiUrl}/v1/coordinator/meetups`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({
        title: `Bench meetup ${index + 1}`,
        description: 'Coffee and conversation after clinic.',
        category: CATEGORIES[index % CATEGORIES.length],
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
        timeZone: 'America/New_York',
        venue: { name: 'Corner Café', address: '1 Main St, Newark, NJ', mapUrl: null },
        organizer: { name: 'IMG Society', kind: 'partner', url: null },
        capacity: 20,
      }),
    });
    if (!response.ok)
      throw new Error(`adding a meetup answered ${response.status}: ${await response.text()}`);
  }
}

/** FullCalendar (core + dayGrid) as one script for the page, built into the run's temp folder. */
async function bundleFullCalendar(work) {
  const entry = join(work, 'fullcalendar-entry.mjs');
  writeFileSync(
    entry,
    `import { Calendar } from '@fullcalendar/core';\nimport dayGridPlugin from '@fullcalendar/daygrid';\nwindow.FullCalendarBench = { Calendar, dayGridPlugin };\n`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    outfile: join(work, 'fullcalendar.js'),
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'silent',
  });
}

async function measureFullCalendar(browser, staticServer, apiUrl, token, month) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${staticServer.url}/calendar.html`);
    await page.addScriptTag({ url: `${staticServer.url}/bench-assets/fullcalendar.js` });
    return await page.evaluate(
      async ({ api, bearer, from, to }) => {
        // After two frames, what was rendered has been laid out and painted.
        const waitFrames = () =>
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const started = performance.now();
        const response = await fetch(`${api}/v1/meetups?from=${from}&to=${to}`, {
          headers: { Authorization: `Bearer ${bearer}` },
        });
        const { items } = await response.json();
        const events = items.map((m) => ({
          id: m.id,
          title: m.title,
          start: m.startsAt,
          end: m.endsAt,
          extendedProps: { category: m.category },
        }));
        const { Calendar, dayGridPlugin } = window.FullCalendarBench;
        const calendar = new Calendar(document.getElementById('calendar'), {
          plugins: [dayGridPlugin],
          initialView: 'dayGridMonth',
          initialDate: from.slice(0, 10),
          events,
        });
        calendar.render();
        await waitFrames();
        const renderMs = performance.now() - started;
        const filterStarted = performance.now();
        calendar.removeAllEvents();
        // The same category as the widget's second chip: the contract's first.
        calendar.addEventSource(events.filter((event) => event.extendedProps.category === 'cafe'));
        await waitFrames();
        return { renderMs, filterMs: performance.now() - filterStarted, events: events.length };
      },
      {
        api: apiUrl,
        bearer: token,
        from: month.from.toISOString(),
        to: month.to.toISOString(),
      },
    );
  } finally {
    await context.close();
  }
}

async function measureKinship(browser, pageUrl) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl({ widgets: [] }));
    await page.waitForFunction(() => customElements.get('kin-meetup-calendar'), null, {
      timeout: 10_000,
    });
    return await page.evaluate(async () => {
      const waitFrames = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const until = (test) =>
        new Promise((resolve, reject) => {
          const begun = performance.now();
          const check = () =>
            test()
              ? resolve()
              : performance.now() - begun > 20_000
                ? reject(new Error('kin-meetup-calendar did not render'))
                : requestAnimationFrame(check);
          check();
        });
      const started = performance.now();
      const element = document.createElement('kin-meetup-calendar');
      // The month view, as a portal admin opens it; it shows this month.
      element.setAttribute('initial-view', 'month');
      document.getElementById('widgets').append(element);
      await until(() => element.state && element.state !== 'loading');
      await waitFrames();
      const renderMs = performance.now() - started;
      // A resident picks the second chip of the category filter (the first is "All").
      const chip = element.shadowRoot.querySelectorAll('[part~="filters"] button')[1];
      let filterMs = null;
      if (chip) {
        const filterStarted = performance.now();
        chip.click();
        await element.updateComplete;
        await waitFrames();
        filterMs = performance.now() - filterStarted;
      }
      return { renderMs, filterMs, state: element.state };
    });
  } finally {
    await context.close();
  }
}

export async function benchCalendar({
  browser,
  api,
  staticServer,
  work,
  pageUrl,
  tags,
  runs,
  log,
}) {
  if (!tags.includes('kin-meetup-calendar')) {
    const skipped = 'kin-meetup-calendar is not defined by this build yet';
    log(`Calendar: skipped (${skipped})`);
    return { skipped };
  }
  const month = benchMonth();
  await addMeetups(api.apiUrl, month);
  await bundleFullCalendar(work);
  const token = await tokenFor('res-olena');
  const kinship = [];
  const fullCalendar = [];
  for (let run = 0; run < runs; run += 1) {
    kinship.push(await measureKinship(browser, pageUrl));
    fullCalendar.push(await measureFullCalendar(browser, staticServer, api.apiUrl, token, month));
  }
  const summary = (list) => ({
    renderMs: round(median(list.map((run) => run.renderMs))),
    filterMs: round(median(list.map((run) => run.filterMs))),
  });
  const result = {
    events: EVENTS,
    month: month.from.toISOString().slice(0, 7),
    kinship: { ...summary(kinship), state: kinship.at(-1).state },
    fullCalendar: { ...summary(fullCalendar), events: fullCalendar.at(-1).events },
  };
  if (result.kinship.filterMs === null)
    result.kinship.filterNote = 'the widget shows no category filter';
  log(
    `Calendar: Kinship ${result.kinship.renderMs} ms (filter ${result.kinship.filterMs}), ` +
      `FullCalendar ${result.fullCalendar.renderMs} ms (filter ${result.fullCalendar.filterMs})`,
  );
  return result;
}
