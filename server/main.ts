/**
 * The reference server as a process: `node --import tsx server/main.ts`. Reads the environment
 * (server/README.md lists every variable), opens the database, applies migrations, seeds an empty
 * database, listens, and on SIGTERM or SIGINT finishes the requests in flight before it closes the
 * database and exits.
 */
import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { extendSeries } from './data/meetups.js';
import { ConfigError, configFromEnv, listenHost, startupWarnings } from './config.js';
import { migrate } from './db/migrate.js';
import { openDb } from './db/open.js';
import { seedIfEmpty } from './db/seeding.js';
import { closeServer } from './http/shutdown.js';
import { forgetOldKeys, IDEMPOTENCY_KEY_DAYS } from './idempotency.js';
import { loadSeed } from './seed-loader.js';

const env = process.env;

async function main(): Promise<void> {
  const config = configFromEnv(env);
  const log = config.logger;
  for (const warning of startupWarnings(config)) log.warn(warning);
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const dataDir = env.KINSHIP_DATA_DIR || '.kinship';
  if (!env.DATABASE_URL) mkdirSync(dataDir, { recursive: true });

  const db = await openDb({
    databaseUrl: env.DATABASE_URL,
    dataDir,
    maxConnections: env.KINSHIP_DB_POOL_SIZE ? Number(env.KINSHIP_DB_POOL_SIZE) : undefined,
    onError: (error) => log.error('database connection error', { error: error.message }),
  });
  const applied = await migrate(db);
  if (applied.length > 0) log.info('migrations applied', { versions: applied.join(', ') });

  try {
    const seed = await loadSeed(env.KINSHIP_SEED);
    if (
      seed &&
      (await seedIfEmpty(db, seed, { lonelinessThreshold: config.lonelinessThreshold }))
    ) {
      log.info('seeded an empty database', { program: seed.program.name });
    }
  } catch (error) {
    // Without a program the API answers 503 until one is seeded; the rest still runs.
    log.error('could not seed the database', { error: (error as Error).message });
  }

  const shutdown = new AbortController();
  const { app, auth } = await createApp({ db, config, shutdownSignal: shutdown.signal });
  const hostname = listenHost(env, config.auth);
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    log.info('listening', {
      url: `http://localhost:${info.port}`,
      host: hostname ?? 'all interfaces',
      api: `http://localhost:${info.port}/api/v1/health`,
      database: db.kind,
      auth: auth.mode,
    });
  });

  // Hourly upkeep: forget Idempotency-Keys no client will retry, and keep recurring meetups going.
  const upkeep = async () => {
    try {
      const forgotten = await forgetOldKeys(db, new Date());
      if (forgotten > 0)
        log.info('forgot old Idempotency-Keys', { forgotten, olderThanDays: IDEMPOTENCY_KEY_DAYS });
      const added = await extendSeries(db, new Date());
      if (added > 0) log.info('extended recurring meetups', { occurrences: added });
    } catch (error) {
      log.error('hourly upkeep failed', { error: (error as Error).message });
    }
  };
  void upkeep();
  const upkeepTimer = setInterval(upkeep, 60 * 60 * 1000);
  upkeepTimer.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(upkeepTimer);
    log.info('shutting down', { signal });
    const timeoutSeconds = Number(env.KINSHIP_SHUTDOWN_TIMEOUT ?? 10);
    await closeServer(server, shutdown, timeoutSeconds * 1000);
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', message: 'cannot start', error: message })}\n`,
  );
  process.exit(1);
});
