/** The embedded PostgreSQL (PGlite): the default when no DATABASE_URL is set. */
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db.js';
import { valueParsers } from './value-parsers.js';

interface PgliteQueryable {
  query<Row>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Row[]; rowCount?: number; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(target: PgliteQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      return {
        rows: result.rows,
        rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
      };
    },
    async exec(script: string) {
      await target.exec(script);
    },
  };
}

/**
 * Opens PGlite on a data folder, or in memory when `dataDir` is undefined; `from` starts it with
 * the contents of a `snapshotPglite()` instead of an empty cluster. PGlite runs one query at a time
 * and runs transactions one after the other, so row locks never wait here.
 */
export async function openPglite(dataDir?: string, { from }: { from?: Blob } = {}): Promise<Db> {
  const pglite = new PGlite({ dataDir, parsers: valueParsers, loadDataDir: from });
  await pglite.waitReady;
  return wrapDb(pglite);
}

/**
 * An in-memory database, prepared by `prepare`, as a snapshot for `openPglite(…, { from })`.
 * Starting from one skips PGlite's initdb, which takes most of the three seconds a new cluster costs.
 */
export async function snapshotPglite(prepare: (db: Db) => Promise<unknown>): Promise<Blob> {
  const pglite = new PGlite({ parsers: valueParsers });
  try {
    await prepare(wrapDb(pglite));
    return await pglite.dumpDataDir('none');
  } finally {
    await pglite.close();
  }
}

function wrapDb(pglite: PGlite): Db {
  return {
    kind: 'pglite',
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}
