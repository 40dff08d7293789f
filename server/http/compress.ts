/**
 * gzip or deflate for responses of 1 KB and more, when the client accepts it: hono's `compress()`
 * with the same rules and headers, minus its cost on the responses it leaves alone. hono's sets
 * `Vary` through `c.header()`, which rebuilds a finished response (so @hono/node-server can no
 * longer send its string body directly and streams it instead), on every response it looks at;
 * this one edits the headers in place and rebuilds only a response it compresses, compressing the
 * body in one piece on libuv's thread pool rather than through a web stream.
 */
import { promisify } from 'node:util';
import { deflate, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/** Smaller bodies gain nothing worth the work (hono's default threshold). */
const THRESHOLD_BYTES = 1024;
/** A larger body, or one of unknown length, is compressed as it streams rather than read whole. */
const WHOLE_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

type Encoding = 'gzip' | 'deflate';

const ENCODINGS: readonly Encoding[] = ['gzip', 'deflate'];
const compressors = { gzip: promisify(gzip), deflate: promisify(deflate) };
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
const VARIES_BY_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/** The accepted encoding with the highest q (gzip first on a tie), or undefined. */
function chosenEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const accepts = parseAccept(header);
  const wildcard = accepts.find((accept) => accept.type === '*')?.q;
  let best: { encoding: Encoding; q: number } | undefined;
  for (const encoding of ENCODINGS) {
    const q = accepts.find((accept) => accept.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0;
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}

export function compress(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    // Read through `headers` and `status` only: they leave @hono/node-server's response as built.
    const headers = response.headers;
    const length = headers.get('Content-Length');
    const type = headers.get('Content-Type');
    if (
      response.status === 206 ||
      headers.has('Content-Encoding') ||
      headers.has('Transfer-Encoding') ||
      c.req.method === 'HEAD' ||
      (length !== null && Number(length) < THRESHOLD_BYTES) ||
      !type ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      NO_TRANSFORM.test(headers.get('Cache-Control') ?? '')
    )
      return;
    // The answer depends on Accept-Encoding whether or not this one is compressed.
    const vary = headers.get('Vary');
    if (vary !== '*' && !(vary && VARIES_BY_ENCODING.test(vary)))
      headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const encoding = chosenEncoding(c.req.header('Accept-Encoding'));
    if (!encoding || response.status === 204 || response.status === 304 || !response.body) return;

    const body =
      length !== null && Number(length) <= WHOLE_BODY_LIMIT_BYTES
        ? await compressors[encoding](await response.arrayBuffer())
        : response.body.pipeThrough(new CompressionStream(encoding));
    headers.delete('Content-Length');
    headers.set('Content-Encoding', encoding);
    const etag = headers.get('ETag');
    if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    // Cleared first: assigning over a response makes hono rebuild the new one and copy the old
    // one's headers into it, which these already are.
    c.res = undefined;
    c.res = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
