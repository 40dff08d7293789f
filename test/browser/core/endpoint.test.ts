import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { EndpointClient } from '../../../src/core/endpoint.js';
import { EndpointError } from '../../../src/core/errors.js';
import { received, testEndpoint } from '../support.js';

const Ok = z.object({ ok: z.literal(true), calls: z.int() });

function client(
  endpoint: string,
  options: Partial<ConstructorParameters<typeof EndpointClient>[0]> = {},
) {
  return new EndpointClient({
    endpoint,
    token: async () => 'token-1',
    backoffMs: 20,
    maxBackoffMs: 2000,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<EndpointError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EndpointError);
    return error as EndpointError;
  }
  throw new Error('expected the request to fail');
}

describe('EndpointClient', () => {
  it('sends the bearer token and the language, and validates the answer', async () => {
    const { url } = testEndpoint();
    const { data } = await client(url).request('/thing', { schema: Ok, locale: 'pt-BR' });
    expect(data).to.deep.equal({ ok: true, calls: 1 });
    const [request] = await received(url);
    expect(request.authorization).to.equal('Bearer token-1');
    expect(request.acceptLanguage).to.equal('pt-BR');
  });

  it('retries 5xx answers with backoff until one succeeds', async () => {
    const { url } = testEndpoint();
    const { data } = await client(url).request('/flaky?fail=2&status=503', { schema: Ok });
    expect(data.calls).to.equal(3);
    const requests = await received(url);
    expect(requests).to.have.length(3);
    // Each retry waits: the gaps are never zero.
    expect(requests[1].at).to.be.greaterThan(requests[0].at);
  });

  it('gives up after the configured retries and reports the status', async () => {
    const { url } = testEndpoint();
    const error = await failure(
      client(url, { retries: 1 }).request('/down?fail=5&status=502', { schema: Ok }),
    );
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(502);
    expect(await received(url)).to.have.length(2);
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    const { url } = testEndpoint();
    await client(url).request('/busy?fail=1&status=429&retryAfter=1', { schema: Ok });
    const [first, second] = await received(url);
    expect(second.at - first.at).to.be.at.least(950);
  });

  it('leaves a Retry-After longer than it may wait to the caller', async () => {
    const { url } = testEndpoint();
    const error = await failure(
      client(url).request('/later?fail=1&status=503&retryAfter=120', { schema: Ok }),
    );
    expect(error.status).to.equal(503);
    expect(error.retryAfterMs).to.be.within(119_000, 120_000);
    expect(await received(url)).to.have.length(1);
  });

  it('does not retry a 4xx answer, and reads its problem details', async () => {
    const { url } = testEndpoint();
    const error = await failure(client(url).request('/nope?fail=3&status=422', { schema: Ok }));
    expect(error.status).to.equal(422);
    expect(error.problem?.title).to.equal('Scripted failure');
    expect(await received(url)).to.have.length(1);
  });

  it('times out a request that hangs, and does not cut the next one short at once', async () => {
    // An endpoint this slow would only be cut off again just before answering: the caller (a
    // widget saying it is slow, or the outbox's own schedule) decides when to try again.
    const { url } = testEndpoint();
    const error = await failure(
      client(url, { timeoutMs: 200, retries: 2 }).request('/slow?fail=9&stall=3000', {
        schema: Ok,
      }),
    );
    expect(error.kind).to.equal('timeout');
    expect(await received(url)).to.have.length(1);
  });

  it('reports an unreachable endpoint as a network error', async () => {
    const error = await failure(
      client('http://127.0.0.1:9', { retries: 0 }).request('/x', { schema: Ok }),
    );
    expect(error.kind).to.equal('network');
  });

  for (const shape of ['truncated', 'wrong', 'html']) {
    it(`turns a ${shape} answer into a contract error, not an exception`, async () => {
      const { url } = testEndpoint();
      const error = await failure(client(url).request(`/odd?shape=${shape}`, { schema: Ok }));
      expect(error.kind).to.equal('contract');
    });
  }

  it('sends If-None-Match and reports a 304 as not modified', async () => {
    const { url } = testEndpoint();
    const first = await client(url).request('/cached?etag=v1', { schema: Ok });
    expect(first.etag).to.equal('"v1"');
    const second = await client(url).request('/cached?etag=v1', { schema: Ok, etag: first.etag });
    expect(second.notModified).to.equal(true);
    expect((await received(url))[1].ifNoneMatch).to.equal('"v1"');
  });

  // Prototype.js 1.6 adds Array.prototype.toJSON; other old libraries put one on Object.prototype.
  for (const [name, proto] of [
    ['Array', Array.prototype],
    ['Object', Object.prototype],
  ] as const) {
    it(`serialises bodies without a host page’s ${name}.prototype.toJSON`, async () => {
      const { url } = testEndpoint();
      const patched = proto as unknown as { toJSON?: () => string };
      patched.toJSON = () => '"bent by the host"';
      try {
        await client(url).request('/write', {
          method: 'POST',
          body: { answers: [1, 2], note: 'x' },
          schema: Ok,
          idempotencyKey: 'k1',
        });
      } finally {
        delete patched.toJSON;
      }
      const [request] = await received(url);
      expect(request.body).to.deep.equal({ answers: [1, 2], note: 'x' });
      expect(request.idempotencyKey).to.equal('k1');
    });
  }
});
