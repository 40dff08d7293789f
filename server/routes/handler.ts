/**
 * The shape of a route handler, derived from the route's entry in `src/contract/routes.ts`: the
 * parsed params, query and body it receives and the response it must return are the contract's
 * types, so a handler cannot drift from the table it implements.
 */
import type * as z from 'zod/mini';
import type { RouteId, RouteSpec, routes } from '../../src/contract/routes.js';
import type { Authenticator, Caller } from '../auth.js';
import type { ServerConfig } from '../config.js';
import type { Db, Queryable } from '../db/db.js';

type Schema = z.core.$ZodType;

type Parsed<R, K extends 'params' | 'query'> =
  R extends Record<K, infer S extends Schema> ? z.output<S> : undefined;

type BodyOf<R> = R extends { body: infer B }
  ? B extends Schema
    ? z.output<B>
    : string
  : undefined;

/** An iCalendar file to send as `text/calendar`. */
export interface CalendarFile {
  filename: string;
  ics: string;
}

type ResponseOf<R> = R extends { response: infer S }
  ? S extends Schema
    ? z.input<S>
    : S extends 'text/calendar'
      ? CalendarFile
      : void
  : never;

/** What every handler can reach: the database, the settings, and the clock. */
export interface AppContext {
  db: Db;
  config: ServerConfig;
  auth: Authenticator;
  now(): Date;
}

export interface HandlerInput<R extends RouteSpec> {
  app: AppContext;
  /**
   * For a write, the transaction that also records the Idempotency-Key; for a read, the database.
   * An import gets the database too, and writes its batches in transactions of its own (`app.db`).
   */
  db: Queryable;
  caller: R['roles'] extends 'public' ? null : Caller;
  params: Parsed<R, 'params'>;
  query: Parsed<R, 'query'>;
  body: BodyOf<R>;
  /**
   * The language the client asked for with `Accept-Language` (its first valid tag), or null. Routes
   * with a `locale` parameter get it there too, when the parameter is not given.
   */
  language: string | null;
  /** The time the request arrived. */
  now: Date;
}

export type Handler<R extends RouteSpec> = (input: HandlerInput<R>) => Promise<ResponseOf<R>>;

export type Handlers = { [K in RouteId]: Handler<(typeof routes)[K]> };

/** Handlers for some of the routes; `routes/index.ts` checks that together they cover all. */
export type HandlerGroup<K extends RouteId> = Pick<Handlers, K>;
