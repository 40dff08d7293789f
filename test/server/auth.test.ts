/**
 * Authentication as a hospital's identity team would probe it: missing, malformed, expired and
 * wrongly signed tokens, claims that do not fit, a JWKS-published key, and demo mode.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { configFromEnv, listenHost, startupWarnings } from '../../server/config.js';
import {
  createAuthenticator,
  KnownPeople,
  VerifiedTokens,
  type TokenClaims,
} from '../../server/auth.js';
import type { Db } from '../../server/db/db.js';
import { startTestServer } from '../../server/testing.js';
import { fixtureSeed } from './fixtures/seed.js';
import {
  BACKENDS,
  client,
  isProblem,
  startServer,
  startServerProcess,
  type Harness,
} from './support.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const ISSUER = 'https://portal.example.org';
const AUDIENCE = 'kinship';

function sign(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number; issuer?: string } = {},
) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime(options.expiresIn ?? '10m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

for (const backend of BACKENDS) {
  describe(`auth with a shared secret (${backend})`, () => {
    let server: Harness;

    before(async () => {
      server = await startServer(backend, {
        config: { auth: { mode: 'secret', secret: SECRET, issuer: ISSUER, audience: AUDIENCE } },
      });
    });
    after(() => server.close());

    const me = (authorization?: string) =>
      server.call('GET', '/v1/me', {
        headers: authorization === undefined ? {} : { Authorization: authorization },
      });

    it('accepts a valid token and knows the person', async () => {
      const result = await me(`Bearer ${await sign({ sub: 'res-ana', role: 'resident' })}`);
      assert.equal(result.status, 200);
      assert.equal(result.json.name, 'Ana Souza');
    });

    it('answers a missing token with 401 problem+json and WWW-Authenticate', async () => {
      const result = await me();
      assert.ok(isProblem(result, 401));
      assert.match(result.headers.get('WWW-Authenticate') ?? '', /^Bearer /);
    });

    it('refuses malformed Authorization headers and tokens', async () => {
      for (const header of [
        'Basic dXNlcjpwYXNz',
        'Bearer',
        'Bearer not-a-jwt',
        'Bearer a.b.c',
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJyZXMtYW5hIn0.',
      ]) {
        assert.ok(isProblem(await me(header), 401), header);
      }
    });

    it('refuses an expired token', async () => {
      const expired = await sign(
        { sub: 'res-ana', role: 'resident' },
        { expiresIn: Math.floor(Date.now() / 1000) - 120 },
      );
      const result = await me(`Bearer ${expired}`);
      assert.ok(isProblem(result, 401));
      assert.match(result.json.detail, /expired/);
    });

    it('refuses a token signed with another secret', async () => {
      const forged = await sign(
        { sub: 'res-ana', role: 'resident' },
        { secret: 'another-secret-of-the-same-generous-length' },
      );
      const result = await me(`Bearer ${forged}`);
      assert.ok(isProblem(result, 401));
      assert.match(result.json.detail, /signature/);
    });

    it('refuses a token from another issuer', async () => {
      const result = await me(
        `Bearer ${await sign({ sub: 'res-ana', role: 'resident' }, { issuer: 'https://elsewhere.example' })}`,
      );
      assert.ok(isProblem(result, 401));
      assert.match(result.json.detail, /"iss"/);
    });

    it('refuses a token issued in the future, beyond a minute of clock skew', async () => {
      const issuedAt = (secondsAhead: number) =>
        new SignJWT({ sub: 'res-ana', role: 'resident' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuedAt(Math.floor(Date.now() / 1000) + secondsAhead)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setExpirationTime('1d')
          .sign(new TextEncoder().encode(SECRET));
      const future = await me(`Bearer ${await issuedAt(3600)}`);
      assert.ok(isProblem(future, 401));
      assert.match(future.json.detail, /issued in the future/);
      assert.equal((await me(`Bearer ${await issuedAt(20)}`)).status, 200, 'small skew is fine');
    });

    it('refuses tokens whose sub or role is missing or unknown', async () => {
      assert.ok(
        isProblem(await me(`Bearer ${await sign({ sub: 'res-ana', role: 'admin' })}`), 401),
      );
      assert.ok(isProblem(await me(`Bearer ${await sign({ sub: 'res-ana' })}`), 401));
      assert.ok(isProblem(await me(`Bearer ${await sign({ role: 'resident' })}`), 401));
      assert.ok(
        isProblem(await me(`Bearer ${await sign({ sub: "res'; --", role: 'resident' })}`), 401),
      );
    });

    it('answers a role that may not use a route with 403', async () => {
      const mentor = await sign({ sub: 'mentor-maria', role: 'mentor' });
      assert.ok(isProblem(await server.call('GET', '/v1/check-ins/mine', { token: mentor }), 403));
      assert.ok(
        isProblem(await server.call('GET', '/v1/coordinator/people', { token: mentor }), 403),
      );
    });

    it('stores a display name with NUL or a half surrogate pair cleaned, never a 500', async () => {
      // 199 letters then an emoji: cutting at 200 characters would split its surrogate pair.
      const long = `${'a'.repeat(199)}\u{1F600}`;
      for (const [sub, name, stored] of [
        ['res-nul-name', 'Ana\u0000 Souza\uD800', 'Ana Souza'],
        ['res-long-name', long, 'a'.repeat(199)],
      ] as const) {
        const result = await me(`Bearer ${await sign({ sub, role: 'resident', name })}`);
        assert.equal(result.status, 200, result.text);
        assert.equal(result.json.name, stored);
      }
    });

    it('adds a person the portal signs for on first sight', async () => {
      const result = await me(
        `Bearer ${await sign({ sub: 'res-new', role: 'resident', name: 'New Resident' })}`,
      );
      assert.equal(result.status, 200);
      const { rows } = await server.db.query<{ role: string }>(
        'SELECT role FROM people WHERE id = $1',
        ['res-new'],
      );
      assert.equal(rows[0]?.role, 'resident');
    });

    it('adds a new person on their first write, and reads nothing of them to answer a read', async () => {
      const token = await sign({ sub: 'res-writer', role: 'resident', name: 'First Writer' });
      const tips = await server.call('GET', '/v1/tips', { token });
      assert.equal(tips.status, 200);
      const report = await server.call('POST', '/v1/tips/phrases', {
        token,
        body: { phrase: 'scut work' },
        idempotencyKey: 'first-write',
      });
      assert.equal(report.status, 201, report.text);
      const { rows } = await server.db.query<{ name: string }>(
        'SELECT name FROM people WHERE id = $1',
        ['res-writer'],
      );
      assert.equal(rows[0]?.name, 'First Writer');
    });

    it('has no demo routes outside demo mode', async () => {
      const atRoot = client(server.url);
      assert.ok(isProblem(await atRoot('GET', '/demo/people'), 404));
      assert.ok(isProblem(await atRoot('GET', '/demo/token'), 404));
    });
  });

  describe(`demo mode (${backend})`, () => {
    let server: Harness;
    before(async () => {
      server = await startServer(backend);
    });
    after(() => server.close());

    it('lists the seeded people and signs a token for any of them, at the root', async () => {
      const demo = client(server.url);
      const people = await demo('GET', '/demo/people');
      assert.equal(people.status, 200);
      assert.deepEqual(people.json.items[0], {
        id: 'res-ana',
        name: 'Ana Souza',
        role: 'resident',
      });
      assert.equal(people.json.items.length, fixtureSeed.people.length);

      const first = await demo('GET', '/demo/token');
      assert.equal(first.json.person.id, 'res-ana', 'without an id: the first seeded resident');
      const mentor = await demo('GET', '/demo/token?resident=mentor-obi');
      assert.deepEqual(mentor.json.person, {
        id: 'mentor-obi',
        name: 'Dr. Obi Nwosu',
        role: 'mentor',
      });
      const me = await server.call('GET', '/v1/me', { token: mentor.json.token });
      assert.equal(me.json.role, 'mentor');
      assert.ok(isProblem(await demo('GET', '/demo/token?resident=nobody'), 404));

      // Someone a token added (or an import) is in the database, but is no demo account.
      const outsider = await server.call('GET', '/v1/me', {
        token: await server.tokenFor('coord-from-portal', 'coordinator'),
      });
      assert.equal(outsider.status, 200);
      assert.ok(isProblem(await demo('GET', '/demo/token?resident=coord-from-portal'), 404));
      const listed = (await demo('GET', '/demo/people')).json.items.map(
        (person: { id: string }) => person.id,
      );
      assert.ok(!listed.includes('coord-from-portal'));
      assert.ok(isProblem(await demo('POST', '/demo/token'), 405));
      // One place only: nothing under the API's prefix.
      assert.ok(isProblem(await server.call('GET', '/demo/people'), 404));
    });

    it('answers the demo routes like the API: no caching by others, localhost CORS', async () => {
      const people = await client(server.url)('GET', '/demo/people', {
        headers: { Origin: 'http://localhost:5173' },
      });
      assert.equal(people.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
      assert.equal(people.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(people.headers.get('Cache-Control'), 'private, no-cache');
    });

    it('lets any localhost page call the API, and no other origin', async () => {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8080']) {
        const result = await server.call('GET', '/v1/health', { headers: { Origin: origin } });
        assert.equal(result.headers.get('Access-Control-Allow-Origin'), origin);
      }
      const other = await server.call('GET', '/v1/health', {
        headers: { Origin: 'http://localhost.evil.example' },
      });
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('keeps its secret in the database, so every instance on it accepts the same tokens', async () => {
      const second = await startTestServer({ db: server.db, seed: fixtureSeed });
      try {
        const token = await second.tokenFor('res-bola');
        const result = await server.call('GET', '/v1/me', { token });
        assert.equal(result.json.id, 'res-bola');
      } finally {
        await second.close();
      }
    });
  });
}

describe('settings that decide how tokens are checked', () => {
  const LONG_SECRET = 'x'.repeat(32);

  it('refuses to start with a secret that is empty or too short, saying which', () => {
    assert.throws(
      () => configFromEnv({ KINSHIP_JWT_SECRET: '' }),
      /KINSHIP_JWT_SECRET is set but empty/,
    );
    assert.throws(
      () => configFromEnv({ KINSHIP_JWT_SECRET: 'short-secret' }),
      /KINSHIP_JWT_SECRET is 12 bytes long; it must be at least 32 bytes/,
    );
  });

  it('runs demo mode only when KINSHIP_DEMO says so, never as a fallback', () => {
    assert.throws(
      () => configFromEnv({}),
      /set KINSHIP_JWT_SECRET .* or KINSHIP_JWKS_URL.*KINSHIP_DEMO=1/,
    );
    assert.deepEqual(configFromEnv({ KINSHIP_DEMO: '1' }).auth, { mode: 'demo' });
    assert.throws(
      () => configFromEnv({ KINSHIP_DEMO: '1', KINSHIP_JWT_SECRET: LONG_SECRET }),
      /KINSHIP_DEMO=1 signs its own tokens/,
    );
  });

  it('keeps demo mode on this machine unless HOST says otherwise', () => {
    assert.equal(listenHost({}, { mode: 'demo' }), '127.0.0.1');
    assert.equal(listenHost({ HOST: '0.0.0.0' }, { mode: 'demo' }), '0.0.0.0');
    assert.equal(listenHost({}, { mode: 'secret', secret: LONG_SECRET }), undefined);
  });

  it('warns at start when tokens of any issuer or audience would be accepted', () => {
    const warnings = (env: NodeJS.ProcessEnv) => startupWarnings(configFromEnv(env));
    assert.match(
      warnings({ KINSHIP_JWT_SECRET: LONG_SECRET }).join(' '),
      /KINSHIP_JWT_ISSUER and KINSHIP_JWT_AUDIENCE are not set/,
    );
    assert.deepEqual(
      warnings({
        KINSHIP_JWT_SECRET: LONG_SECRET,
        KINSHIP_JWT_ISSUER: ISSUER,
        KINSHIP_JWT_AUDIENCE: AUDIENCE,
      }),
      [],
    );
  });

  it('stops the real process with that message when the secret is set but empty', async () => {
    await assert.rejects(
      startServerProcess({ KINSHIP_JWT_SECRET: '' }),
      /exited \(1\) before listening: .*KINSHIP_JWT_SECRET is set but empty/,
    );
  });
});

describe('verified tokens, remembered until they expire', () => {
  const config = { mode: 'secret', secret: SECRET, issuer: ISSUER, audience: AUDIENCE } as const;
  // A shared-secret authenticator never reads the database.
  const noDb = undefined as unknown as Db;
  const rejectsWith = (promise: Promise<unknown>, detail: RegExp) =>
    assert.rejects(promise, (error: { status?: number; problem?: { detail?: string } }) => {
      assert.equal(error.status, 401);
      assert.match(error.problem?.detail ?? '', detail);
      return true;
    });

  it('refuses a remembered token once its exp is reached', async () => {
    const auth = await createAuthenticator(config, noDb);
    const exp = Math.ceil(Date.now() / 1000) + 1;
    const token = await sign({ sub: 'res-ana', role: 'resident' }, { expiresIn: exp });
    assert.equal((await auth.verify(token)).sub, 'res-ana');
    assert.equal((await auth.verify(token)).sub, 'res-ana');
    await sleep(exp * 1000 - Date.now() + 10);
    await rejectsWith(auth.verify(token), /expired/);
  });

  it('refuses a tampered copy of a remembered token', async () => {
    const auth = await createAuthenticator(config, noDb);
    const token = await sign({ sub: 'res-ana', role: 'resident' });
    await auth.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as TokenClaims;
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'coordinator' })).toString(
      'base64url',
    );
    await rejectsWith(auth.verify(`${header}.${promoted}.${signature}`), /signature/);
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await rejectsWith(auth.verify(`${header}.${payload}.${flipped}`), /signature|malformed/);
    assert.equal((await auth.verify(token)).role, 'resident');
  });

  it('does not take a token another secret verified', async () => {
    const token = await sign({ sub: 'res-ana', role: 'resident' });
    await (await createAuthenticator(config, noDb)).verify(token);
    const other = await createAuthenticator({ ...config, secret: `${SECRET}-rotated` }, noDb);
    await rejectsWith(other.verify(token), /signature/);
  });

  it('keeps at most its capacity, dropping the oldest first, and forgets expired entries', () => {
    const tokens = new VerifiedTokens(2);
    const key = new Uint8Array(1);
    const exp = Date.now() / 1000 + 60;
    const entry = (sub: string) => ({ claims: { sub, role: 'resident' as const }, exp, key });
    tokens.set('a', entry('a'));
    tokens.set('b', entry('b'));
    tokens.set('c', entry('c'));
    assert.equal(tokens.size, 2);
    assert.equal(tokens.get('a'), undefined, 'the oldest went first');
    assert.equal(tokens.get('c')?.claims.sub, 'c');
    tokens.set('d', { ...entry('d'), exp: Date.now() / 1000 - 1 });
    assert.equal(tokens.get('d'), undefined);
    assert.equal(tokens.size, 1);
    const none = new VerifiedTokens(0);
    none.set('a', entry('a'));
    assert.equal(none.size, 0);
  });
});

describe('people known to be stored', () => {
  it('checks each person once, and again once dropped past its capacity', async () => {
    const statements: unknown[][] = [];
    const db = {
      query: async (_sql: string, params: unknown[]) => {
        statements.push(params);
        return { rows: [] };
      },
    } as unknown as Db;
    const known = new KnownPeople(2);
    const claims = (sub: string) => ({ sub, role: 'resident' as const });
    for (const sub of ['a', 'a', 'b', 'a', 'c', 'a']) await known.ensure(db, claims(sub));
    assert.deepEqual(
      statements.map(([id]) => id),
      ['a', 'b', 'c', 'a'],
    );
  });
});

describe('auth with a JWKS URL', () => {
  let jwks: Server;
  let server: Harness;
  let signer: Awaited<ReturnType<typeof generateKeyPair>>;

  before(async () => {
    signer = await generateKeyPair('ES256');
    const publicJwk = {
      ...(await exportJWK(signer.publicKey)),
      kid: 'portal-1',
      alg: 'ES256',
      use: 'sig',
    };
    jwks = createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    server = await startServer('pglite', {
      config: { auth: { mode: 'jwks', jwksUrl, audience: AUDIENCE } },
    });
  });
  after(async () => {
    await server.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const tokenFrom = (key: CryptoKey, kid: string) =>
    new SignJWT({ role: 'resident' })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('res-chen')
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed with a published key', async () => {
    const result = await server.call('GET', '/v1/me', {
      token: await tokenFrom(signer.privateKey, 'portal-1'),
    });
    assert.equal(result.status, 200);
    assert.equal(result.json.id, 'res-chen');
  });

  it('refuses a token signed with a key that is not published', async () => {
    const stranger = await generateKeyPair('ES256');
    assert.ok(
      isProblem(
        await server.call('GET', '/v1/me', {
          token: await tokenFrom(stranger.privateKey, 'portal-1'),
        }),
        401,
      ),
    );
    assert.ok(
      isProblem(
        await server.call('GET', '/v1/me', {
          token: await tokenFrom(stranger.privateKey, 'other'),
        }),
        401,
      ),
    );
  });

  it('answers 503 with Retry-After, not 401, when the JWKS cannot be reached', async () => {
    const unreachable = await startTestServer({
      db: server.db,
      seed: fixtureSeed,
      config: { auth: { mode: 'jwks', jwksUrl: 'http://127.0.0.1:1/jwks.json' } },
    });
    try {
      const response = await fetch(`${unreachable.apiUrl}/v1/me`, {
        headers: { Authorization: `Bearer ${await tokenFrom(signer.privateKey, 'portal-1')}` },
      });
      assert.equal(response.status, 503);
      assert.ok(Number(response.headers.get('Retry-After')) > 0);
    } finally {
      await unreachable.close();
    }
  });

  it('refuses an HS256 token, whatever its secret', async () => {
    const symmetric = await sign({ sub: 'res-chen', role: 'resident' });
    assert.ok(isProblem(await server.call('GET', '/v1/me', { token: symmetric }), 401));
  });
});
