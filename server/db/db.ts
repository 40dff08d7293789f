/**
 * The one database interface the server talks to. Two implementations sit behind it: embedded
 * PGlite (`pglite.ts`) and a PostgreSQL server through `pg` (`postgres.ts`). Both run the same SQL,
 * and both hand back the same JavaScript types (see `types.ts` in each adapter): int8 and numeric
 * as numbers, `date` as `YYYY-MM-DD` text, timestamptz as `Date`, json/jsonb parsed.
 */
export interface QueryResult<Row> {
  rows: Row[];
  /** Rows returned, or rows changed by an INSERT/UPDATE/DELETE without RETURNING. */
  rowCount: number;
}

export interface Queryable {
  /** One statement with `$1…$n` parameters; never build SQL from values. */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
  /** A script of several statements without parameters (migrations only). */
  exec(script: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  /**
   * Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when
   * it throws. Inside, use only `tx`: on PGlite a query on the outer `Db` would wait for the
   * transaction to end, forever.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATE of a unique violation, the same from PGlite and from PostgreSQL. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === UNIQUE_VIOLATION
  );
}
