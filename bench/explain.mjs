// What each long task is: one more visit of a page at 4×, with a DevTools trace (the tasks) and a
// CPU profile (what ran in them), each sample mapped through dist/'s source maps to the module it
// came from. The figures of benchPages come from visits without this instrumentation (tracing and
// sampling slow a page down); this visit says where the time goes, so that a goal not met comes
// with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { ROOT } from './processes.mjs';

/** The trace events that are the browser's rendering work rather than script. */
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ParseAuthorStyleSheet',
]);

const sourceMaps = new Map();

/** The source a sample of dist/ ran, as `src/core/i18n.ts` with that line's text, or null. */
function sourceOf({ url, lineNumber, columnNumber }) {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/dist/')) return null;
  const file = join(ROOT, `${pathname}.map`);
  if (!sourceMaps.has(file)) {
    let map = null;
    try {
      map = new TraceMap(readFileSync(file, 'utf8'));
    } catch {
      // A file without a map is named as it is.
    }
    sourceMaps.set(file, map);
  }
  const map = sourceMaps.get(file);
  if (!map) return { path: pathname, text: '' };
  const position = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  if (!position.source) return { path: pathname, text: '' };
  const index = map.resolvedSources.indexOf(position.source);
  const text = map.sourcesContent?.[index]?.split('\n')[position.line - 1] ?? '';
  return { path: position.source.replace(/^.*?(node_modules|src|widgets)\//, '$1/'), text };
}

/** The part of Kinship, its libraries or the browser a profile sample counts toward. */
function labelOf(frame) {
  if (frame.functionName === '(program)') return 'browser: parsing, compiling, other';
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  const source = sourceOf(frame);
  if (!source) return 'the page';
  if (source.path.startsWith('/dist/'))
    return `${source.path.replace(/-[\w-]{8}\.js$/, '.js').slice(1)}, top level`;
  if (source.text.includes('warmFormats')) return 'Intl set-up (ICU locale data)';
  if (/node_modules\/(lit-html|lit-element|@lit)\//.test(source.path)) return 'Lit';
  if (source.path.includes('node_modules/zod/')) return 'zod';
  if (source.path.startsWith('node_modules/'))
    return source.path.split('/').slice(1, 2).join('/') || source.path;
  return source.path;
}

/** Sample times and the frame each counts toward: a native call counts toward its JS caller. */
function samplesOf(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node);
  const frameOf = (node) => {
    for (let at = node; at; at = parents.get(at.id))
      if (at.callFrame.url || at.callFrame.functionName.startsWith('(')) return at.callFrame;
    return node.callFrame;
  };
  const samples = [];
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index];
    const frame = frameOf(nodes.get(id));
    if (frame.functionName !== '(idle)' && frame.functionName !== '(root)')
      samples.push({ time, frame });
  });
  return samples;
}

/**
 * The tasks of `longTaskMs` or more of `url` at `cpuRate`×, from the one that runs kinship.js
 * until `settleMs` after every widget shows content (`waitForContent`, which needs the bench's
 * `instrument`): each with its length, its start after kinship.js started, and the three largest
 * parts of what ran in it, in ms.
 */
export async function explainLongTasks(
  browser,
  url,
  { cpuRate, instrument, waitForContent, settleMs, longTaskMs },
) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(instrument);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await waitForContent(cdp);
    await page.waitForTimeout(settleMs);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await traced;

    const sdkRun = events.find(
      (event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith('/kinship.js'),
    );
    if (!sdkRun) return [];
    const mainThread = (event) => event.pid === sdkRun.pid && event.tid === sdkRun.tid;
    const threadEvents = events.filter(mainThread);
    const samples = samplesOf(profile);
    return threadEvents
      .filter(
        (event) =>
          event.name === 'RunTask' &&
          event.dur >= longTaskMs * 1000 &&
          event.ts + event.dur >= sdkRun.ts,
      )
      .sort((a, b) => a.ts - b.ts)
      .map((task) => {
        const end = task.ts + task.dur;
        // Style, layout and paint, also when a script forced them (a measurement): the browser's.
        const rendering = threadEvents.filter(
          (event) => RENDERING.has(event.name) && event.ts >= task.ts && event.ts < end,
        );
        const rendered = (time) =>
          rendering.some((event) => time >= event.ts && time <= event.ts + (event.dur ?? 0));
        const shares = new Map();
        let counted = 0;
        for (const { time, frame } of samples) {
          if (time < task.ts || time > end) continue;
          const label = rendered(time) ? 'browser: style, layout, paint' : labelOf(frame);
          shares.set(label, (shares.get(label) ?? 0) + 1);
          counted += 1;
        }
        const ms = task.dur / 1000;
        return {
          atMs: Math.max(0, Math.round((task.ts - sdkRun.ts) / 1000)),
          ms: Math.round(ms),
          parts: [...shares]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([label, count]) => ({ label, ms: Math.round((ms * count) / counted) })),
        };
      });
  } finally {
    await context.close();
  }
}
