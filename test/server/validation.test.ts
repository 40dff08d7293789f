/**
 * Bad input never reaches the database: malformed JSON, wrong types, unknown fields, oversize
 * bodies, wrong media types and SQL metacharacters each get a 4xx problem+json, and every table
 * has exactly as many rows afterwards as before.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BACKENDS,
  checkInBody,
  isProblem,
  newKey,
  startServer,
  type CallResult,
  type Harness,
} from './support.js';

for (const backend of BACKENDS) {
  describe(`request validation (${backend})`, () => {
    let server: Harness;
    let token: string;

    before(async () => {
      server = await startServer(backend);
      token = await server.tokenFor('res-ana');
    });
    after(() => server.close());

    /** Sends the request and checks that it was refused with `status` and wrote nothing. */
    async function refused(status: number, send: () => Promise<CallResult>): Promise<CallResult> {
      const before = await server.counts();
      const result = await send();
      assert.ok(
        isProblem(result, status),
        `expected a ${status} problem, got ${result.status} ${result.text}`,
      );
      assert.deepEqual(await server.counts(), before, 'nothing may be written');
      return result;
    }

    const submit = (body: unknown, headers: Record<string, string> = {}) =>
      server.call('POST', '/v1/check-ins', { token, body, headers, idempotencyKey: newKey() });

    it('refuses malformed JSON with a 400 naming the body', async () => {
      const result = await refused(400, () =>
        submit('{"formId": "pulse-v1", "answers": [', { 'Content-Type': 'application/json' }),
      );
      assert.equal(result.json.errors[0].field, 'body');
    });

    it('refuses an empty body', async () => {
      const result = await refused(400, () => submit('', { 'Content-Type': 'application/json' }));
      assert.equal(result.json.errors[0].field, 'body');
    });

    it('names each field of the wrong type', async () => {
      const body = { formId: 42, answers: [{ itemId: 'mood', value: true }] };
      const result = await refused(400, () => submit(body));
      const fields = result.json.errors.map((error: { field: string }) => error.field).sort();
      assert.deepEqual(fields, ['answers.0.value', 'formId']);
    });

    it('names unknown fields, nested ones included', async () => {
      const body = checkInBody(
        {},
        { extra: 1, contactRequest: { optionId: 'wellness', urgent: true } },
      );
      const result = await refused(400, () => submit(body));
      const fields = result.json.errors.map((error: { field: string }) => error.field).sort();
      assert.deepEqual(fields, ['contactRequest.urgent', 'extra']);
    });

    it('checks answers against the form, naming the answer', async () => {
      const result = await refused(400, () => submit(checkInBody({ mood: 9 })));
      assert.equal(result.json.errors[0].field, 'answers.0.value');
      assert.match(result.json.errors[0].message, /one of 1, 2, 3, 4, 5/);
    });

    it('refuses a body over 64 KB with a 413, and closes the connection it did not read', async () => {
      const body = checkInBody({ note: 'x'.repeat(70 * 1024) });
      const result = await refused(413, () => submit(body));
      // Otherwise a client may send its next request into the socket the server is closing.
      assert.equal(result.headers.get('connection'), 'close');
    });

    it('refuses an oversize body sent without a length (chunked) with a 413', async () => {
      const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      });
      await refused(413, async () => {
        const response = await fetch(`${server.apiUrl}/v1/check-ins`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': newKey(),
          },
          body: stream,
          duplex: 'half',
        } as RequestInit);
        const text = await response.text();
        return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
      });
    });

    it('refuses the wrong content type with a 415', async () => {
      await refused(415, () =>
        submit(JSON.stringify(checkInBody()), { 'Content-Type': 'text/plain' }),
      );
      await refused(415, () =>
        submit(JSON.stringify(checkInBody()), {
          'Content-Type': 'application/x-www-form-urlencoded',
        }),
      );
    });

    it('requires an Idempotency-Key where the contract says so, naming the header', async () => {
      const result = await refused(400, () =>
        server.call('POST', '/v1/check-ins', { token, body: checkInBody() }),
      );
      assert.equal(result.json.errors[0].field, 'Idempotency-Key');
    });

    it('refuses SQL metacharacters in ids, paths and queries', async () => {
      const injection = "x'; DROP TABLE check_ins; --";
      await refused(400, () => submit(checkInBody({}, { formId: injection })));
      await refused(400, () =>
        server.call('PUT', `/v1/meetups/${encodeURIComponent(injection)}/rsvp`, {
          token,
          body: { status: 'going' },
          idempotencyKey: newKey(),
        }),
      );
      const region = await refused(400, () =>
        server.call('GET', `/v1/tips?region=${encodeURIComponent("US' OR '1'='1")}`, { token }),
      );
      assert.equal(region.json.errors[0].field, 'region');
    });

    it('stores free text with SQL metacharacters verbatim, as data', async () => {
      const phrase = "Robert'); DROP TABLE tips; -- \\ $1 %";
      const result = await server.call('POST', '/v1/tips/phrases', {
        token,
        body: { phrase },
        idempotencyKey: newKey(),
      });
      assert.equal(result.status, 201);
      const { rows } = await server.db.query<{ phrase: string }>(
        'SELECT phrase FROM phrase_reports WHERE id = $1',
        [result.json.id],
      );
      assert.equal(rows[0]?.phrase, phrase);
      assert.ok((await server.counts()).tips > 0, 'the tips table is still there');
    });

    it('refuses NUL and unpaired surrogates in any free text with a 400 naming the field', async () => {
      // The outbox retries a 5xx for ever, so this must be a 4xx: the resident is told, not stuck.
      for (const bad of ['tired\u0000', 'half a pair \uD83D', '\uDE00 the other half']) {
        const note = await refused(400, () =>
          submit(checkInBody({}, { contactRequest: { optionId: 'wellness', note: bad } })),
        );
        assert.equal(note.json.errors[0].field, 'contactRequest.note');
        assert.match(note.json.errors[0].message, /NUL or unpaired surrogate/);
        const phrase = await refused(400, () =>
          server.call('POST', '/v1/tips/phrases', {
            token,
            body: { phrase: bad },
            idempotencyKey: newKey(),
          }),
        );
        assert.equal(phrase.json.errors[0].field, 'phrase');
      }
      const emoji = await submit(
        checkInBody({}, { contactRequest: { optionId: 'wellness', note: 'fine \uD83D\uDE00' } }),
      );
      assert.equal(emoji.status, 201, 'a whole surrogate pair is ordinary text');
    });

    it('refuses unknown and repeated query parameters', async () => {
      const unknown = await refused(400, () =>
        server.call('GET', '/v1/tips?colour=blue', { token }),
      );
      assert.equal(unknown.json.errors[0].field, 'colour');
      const repeated = await refused(400, () =>
        server.call('GET', '/v1/tips?category=daily-life&category=documentation', { token }),
      );
      assert.equal(repeated.json.errors[0].field, 'category');
      const noQuery = await refused(400, () => server.call('GET', '/v1/me?debug=1', { token }));
      assert.equal(noQuery.json.errors[0].field, 'debug');
    });

    it('answers unknown routes with a 404 problem and known paths with the wrong method with a 405', async () => {
      await refused(404, () => server.call('GET', '/v1/nothing-here', { token }));
      const wrongMethod = await refused(405, () =>
        server.call('DELETE', '/v1/check-ins/mine', { token }),
      );
      assert.equal(wrongMethod.headers.get('Allow'), 'GET');
    });
  });
}
