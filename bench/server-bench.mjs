// Server throughput: each route of the reference server under autocannon at 10 connections, next
// to the bare handler sending the same bytes, in interleaved rounds (route, then its bare twin) so
// that a machine getting busier slows both alike. Medians over the rounds.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startBareServer, tokenFor } from './processes.mjs';
import { median, round } from './stats.mjs';

const CONNECTIONS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A seeded resident with a check-in form to fill and no mentor yet. */
const RESIDENT = 'res-olena';

/** The routes of issue 15, as a widget calls them. */
async function routeList(apiUrl, token) {
  const from = new Date();
  // The month view's range: what the calendar asks for when it opens.
  const to = new Date(from.getTime() + 31 * DAY_MS);
  const headers = { Authorization: `Bearer ${token}` };
  const formResponse = await fetch(`${apiUrl}/v1/check-in/form`, { headers });
  const form = await formResponse.json();
  const answers = form.items.map((item) => ({
    itemId: item.id,
    value: item.kind === 'scale' ? item.options[0].value : 'A long week, but fine.',
  }));
  return [
    { name: 'GET /v1/tips', method: 'GET', path: '/v1/tips' },
    {
      name: 'GET /v1/meetups (31 days)',
      method: 'GET',
      path: `/v1/meetups?from=${from.toISOString()}&to=${to.toISOString()}`,
    },
    { name: 'GET /v1/program', method: 'GET', path: '/v1/program' },
    { name: 'GET /v1/check-in/form', method: 'GET', path: '/v1/check-in/form' },
    {
      name: 'POST /v1/check-ins',
      method: 'POST',
      path: '/v1/check-ins',
      body: JSON.stringify({ formId: form.id, answers }),
    },
  ];
}

/** One request as the reference server answers it, to be replayed byte for byte by the bare handler. */
async function record(apiUrl, route, token) {
  const response = await fetch(`${apiUrl}${route.path}`, {
    method: route.method,
    headers: {
      Authorization: `Bearer ${token}`,
      // As autocannon asks: fetch would ask for gzip, and then hand back the body decoded under
      // the compressed body's Content-Length, which the bare handler would send.
      'Accept-Encoding': 'identity',
      ...(route.body
        ? { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }
        : {}),
    },
    body: route.body,
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${route.name} answered ${response.status}: ${body}`);
  const headers = {};
  for (const [name, value] of response.headers) {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name))
      headers[name] = value;
  }
  return {
    method: route.method,
    path: `/api${route.path.split('?')[0]}`,
    status: response.status,
    headers,
    body: body.toString('base64'),
    bytes: body.length,
  };
}

/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every common kernel). */
const USER_HZ = 100;

/**
 * CPU time a process has used so far, in ms (null where /proc is missing). Per request it is the
 * steadiest figure on a shared machine: other work changes how long a request waits, not this.
 */
function cpuMs(pid) {
  try {
    // Fields 14 and 15 (utime, stime) count after the command name, which may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return null;
  }
}

/** autocannon against `origin` for `seconds`; each POST gets a fresh Idempotency-Key. */
async function load(origin, pid, route, token, seconds) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: route.method,
        path: `/api${route.path}`,
        headers: {
          authorization: `Bearer ${token}`,
          ...(route.body ? { 'content-type': 'application/json' } : {}),
        },
        body: route.body,
        ...(route.body && {
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, 'idempotency-key': randomUUID() },
          }),
        }),
      },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  const cpuAfter = cpuMs(pid);
  return {
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null
        ? null
        : (cpuAfter - cpuBefore) / result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

/**
 * Measures every route on one reference server (already seeded) and its bare twin.
 * Returns one entry per route: medians of `rounds` rounds of `seconds` each. `only`: the routes
 * whose name contains it.
 */
export async function benchServer({ apiUrl, pid, rounds, seconds, only, log }) {
  const token = await tokenFor(RESIDENT);
  const routes = (await routeList(apiUrl, token)).filter(
    (route) => !only || route.name.includes(only),
  );
  const recordings = [];
  for (const route of routes) recordings.push(await record(apiUrl, route, token));
  const bare = await startBareServer(recordings);
  const origin = new URL(apiUrl).origin;
  const samples = routes.map(() => ({ server: [], bare: [] }));
  try {
    // A short warm-up per route: JIT, the pool's connections, PGlite's caches.
    for (const route of routes) await load(origin, pid, route, token, 1);
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, route] of routes.entries()) {
        samples[index].server.push(await load(origin, pid, route, token, seconds));
        samples[index].bare.push(await load(bare.url, bare.pid, route, token, seconds));
        const last = samples[index];
        log(
          `  ${route.name}: ${Math.round(last.server.at(-1).rps)} req/s ` +
            `(bare ${Math.round(last.bare.at(-1).rps)}), p99 ${last.server.at(-1).p99} ms`,
        );
      }
    }
  } finally {
    await bare.stop();
  }
  return routes.map((route, index) => {
    const summary = (list) => ({
      rps: Math.round(median(list.map((sample) => sample.rps))),
      p50: median(list.map((sample) => sample.p50)),
      p99: median(list.map((sample) => sample.p99)),
      cpuMsPerRequest: round(median(list.map((sample) => sample.cpuMsPerRequest)), 3),
      failed: list.reduce((sum, sample) => sum + sample.failed, 0),
    });
    const { server: serverSamples, bare: bareSamples } = samples[index];
    const server = summary(serverSamples);
    const bareSummary = summary(bareSamples);
    return {
      route: route.name,
      responseBytes: recordings[index].bytes,
      server,
      bare: bareSummary,
      // Each round's server figure over the bare figure of the same round, then the median: a
      // round the machine was busier for slows both.
      ratio: round(
        median(serverSamples.map((sample, round) => sample.rps / bareSamples[round].rps)),
        3,
      ),
      // The share of the bare handler's throughput the server would reach if CPU were all that
      // limited both: the steadiest comparison on a shared machine.
      cpuRatio:
        server.cpuMsPerRequest && bareSummary.cpuMsPerRequest
          ? round(bareSummary.cpuMsPerRequest / server.cpuMsPerRequest, 3)
          : null,
    };
  });
}
