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

/**
 * Every range that is not the public internet: loopback, private, link-local (cloud metadata),
 * carrier-grade NAT, benchmarking, documentation, multicast and reserved, and in IPv6 the ranges
 * that carry an IPv4 address inside them (NAT64, 6to4, Teredo, IPv4-compatible), which would
 * otherwise reach a private IPv4 address through a gateway.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 3], // multicast, reserved and broadcast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments, Teredo (2001::/32) among them
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some networks)
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Why a feed could not be fetched, in words a coordinator can act on. */
export class FeedFetchError extends Error {}

/** Whether `address` (IPv4 or IPv6) is on the public internet. */
export function isPublic(address: string): boolean {
  // BlockList also checks IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 ranges.
  return !NOT_PUBLIC.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** The refusal names the host the coordinator gave, never the address it resolved to inside. */
function refused(host: string): FeedFetchError {
  return new FeedFetchError(
    `${host} is not a public address; feeds come from public addresses unless the server lists the host in KINSHIP_FEED_PRIVATE_HOSTS`,
  );
}

/** A network failure in words, without the message that names the address it tried. */
function failure(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'the server refused the connection',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the host name could not be looked up',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host cannot be reached',
    ENETUNREACH: 'the network cannot be reached',
  };
  if (code && words[code]) return words[code];
  if (code?.startsWith('ERR_TLS') || /certificate/i.test(error.message))
    return 'its https certificate is not valid';
  return code ? `a network error (${code})` : 'a network error';
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
        signal.aborted ? TIMED_OUT : `broke off while it was read: ${failure(error as Error)}`,
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
  if (isIP(host) && !mayBePrivate && !isPublic(host)) throw refused(host);
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
      if (blocked) return callback(refused(hostname), []);
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
              signal.aborted ? TIMED_OUT : `could not be fetched: ${failure(error)}`,
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
