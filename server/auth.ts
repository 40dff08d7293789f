/**
 * Who is calling: `Authorization: Bearer <JWT>`, verified with jose. The portal mints the token
 * (HS256 with a shared secret, or any asymmetric algorithm with keys published as a JWKS); `sub` is
 * the person's id and `role` one of resident, mentor, coordinator. In demo mode the server mints
 * its own tokens with a secret it keeps in the database, so every instance on that database agrees.
 */
import { randomBytes } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import * as z from 'zod/mini';
import { Id, Role } from '../src/contract/index.js';
import type { AuthConfig } from './config.js';
import type { Db, Queryable } from './db/db.js';
import { PROBLEM_TYPE, ProblemError } from './problem.js';
import { storable, truncated } from './storable.js';

/**
 * Who is calling, from the verified token alone: reads need no round trip for it. A route that
 * needs the person's stored language reads it in its own query.
 */
export interface Caller {
  id: string;
  /** The token's role, which decides what the caller may do, whatever the stored record says. */
  role: Role;
}

/** The caller's stored record, as `GET /v1/me` answers it. */
export interface Person extends Caller {
  name: string;
  locale: string | null;
  timeZone: string | null;
}

export interface TokenClaims {
  sub: string;
  role: Role;
  name?: string;
}

export interface Authenticator {
  readonly mode: AuthConfig['mode'];
  /** Verifies a bearer token; throws a 401 problem saying what is wrong with it. */
  verify(token: string): Promise<TokenClaims>;
  /** Mints a token (demo mode, shared-secret mode); undefined with a JWKS, whose keys we never hold. */
  sign?(claims: TokenClaims, expiresIn?: string): Promise<string>;
}

const DEMO_ISSUER = 'kinship-demo';
const DEMO_SECRET_KEY = 'demo_jwt_secret';
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** How far a token's `iat` may be ahead of our clock: the portal's clock and ours drift a little. */
const CLOCK_SKEW_SECONDS = 60;

const Claims = z.object({ sub: Id, role: Role, name: z.optional(z.string()) });

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, {
    type: PROBLEM_TYPE.unauthorized,
    title: 'Unauthorized',
    detail,
    // RFC 6750 §3: tell the client which scheme to use, and why the token failed.
    headers: {
      'WWW-Authenticate': `Bearer error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`,
    },
  });
}

function explain(error: unknown, remoteKeys: boolean): ProblemError {
  if (error instanceof errors.JWTExpired) return unauthorized('The token has expired.');
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return unauthorized("The token's signature is not valid.");
  if (error instanceof errors.JWTClaimValidationFailed)
    return unauthorized(`The token's "${error.claim}" claim is not valid.`);
  if (error instanceof errors.JOSEAlgNotAllowed)
    return unauthorized("The token's signing algorithm is not accepted.");
  if (error instanceof errors.JWKSNoMatchingKey)
    return unauthorized('No published key matches the token.');
  // Not the token's fault: the identity provider's keys could not be fetched or read.
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    (remoteKeys && !(error instanceof errors.JOSEError))
  ) {
    return new ProblemError(503, {
      type: PROBLEM_TYPE.unavailable,
      detail: 'The identity provider’s keys could not be loaded; try again shortly.',
      headers: { 'Retry-After': '5' },
    });
  }
  return unauthorized('The token is malformed.');
}

function checkClaims(payload: JWTPayload): TokenClaims {
  const result = z.safeParse(Claims, payload);
  if (!result.success) {
    const claim = String(result.error.issues[0]?.path[0] ?? 'sub');
    throw unauthorized(
      claim === 'role'
        ? 'The token\'s "role" claim must be resident, mentor or coordinator.'
        : `The token's "${claim}" claim is not valid.`,
    );
  }
  return result.data;
}

type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;
type Key = Uint8Array | RemoteKeys;
/** The key a token was verified with: the secret, or the JWKS's key object for it. */
type VerifyingKey = Awaited<ReturnType<RemoteKeys>> | Uint8Array;

/** How many verified tokens an authenticator remembers by default. */
const VERIFIED_TOKENS = 10_000;

export interface Verified {
  claims: TokenClaims;
  /** The token's `exp`, in seconds. */
  exp: number;
  key: VerifyingKey;
}

/**
 * Tokens that verified, each remembered with its claims until its `exp` and with the key that
 * verified it, so that checking a widget's token again costs a lookup instead of a signature. A
 * token is reused only while the same key would verify it: the same secret, or the same key
 * object from the JWKS (jose makes new ones when it fetches the set again, so a rotated key is
 * checked afresh). Failures are never remembered. At most `capacity` tokens, oldest dropped first.
 */
export class VerifiedTokens {
  readonly #entries = new Map<string, Verified>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The token's entry while it has not expired (jose's test: expired once the clock reaches `exp`). */
  get(token: string): Verified | undefined {
    const entry = this.#entries.get(token);
    if (entry && entry.exp <= Date.now() / 1000) {
      this.#entries.delete(token);
      return undefined;
    }
    return entry;
  }

  set(token: string, entry: Verified): void {
    if (this.capacity <= 0) return;
    this.#entries.delete(token);
    if (this.#entries.size >= this.capacity)
      this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(token, entry);
  }
}

/** The JWKS's key for a token as jose would choose it, or undefined when that is not one key. */
async function publishedKey(keys: RemoteKeys, token: string): Promise<VerifyingKey | undefined> {
  try {
    const [protectedHeader, payload, signature] = token.split('.') as [string, string, string];
    return await keys(decodeProtectedHeader(token), {
      protected: protectedHeader,
      payload,
      signature,
    });
  } catch {
    // Malformed, no key or several: the full verification says why, or tries each.
    return undefined;
  }
}

function verifierFor(
  key: Key,
  options: JWTVerifyOptions,
  cacheSize: number,
): Authenticator['verify'] {
  const verified = new VerifiedTokens(cacheSize);
  return async (token) => {
    const known = verified.get(token);
    if (known) {
      const keyNow = typeof key === 'function' ? await publishedKey(key, token) : key;
      if (known.key === keyNow) return known.claims;
    }
    let payload: JWTPayload;
    let usedKey: VerifyingKey;
    try {
      // `exp` is required: a portal's tokens must expire.
      const required = { ...options, requiredClaims: ['exp', 'sub'] };
      // With a JWKS, jose says which of its keys verified the token.
      if (typeof key === 'function')
        ({ payload, key: usedKey } = await jwtVerify(token, key, required));
      else ({ payload } = await jwtVerify(token, (usedKey = key), required));
    } catch (error) {
      throw explain(error, typeof key === 'function');
    }
    // jose checks `iat` only against a maximum age; a token "issued" in the future was minted by a
    // clock that is wrong, or to outlive a revocation, and is refused.
    if (payload.iat !== undefined && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS)
      throw unauthorized('The token was issued in the future ("iat"): check the portal\'s clock.');
    const claims = Object.freeze(checkClaims(payload));
    verified.set(token, { claims, exp: payload.exp!, key: usedKey });
    return claims;
  };
}

function signerFor(
  secret: Uint8Array,
  issuer?: string,
  audience?: string,
): NonNullable<Authenticator['sign']> {
  return (claims, expiresIn = '12h') => {
    const jwt = new SignJWT({ role: claims.role, ...(claims.name ? { name: claims.name } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(expiresIn);
    if (issuer) jwt.setIssuer(issuer);
    if (audience) jwt.setAudience(audience);
    return jwt.sign(secret);
  };
}

/** The demo secret: created by whichever instance gets there first, then shared through the database. */
async function demoSecret(db: Db): Promise<Uint8Array> {
  await db.query(
    'INSERT INTO server_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
    [DEMO_SECRET_KEY, randomBytes(32).toString('base64url')],
  );
  const { rows } = await db.query<{ value: string }>(
    'SELECT value FROM server_settings WHERE key = $1',
    [DEMO_SECRET_KEY],
  );
  return new TextEncoder().encode(rows[0]!.value);
}

export interface AuthenticatorOptions {
  /** How many verified tokens to remember until they expire (default 10,000; 0: none). */
  verifiedTokens?: number;
}

export async function createAuthenticator(
  config: AuthConfig,
  db: Db,
  options: AuthenticatorOptions = {},
): Promise<Authenticator> {
  const cacheSize = options.verifiedTokens ?? VERIFIED_TOKENS;
  if (config.mode === 'jwks') {
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    return {
      mode: 'jwks',
      verify: verifierFor(
        keys,
        { algorithms: ASYMMETRIC_ALGORITHMS, issuer: config.issuer, audience: config.audience },
        cacheSize,
      ),
    };
  }
  if (config.mode === 'secret') {
    const secret = new TextEncoder().encode(config.secret);
    return {
      mode: 'secret',
      verify: verifierFor(
        secret,
        { algorithms: ['HS256'], issuer: config.issuer, audience: config.audience },
        cacheSize,
      ),
      sign: signerFor(secret, config.issuer, config.audience),
    };
  }
  const secret = await demoSecret(db);
  return {
    mode: 'demo',
    verify: verifierFor(secret, { algorithms: ['HS256'], issuer: DEMO_ISSUER }, cacheSize),
    sign: signerFor(secret, DEMO_ISSUER),
  };
}

/** The token from an `Authorization` header, or a 401 saying what is missing. */
export function bearerToken(header: string | undefined): string {
  if (!header) throw unauthorized('Sign in: send "Authorization: Bearer <token>".');
  const match = /^Bearer +([\w-]+\.[\w-]+\.[\w-]+) *$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer" followed by a JWT.');
  return match[1]!;
}

/** How many people's ids a process remembers as stored, by default. */
const KNOWN_PEOPLE = 10_000;

/**
 * Ids known to be in `people`, so that a write checks its caller's record once per process rather
 * than on every request. People are never deleted, so an id once seen stays true. At most
 * `capacity` ids, oldest dropped first (a dropped id is checked again on its next write).
 */
export class KnownPeople {
  readonly #ids = new Set<string>();

  constructor(readonly capacity = KNOWN_PEOPLE) {}

  /**
   * Makes sure the caller has a record. The portal is the source of identities: someone it signs a
   * token for, who is not in the database yet, is added with the token's `name` and `role`.
   */
  async ensure(db: Queryable, claims: TokenClaims): Promise<void> {
    if (this.#ids.has(claims.sub)) return;
    // The portal signed the name, but it was never checked: stored as text that can be stored.
    const name = truncated(storable(claims.name ?? '').trim() || claims.sub, 200);
    await db.query(
      'INSERT INTO people (id, name, role) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [claims.sub, name, claims.role],
    );
    if (this.#ids.size >= this.capacity) this.#ids.delete(this.#ids.values().next().value!);
    this.#ids.add(claims.sub);
  }
}

interface PersonRow {
  name: string;
  locale: string | null;
  time_zone: string | null;
}

/** The caller's stored record (`KnownPeople.ensure` has made sure there is one). */
export async function personOf(db: Queryable, caller: Caller): Promise<Person> {
  const { rows } = await db.query<PersonRow>(
    'SELECT name, locale, time_zone FROM people WHERE id = $1',
    [caller.id],
  );
  const person = rows[0]!;
  return { ...caller, name: person.name, locale: person.locale, timeZone: person.time_zone };
}
