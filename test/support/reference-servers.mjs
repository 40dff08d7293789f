// Test-runner middleware that gives browser tests their own reference server: a real Kinship
// server (hono + PGlite in memory, seeded with the demo program) on its own port, so the widget under
// test talks to it over real HTTP, cross-origin, with real tokens.
//
//   POST   /__kinship/servers  {allowedOrigins?}   → { id, apiUrl }   a fresh server
//   GET    /__kinship/servers/<id>/token?person=…  → { token }        a JWT for a seeded person
//   POST   /__kinship/servers/<id>/sql  {sql, params} → { rows }      read or arrange the database
//   DELETE /__kinship/servers/<id>                                    stop it
//
// The SQL route exists only here, in the test runner's process, for tests that assert on what the
// server stored or set up a case (a form with an item kind the SDK does not know).
import { startTestServer } from '../../server/testing.ts';

const servers = new Map();

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

export function referenceServers() {
  return {
    middleware: async (ctx, next) => {
      const match = /^\/__kinship\/servers(?:\/([\w-]+)(?:\/(token|sql))?)?$/.exec(ctx.path);
      if (!match) return next();
      const [, id, action] = match;
      ctx.type = 'application/json';
      if (!id && ctx.method === 'POST') {
        // Options: `allowedOrigins` (CORS, e.g. ["null"] for a sandboxed frame's opaque origin).
        const { allowedOrigins } = await body(ctx.req);
        const server = await startTestServer({ allowedOrigins });
        const key = crypto.randomUUID();
        servers.set(key, server);
        ctx.body = JSON.stringify({ id: key, apiUrl: server.apiUrl });
        return;
      }
      const server = servers.get(id);
      if (!server) {
        ctx.status = 404;
        ctx.body = JSON.stringify({ error: `no test server ${id}` });
        return;
      }
      if (action === 'token') {
        ctx.body = JSON.stringify({ token: await server.tokenFor(ctx.query.person) });
      } else if (action === 'sql') {
        const { sql, params } = await body(ctx.req);
        const { rows } = await server.db.query(sql, params ?? []);
        ctx.body = JSON.stringify({ rows });
      } else if (ctx.method === 'DELETE') {
        servers.delete(id);
        await server.close();
        ctx.status = 204;
      }
    },
    /** Stops every server a test left running. */
    async closeAll() {
      await Promise.all([...servers.values()].map((server) => server.close()));
      servers.clear();
    },
  };
}
