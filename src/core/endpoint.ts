/**
 * The endpoint client: every request a widget makes goes through `EndpointClient.request`.
 *
 * It adds the bearer token, times out a request that hangs (after 30 s: slow is not broken),
 * retries what is worth retrying (no answer, 5xx, 429 — honouring `Retry-After`; not a timeout)
 * with exponential backoff and full jitter, sends
 * `If-None-Match` for cached resources, and validates every JSON answer against the contract
 * schema, so a widget only ever sees data of the promised shape or a typed `EndpointError`.
 */
import * as z from 'zod/mini';
import { Problem } from '../contract/common.js';
import { EndpointError } from './errors.js';
import { toJson } from './json.js';
import { runtime } from './runtime.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointRequest<T> {
  method?: Method;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The contract schema of the answer; omit for 204 answers, or with `text` for text answers. */
  schema?: z.core.$ZodType<T>;
  /** Read the answer as text (e.g. `text/calendar`) instead of JSON. */
  text?: boolean;
  idempotencyKey?: string;
  /** The ETag of a cached copy: a 304 answer then comes back as `notModified`. */
  etag?: string | null;
  locale?: string;
  signal?: AbortSignal;
  /** How many times to try again after the first attempt fails transiently. */
  retries?: number;
  /**
   * The token to send, instead of asking the client's `token()`: for a request that must go out as
   * the person the caller already knows it is for.
   */
  token?: string | null;
}

export interface EndpointResponse<T> {
  status: number;
  data: T;
  etag: string | null;
  notModified: boolean;
}

export interface ClientOptions {
  /** Absolute base URL, without a trailing slash. */
  endpoint: string;
  /** The bearer token to send, or null for none. Called for every attempt. */
  token: () => Promise<string | null>;
  timeoutMs?: number;
  retries?: number;
  /** The first backoff step; doubles with each retry. */
  backoffMs?: number;
  /** The longest wait between attempts; a longer `Retry-After` is left to the caller. */
  maxBackoffMs?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), {
      once: true,
    });
  });

/** `Retry-After` is either seconds or an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export class EndpointClient {
  readonly endpoint: string;
  private readonly options: Required<Omit<ClientOptions, 'endpoint' | 'token'>> &
    Pick<ClientOptions, 'token'>;

  constructor({ endpoint, ...options }: ClientOptions) {
    this.endpoint = endpoint;
    this.options = {
      // Long enough for a slow hospital proxy to answer (a widget says it is slow well before).
      timeoutMs: 30_000,
      retries: 2,
      backoffMs: 400,
      maxBackoffMs: 8_000,
      ...options,
    };
  }

  async request<T = undefined>(
    path: string,
    request: EndpointRequest<T> = {},
  ): Promise<EndpointResponse<T>> {
    const retries = request.retries ?? this.options.retries;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(path, request);
      } catch (error) {
        if (!(error instanceof EndpointError)) throw error;
        // A timeout is not tried again at once: an endpoint that slow would only be cut off again,
        // just before its answer came. The caller says so and offers to try again.
        const again = error.transient && error.kind !== 'timeout';
        if (!again || attempt >= retries || request.signal?.aborted) throw error;
        const { backoffMs, maxBackoffMs } = this.options;
        const jittered = Math.random() * Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
        const wait = Math.max(jittered, error.retryAfterMs ?? 0);
        if (wait > maxBackoffMs) throw error;
        await sleep(wait, request.signal);
      }
    }
  }

  private async attempt<T>(
    path: string,
    request: EndpointRequest<T>,
  ): Promise<EndpointResponse<T>> {
    const url = new URL(this.endpoint + path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const token = request.token === undefined ? await this.options.token() : request.token;
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
    };
    for (const [name, value] of [
      ['Authorization', token && `Bearer ${token}`],
      ['Accept-Language', request.locale],
      ['Idempotency-Key', request.idempotencyKey],
      ['If-None-Match', request.etag],
      ['Content-Type', request.body !== undefined && 'application/json'],
    ] as const) {
      if (value) headers[name] = value;
    }
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs);
    const signal = request.signal
      ? AbortSignal.any([request.signal, timeout.signal])
      : timeout.signal;
    try {
      const response = await fetch(url, {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : toJson(request.body),
        signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      const etag = response.headers.get('ETag');
      const answer = (data: unknown) => ({
        status: response.status,
        data: data as T,
        etag,
        notModified: response.status === 304,
      });
      if (response.status === 304) return answer(undefined);
      if (!response.ok) throw await this.httpError(response, url);
      if (request.text) return answer(await response.text());
      if (!request.schema || response.status === 204) return answer(undefined);
      const parsed = z.safeParse(request.schema, await response.json().catch(() => undefined));
      if (!parsed.success) {
        throw new EndpointError(
          'contract',
          `${url.pathname} answered in a shape Kinship does not understand (${describe(parsed.error.issues)})`,
          response.status,
        );
      }
      return answer(parsed.data);
    } catch (error) {
      if (error instanceof EndpointError || request.signal?.aborted) throw error;
      // No answer, or one that broke off: a hang we gave up on, or the network.
      throw timeout.signal.aborted
        ? new EndpointError(
            'timeout',
            `No answer from ${url.pathname} within ${this.options.timeoutMs} ms`,
          )
        : new EndpointError('network', `Could not reach ${url.origin}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private async httpError(response: Response, url: URL): Promise<EndpointError> {
    let problem: Problem | undefined;
    try {
      const parsed = z.safeParse(Problem, await response.json());
      if (parsed.success) problem = parsed.data;
    } catch {
      // Not every error comes as problem+json (a proxy's HTML 502, say); the status is enough.
    }
    return new EndpointError(
      'http',
      problem?.detail ?? problem?.title ?? `${url.pathname} answered ${response.status}`,
      response.status,
      problem,
      retryAfterMs(response.headers.get('Retry-After')),
    );
  }
}

const clients = new Map<string, EndpointClient>();

/**
 * The page's client for `endpoint`, made on first use, with the runtime's token for each attempt.
 * Not part of the runtime: this module brings zod, which the task that defines the widgets does
 * not need.
 */
export function endpointClient(endpoint: string): EndpointClient {
  let client = clients.get(endpoint);
  if (!client) {
    client = new EndpointClient({ endpoint, token: () => runtime().token() });
    clients.set(endpoint, client);
  }
  return client;
}
