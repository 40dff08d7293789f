// `npm run bench` (not part of `npm test`): what Kinship costs a portal page and what the reference
// server sustains, measured on this machine and written to bench/results.json and bench/RESULTS.md
// with the goals of issue 15. Starts everything it needs on 127.0.0.1 and stops it at the end:
// a static portal page server, the reference server on PGlite (and on PostgreSQL when DATABASE_URL
// is set or one answers on localhost), and a bare node:http handler to compare the server with.
//
//   npm run bench              a full run (about 6 minutes)
//   npm run bench -- --quick   one short run of each figure (about 2 minutes), to try changes
//   npm run bench -- --cpu-prof  also write the reference server's CPU profiles to bench/profiles/
//   npm run bench -- --only tips  only the server routes whose name contains `tips` (no browser)
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCalendar } from '../bench/calendar-bench.mjs';
import {
  benchHeap,
  benchmarkIndex,
  benchNextVisit,
  benchPages,
  builtTags,
  launchBrowser,
} from '../bench/browser-bench.mjs';
import {
  benchDatabase,
  postgresUnusable,
  ROOT,
  startReferenceServer,
  startStaticServer,
  tokenFor,
} from '../bench/processes.mjs';
import { writeReport } from '../bench/report.mjs';
import { benchServer } from '../bench/server-bench.mjs';
import { ensureChromium, findChromium } from './chromium.mjs';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    'cpu-prof': { type: 'boolean' },
    only: { type: 'string' },
  },
});
const quick = Boolean(flags.quick);
const plan = quick
  ? { browserRuns: 1, heapCycles: 10, serverRounds: 1, serverSeconds: 2 }
  : { browserRuns: 3, heapCycles: 50, serverRounds: 3, serverSeconds: 8 / 3 };
const LOCAL_POSTGRES = 'postgres://kinship:kinship@127.0.0.1:5432/kinship';

const started = Date.now();
const log = (line) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const work = mkdtempSync(join(tmpdir(), 'kinship-bench-'));
/** What to stop, newest first, however the run ends. */
const cleanups = [];

function machine() {
  const executable = findChromium();
  const chromium = executable ? spawnSync(executable, ['--version'], { encoding: 'utf8' }) : {};
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    chromium: (chromium.stdout ?? '').trim().split('\n').at(-1) || 'unknown',
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((load) => load.toFixed(2)),
  };
}

/**
 * A language to measure translated: one that ships in dist/locales, or else a throwaway copy of
 * English (every string marked) in a temp folder, served through data-locales-url.
 */
function translatedLocale() {
  const shipped = readdirSync(join(ROOT, 'dist/locales')).find((lng) => lng !== 'en');
  if (shipped) return { locale: shipped, mount: null };
  const folder = join(work, 'locales/es');
  mkdirSync(folder, { recursive: true });
  const mark = (value) =>
    typeof value === 'string'
      ? `ES ${value}`
      : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mark(inner)]));
  for (const file of readdirSync(join(ROOT, 'locales/en'))) {
    const english = JSON.parse(readFileSync(join(ROOT, 'locales/en', file), 'utf8'));
    writeFileSync(join(folder, file), JSON.stringify(mark(english)));
  }
  return { locale: 'es', mount: join(work, 'locales') };
}

async function browserPart(results) {
  const translated = translatedLocale();
  const staticServer = await startStaticServer({
    ...(translated.mount ? { '/throwaway-locales/': translated.mount } : {}),
    '/bench-assets/': work,
  });
  cleanups.push(staticServer.stop);
  const api = await startReferenceServer({
    dataDir: join(work, 'pglite-browser'),
    allowedOrigin: staticServer.url,
  });
  cleanups.push(api.stop);
  const token = await tokenFor('res-olena');
  const pageUrl = ({ sdk = true, widgets = [], locale, localesUrl, dated } = {}) => {
    const query = new URLSearchParams({ endpoint: api.apiUrl, token, widgets: widgets.join(',') });
    if (dated) query.set('date', '1');
    // The SDK from the portal's static server, or as the reference server serves it (/sdk/).
    if (sdk === 'reference server') query.set('sdk', `${api.url}/sdk/kinship.js`);
    else if (sdk) query.set('sdk', `${staticServer.url}/dist/kinship.js`);
    if (locale) query.set('locale', locale);
    if (localesUrl) query.set('localesUrl', localesUrl);
    return `${staticServer.url}/host.html?${query}`;
  };
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());

  // What 4× means here: this machine's Chromium next to a phone, on Lighthouse's scale.
  results.benchmarkIndex = {
    at1x: await benchmarkIndex(browser, 1),
    at4x: await benchmarkIndex(browser, 4),
  };
  log(
    `Browser: BenchmarkIndex ${results.benchmarkIndex.at1x} at 1x, ${results.benchmarkIndex.at4x} at 4x`,
  );
  const tags = await builtTags(browser, pageUrl);
  log(`Browser: built widgets ${tags.join(', ')}; ${plan.browserRuns} run(s) per figure`);
  const localeOptions = {
    locale: translated.locale,
    ...(translated.mount && {
      localesUrl: `${staticServer.url}/throwaway-locales/{{lng}}/{{ns}}.json`,
    }),
  };
  const pages = {};
  for (const tag of tags) pages[tag] = { widgets: [tag] };
  if (tags.length > 1) pages['all widgets'] = { widgets: tags };
  // The same on a portal page that shows a date: the browser's one-time Intl set-up is then the
  // page's, done before kinship.js arrives (see RESULTS.md).
  for (const tag of tags) pages[`${tag}, dated page`] = { widgets: [tag], dated: true };
  if (tags.length > 1) pages['all widgets, dated page'] = { widgets: tags, dated: true };
  // Translated pages: bytes and time to content (the translations load too).
  for (const tag of tags)
    pages[`${tag}, ${translated.locale}`] = { widgets: [tag], bytesOnly: true, ...localeOptions };
  if (tags.length > 1) {
    pages[`all widgets, ${translated.locale}`] = {
      widgets: tags,
      bytesOnly: true,
      ...localeOptions,
    };
  }
  results.browser = await benchPages({ browser, pageUrl, pages, runs: plan.browserRuns, log });
  results.browser.translatedLocale = {
    locale: translated.locale,
    throwaway: translated.mount !== null,
  };

  const nextVisitPages = Object.fromEntries(
    Object.entries(pages).filter(([, options]) => !options.dated && !options.locale),
  );
  results.nextVisit = await benchNextVisit({
    browser,
    pageUrl,
    pages: nextVisitPages,
    runs: plan.browserRuns,
  });
  for (const [name, { first, next }] of Object.entries(results.nextVisit.pages))
    log(
      `  next visit, ${name}: content ${next.contentMs} ms (first ${first.contentMs} ms), ` +
        `${next.networkBytes} B of SDK over the network (first ${first.networkBytes} B)`,
    );

  results.heap = {};
  for (const tag of tags) {
    results.heap[tag] = await benchHeap({ browser, pageUrl, tag, cycles: plan.heapCycles });
    log(`  heap, ${tag}: ${results.heap[tag].heapGrowthKB} KB after ${plan.heapCycles} cycles`);
  }

  results.calendar = await benchCalendar({
    browser,
    api,
    staticServer,
    work,
    pageUrl,
    tags,
    runs: plan.browserRuns,
    log,
  });
}

async function serverPart(results) {
  const nodeArgs = flags['cpu-prof']
    ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench/profiles')}`]
    : [];
  results.server = {};
  const pglite = await startReferenceServer({ dataDir: join(work, 'pglite-server'), nodeArgs });
  cleanups.push(pglite.stop);
  log('Server on PGlite:');
  results.server.pglite = await benchServer({
    apiUrl: pglite.apiUrl,
    pid: pglite.pid,
    only: flags.only,
    rounds: plan.serverRounds,
    seconds: plan.serverSeconds,
    log,
  });
  await pglite.stop();

  const adminUrl = process.env.DATABASE_URL || LOCAL_POSTGRES;
  const unusable = await postgresUnusable(adminUrl);
  if (unusable) {
    results.server.postgresql = { skipped: `PostgreSQL at ${new URL(adminUrl).host}: ${unusable}` };
    log(`Server on PostgreSQL: skipped (${results.server.postgresql.skipped})`);
    return;
  }
  let database;
  try {
    database = await benchDatabase(adminUrl);
  } catch (error) {
    results.server.postgresql = { skipped: `could not create a database: ${error.message}` };
    log(`Server on PostgreSQL: skipped (${results.server.postgresql.skipped})`);
    return;
  }
  cleanups.push(database.drop);
  const postgres = await startReferenceServer({
    dataDir: join(work, 'unused'),
    databaseUrl: database.url,
    nodeArgs,
  });
  cleanups.push(postgres.stop);
  log('Server on PostgreSQL:');
  results.server.postgresql = await benchServer({
    apiUrl: postgres.apiUrl,
    pid: postgres.pid,
    only: flags.only,
    rounds: plan.serverRounds,
    seconds: plan.serverSeconds,
    log,
  });
}

// Ctrl-C: stop the servers and drop the bench's database before leaving.
process.once('SIGINT', async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(work, { recursive: true, force: true });
  process.exit(130);
});

// The browser figures need Chromium: installed from Debian as `npm test` does, or else named.
if (!flags.only && !ensureChromium()) process.exit(1);

// The figures are of the code as it is now: build it first, as `npm start` does.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
if (build.status !== 0) {
  console.error('The build failed: run `npm run build` to see why, then `npm run bench` again.');
  process.exit(1);
}
log('Built dist/');

const results = { quick, plan, machine: machine() };
try {
  if (!flags.only) {
    await browserPart(results);
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  }
  await serverPart(results);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
results.seconds = Math.round((Date.now() - started) / 1000);
if (flags.only) {
  // A partial run, for profiling: the figures go to the console, the committed report stays.
  console.log(JSON.stringify(results.server, null, 2));
  process.exit(0);
}
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeReport(results, join(ROOT, 'bench/RESULTS.md'));
log('Wrote bench/results.json and bench/RESULTS.md');
