/**
 * Generates `dist/openapi.json` (OpenAPI 3.1) from the contract's route table, for hospital IT
 * teams who implement the endpoint in their own stack. Run: `node --import tsx scripts/openapi.ts`.
 *
 * Schemas come from the zod/mini contract through `toJSONSchema`; each exported schema becomes a
 * named component through a registry made here (the contract modules stay free of metadata,
 * since the browser bundle imports them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import * as contract from '../src/contract/index.js';
import { routes, type RouteSpec } from '../src/contract/routes.js';
import { demoRoutes } from '../server/demo-contract.js';

type JsonSchema = Record<string, unknown>;
type Schema = z.core.$ZodType;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Formats the contract checks with patterns (cheaper in the browser) but that tools know by name. */
const FORMATS: Record<string, string> = {
  Timestamp: 'date-time',
  LocalDate: 'date',
  HttpUrl: 'uri',
};

const PROBLEM_RESPONSES = {
  BadRequest:
    'The request is not valid: `errors` names each field (body fields, query parameters, `Idempotency-Key`).',
  Unauthorized: 'No token, or a token that is expired, malformed or wrongly signed.',
  Forbidden: "The token's role may not use this route.",
  NotFound: 'No such resource, or one that is not the caller’s.',
  Conflict:
    'The request conflicts with the current state (for example `urn:kinship:problem:slot-taken`).',
  ContentTooLarge: 'The body is larger than the limit (64 KB for JSON, 2 MB for imports).',
  UnsupportedMediaType: 'The body is not in the media type this route takes.',
  UnprocessableContent: 'This `Idempotency-Key` was already used with a different request.',
  TooManyRequests: 'Rate limited: wait the number of seconds in `Retry-After`.',
  InternalServerError: 'A fault in the server; the body names the request id to report.',
  ServiceUnavailable:
    'The database, the program or the identity provider is not available right now.',
} as const;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value;

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function tagOf(path: string): string {
  if (path.startsWith('/demo/')) return 'demo';
  const first = path.split('/')[2]!;
  if (first === 'check-in' || first === 'check-ins') return 'check-in';
  if (first === 'health' || first === 'program' || first === 'me') return 'service';
  return first;
}

/** Removes what a stand-alone JSON Schema carries but a component must not. */
function asComponent(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Query or path parameters from an object schema; registered schemas become component refs. */
function parametersOf(
  schema: Schema | undefined,
  location: 'query' | 'path',
  registry: z.core.$ZodRegistry<{ id: string }>,
) {
  if (!schema) return [];
  const json = toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: registry,
    io: 'input',
    unrepresentable: 'any',
  });
  const text = JSON.stringify(json.properties ?? {}).replace(
    /"#\/\$defs\/(\w+)"/g,
    '"#/components/schemas/$1"',
  );
  const properties = JSON.parse(text) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

function problemRef(name: keyof typeof PROBLEM_RESPONSES) {
  return { $ref: `#/components/responses/${name}` };
}

function operation(
  id: string,
  spec: RouteSpec,
  schemaName: (schema: Schema) => string,
  registry: z.core.$ZodRegistry<{ id: string }>,
) {
  const isPublic = spec.roles === 'public';
  const writes = spec.method === 'post' || spec.method === 'put' || spec.method === 'patch';
  const parameters: unknown[] = [
    ...parametersOf(spec.params, 'path', registry),
    ...parametersOf(spec.query, 'query', registry),
  ];
  if (writes)
    parameters.push({
      $ref: spec.idempotent
        ? '#/components/parameters/IdempotencyKeyRequired'
        : '#/components/parameters/IdempotencyKey',
    });
  if (spec.method === 'get') parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });

  const success: Record<string, unknown> = { description: spec.summary };
  if (spec.response === 'text/calendar') {
    success.content = {
      'text/calendar': {
        schema: { type: 'string', description: 'An RFC 5545 calendar with VTIMEZONE.' },
      },
    };
  } else if (spec.response !== null) {
    success.content = {
      'application/json': { schema: { $ref: `#/components/schemas/${schemaName(spec.response)}` } },
    };
  }
  if (spec.method === 'get') success.headers = { ETag: { $ref: '#/components/headers/ETag' } };

  const responses: Record<string, unknown> = { [String(spec.status)]: success };
  if (spec.method === 'get')
    responses['304'] = { description: 'Not modified: the `If-None-Match` ETag still matches.' };
  if (spec.params || spec.query || spec.body || writes) responses['400'] = problemRef('BadRequest');
  if (!isPublic) {
    responses['401'] = problemRef('Unauthorized');
    responses['403'] = problemRef('Forbidden');
  }
  if (spec.params || spec.path.startsWith('/demo/token')) responses['404'] = problemRef('NotFound');
  if (writes) responses['409'] = problemRef('Conflict');
  if (spec.body) {
    responses['413'] = problemRef('ContentTooLarge');
    responses['415'] = problemRef('UnsupportedMediaType');
  }
  if (writes) responses['422'] = problemRef('UnprocessableContent');
  responses['429'] = problemRef('TooManyRequests');
  responses['500'] = problemRef('InternalServerError');
  responses['503'] = problemRef('ServiceUnavailable');

  const roles = spec.roles === 'public' ? 'No token needed.' : `Roles: ${spec.roles.join(', ')}.`;
  const demoOnly = spec.path.startsWith('/demo/')
    ? ' Exists only in demo mode (no JWT secret or JWKS configured).'
    : '';
  const result: Record<string, unknown> = {
    operationId: id,
    summary: spec.summary,
    description: `${roles}${spec.idempotent ? ' Requires an `Idempotency-Key`.' : ''}${demoOnly}`,
    tags: [tagOf(spec.path)],
    'x-kinship-roles': spec.roles === 'public' ? [] : [...spec.roles],
    security: isPublic ? [] : [{ bearerAuth: [] }],
    parameters,
    responses,
  };
  if (spec.body) {
    const content =
      'mediaType' in spec.body
        ? { [spec.body.mediaType]: { schema: { type: 'string' } } }
        : {
            'application/json': {
              schema: { $ref: `#/components/schemas/${schemaName(spec.body)}` },
            },
          };
    result.requestBody = { required: true, content };
  }
  return result;
}

export function buildOpenApi(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const names = new Map<Schema, string>();
  const name = (schema: Schema, id: string) => {
    if (!names.has(schema)) {
      names.set(schema, id);
      registry.add(schema, { id });
    }
    return names.get(schema)!;
  };
  for (const [exported, value] of Object.entries(contract))
    if (isSchema(value)) name(value, exported);

  const table: [string, RouteSpec][] = [...Object.entries(routes), ...Object.entries(demoRoutes)];
  // A route's body or response that the contract does not export gets a name from the route.
  for (const [id, spec] of table) {
    if (spec.body && isSchema(spec.body)) name(spec.body, `${pascal(id)}Body`);
    if (isSchema(spec.response)) name(spec.response, `${pascal(id)}Response`);
  }
  const schemaName = (schema: Schema) => names.get(schema)!;

  const generated = toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  });
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    schemas[id] = {
      ...asComponent(schema as JsonSchema),
      ...(FORMATS[id] ? { format: FORMATS[id] } : {}),
    };
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, spec] of table) {
    // Demo mode's routes are mounted at the server's root, not under the API's /api.
    paths[spec.path] ??= spec.path.startsWith('/demo/')
      ? { servers: [{ url: '/', description: 'Demo mode only: at the root of the server.' }] }
      : {};
    paths[spec.path]![spec.method] = operation(id, spec, schemaName, registry);
  }

  const problem = {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
  };
  const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    version: string;
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kinship endpoint',
      version,
      summary: 'The HTTP API the Kinship widgets talk to.',
      description:
        'Every error is RFC 9457 problem details (`application/problem+json`). Writes accept an `Idempotency-Key` ' +
        '(required where marked): a replay returns the first response. GET responses carry a weak `ETag`; send it back ' +
        'in `If-None-Match` for a 304. See server/README.md of the reference server for authentication, CORS and limits.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api', description: 'The reference server mounts the API at /api.' }],
    tags: [
      'service',
      'check-in',
      'mentor',
      'tips',
      'meetups',
      'outreach',
      'coordinator',
      'demo',
    ].map((tag) => ({ name: tag })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A JWT minted by the portal: HS256 with a shared secret, or an asymmetric algorithm with keys at a JWKS URL. ' +
            'Claims: `sub` (the person id), `role` (resident, mentor or coordinator), `exp`; optional `name`, `iss`, `aud`.',
        },
      },
      parameters: {
        IdempotencyKeyRequired: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A unique key per intended change (e.g. a UUID). The same key returns the stored first response.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Optional here; honoured as on the routes that require it.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of a copy you hold; an unchanged resource answers 304.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'A weak validator of the body.', schema: { type: 'string' } },
      },
      responses: Object.fromEntries(
        Object.entries(PROBLEM_RESPONSES).map(([key, description]) => [
          key,
          { description, content: problem },
        ]),
      ),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = `${ROOT}dist/openapi.json`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
