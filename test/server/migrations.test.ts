/**
 * Migrations: applied once, recorded, idempotent across restarts, and safe when two processes
 * start at once on the same PostgreSQL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { migrate, MIGRATIONS_DIR } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';
import { BACKENDS, freshDatabase, tableCounts } from './support.js';

const VERSIONS = readdirSync(MIGRATIONS_DIR)
  .filter((name) => name.endsWith('.sql'))
  .map((name) => name.replace(/\.sql$/, ''))
  .sort();

for (const backend of BACKENDS) {
  describe(`migrations (${backend})`, () => {
    it('applies every migration once and records it; running again changes nothing', async () => {
      const database = await freshDatabase(backend, { migrated: false });
      try {
        assert.deepEqual(await migrate(database.db), VERSIONS);
        const tables = await tableCounts(database.db);
        assert.deepEqual(await migrate(database.db), []);
        assert.deepEqual(await tableCounts(database.db), tables);
        const { rows } = await database.db.query<{ version: string }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        assert.deepEqual(
          rows.map((row) => row.version),
          VERSIONS,
        );
      } finally {
        await database.drop();
      }
    });

    it('lets two migrators start at once: one applies, the other waits and finds nothing to do', async () => {
      const database = await freshDatabase(backend, { migrated: false });
      // On PostgreSQL a second pool is a second session, as a second process would have.
      const second = backend === 'postgresql' ? await openPostgres(database.url!) : database.db;
      try {
        const results = await Promise.all([migrate(database.db), migrate(second)]);
        assert.deepEqual(results.map((applied) => applied.length).sort(), [0, VERSIONS.length]);
        const { rows } = await database.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM schema_migrations',
        );
        assert.equal(rows[0]!.n, VERSIONS.length);
      } finally {
        if (second !== database.db) await second.close();
        await database.drop();
      }
    });
  });
}

describe('migrations on a PGlite data folder', () => {
  it('survive a restart: reopening the folder applies nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kinship-data-'));
    try {
      const first = await openPglite(folder);
      assert.deepEqual(await migrate(first), VERSIONS);
      await first.close();
      const reopened = await openPglite(folder);
      assert.deepEqual(await migrate(reopened), []);
      await reopened.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
