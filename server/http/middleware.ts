/** The cross-cutting HTTP behaviour: request ids and logs, security headers, CORS, draining. */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ServerConfig } from '../config.js';
import { PROBLEM_MEDIA_TYPE } from '../problem.js';
import { isHttps } from './client.js';
import type { AppEnv } from './env.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** One JSON log line per request, and an X-Request-Id on every response to match it. */
export function requestLog(config: ServerConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('X-Request-Id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    config.logger.info('request', {
      method: c.req.method,
      // The path only: query strings may carry ids, and bodies and tokens are never logged.
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  };
}

/** Headers every response carries; the API additionally may never be framed or run as a page. */
/**
 * The policy of the server's own pages (the demo portal, or the page at `/` outside demo mode): the
 * one README.md's "Embedding safely" asks of a host page, Trusted Types included, so the demo shows
 * Kinship running under it; images may come from any https origin (mentors' photos).
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export function securityHeaders(
  config: ServerConfig,
  scope: 'api' | 'static',
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    if (scope === 'api') {
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      headers.set('X-Frame-Options', 'DENY');
    } else {
      headers.set('Content-Security-Policy', PAGE_POLICY);
      headers.set('X-Frame-Options', 'SAMEORIGIN');
    }
    if (config.hsts && isHttps(c, config))
      headers.set('Strict-Transport-Security', 'max-age=31536000');
  };
}

const LOCALHOST_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export const CORS_ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id';
export const CORS_EXPOSE_HEADERS = 'ETag, Retry-After, Idempotent-Replayed, X-Request-Id';
const CORS_ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE';

/**
 * CORS for the API: only the allowlisted origins (and, in demo mode, any localhost port) may read
 * responses. Tokens travel in the Authorization header, never in cookies, so no credentials mode.
 */
export function apiCors(
  allowedOrigins: readonly string[],
  allowLocalhost: boolean,
): MiddlewareHandler<AppEnv> {
  const allowlist = new Set(allowedOrigins);
  const isAllowed = (origin: string) =>
    allowlist.has(origin) || (allowLocalhost && LOCALHOST_ORIGIN.test(origin));
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && isAllowed(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      if (!allowed) {
        const problem = {
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'This origin may not call the API.',
        };
        return new Response(JSON.stringify(problem), {
          status: 403,
          headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, Vary: 'Origin' },
        });
      }
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
          'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    }
  };
}

/** The SDK's files may be loaded from any page: that is what they are for. */
export function openCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  };
}

/** A year: what "never changes" means to a browser cache (RFC 9111, `immutable`). */
const A_YEAR_SECONDS = 31_536_000;

/**
 * How browsers may keep the SDK's files. Those in `chunks/` carry a hash of their content in their
 * name, so a browser keeps them for a year without asking again: a resident's next page loads a
 * widget's chunks from its cache. `kinship.js` and the translations keep their names from one
 * version to the next, so a browser asks each time (`no-cache`) and gets a 304 when nothing
 * changed. Without a `Cache-Control`, a browser would keep `kinship.js` for a while on its own
 * heuristics, and after an update that copy would ask for chunks the new build no longer has.
 */
export function sdkCaching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (c.res.status !== 200) return;
    if (c.req.path.startsWith('/sdk/chunks/')) {
      headers.set('Cache-Control', `public, max-age=${A_YEAR_SECONDS}, immutable`);
      return;
    }
    headers.set('Cache-Control', 'no-cache');
    const lastModified = headers.get('Last-Modified');
    const length = headers.get('Content-Length');
    if (!lastModified || !length) return;
    // Weak: the same file goes out gzipped or not. Its length and time (to the second) tell
    // versions apart; a build that rewrote the file within that second at the same length would
    // not be noticed until the next one.
    const etag = `W/"${Number(length).toString(36)}-${(Date.parse(lastModified) / 1000).toString(36)}"`;
    headers.set('ETag', etag);
    // Weak comparison (RFC 9110, 13.1.2): If-None-Match first, If-Modified-Since without it.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    const ifNoneMatch = c.req.header('If-None-Match');
    const ifModifiedSince = c.req.header('If-Modified-Since');
    const unchanged =
      ifNoneMatch !== undefined
        ? ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
        : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
    if (!unchanged) return;
    await c.res.body?.cancel();
    // hono carries the 200's headers over (all but its Content-Type); its length is not this one's.
    c.res = new Response(null, { status: 304 });
    c.res.headers.delete('Content-Length');
  };
}

/** While shutting down, ask each client to close its connection after the current response. */
export function drainOnShutdown(signal: AbortSignal | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (signal?.aborted) c.res.headers.set('Connection', 'close');
  };
}
