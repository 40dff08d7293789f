import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres, type PostgresOptions } from './postgres.js';

export interface OpenDbOptions extends PostgresOptions {
  /** `postgres://…`: use that server. Otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite's data folder; undefined keeps the data in memory. */
  dataDir?: string;
}

export function openDb(options: OpenDbOptions): Promise<Db> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options)
    : openPglite(options.dataDir);
}
