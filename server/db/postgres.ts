/** A PostgreSQL server through node-postgres: used when DATABASE_URL is set. */
import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db.js';
import { valueParsers } from './value-parsers.js';

const types = {
  getTypeParser(oid: number, format?: string) {
    return valueParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text');
  },
};

/** Most statements one process prepares: far more than the server's SQL, whose texts are fixed. */
const MAX_PREPARED = 500;
const statementNames = new Map<string, string>();

/**
 * The name a statement is prepared under on each connection. Values always travel as parameters,
 * so the server sends a fixed set of SQL texts: PostgreSQL parses and plans each once per
 * connection, then only binds and runs it, which takes a round of work off every request.
 */
function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `kinship_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await client.query({
        name: statementName(sql),
        text: sql,
        values: [...params],
      });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(script: string) {
      // Without parameters pg uses the simple query protocol, which runs several statements.
      await client.query(script);
    },
  };
}

export interface PostgresOptions {
  /** Connections per process (default 10). */
  maxConnections?: number;
  onError?: (error: Error) => void;
}

export async function openPostgres(
  connectionString: string,
  options: PostgresOptions = {},
): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types });
  // An idle client that loses its connection emits 'error' on the pool; without a listener the
  // process would crash. The next query gets a fresh connection.
  pool.on('error', (error) => options.onError?.(error));
  // Fail at start, not on the first request, when the database is unreachable.
  await pool.query('SELECT 1');
  return {
    kind: 'postgresql',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      // A connection whose ROLLBACK failed is broken: destroy it rather than reuse it.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
