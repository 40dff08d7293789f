/** The server's settings, read once from the environment by `main.ts` (see server/README.md). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonLogger, silentLogger, type Logger } from './log.js';

export type AuthConfig =
  /** `KINSHIP_DEMO=1`: the server signs demo tokens with a secret kept in the database. */
  | { mode: 'demo' }
  | { mode: 'secret'; secret: string; issuer?: string; audience?: string }
  | { mode: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

export interface ServerConfig {
  version: string;
  auth: AuthConfig;
  /** Origins allowed to call the API from a browser. In demo mode, localhost origins are added. */
  allowedOrigins: string[];
  /** Requests per identity per window; 0 turns the limit off. Kept per process. */
  rateLimit: { max: number; windowSeconds: number };
  /** Behind a reverse proxy: take the client address from X-Forwarded-For, https from X-Forwarded-Proto. */
  trustProxy: boolean;
  /** Send Strict-Transport-Security on https requests. */
  hsts: boolean;
  bodyLimits: { jsonBytes: number; importBytes: number };
  /** Hosts an iCalendar feed may be fetched from although they resolve to private addresses. */
  feedPrivateHosts: string[];
  /** The fixed periods check-in aggregates are cut into. */
  aggregatePeriod: 'week' | 'month';
  /** UCLA-3 total at or above which a check-in suggests support for loneliness (3–9). */
  lonelinessThreshold: number;
  /** The built SDK, served at /sdk/. */
  sdkDir: string;
  /** The demo portal, served at /. */
  demoDir: string;
  /**
   * Check every response against the contract before sending it, and refuse one with a field the
   * contract does not name: on in development and tests, off with NODE_ENV=production, where the
   * check would cost a busy route a third of its time and the SDK checks each response anyway.
   */
  checkResponses: boolean;
  logger: Logger;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function packageVersion(): string {
  const json = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
  return json.version;
}

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    version: packageVersion(),
    auth: { mode: 'demo' },
    allowedOrigins: [],
    rateLimit: { max: 300, windowSeconds: 60 },
    trustProxy: false,
    hsts: false,
    bodyLimits: { jsonBytes: 64 * 1024, importBytes: 2 * 1024 * 1024 },
    feedPrivateHosts: [],
    aggregatePeriod: 'month',
    lonelinessThreshold: 6,
    sdkDir: `${ROOT}dist`,
    demoDir: `${ROOT}demo`,
    checkResponses: true,
    logger: jsonLogger(),
    ...overrides,
  };
}

export class ConfigError extends Error {}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  return ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function authFrom(env: NodeJS.ProcessEnv): AuthConfig {
  // A variable that is set but empty (`KINSHIP_JWT_SECRET=` in a compose file whose source variable
  // is unset) is a mistake to stop at, never a reason to fall back to something weaker.
  const secret = env.KINSHIP_JWT_SECRET;
  const jwksUrl = env.KINSHIP_JWKS_URL;
  const demo = flag(env, 'KINSHIP_DEMO');
  const claims = {
    ...(env.KINSHIP_JWT_ISSUER ? { issuer: env.KINSHIP_JWT_ISSUER } : {}),
    ...(env.KINSHIP_JWT_AUDIENCE ? { audience: env.KINSHIP_JWT_AUDIENCE } : {}),
  };
  if (secret !== undefined && jwksUrl !== undefined)
    throw new ConfigError('Set KINSHIP_JWT_SECRET or KINSHIP_JWKS_URL, not both.');
  if (demo && (secret !== undefined || jwksUrl !== undefined))
    throw new ConfigError(
      'KINSHIP_DEMO=1 signs its own tokens: unset KINSHIP_JWT_SECRET and KINSHIP_JWKS_URL, or unset KINSHIP_DEMO.',
    );
  if (secret !== undefined) {
    if (secret.trim() === '')
      throw new ConfigError(
        "KINSHIP_JWT_SECRET is set but empty. Give it your portal's HS256 secret (at least 32 bytes).",
      );
    // RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 256 bits.
    if (Buffer.byteLength(secret) < 32)
      throw new ConfigError(
        `KINSHIP_JWT_SECRET is ${Buffer.byteLength(secret)} bytes long; it must be at least 32 bytes.`,
      );
    return { mode: 'secret', secret, ...claims };
  }
  if (jwksUrl !== undefined) {
    if (!/^https?:\/\//.test(jwksUrl))
      throw new ConfigError('KINSHIP_JWKS_URL must be an http(s) URL.');
    return { mode: 'jwks', jwksUrl, ...claims };
  }
  if (demo) return { mode: 'demo' };
  throw new ConfigError(
    'No way to check tokens: set KINSHIP_JWT_SECRET (at least 32 bytes) or KINSHIP_JWKS_URL. ' +
      'To try Kinship with its fictional demo data instead, set KINSHIP_DEMO=1 (never for a real program).',
  );
}

/**
 * What an operator should hear about at start although the server can run: a token check that
 * accepts any issuer or audience accepts tokens the portal minted for other services too.
 */
export function startupWarnings(config: ServerConfig): string[] {
  const { auth } = config;
  if (auth.mode === 'demo')
    return [
      'Demo mode: anyone who reaches this server can sign in as any seeded person. Never use it for a real program.',
    ];
  const missing = [
    ...(auth.issuer ? [] : ['KINSHIP_JWT_ISSUER']),
    ...(auth.audience ? [] : ['KINSHIP_JWT_AUDIENCE']),
  ];
  return missing.length === 0
    ? []
    : [
        `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: tokens with any ${missing
          .map((name) => (name.endsWith('ISSUER') ? 'iss' : 'aud'))
          .join(
            ' and ',
          )} are accepted, including tokens your portal signs for other services. Set ${
          missing.length > 1 ? 'them' : 'it'
        }.`,
      ];
}

/** Where to listen: `HOST`, else every interface, except in demo mode, which stays on this machine. */
export function listenHost(env: NodeJS.ProcessEnv, auth: AuthConfig): string | undefined {
  if (env.HOST) return env.HOST;
  return auth.mode === 'demo' ? '127.0.0.1' : undefined;
}

function aggregatePeriod(raw: string | undefined): ServerConfig['aggregatePeriod'] {
  if (raw === undefined || raw === '' || raw === 'month') return 'month';
  if (raw === 'week') return 'week';
  throw new ConfigError(`KINSHIP_AGGREGATE_PERIOD must be month or week, not "${raw}".`);
}

/** Reads the settings from environment variables; throws a `ConfigError` naming a bad one. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const origins = list(env.KINSHIP_ALLOWED_ORIGINS);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `KINSHIP_ALLOWED_ORIGINS: "${origin}" is not an origin such as https://portal.example.org.`,
      );
    }
  }
  return defaultConfig({
    auth: authFrom(env),
    allowedOrigins: origins,
    rateLimit: {
      max: integer(env, 'KINSHIP_RATE_LIMIT', 300, 0, 1_000_000),
      windowSeconds: integer(env, 'KINSHIP_RATE_LIMIT_WINDOW', 60, 1, 86_400),
    },
    feedPrivateHosts: list(env.KINSHIP_FEED_PRIVATE_HOSTS).map((host) => host.toLowerCase()),
    trustProxy: flag(env, 'KINSHIP_TRUST_PROXY'),
    hsts: flag(env, 'KINSHIP_HSTS'),
    lonelinessThreshold: integer(env, 'KINSHIP_LONELINESS_THRESHOLD', 6, 3, 9),
    aggregatePeriod: aggregatePeriod(env.KINSHIP_AGGREGATE_PERIOD),
    ...(env.KINSHIP_SDK_DIR ? { sdkDir: env.KINSHIP_SDK_DIR } : {}),
    ...(env.KINSHIP_DEMO_DIR ? { demoDir: env.KINSHIP_DEMO_DIR } : {}),
    checkResponses: env.NODE_ENV !== 'production',
    logger: env.KINSHIP_LOG === 'silent' ? silentLogger : jsonLogger(),
  });
}
