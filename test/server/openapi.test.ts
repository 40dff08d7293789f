/**
 * The OpenAPI document hospital IT builds against: valid OpenAPI 3.1, and describing exactly the
 * routes the server mounts (demo mode's included, marked as such).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi } from '../../scripts/openapi.js';
import { API_BASE, createApp, mountedApiRoutes } from '../../server/app.js';
import { defaultConfig } from '../../server/config.js';
import { silentLogger } from '../../server/log.js';
import { freshDatabase, type TestDatabase } from './support.js';

type Operation = {
  parameters: { $ref?: string; name?: string }[];
  security: unknown[];
  responses: Record<string, unknown>;
};

type Document = {
  paths: Record<string, { servers?: { url: string }[] } & Record<string, Operation>>;
  components: { schemas: Record<string, { format?: string }> };
};

describe('the OpenAPI document', () => {
  const document = buildOpenApi() as unknown as Document;
  let database: TestDatabase;

  before(async () => {
    database = await freshDatabase('pglite');
  });
  after(() => database.drop());

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    );
    assert.equal(validator.version, '3.1');
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
  });

  it('describes every route the server mounts, and no other', async () => {
    const { app } = await createApp({
      db: database.db,
      config: defaultConfig({ logger: silentLogger }),
    });
    const mounted = mountedApiRoutes(app);
    const documented = Object.entries(document.paths)
      .flatMap(([path, { servers, ...operations }]) => {
        // A path's own `servers` (demo mode's, at the root) replaces the document's /api.
        const base = servers ? servers[0]!.url.replace(/\/$/, '') : API_BASE;
        return Object.keys(operations).map((method) => `${method.toUpperCase()} ${base}${path}`);
      })
      .sort();
    assert.ok(mounted.length > 40);
    assert.ok(mounted.includes('GET /demo/people'), 'demo mode is on: its routes are mounted');
    assert.deepEqual(mounted, documented);
  });

  it('puts the Idempotency-Key header on idempotent routes, bearer auth on private ones, problem+json on errors', () => {
    const submit = document.paths['/v1/check-ins']!.post!;
    assert.ok(
      submit.parameters.some(
        (parameter) => parameter.$ref === '#/components/parameters/IdempotencyKeyRequired',
      ),
    );
    assert.deepEqual(submit.security, [{ bearerAuth: [] }]);
    assert.deepEqual(document.paths['/v1/health']!.get!.security, []);
    for (const status of ['400', '401', '403', '413', '415', '422', '429'])
      assert.ok(submit.responses[status], status);
    const ics = document.paths['/v1/meetups/{id}/ics']!.get!.responses['200'] as {
      content: Record<string, unknown>;
    };
    assert.ok(ics.content['text/calendar']);
    const csv = document.paths['/v1/coordinator/mentors/import']!.post! as unknown as {
      requestBody: { content: Record<string, unknown> };
    };
    assert.ok(csv.requestBody.content['text/csv']);
    assert.equal(document.components.schemas.Timestamp?.format, 'date-time');
  });
});
