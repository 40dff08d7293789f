/**
 * Shared by the server tests: a fresh database per suite (in-memory PGlite always; a new
 * PostgreSQL database of its own when DATABASE_URL is set, dropped at the end), a server on it,
 * and a small HTTP client. Everything goes over real HTTP to a real port.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../../server/testing.js';
import { fixtureSeed } from './fixtures/seed.js';

export type Backend = 'pglite' | 'postgresql';

/** PGlite always; PostgreSQL too when DATABASE_URL names a server. */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface TestDatabase {
  db: Db;
  /** For PostgreSQL: the connection string of this test's own database. */
  url?: string;
  /** Closes it and, for PostgreSQL, drops the database this test created (and nothing else). */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** An empty database, migrated unless told otherwise. */
export async function freshDatabase(
  backend: Backend,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (backend === 'pglite') {
    const db = await openPglite();
    if (migrated) await migrate(db);
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.DATABASE_URL!;
  const name = `kinship_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const db = await openPostgres(url);
  if (migrated) await migrate(db);
  return {
    db,
    url,
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface Harness extends TestServer {
  call: ReturnType<typeof client>;
  /** Row counts of every table, to show that a refused request wrote nothing. */
  counts(): Promise<Record<string, number>>;
}

/** A server on a fresh database of `backend`, seeded with the fixture unless told otherwise. */
export async function startServer(
  backend: Backend,
  options: TestServerOptions = {},
): Promise<Harness> {
  const database = await freshDatabase(backend);
  let server: TestServer;
  try {
    server = await startTestServer({ seed: fixtureSeed, ...options, db: database.db });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...server,
    call: client(server.apiUrl),
    counts: () => tableCounts(database.db),
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    // Table names come from the catalogue, not from input.
    counts[table_name] = (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)
    ).rows[0]!.n;
  }
  return counts;
}

export interface CallOptions {
  token?: string;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  headers?: Record<string, string>;
  idempotencyKey?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, when there is one. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read whatever came back
}

export function client(apiUrl: string) {
  return async function call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<CallResult> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let body: string | undefined;
    if (typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(`${apiUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export function newKey(): string {
  keyCounter += 1;
  return `test-${process.pid}-${Date.now()}-${keyCounter}`;
}

/** A minimal valid answer set for the fixture's check-in form. */
export function checkInBody(
  answers: Record<string, number | string> = {},
  extra: Record<string, unknown> = {},
) {
  const values = { mood: 4, 'lack-companionship': 1, 'left-out': 1, isolated: 1, ...answers };
  return {
    formId: 'pulse-v1',
    answers: Object.entries(values).map(([itemId, value]) => ({ itemId, value })),
    ...extra,
  };
}

export function isProblem(result: CallResult, status: number): boolean {
  return (
    result.status === status &&
    (result.headers.get('Content-Type') ?? '').startsWith('application/problem+json') &&
    result.json?.status === status
  );
}

export interface ServerProcess {
  url: string;
  apiUrl: string;
  /** Every line the process wrote to stdout. */
  lines: string[];
  /** Resolves once the process has logged a line with this message. */
  logged(message: string): Promise<void>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** `server/main.ts` as a child process, as `npm start` runs it; resolves once it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiting: { message: string; resolve: () => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const entry = JSON.parse(line) as { message: string; url?: string };
      for (const waiter of waiting.filter((w) => w.message === entry.message)) waiter.resolve();
      if (entry.message === 'listening') {
        const url = entry.url!.replace('localhost', '127.0.0.1');
        resolve({
          url,
          apiUrl: `${url}/api`,
          lines,
          exited,
          logged: (message) =>
            lines.some((line) => (JSON.parse(line) as { message: string }).message === message)
              ? Promise.resolve()
              : new Promise((done) => waiting.push({ message, resolve: done })),
          stop(signal = 'SIGTERM') {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((code) =>
      reject(new Error(`server/main.ts exited (${code}) before listening: ${stderr}`)),
    );
  });
}
