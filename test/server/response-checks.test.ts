/**
 * Responses and the contract: in development and tests (`checkResponses`), a handler's answer that
 * breaks its schema, or carries a field the schema does not name, is a 500 and a log line, never
 * sent; in production (`NODE_ENV=production`) the check is skipped, which is safe because the
 * server suite runs every handler with it on. A route table of its own, mounted as the API's is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { RouteSpec } from '../../src/contract/routes.js';
import { KnownPeople } from '../../server/auth.js';
import { configFromEnv, defaultConfig } from '../../server/config.js';
import type { AppEnv } from '../../server/http/env.js';
import { RateLimiter } from '../../server/http/rate-limit.js';
import type { LogFields } from '../../server/log.js';
import { problemResponse, ProblemError } from '../../server/problem.js';
import type { AppContext } from '../../server/routes/handler.js';
import { mountRoutes } from '../../server/routes/mount.js';

const table = {
  thing: {
    method: 'get',
    path: '/v1/thing',
    summary: 'A thing',
    roles: 'public',
    status: 200,
    response: z.object({ id: z.string(), size: z.int() }),
  },
} as const satisfies Record<string, RouteSpec>;

/** An app whose one route answers `answer`, and the errors it logged. */
function appAnswering(answer: unknown, checkResponses: boolean) {
  const errors: { message: string; fields?: LogFields }[] = [];
  const config = defaultConfig({
    checkResponses,
    logger: {
      info: () => undefined,
      warn: () => undefined,
      error: (message, fields) => errors.push({ message, fields }),
    },
  });
  // The route never touches the database or a token.
  const app = { config, now: () => new Date() } as unknown as AppContext;
  const server = new Hono<AppEnv>();
  server.onError((error, c) =>
    error instanceof ProblemError ? problemResponse(error.problem, c.req.path) : c.text('?', 500),
  );
  const handlers = { thing: async () => answer } as never;
  mountRoutes(server, table, handlers, {
    app,
    limiter: new RateLimiter(0, 60_000),
    people: new KnownPeople(),
  });
  return { request: () => server.request('/v1/thing'), errors };
}

describe('responses and the contract', () => {
  it('sends an answer that matches the contract', async () => {
    const { request, errors } = appAnswering({ id: 'a', size: 2 }, true);
    const response = await request();
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { id: 'a', size: 2 });
    assert.equal(errors.length, 0);
  });

  it('refuses, with a 500 and a log line, an answer of the wrong shape', async () => {
    const { request, errors } = appAnswering({ id: 'a', size: 'big' }, true);
    const response = await request();
    assert.equal(response.status, 500);
    assert.doesNotMatch(await response.text(), /big/);
    assert.equal(errors[0]?.message, 'response does not match the contract');
  });

  it('refuses an answer with a field the contract does not name, rather than dropping it', async () => {
    const { request, errors } = appAnswering({ id: 'a', size: 2, routesTo: 'men-ravi' }, true);
    const response = await request();
    assert.equal(response.status, 500);
    assert.doesNotMatch(await response.text(), /men-ravi/);
    assert.match(String(errors[0]?.fields?.issue), /does not name: routesTo/);
  });

  it('skips the check in production, where the answer is sent as the handler gave it', async () => {
    assert.equal(
      configFromEnv({ KINSHIP_DEMO: '1', NODE_ENV: 'production' }).checkResponses,
      false,
    );
    assert.equal(configFromEnv({ KINSHIP_DEMO: '1' }).checkResponses, true);
    const { request, errors } = appAnswering({ id: 'a', size: 2 }, false);
    const response = await request();
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { id: 'a', size: 2 });
    assert.equal(errors.length, 0);
  });
});
