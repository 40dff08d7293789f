/**
 * Fetches an iCalendar feed a coordinator named by URL, without letting that URL reach inside the
 * network the server runs in (server-side request forgery): a feed may only come from a public
 * address, unless hospital IT lists its host in `KINSHIP_FEED_PRIVATE_HOSTS`.
 *
 * The check is made on the addresses the connection actually uses (a `lookup` hook), not on an
 * earlier DNS answer, so a name that resolves to a public address once and a private one the next
 * time gets nowhere. Redirects are followed by hand, a few at most, and each hop is checked again.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;
const TIMED_OUT = `sent nothing more within ${TIMEOUT_MS / 1000} seconds`;

/** Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast and reserved. */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127], // unspecified and loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Why a feed could not be fetched, in words a coordinator can act on. */
export class FeedFetchError extends Error {}

function isPublic(address: string): boolean {
  // BlockList also checks IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 ranges.
  return !NOT_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

function refused(host: string, address: string): FeedFetchError {
  return new FeedFetchError(
    `${host} is a private address (${address}); feeds come from public addresses unless the server lists the host in KINSHIP_FEED_PRIVATE_HOSTS`,
  );
}

export interface FeedFetchOptions {
  maxBytes: number;
  /** Hosts (names or addresses) that may resolve to private addresses; `*` allows every host. */
  privateHosts: readonly string[];
}

/** The feed's text. Throws a `FeedFetchError` saying what went wrong. */
export async function fetchFeedText(url: string, options: FeedFetchOptions): Promise<string> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let target = parseUrl(url);
  for (let hops = 0; ; hops++) {
    const response = await get(target, options, signal);
    const location = response.headers.location;
    if (
      response.statusCode &&
      response.statusCode >= 300 &&
      response.statusCode < 400 &&
      location
    ) {
      response.resume();
      if (hops === MAX_REDIRECTS) throw new FeedFetchError('the feed redirects too many times');
      target = parseUrl(location, target);
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new FeedFetchError(`the feed answered HTTP ${response.statusCode}`);
    }
    try {
      return await readLimited(response, options.maxBytes);
    } catch (error) {
      if (error instanceof FeedFetchError) throw error;
      throw new FeedFetchError(
        signal.aborted ? TIMED_OUT : `broke off while it was read: ${(error as Error).message}`,
      );
    }
  }
}

function parseUrl(url: string, base?: URL): URL {
  try {
    return new URL(url, base);
  } catch {
    throw new FeedFetchError(`${url} is not a URL`);
  }
}

function get(
  target: URL,
  { privateHosts }: FeedFetchOptions,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const transport = { 'http:': http, 'https:': https }[target.protocol];
  if (!transport) throw new FeedFetchError(`${target.protocol} is not http or https`);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const mayBePrivate = privateHosts.includes('*') || privateHosts.includes(host);
  // An address in the URL is never looked up, so it is checked here; names are checked in lookup.
  if (isIP(host) && !mayBePrivate && !isPublic(host)) throw refused(host, host);
  const lookup = (
    hostname: string,
    lookupOptions: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) =>
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const blocked = mayBePrivate
        ? undefined
        : addresses.find(({ address }) => !isPublic(address));
      if (blocked) return callback(refused(hostname, blocked.address), []);
      if (lookupOptions.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  return new Promise((resolve, reject) => {
    const request = transport.get(
      target,
      { headers: { Accept: 'text/calendar' }, lookup, signal },
      resolve,
    );
    request.on('error', (error) =>
      reject(
        error instanceof FeedFetchError
          ? error
          : new FeedFetchError(
              signal.aborted ? TIMED_OUT : `could not be fetched: ${error.message}`,
            ),
      ),
    );
  });
}

/** Reads the body piece by piece, so a feed over the limit is never held in memory whole. */
async function readLimited(response: http.IncomingMessage, maxBytes: number): Promise<string> {
  const tooLarge = () => new FeedFetchError(`the feed is larger than ${maxBytes} bytes`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
