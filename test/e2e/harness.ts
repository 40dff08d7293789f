/**
 * End-to-end harness: the real server process (`node --import tsx server/main.ts`, as `npm start`
 * runs it) on a free port with a fresh embedded database, and Debian's Chromium driven by
 * playwright-core. Pages opened through it record every console error, uncaught exception and
 * failed request, so a test can say the page had none.
 *
 *   const e2e = await startE2E();
 *   const { page, problems } = await e2e.newPage();
 *   await page.goto(`${e2e.origin}/`);
 *   assert.deepEqual(problems, []);
 *   await e2e.close();
 *
 * The built SDK is used as it is: run `npm run build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');

interface ChromiumModule {
  findChromium(): string | null;
  chromiumArgs: string[];
  installHint: string;
}

// scripts/chromium.mjs is plain JavaScript without types; a computed specifier keeps TypeScript
// from looking for declarations, and the interface above says what it exports.
const chromiumModule = new URL('../../scripts/chromium.mjs', import.meta.url).href;
const { findChromium, chromiumArgs, installHint } = (await import(
  chromiumModule
)) as ChromiumModule;

/** Settings the server must not inherit from the shell: the tests need demo mode on PGlite. */
const INHERITED_SETTINGS_TO_DROP = [
  'DATABASE_URL',
  'KINSHIP_JWT_SECRET',
  'KINSHIP_JWKS_URL',
  'KINSHIP_JWT_ISSUER',
  'KINSHIP_JWT_AUDIENCE',
  'KINSHIP_SEED',
  'KINSHIP_SDK_DIR',
  'KINSHIP_DEMO_DIR',
  'KINSHIP_RATE_LIMIT',
];

/** The first start of a new PGlite folder takes about 5 s; this is only a bound for a broken start. */
const START_LIMIT_MS = 60_000;
/** Output kept from the server, to show when it fails to start. */
const OUTPUT_KEPT = 20_000;

export interface Person {
  id: string;
  name: string;
  role: 'resident' | 'mentor' | 'coordinator';
}

export interface TrackedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, as they happened. */
  problems: string[];
}

export interface E2E {
  /** e.g. `http://127.0.0.1:41234`: the demo portal is at `/`, the API at `/api`. */
  origin: string;
  browser: Browser;
  /** A page in a new browser context (its own storage), recording its problems. */
  newPage(options?: BrowserContextOptions): Promise<TrackedPage>;
  /** A token for a seeded person through demo mode; without an id, the first seeded resident. */
  signIn(personId?: string): Promise<{ token: string; person: Person }>;
  /** GETs `/api<path>` with a token; fails the test on any status but 200. */
  api<T>(path: string, token: string): Promise<T>;
  /** Sends SIGTERM to the server and resolves with its exit code once it has exited. */
  stopServer(): Promise<number | null>;
  /** Closes the browser, stops the server and deletes its data. Safe to call twice. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function requireBuiltSdk(): void {
  if (!existsSync(join(ROOT, 'dist', 'kinship.js'))) {
    throw new Error(
      'dist/kinship.js is missing: the end-to-end tests load the built SDK. Run `npm run build` first.',
    );
  }
}

function requireChromium(): string {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  return executablePath;
}

async function getJson<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Starts the server process and waits until `/api/v1/health` answers. */
async function startServer(
  port: number,
  dataDir: string,
): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KINSHIP_DATA_DIR: dataDir,
    KINSHIP_SHUTDOWN_TIMEOUT: '5',
    KINSHIP_DEMO: '1',
  };
  for (const name of INHERITED_SETTINGS_TO_DROP) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server logs every request; read it all (a full pipe would stall the server), keep the end.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );

  const health = `http://127.0.0.1:${port}/api/v1/health`;
  const deadline = Date.now() + START_LIMIT_MS;
  for (;;) {
    if (!running) throw new Error(`The server exited while starting. Its output:\n${output}`);
    try {
      if ((await fetch(health)).ok) return { child, exited };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer ${health} in time. Its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function track(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A request the page cancelled itself (a widget that is removed aborts its fetch) did not fail.
    if (reason !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

export async function startE2E(): Promise<E2E> {
  requireBuiltSdk();
  const executablePath = requireChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'kinship-e2e-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  // Both take seconds; neither needs the other.
  const [started, launched] = await Promise.allSettled([
    startServer(port, dataDir),
    chromium.launch({ executablePath, args: chromiumArgs }),
  ]);
  if (started.status === 'rejected' || launched.status === 'rejected') {
    if (launched.status === 'fulfilled') await launched.value.close();
    if (started.status === 'fulfilled') {
      started.value.child.kill('SIGTERM');
      await started.value.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    throw started.status === 'rejected'
      ? started.reason
      : (launched as PromiseRejectedResult).reason;
  }
  const server = started.value;
  const browser = launched.value;

  const stopServer = async () => {
    if (server.child.exitCode === null && server.child.signalCode === null)
      server.child.kill('SIGTERM');
    return server.exited;
  };

  return {
    origin,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      const page = await context.newPage();
      // Fail within seconds with the locator's name, not after Playwright's 30 s default.
      page.setDefaultTimeout(10_000);
      return { page, problems: track(page) };
    },
    signIn(personId) {
      const query = personId ? `?resident=${encodeURIComponent(personId)}` : '';
      return getJson(`${origin}/demo/token${query}`);
    },
    api(path, token) {
      return getJson(`${origin}/api${path}`, token);
    },
    stopServer,
    async close() {
      await browser.close();
      await stopServer();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
