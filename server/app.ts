/**
 * The Kinship reference server as a hono app: the API at /api, the built SDK at /sdk/, the demo
 * portal at /, and in demo mode its sign-in at /demo/. `createApp` takes an open, migrated
 * database and the settings; `main.ts` runs it as a process and `testing.ts` in tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { routes, type RouteSpec } from '../src/contract/routes.js';
import { createAuthenticator, KnownPeople, type Authenticator } from './auth.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/db.js';
import { demoRoutes } from './demo-contract.js';
import { compress } from './http/compress.js';
import type { AppEnv } from './http/env.js';
import {
  apiCors,
  drainOnShutdown,
  openCors,
  requestLog,
  sdkCaching,
  securityHeaders,
} from './http/middleware.js';
import { RateLimiter } from './http/rate-limit.js';
import { PROBLEM_TYPE, ProblemError, problemResponse } from './problem.js';
import { demoHandlers } from './routes/demo.js';
import { handlers } from './routes/index.js';
import { mountRoutes } from './routes/mount.js';

export const API_BASE = '/api';

export interface CreateAppOptions {
  db: Db;
  config: ServerConfig;
  /** The clock; tests move it to another day. */
  now?: () => Date;
  /** Aborted when the process begins to shut down: responses then close their connections. */
  shutdownSignal?: AbortSignal;
}

export interface KinshipApp {
  app: Hono<AppEnv>;
  auth: Authenticator;
}

/** A route table and the path it is mounted under. */
type MountedTable = [base: string, table: Record<string, RouteSpec>];

/** For a 405: the methods the mounted route tables offer at a path, if they offer any. */
function methodsAt(path: string, tables: readonly MountedTable[]): string[] {
  return tables
    .flatMap(([base, table]) => Object.values(table).map((spec) => [base, spec] as const))
    .filter(([base, spec]) =>
      new RegExp(`^${base}${spec.path.replace(/\{\w+\}/g, '[^/]+')}/?$`).test(path),
    )
    .map(([, spec]) => spec.method.toUpperCase());
}

const page = (text: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kinship</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Kinship</h1>
<p>${text} The API is running: <a href="/api/v1/health">/api/v1/health</a>.</p>
</main></body></html>`;

/** In demo mode, before the demo portal is built. */
const PLACEHOLDER_PAGE = page('The demo portal is being built.');

/** Outside demo mode: the demo portal signs in as anyone seeded, so it is not served. */
const SERVER_PAGE = page('This is a Kinship server; the widgets load from /sdk/kinship.js.');

export async function createApp(options: CreateAppOptions): Promise<KinshipApp> {
  const { db, config } = options;
  const auth = await createAuthenticator(config.auth, db);
  const demo = auth.mode === 'demo';
  const app = { db, config, auth, now: options.now ?? (() => new Date()) };
  const limiter = new RateLimiter(config.rateLimit.max, config.rateLimit.windowSeconds * 1000);
  const people = new KnownPeople();
  // Demo mode's sign-in is no part of the endpoint a hospital implements, so it sits at the root
  // (DESIGN.md: `/demo/people`, `/demo/token`), beside the demo portal that uses it.
  const mounted: MountedTable[] = [
    [API_BASE, routes],
    ...(demo ? [['', demoRoutes] as MountedTable] : []),
  ];

  const server = new Hono<AppEnv>();
  server.use('*', requestLog(config));
  server.use('*', drainOnShutdown(options.shutdownSignal));
  server.use('*', compress());

  server.onError((error, c) => {
    if (error instanceof ProblemError)
      return problemResponse(error.problem, c.req.path, error.headers);
    config.logger.error('unhandled error', {
      requestId: c.get('requestId'),
      error: error.message,
      stack: error.stack?.split('\n').slice(0, 6).join(' | '),
    });
    const problem = {
      type: PROBLEM_TYPE.internal,
      title: 'Internal Server Error',
      status: 500,
      detail: `Something went wrong on our side. Request id: ${c.get('requestId')}.`,
    };
    return problemResponse(problem, c.req.path);
  });

  server.notFound((c) => {
    const allowed = methodsAt(c.req.path, mounted);
    if (allowed.length > 0) {
      const problem = {
        type: 'about:blank',
        title: 'Method Not Allowed',
        status: 405,
        detail: `Use ${allowed.join(' or ')}.`,
      };
      return problemResponse(problem, c.req.path, { Allow: allowed.join(', ') });
    }
    return problemResponse(
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Nothing here.' },
      c.req.path,
    );
  });

  const api = new Hono<AppEnv>();
  api.use('*', securityHeaders(config, 'api'));
  api.use('*', apiCors(config.allowedOrigins, demo));
  mountRoutes(api, routes, handlers, { app, limiter, people });
  server.route(API_BASE, api);

  if (demo) {
    // Answered like the API (its headers and CORS): other local demo pages sign in here too.
    server.use('/demo/*', securityHeaders(config, 'api'), apiCors(config.allowedOrigins, demo));
    mountRoutes(server, demoRoutes, demoHandlers, { app, limiter, people });
  }

  // The SDK is meant to be loaded by any page, from anywhere. Served from the folder as it is at
  // each request, so a dist/ built after the server started (npm start builds while it runs) is
  // served too; until then its URLs answer 404.
  server.use(
    '/sdk/*',
    openCors(),
    securityHeaders(config, 'static'),
    sdkCaching(),
    serveStatic({
      root: config.sdkDir,
      rewriteRequestPath: (path) => path.replace(/^\/sdk/, ''),
    }),
  );

  server.use('*', securityHeaders(config, 'static'));
  if (demo) {
    server.get('/', async (c, next) => {
      if (existsSync(join(config.demoDir, 'index.html'))) return next();
      return c.html(PLACEHOLDER_PAGE);
    });
    server.use('*', serveStatic({ root: config.demoDir }));
  } else {
    server.get('/', (c) => c.html(SERVER_PAGE));
  }

  return { app: server, auth };
}

/**
 * Every route of the API and of demo mode as `METHOD /path` (OpenAPI style, e.g.
 * `GET /api/v1/meetups/{id}/ics`, `GET /demo/people`), for checks against the OpenAPI document.
 */
export function mountedApiRoutes(app: Hono<AppEnv>): string[] {
  const apiRoutes = app.routes.filter(
    (route) =>
      route.method !== 'ALL' &&
      (route.path.startsWith(`${API_BASE}/`) || route.path.startsWith('/demo/')),
  );
  return [
    ...new Set(
      apiRoutes.map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    ),
  ].sort();
}
