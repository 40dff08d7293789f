/**
 * Versioned migrations: `migrations/NNN_name.sql`, applied in order, each recorded in
 * `schema_migrations`. All pending migrations run in one transaction that first takes a
 * transaction-level advisory lock, so two processes starting at once on one PostgreSQL apply each
 * migration exactly once: the second waits, then finds nothing left to do.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** An arbitrary constant naming "Kinship migrations" among the database's advisory locks. */
const MIGRATION_LOCK = 4_203_117_001;

const MIGRATION_FILE = /^(\d{3})_[a-z0-9_-]+\.sql$/;

/** Applies the pending migrations; returns the versions applied (empty when up to date). */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  const scripts = await Promise.all(
    files.map(async (name) => ({
      version: name.replace(/\.sql$/, ''),
      sql: await readFile(`${dir}/${name}`, 'utf8'),
    })),
  );
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const pending = scripts.filter((script) => !applied.has(script.version));
    for (const script of pending) {
      await tx.exec(script.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [script.version]);
    }
    return pending.map((script) => script.version);
  });
}
