/**
 * The demo program's real seed (server/db/seed/) loads on an empty database, and every read a
 * demo resident makes works on it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { routes, type RouteSpec } from '../../src/contract/routes.js';
import { checkSeed } from '../../server/db/seeding.js';
import { loadSeed } from '../../server/seed-loader.js';
import { startTestServer } from '../../server/testing.js';
import { BACKENDS, client, freshDatabase, type TestDatabase } from './support.js';

for (const backend of BACKENDS) {
  describe(`the demo seed (${backend})`, () => {
    let database: TestDatabase;
    let server: Awaited<ReturnType<typeof startTestServer>>;

    before(async () => {
      database = await freshDatabase(backend);
      server = await startTestServer({ db: database.db });
    });
    after(async () => {
      await server.close();
      await database.drop();
    });

    it('passes the seed checks', async () => {
      const seed = await loadSeed('demo');
      assert.ok(seed);
      checkSeed(seed);
    });

    it('gives the demo resident an answer on every read the widgets make', async () => {
      const call = client(server.apiUrl);
      const { json: demo } = await client(server.url)('GET', '/demo/token');
      assert.equal(demo.person.role, 'resident');
      for (const spec of Object.values(routes) as RouteSpec[]) {
        if (
          spec.method !== 'get' ||
          spec.params ||
          !(spec.roles === 'public' || spec.roles.includes('resident'))
        )
          continue;
        const result = await call('GET', spec.path, { token: demo.token });
        assert.equal(result.status, 200, `GET ${spec.path}: ${result.text}`);
      }
      const meetups = await call('GET', '/v1/meetups', { token: demo.token });
      assert.ok(meetups.json.items.length > 0, 'the coming weeks have meetups');
      const today = await call('GET', '/v1/tips/today', { token: demo.token });
      assert.ok(today.json.tip, 'there is a tip today');
    });

    it('signs in as every seeded person', async () => {
      const call = client(server.apiUrl);
      const demo = client(server.url);
      const people = await demo('GET', '/demo/people');
      for (const person of people.json.items) {
        const { json } = await demo('GET', `/demo/token?resident=${person.id}`);
        const me = await call('GET', '/v1/me', { token: json.token });
        assert.deepEqual([me.json.id, me.json.role], [person.id, person.role]);
      }
    });
  });
}
