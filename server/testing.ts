/**
 * A real Kinship server for tests, in this process: an in-memory PGlite seeded with the demo
 * program (or the seed you give), listening on a free port of 127.0.0.1.
 *
 *   import { startTestServer } from '../../server/testing.js';
 *   const server = await startTestServer();
 *   const token = await server.tokenFor('res-amara');          // a valid JWT for a seeded person
 *   await fetch(`${server.apiUrl}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
 *   await server.close();                                       // always: PGlite keeps the process alive
 *
 * It runs in demo mode (the token secret is generated and kept in its database), so
 * `/demo/people` and `/demo/token` exist (at `url`, not `apiUrl`) and any http://localhost:* or
 * http://127.0.0.1:* origin passes CORS; `allowedOrigins` adds others.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Role } from '../src/contract/index.js';
import { createApp } from './app.js';
import { defaultConfig, type ServerConfig } from './config.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { openPglite, snapshotPglite } from './db/pglite.js';
import type { Seed } from './db/seed/types.js';
import { seedIfEmpty } from './db/seeding.js';
import { closeServer } from './http/shutdown.js';
import { jsonLogger, silentLogger } from './log.js';
import { loadSeed } from './seed-loader.js';

export interface TestServerOptions {
  /** The data to seed; default: the demo program from server/db/seed/. */
  seed?: Seed;
  /** Origins allowed by CORS besides localhost ones (e.g. `https://portal.example.org`). */
  allowedOrigins?: string[];
  /** Bring your own migrated database (it is not closed by `close()`); default: a new in-memory PGlite. */
  db?: Db;
  /** Settings to override, e.g. `{ rateLimit: { max: 5, windowSeconds: 60 } }`. */
  config?: Partial<ServerConfig>;
  /** The server's clock. */
  now?: () => Date;
  /** Print the request log (JSON lines) to stdout. */
  log?: boolean;
}

export interface TestServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** `url` + `/api`: what the SDK's `data-endpoint` should be. */
  apiUrl: string;
  db: Db;
  /** A valid JWT for `personId`; the role defaults to the person's stored role. */
  tokenFor(personId: string, role?: Role): Promise<string>;
  close(): Promise<void>;
}

/** A migrated, empty database, made once per process: each test server starts from a copy. */
let migrated: Promise<Blob> | undefined;

function migratedPglite(): Promise<Db> {
  migrated ??= snapshotPglite(migrate);
  return migrated.then((snapshot) => openPglite(undefined, { from: snapshot }));
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDb = !options.db;
  const db = options.db ?? (await migratedPglite());
  try {
    await migrate(db);
    const seed = options.seed ?? (await loadSeed('demo'))!;
    await seedIfEmpty(db, seed, { now: options.now?.() });
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }
  const config = defaultConfig({
    allowedOrigins: options.allowedOrigins ?? [],
    rateLimit: { max: 100_000, windowSeconds: 60 },
    logger: options.log ? jsonLogger() : silentLogger,
    ...options.config,
  });
  const shutdown = new AbortController();
  const { app, auth } = await createApp({
    db,
    config,
    now: options.now,
    shutdownSignal: shutdown.signal,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api`,
    db,
    async tokenFor(personId, role) {
      const { rows } = await db.query<{ name: string; role: Role }>(
        'SELECT name, role FROM people WHERE id = $1',
        [personId],
      );
      const person = rows[0];
      if (!person && !role)
        throw new Error(
          `No person "${personId}" in the test database: pass a role to sign for someone new.`,
        );
      return auth.sign!({ sub: personId, role: role ?? person!.role, name: person?.name });
    },
    async close() {
      await closeServer(server, shutdown, 2000);
      if (ownsDb) await db.close();
    },
  };
}
