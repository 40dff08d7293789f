// The processes the bench starts: the reference server (as `npm start` runs it, server/main.ts,
// on PGlite or on a PostgreSQL database made for the run), the bare node:http handler it is
// compared with, and a static server for the host pages. Everything listens on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The HS256 secret of the bench's servers: tokens are signed here, as a portal's SSO would. */
const SECRET = `kinship-bench-${randomBytes(16).toString('hex')}`;

export function tokenFor(sub, role = 'resident') {
  return new SignJWT({ role, name: `Bench ${sub}` })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(SECRET));
}

/** A port the kernel says is free now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Why PostgreSQL at `url` cannot be used (it did not answer, or refused us), or null when it can. */
export async function postgresUnusable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error.message || error.code || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A new database on the server at `adminUrl`, for this run only; `drop()` removes it. */
export async function benchDatabase(adminUrl) {
  const name = `kinship_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Waits (bounded) until `url` answers 2xx, or the child has exited. */
async function waitUntilUp(url, child, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The reference server as a process, as `npm start` runs it in production (its request log goes to
 * /dev/null, as a log shipper would take it away). `databaseUrl` unset: PGlite in `dataDir`.
 */
export async function startReferenceServer({ databaseUrl, dataDir, allowedOrigin, nodeArgs = [] }) {
  const port = await freePort();
  const env = {
    ...process.env,
    // As deployed: responses are not checked against the contract again (tests do that).
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    KINSHIP_DATA_DIR: dataDir,
    KINSHIP_JWT_SECRET: SECRET,
    KINSHIP_SEED: 'demo',
    // One client (the load generator) sends thousands of requests a second.
    KINSHIP_RATE_LIMIT: '0',
  };
  // Unset rather than empty: the server takes an empty value as one that was set (an empty secret
  // refuses to start, and a secret next to a JWKS URL is refused).
  for (const name of [
    'KINSHIP_JWKS_URL',
    'KINSHIP_DEMO',
    'DATABASE_URL',
    'KINSHIP_ALLOWED_ORIGINS',
  ])
    delete env[name];
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (allowedOrigin) env.KINSHIP_ALLOWED_ORIGINS = allowedOrigin;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/api/v1/health`, child, 'The reference server');
  } catch (error) {
    await stopChild(child);
    throw new Error(`${error.message}\n${stderr}`);
  }
  return { url, apiUrl: `${url}/api`, pid: child.pid, stop: () => stopChild(child) };
}

/**
 * A bare node:http handler that answers each recorded `METHOD /path` with the recorded status,
 * headers and body: the same bytes as the reference server, with none of its work.
 */
export async function startBareServer(recordings) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bench/bare-server.mjs'), String(port)], {
    cwd: ROOT,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin.end(JSON.stringify(recordings));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}/ready`, child, 'The bare handler');
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

/**
 * The portal's static server (in this process: it only sends files): `/` is `bench/pages/`,
 * `/dist/` the built SDK, and `mounts` adds folders (a throwaway locale, a FullCalendar bundle).
 * Files go out uncompressed; byte figures are gzip -9 of the files, computed apart.
 */
export async function startStaticServer(mounts = {}) {
  const roots = {
    '/dist/': join(ROOT, 'dist'),
    ...mounts,
    '/': join(ROOT, 'bench/pages'),
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const [prefix, root] = Object.entries(roots).find(([prefix]) => path.startsWith(prefix));
    const file = resolve(root, normalize(path.slice(prefix.length)) || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
