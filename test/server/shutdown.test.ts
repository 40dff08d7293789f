/**
 * Graceful shutdown of the real process (`server/main.ts`): on SIGTERM it stops taking new
 * connections, finishes the request in flight, closes the database, and exits 0.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { openPglite } from '../../server/db/pglite.js';
import { checkInBody, newKey, startServerProcess, type ServerProcess } from './support.js';

const SECRET = 'shutdown-test-secret-long-enough-for-hs256';

describe('graceful shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kinship-shutdown-'));
  let server: ServerProcess;

  before(async () => {
    server = await startServerProcess({
      KINSHIP_DATA_DIR: dataDir,
      KINSHIP_JWT_SECRET: SECRET,
      KINSHIP_SEED: 'test/server/fixtures/seed.ts',
      // The embedded database, whatever the suite runs against: this is the default `npm start`.
      DATABASE_URL: '',
    });
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes a request that is in flight when SIGTERM arrives, then exits 0', async () => {
    const token = await new SignJWT({ role: 'resident' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('res-ana')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    const body = JSON.stringify(checkInBody({ note: 'sent while the server stops' }));

    const response = await new Promise<{
      status: number;
      connection: string | undefined;
      text: string;
    }>((resolve, reject) => {
      const req = request(`${server.apiUrl}/v1/check-ins`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': newKey(),
          // The server answers "100 Continue" once it has the request: then we know it is in flight.
          Expect: '100-continue',
        },
      });
      req.on('continue', () => {
        void (async () => {
          void server.stop('SIGTERM');
          await server.logged('shutting down');
          // While it drains, the server takes no new connections...
          await assert.rejects(fetch(`${server.apiUrl}/v1/health`));
          // ...but the request it already has still completes.
          req.end(body);
        })().catch(reject);
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode!, connection: res.headers.connection, text }),
        );
      });
      req.on('error', reject);
      req.flushHeaders();
    });

    assert.equal(response.status, 201, response.text);
    assert.equal(response.connection, 'close');
    assert.equal(await server.exited, 0);
    assert.ok(server.lines.some((line) => line.includes('"stopped"')));

    // The write was committed before the database closed.
    const db = await openPglite(dataDir);
    try {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM check_ins WHERE id = $1`,
        [JSON.parse(response.text).id],
      );
      assert.equal(rows[0]!.n, 1);
    } finally {
      await db.close();
    }
  });
});
