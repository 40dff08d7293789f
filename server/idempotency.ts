/**
 * `Idempotency-Key`: a client that sends the same key again (a retry, an outbox replaying after a
 * lost response) gets the first response back, and nothing is written twice. The key's record is
 * inserted at the start of the write's own transaction: a concurrent duplicate, even from another
 * server process, waits on that row and then reads the stored response. Only successful responses
 * are stored; a failed request wrote nothing, so the same key may be tried again.
 */
import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db/db.js';
import { badRequest, PROBLEM_TYPE, ProblemError } from './problem.js';
import { addMs, DAY_MS } from './time.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * How long a key is remembered. The SDK's outbox resends within minutes while a page is open and
 * on the resident's next visit; a replay later than this is applied again.
 */
export const IDEMPOTENCY_KEY_DAYS = 30;

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  contentType: string | null;
  body: string | null;
}

export interface IdempotencyScope {
  /** Who sent it: keys of different people never collide. */
  identity: string;
  key: string;
  /** A hash of method, path and body: the same key with a different request is refused. */
  requestHash: string;
}

/** The key from the header; a 400 when it is required and missing, or malformed. */
export function readIdempotencyKey(
  header: string | undefined,
  required: boolean,
): string | undefined {
  if (header === undefined || header === '') {
    if (!required) return undefined;
    throw new ProblemError(400, {
      type: PROBLEM_TYPE.idempotencyKeyMissing,
      title: 'Idempotency-Key required',
      detail:
        'This request changes data: send an Idempotency-Key header (for example a random UUID) so that a retry is applied once.',
      errors: [{ field: IDEMPOTENCY_HEADER, message: 'required' }],
    });
  }
  if (!KEY_FORMAT.test(header)) {
    throw badRequest([
      { field: IDEMPOTENCY_HEADER, message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  return header;
}

/** JSON with sorted keys, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(method: string, path: string, body: unknown): string {
  const text = typeof body === 'string' ? body : canonicalJson(body ?? null);
  return createHash('sha256').update(`${method} ${path}\n${text}`).digest('base64url');
}

export interface IdempotentResult extends StoredResponse {
  replayed: boolean;
}

/**
 * Runs `write` in a transaction, exactly once per scope. Without a scope it is simply a
 * transaction. A replay with a different request hash is a 422.
 */
export function runOnce(
  db: Db,
  scope: IdempotencyScope | undefined,
  write: (tx: Queryable) => Promise<StoredResponse>,
): Promise<IdempotentResult> {
  return db.transaction(async (tx) => {
    if (!scope) return { ...(await write(tx)), replayed: false };
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (identity, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (identity, key) DO NOTHING RETURNING key`,
      [scope.identity, scope.key, scope.requestHash],
    );
    // Taken: by an earlier request, or a concurrent one this insert waited for.
    if (claimed.rows.length === 0) return (await recorded(tx, scope))!;
    const response = await write(tx);
    await tx.query(
      'UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5 WHERE identity = $1 AND key = $2',
      [scope.identity, scope.key, response.status, response.contentType, response.body],
    );
    return { ...response, replayed: false };
  });
}

/**
 * The response recorded for this scope, if there is one; a 422 when the key was used for a
 * different request. A record is only ever seen complete: it is written in one transaction.
 */
export async function recorded(
  db: Queryable,
  scope: IdempotencyScope,
): Promise<IdempotentResult | undefined> {
  const { rows } = await db.query<{
    request_hash: string;
    status: number;
    content_type: string | null;
    body: string | null;
  }>(
    'SELECT request_hash, status, content_type, body FROM idempotency_keys WHERE identity = $1 AND key = $2',
    [scope.identity, scope.key],
  );
  const stored = rows[0];
  if (!stored) return undefined;
  if (stored.request_hash !== scope.requestHash) {
    throw new ProblemError(422, {
      type: PROBLEM_TYPE.idempotencyKeyReused,
      title: 'Idempotency-Key reused',
      detail:
        'This Idempotency-Key was already used for a different request; use a new key for a new request.',
      errors: [{ field: IDEMPOTENCY_HEADER, message: 'already used for a different request' }],
    });
  }
  return {
    status: stored.status,
    contentType: stored.content_type,
    body: stored.body,
    replayed: true,
  };
}

/** Forgets keys older than `IDEMPOTENCY_KEY_DAYS`; the server runs this hourly. Returns how many. */
export async function forgetOldKeys(db: Queryable, now: Date): Promise<number> {
  const cutoff = addMs(now, -IDEMPOTENCY_KEY_DAYS * DAY_MS);
  const { rowCount } = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [
    cutoff,
  ]);
  return rowCount;
}
