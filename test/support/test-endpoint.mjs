// A real HTTP endpoint with scripted faults, served by the test runner, for the core's browser
// tests (retries, timeouts, malformed answers, ETags, idempotent writes). Requests go through the
// browser's real network stack; only the server side is scripted.
//
//   /test-endpoint/<key>/<resource>?fail=2&status=503&retryAfter=1&stall=3000&shape=truncated&etag=v1
//
// Each test uses its own <key>. The first `fail` calls to a resource fail (`status`, default 500,
// with `retryAfter` seconds when given) or, with `stall`, answer only after that many ms; later
// calls succeed with `{ "ok": true, "calls": n }`, or the broken `shape` asked for. Writes carrying
// an `Idempotency-Key` are stored once and replayed. GET /test-endpoint/<key>/__received lists every
// request that arrived (method, resource, the headers that matter, body, and the status it got).
// POST /test-endpoint/<key>/__down?status=503 makes every request of the session fail until
// POST /test-endpoint/<key>/__up: an outage that outlives a page.
const sessions = new Map();

function session(key) {
  let s = sessions.get(key);
  if (!s)
    sessions.set(key, (s = { calls: new Map(), received: [], stored: new Map(), down: null }));
  return s;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const shapes = {
  truncated: { type: 'application/json', body: '{"ok": tr' },
  wrong: { type: 'application/json', body: '{"unexpected": [1, 2, 3]}' },
  html: { type: 'text/html', body: '<html><body>Gateway</body></html>' },
};

export function testEndpoint() {
  return async (ctx, next) => {
    const match = /^\/test-endpoint\/([\w-]+)\/(.*)$/.exec(ctx.path);
    if (!match) return next();
    const [, key, resource] = match;
    const s = session(key);
    if (resource === '__received') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(s.received);
      return;
    }
    if (resource === '__down' || resource === '__up') {
      s.down = resource === '__down' ? Number(ctx.query.status ?? 503) : null;
      ctx.status = 204;
      return;
    }
    const raw = await readBody(ctx.req);
    const header = (name) => ctx.get(name) || null;
    const request = {
      method: ctx.method,
      resource,
      query: Object.fromEntries(new URLSearchParams(ctx.querystring)),
      authorization: header('authorization'),
      idempotencyKey: header('idempotency-key'),
      ifNoneMatch: header('if-none-match'),
      acceptLanguage: header('accept-language'),
      contentType: header('content-type'),
      body: raw ? JSON.parse(raw) : null,
      at: Date.now(),
      status: 0,
    };
    s.received.push(request);
    await respond(ctx, s, resource, header);
    request.status = ctx.status;
  };
}

async function respond(ctx, s, resource, header) {
  const calls = (s.calls.get(resource) ?? 0) + 1;
  s.calls.set(resource, calls);
  const q = ctx.query;

  if (s.down) {
    ctx.status = s.down;
    ctx.type = 'application/problem+json';
    ctx.body = JSON.stringify({ type: 'about:blank', title: 'Down for the test', status: s.down });
    return;
  }
  const idempotencyKey = header('idempotency-key');
  if (idempotencyKey && s.stored.has(idempotencyKey)) {
    const stored = s.stored.get(idempotencyKey);
    ctx.status = stored.status;
    ctx.type = 'application/json';
    ctx.body = stored.body;
    return;
  }
  if (calls <= Number(q.fail ?? 0)) {
    if (q.stall) {
      await new Promise((resolve) => setTimeout(resolve, Number(q.stall)));
    } else {
      ctx.status = Number(q.status ?? 500);
      if (q.retryAfter) ctx.set('Retry-After', String(q.retryAfter));
      ctx.type = 'application/problem+json';
      ctx.body = JSON.stringify({
        type: 'about:blank',
        title: 'Scripted failure',
        status: ctx.status,
      });
      return;
    }
  }
  if (q.etag) {
    ctx.set('ETag', `"${q.etag}"`);
    if (header('if-none-match') === `"${q.etag}"`) {
      ctx.status = 304;
      return;
    }
  }
  const shape = shapes[q.shape];
  ctx.status = shape ? 200 : ctx.method === 'POST' ? 201 : 200;
  ctx.type = shape?.type ?? 'application/json';
  ctx.body = shape?.body ?? JSON.stringify({ ok: true, calls, value: q.value ?? null });
  if (idempotencyKey) s.stored.set(idempotencyKey, { status: ctx.status, body: ctx.body });
}
