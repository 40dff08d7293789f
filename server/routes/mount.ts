/**
 * Mounts the contract's route table on hono. Every request goes through the same steps: who is
 * calling, rate limit, role, params, query, body, Idempotency-Key, the handler (in a transaction
 * when it writes), and a response checked against the contract's schema.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { routes, type RouteSpec } from '../../src/contract/routes.js';
import { bearerToken, type Caller, type KnownPeople, type TokenClaims } from '../auth.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { clientAddress } from '../http/client.js';
import type { Queryable } from '../db/db.js';
import {
  IDEMPOTENCY_HEADER,
  readIdempotencyKey,
  recorded,
  requestHash,
  runOnce,
  type IdempotencyScope,
  type IdempotentResult,
  type StoredResponse,
} from '../idempotency.js';
import { badRequest, PROBLEM_TYPE, ProblemError } from '../problem.js';
import { validate } from '../validation.js';
import type { AppEnv } from '../http/env.js';
import type { AppContext, CalendarFile, Handler } from './handler.js';

/** `/v1/meetups/{id}/rsvp` → `/v1/meetups/:id/rsvp`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Imports: their bodies may be 2 MB (a CSV, an inline iCalendar feed), and they write in batches,
 * each in a short transaction of its own, rather than in one transaction that would hold the
 * database for seconds (see `importOnce`).
 */
const IMPORT_ROUTES: ReadonlySet<RouteSpec> = new Set([routes.mentorImport, routes.meetupImport]);

/** Routes without a query schema accept no query parameters at all. */
const NO_QUERY = z.strictObject({});

/**
 * Reads that need the caller's record in `people`: today's tip records which tip it showed them,
 * and `me` answers with the record. Other reads take the caller from the token alone.
 */
const READS_OF_THE_RECORD: ReadonlySet<RouteSpec> = new Set([routes.tipToday, routes.me]);

interface Shared {
  app: AppContext;
  limiter: RateLimiter;
  people: KnownPeople;
}

/** A handler seen from here: the table's types were checked where the handlers are written. */
type AnyHandler = (input: {
  app: AppContext;
  db: Queryable;
  caller: Caller | null;
  params: unknown;
  query: unknown;
  body: unknown;
  language: string | null;
  now: Date;
}) => Promise<unknown>;

/** Mounts a route table (the contract's, or demo mode's) with its handlers. */
export function mountRoutes<T extends Record<string, RouteSpec>>(
  api: Hono<AppEnv>,
  table: T,
  handlers: { [K in keyof T]: Handler<T[K]> },
  shared: Shared,
): void {
  for (const id of Object.keys(table) as (keyof T & string)[]) {
    const spec = table[id]!;
    const handler = handlers[id] as unknown as AnyHandler;
    api.on(spec.method.toUpperCase(), honoPath(spec.path), (c) => handle(c, spec, handler, shared));
  }
}

async function handle(
  c: Context<AppEnv>,
  spec: RouteSpec,
  handler: AnyHandler,
  { app, limiter, people }: Shared,
): Promise<Response> {
  const now = app.now();
  const claims = spec.roles === 'public' ? null : await authenticate(c, app, limiter);
  const caller: Caller | null = claims && { id: claims.sub, role: claims.role };
  if (spec.roles !== 'public') {
    if (!spec.roles.includes(caller!.role)) {
      throw new ProblemError(403, {
        type: PROBLEM_TYPE.forbidden,
        detail: `This needs the role ${spec.roles.join(' or ')}; the token says ${caller!.role}.`,
      });
    }
  } else if (spec.path !== routes.health.path) {
    rateLimit(limiter, `ip:${clientAddress(c, app.config)}`);
  }

  const params = spec.params ? validate(spec.params, c.req.param(), 'params') : undefined;
  const language = acceptedLanguage(c);
  const query = withRequestedLocale(
    spec,
    validate(spec.query ?? NO_QUERY, singleQueryValues(c), 'query'),
    language,
  );
  const isImport = IMPORT_ROUTES.has(spec);
  const body = spec.body ? await readBody(c, spec.body, isImport, app) : undefined;
  // What a write stores refers to its caller's record; and the portal's people are added on sight.
  if (claims && (spec.method !== 'get' || READS_OF_THE_RECORD.has(spec)))
    await people.ensure(app.db, claims);
  const run = async (db: Queryable) =>
    serialise(spec, await handler({ app, caller, params, query, body, language, now, db }), app);

  if (spec.method === 'get') return respond(c, spec, await run(app.db), false);

  const writesBody = spec.method === 'post' || spec.method === 'put' || spec.method === 'patch';
  const key = writesBody
    ? readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER), spec.idempotent === true)
    : undefined;
  const scope = key
    ? {
        identity: caller?.id ?? 'anonymous',
        key,
        requestHash: requestHash(spec.method, c.req.path, body),
      }
    : undefined;
  const result = isImport
    ? await importOnce(app, scope, run)
    : await runOnce(app.db, scope, (tx) => run(tx));
  return respond(c, spec, result, result.replayed);
}

/**
 * An import under an Idempotency-Key. A replay is answered before anything is read or written. The
 * import then writes its batches, each an idempotent upsert in a transaction of its own, and the
 * key is recorded with its response once the last batch is in: a failure halfway records nothing,
 * and sending the same file again (with the same key or a new one) writes the same rows again and
 * finishes the job. Two identical imports at once both write the same rows; the second to finish
 * gets the first's response.
 */
async function importOnce(
  app: AppContext,
  scope: IdempotencyScope | undefined,
  run: (db: Queryable) => Promise<Serialised>,
): Promise<IdempotentResult> {
  const earlier = scope && (await recorded(app.db, scope));
  if (earlier) return earlier;
  const response = await run(app.db);
  return runOnce(app.db, scope, async () => response);
}

async function authenticate(
  c: Context<AppEnv>,
  app: AppContext,
  limiter: RateLimiter,
): Promise<TokenClaims> {
  let claims;
  try {
    claims = await app.auth.verify(bearerToken(c.req.header('Authorization')));
  } catch (error) {
    // Failed attempts count against the client's address, so guessing tokens is rate limited too.
    rateLimit(limiter, `ip:${clientAddress(c, app.config)}`);
    throw error;
  }
  rateLimit(limiter, `sub:${claims.sub}`);
  c.set('callerId', claims.sub);
  return claims;
}

function rateLimit(limiter: RateLimiter, identity: string): void {
  const retryAfter = limiter.take(identity);
  if (retryAfter !== undefined) {
    throw new ProblemError(429, {
      type: PROBLEM_TYPE.rateLimited,
      title: 'Too many requests',
      detail: `Too many requests; try again in ${retryAfter} s.`,
      headers: { 'Retry-After': String(retryAfter) },
    });
  }
}

/**
 * The language the client asked for with `Accept-Language` (its first valid tag), or null. The SDK
 * sends the widget's language that way.
 */
function acceptedLanguage(c: Context<AppEnv>): string | null {
  for (const range of (c.req.header('Accept-Language') ?? '').split(',')) {
    const tag = range.split(';')[0]!.trim();
    if (!tag || tag === '*') continue;
    try {
      return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return null;
}

/** For routes that take `?locale=`: without it, the language of `Accept-Language`. */
function withRequestedLocale(spec: RouteSpec, query: unknown, language: string | null): unknown {
  const shape = (spec.query as { shape?: Record<string, unknown> } | undefined)?.shape;
  const values = query as { locale?: string };
  if (!shape || !('locale' in shape) || values.locale !== undefined || !language) return query;
  return { ...values, locale: language };
}

/** The query string as one value per name; a name given twice is ambiguous, so it is refused. */
function singleQueryValues(c: Context<AppEnv>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, all] of Object.entries(c.req.queries())) {
    if (all.length > 1) throw badRequest([{ field: name, message: 'give this parameter once' }]);
    values[name] = all[0]!;
  }
  return values;
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

async function readBody(
  c: Context<AppEnv>,
  body: NonNullable<RouteSpec['body']>,
  isImport: boolean,
  app: AppContext,
): Promise<unknown> {
  const contentType = c.req.header('Content-Type') ?? '';
  const expectsJson = !('mediaType' in body);
  const accepted = expectsJson
    ? JSON_MEDIA_TYPE.test(contentType)
    : contentType.toLowerCase().startsWith(body.mediaType);
  if (!accepted) {
    const wanted = expectsJson ? 'application/json' : body.mediaType;
    throw new ProblemError(415, {
      detail: `Send the body as ${wanted}${contentType ? `, not ${contentType}` : ''}.`,
    });
  }
  const limit = isImport ? app.config.bodyLimits.importBytes : app.config.bodyLimits.jsonBytes;
  const text = await readText(c, limit);
  if (!expectsJson) return text;
  if (text.trim() === '') throw badRequest([{ field: 'body', message: 'a JSON body is required' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badRequest(
      [{ field: 'body', message: `not valid JSON: ${(error as Error).message}` }],
      'The body is not valid JSON.',
    );
  }
  return validate(body, parsed, 'body');
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError(413, {
    detail: `The body is larger than ${Math.round(limit / 1024)} KB.`,
    // The rest of the body is never read, so the connection cannot carry another request: say so,
    // or a client reusing it sends its next request into a socket the server is closing.
    headers: { Connection: 'close' },
  });
}

/** The body as UTF-8 text, refusing more than `limit` bytes without reading them all. */
async function readText(c: Context<AppEnv>, limit: number): Promise<string> {
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const stream = c.req.raw.body;
  if (!stream) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw badRequest([{ field: 'body', message: 'not valid UTF-8' }]);
  }
}

/** A response ready to send; `filename` names a calendar file (never stored: calendars are reads). */
type Serialised = StoredResponse & { filename?: string };

/** The first field of `output` (by path) that the contract's parse of it dropped, if any. */
function unnamedField(output: unknown, parsed: unknown, path = ''): string | undefined {
  if (Array.isArray(output) && Array.isArray(parsed)) {
    for (const [index, item] of output.entries()) {
      const found = unnamedField(item, parsed[index], `${path}${index}.`);
      if (found) return found;
    }
  } else if (output && parsed && typeof output === 'object' && typeof parsed === 'object') {
    for (const [key, value] of Object.entries(output)) {
      if (value === undefined) continue;
      if (!(key in parsed)) return `${path}${key}`;
      const found = unnamedField(value, (parsed as Record<string, unknown>)[key], `${path}${key}.`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The handler's answer as the bytes to send. With `checkResponses` (development and tests) it is
 * checked against the contract first, and a field the contract does not name is an error rather
 * than quietly dropped: so handlers are known to send exactly the contract's fields when, in
 * production, the check is skipped.
 */
function serialise(spec: RouteSpec, output: unknown, app: AppContext): Serialised {
  if (spec.response === null) return { status: spec.status, contentType: null, body: null };
  if (spec.response === 'text/calendar') {
    const file = output as CalendarFile;
    return {
      status: spec.status,
      contentType: 'text/calendar; charset=utf-8',
      body: file.ics,
      filename: file.filename,
    };
  }
  if (app.config.checkResponses) {
    const checked = z.safeParse(spec.response, output);
    const extra = checked.success ? unnamedField(output, checked.data) : undefined;
    if (!checked.success || extra) {
      // A bug in this server, not in the request: say so in the log, never send a wrong shape.
      app.config.logger.error('response does not match the contract', {
        route: spec.path,
        issue: checked.success
          ? `a field the contract does not name: ${extra}`
          : JSON.stringify(checked.error.issues.slice(0, 3)),
      });
      throw new ProblemError(500, {
        type: PROBLEM_TYPE.internal,
        detail: 'The server produced an invalid response.',
      });
    }
  }
  return { status: spec.status, contentType: 'application/json', body: JSON.stringify(output) };
}

/** A weak validator of the body's bytes (RFC 9110 §8.8.3). */
function etagOf(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function respond(
  c: Context<AppEnv>,
  spec: RouteSpec,
  stored: Serialised,
  replayed: boolean,
): Response {
  const headers = new Headers();
  if (replayed) headers.set('Idempotent-Replayed', 'true');
  if (stored.body === null || stored.contentType === null)
    return new Response(null, { status: stored.status, headers });
  headers.set('Content-Type', stored.contentType);
  // A known length lets the compression step skip small bodies.
  headers.set('Content-Length', String(Buffer.byteLength(stored.body)));
  if (spec.method !== 'get') {
    headers.set('Cache-Control', 'no-store');
    return new Response(stored.body, { status: stored.status, headers });
  }
  // Personal data: caches may keep it only for this client, and must ask before reusing it; and
  // content may be in the language the client asked for.
  headers.set('Cache-Control', 'private, no-cache');
  headers.set('Vary', 'Authorization, Accept-Language');
  const etag = etagOf(stored.body);
  headers.set('ETag', etag);
  if (stored.filename)
    headers.set('Content-Disposition', `attachment; filename="${stored.filename}"`);
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
    headers.delete('Content-Length');
    return new Response(null, { status: 304, headers });
  }
  return new Response(stored.body, { status: stored.status, headers });
}
