/**
 * The HTTP surface hospital IT reviews: CORS allow and deny, the rate limit, ETag and 304,
 * security headers, request logs that carry no secrets, the SDK's static files and the demo page.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, inflateSync } from 'node:zlib';
import { request } from 'node:http';
import { jsonLogger } from '../../server/log.js';
import { BACKENDS, isProblem, startServer, type Harness } from './support.js';

const PORTAL = 'https://portal.example.org';

/** A GET that shows the bytes as sent (fetch would decompress them and hide the encoding). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const backend of BACKENDS) {
  describe(`HTTP behaviour (${backend})`, () => {
    let server: Harness;
    let token: string;
    const logLines: string[] = [];
    const sdkDir = mkdtempSync(join(tmpdir(), 'kinship-sdk-'));
    const demoDir = join(sdkDir, 'demo');

    before(async () => {
      writeFileSync(
        join(sdkDir, 'kinship.js'),
        `/* kinship */\n${'window.Kinship = window.Kinship || {};\n'.repeat(200)}`,
      );
      mkdirSync(join(sdkDir, 'chunks'));
      writeFileSync(join(sdkDir, 'chunks', 'endpoint-B6DWZg4z.js'), 'export const endpoint = 1;');
      mkdirSync(demoDir);
      writeFileSync(join(demoDir, 'index.html'), '<!doctype html><title>Demo portal</title>');
      writeFileSync(join(demoDir, 'demo.js'), '// signs in as anyone seeded');
      server = await startServer(backend, {
        config: {
          auth: { mode: 'secret', secret: 'an-http-test-secret-long-enough-for-hs256' },
          allowedOrigins: [PORTAL],
          rateLimit: { max: 8, windowSeconds: 600 },
          sdkDir,
          demoDir,
          logger: jsonLogger((line) => logLines.push(line)),
        },
      });
      token = await server.tokenFor('res-ana');
    });
    after(async () => {
      await server.close();
      rmSync(sdkDir, { recursive: true, force: true });
    });

    it('lets an allowlisted origin read responses, with the headers the SDK needs exposed', async () => {
      const result = await server.call('GET', '/v1/health', { headers: { Origin: PORTAL } });
      assert.equal(result.headers.get('Access-Control-Allow-Origin'), PORTAL);
      const exposed = result.headers.get('Access-Control-Expose-Headers') ?? '';
      for (const header of ['ETag', 'Retry-After']) assert.ok(exposed.includes(header), header);
      assert.match(result.headers.get('Vary') ?? '', /Origin/);
    });

    it('answers an allowed preflight with the methods and headers the widgets send', async () => {
      const result = await server.call('OPTIONS', '/v1/check-ins', {
        headers: {
          Origin: PORTAL,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, idempotency-key',
        },
      });
      assert.equal(result.status, 204);
      assert.equal(result.headers.get('Access-Control-Allow-Origin'), PORTAL);
      const allowed = (result.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-none-match'])
        assert.ok(allowed.includes(header), header);
    });

    it('denies other origins, localhost included outside demo mode', async () => {
      for (const origin of ['https://evil.example', 'http://localhost:5173']) {
        const simple = await server.call('GET', '/v1/health', { headers: { Origin: origin } });
        assert.equal(simple.headers.get('Access-Control-Allow-Origin'), null, origin);
        const preflight = await server.call('OPTIONS', '/v1/check-ins', {
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        });
        assert.ok(isProblem(preflight, 403), origin);
        assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
      }
    });

    it('answers a matching If-None-Match with 304, and a changed resource with 200 and a new ETag', async () => {
      const first = await server.call('GET', '/v1/tips?limit=2', { token });
      const etag = first.headers.get('ETag');
      assert.match(etag ?? '', /^W\/"/);
      const again = await server.call('GET', '/v1/tips?limit=2', {
        token,
        headers: { 'If-None-Match': etag! },
      });
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      await server.call('PUT', `/v1/tips/${first.json.items[0].id}/saved`, {
        token,
        body: { saved: true },
        idempotencyKey: 'save-etag',
      });
      const changed = await server.call('GET', '/v1/tips?limit=2', {
        token,
        headers: { 'If-None-Match': etag! },
      });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('ETag'), etag);
    });

    it('sends security headers on API responses', async () => {
      const result = await server.call('GET', '/v1/program', { token });
      assert.equal(result.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.match(result.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/);
      assert.equal(result.headers.get('Referrer-Policy'), 'no-referrer');
      assert.match(result.headers.get('Cache-Control') ?? '', /private/);
    });

    it('compresses a large API answer when asked, and says that it varies by Accept-Encoding', async () => {
      const reader = await server.tokenFor('compression-reader', 'resident');
      const headers = { Authorization: `Bearer ${reader}` };
      const plain = await rawGet(`${server.apiUrl}/v1/tips`, headers);
      assert.ok(plain.bytes.length >= 1024, `a body worth compressing (${plain.bytes.length} B)`);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.headers['content-length'], String(plain.bytes.length));
      assert.equal(plain.headers.vary, 'Authorization, Accept-Language, Origin, Accept-Encoding');

      for (const [encoding, inflate] of [
        ['gzip', gunzipSync],
        ['deflate', inflateSync],
      ] as const) {
        const packed = await rawGet(`${server.apiUrl}/v1/tips`, {
          ...headers,
          'Accept-Encoding': `br;q=1, ${encoding};q=0.8`,
        });
        assert.equal(packed.headers['content-encoding'], encoding);
        assert.equal(packed.headers['content-length'], String(packed.bytes.length));
        assert.equal(packed.headers.vary, plain.headers.vary);
        assert.equal(packed.headers.etag, plain.headers.etag);
        assert.equal(packed.headers['cache-control'], 'private, no-cache');
        assert.equal(packed.headers['x-content-type-options'], 'nosniff');
        assert.match(String(packed.headers['x-request-id']), /./);
        assert.deepEqual(inflate(packed.bytes), plain.bytes);
      }

      const small = await rawGet(`${server.apiUrl}/v1/me`, {
        ...headers,
        'Accept-Encoding': 'gzip',
      });
      assert.equal(small.headers['content-encoding'], undefined, 'under 1 KB: sent as it is');
      assert.equal(small.headers['content-length'], String(small.bytes.length));
    });

    it('serves the SDK to any origin, as JavaScript, gzipped when asked', async () => {
      const body = await rawGet(`${server.url}/sdk/kinship.js`, {
        'Accept-Encoding': 'gzip',
        Origin: 'https://any.example',
      });
      assert.match(String(body.headers['content-type']), /^text\/javascript/);
      assert.equal(body.headers['access-control-allow-origin'], '*');
      assert.equal(body.headers['content-encoding'], 'gzip');
      assert.match(gunzipSync(body.bytes).toString(), /^\/\* kinship \*\//);
      const missing = await fetch(`${server.url}/sdk/nope.js`);
      assert.equal(missing.status, 404);
    });

    it('lets browsers keep the SDK’s hashed chunks for a year, and revalidate kinship.js', async () => {
      const chunk = await fetch(`${server.url}/sdk/chunks/endpoint-B6DWZg4z.js`);
      assert.equal(chunk.status, 200);
      assert.equal(chunk.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');

      const entry = await fetch(`${server.url}/sdk/kinship.js`);
      assert.equal(entry.headers.get('Cache-Control'), 'no-cache');
      const etag = entry.headers.get('ETag') ?? '';
      const lastModified = entry.headers.get('Last-Modified') ?? '';
      assert.match(etag, /^W\/"[\w-]+"$/);
      const again = async (headers: Record<string, string>) => {
        const response = await fetch(`${server.url}/sdk/kinship.js`, { headers });
        return { status: response.status, body: await response.text(), headers: response.headers };
      };
      const unchanged = await again({ 'If-None-Match': etag, 'Accept-Encoding': 'gzip' });
      assert.equal(unchanged.status, 304);
      assert.equal(unchanged.body, '');
      assert.equal(unchanged.headers.get('ETag'), etag);
      assert.equal(unchanged.headers.get('Cache-Control'), 'no-cache');
      assert.equal(unchanged.headers.get('Access-Control-Allow-Origin'), '*');
      assert.equal((await again({ 'If-None-Match': `"other", ${etag.slice(2)}` })).status, 304);
      assert.equal((await again({ 'If-Modified-Since': lastModified })).status, 304);
      const changed = await again({ 'If-None-Match': 'W/"an-older-build"' });
      assert.equal(changed.status, 200);
      assert.match(changed.body, /^\/\* kinship \*\//);
      const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
      assert.equal((await again({ 'If-Modified-Since': older })).status, 200);

      const missing = await fetch(`${server.url}/sdk/chunks/gone-0000.js`);
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('Cache-Control'), null, 'a 404 is not kept for a year');
    });

    it('serves no demo portal outside demo mode, and its own page under a real CSP header', async () => {
      const response = await fetch(`${server.url}/`);
      assert.equal(response.status, 200);
      const text = await response.text();
      assert.doesNotMatch(text, /Demo portal/);
      assert.match(text, /Kinship server[\s\S]*\/api\/v1\/health/);
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'self'",
        "object-src 'none'",
      ])
        assert.ok(policy.includes(directive), `${directive} in ${policy}`);
      assert.equal(response.headers.get('X-Frame-Options'), 'SAMEORIGIN');
      assert.equal((await fetch(`${server.url}/demo.js`)).status, 404);
      assert.equal((await fetch(`${server.url}/index.html`)).status, 404);
    });

    it('logs one JSON line per request, without tokens, queries or bodies', async () => {
      logLines.length = 0;
      const secretNote = 'a note that must never be logged';
      await server.call('POST', '/v1/tips/phrases?x=1', {
        token,
        body: { phrase: secretNote },
        idempotencyKey: 'log-test',
      });
      assert.equal(logLines.length, 1);
      const line = JSON.parse(logLines[0]!);
      assert.equal(line.method, 'POST');
      assert.equal(line.path, '/api/v1/tips/phrases');
      assert.equal(typeof line.status, 'number');
      assert.equal(typeof line.ms, 'number');
      assert.match(line.requestId, /./);
      assert.ok(!logLines[0]!.includes(secretNote));
      assert.ok(!logLines[0]!.includes(token));
    });

    // Last: it spends this identity's requests.
    it('limits each identity, answering 429 problem+json with Retry-After', async () => {
      const other = await server.tokenFor('res-bola');
      let limited;
      for (let i = 0; i < 12 && !limited; i += 1) {
        const result = await server.call('GET', '/v1/me', { token: other });
        if (result.status === 429) limited = result;
      }
      assert.ok(limited && isProblem(limited, 429), 'the ninth request in the window is refused');
      assert.ok(Number(limited.headers.get('Retry-After')) > 0);
      const someoneElse = await server.call('GET', '/v1/me', {
        token: await server.tokenFor('res-chen'),
      });
      assert.equal(someoneElse.status, 200, 'the limit is per identity');
    });
  });
}

describe('folders that appear after the server started (npm start builds while it runs)', () => {
  it('serves the SDK and the demo portal once they exist, the placeholder until then', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kinship-late-'));
    const sdkDir = join(root, 'dist');
    const demoDir = join(root, 'demo');
    const server = await startServer('pglite', { config: { sdkDir, demoDir } });
    try {
      assert.equal((await fetch(`${server.url}/sdk/kinship.js`)).status, 404);
      const placeholder = await fetch(`${server.url}/`);
      assert.match(await placeholder.text(), /being built[\s\S]*\/api\/v1\/health/);
      assert.match(placeholder.headers.get('Content-Security-Policy') ?? '', /frame-ancestors/);

      mkdirSync(sdkDir);
      writeFileSync(join(sdkDir, 'kinship.js'), '/* kinship */');
      mkdirSync(demoDir);
      writeFileSync(join(demoDir, 'index.html'), '<!doctype html><title>Demo portal</title>');
      const sdk = await fetch(`${server.url}/sdk/kinship.js`);
      assert.equal(sdk.status, 200);
      assert.equal(await sdk.text(), '/* kinship */');
      const portal = await fetch(`${server.url}/`);
      assert.match(await portal.text(), /Demo portal/);
      assert.match(portal.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'self'/);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
