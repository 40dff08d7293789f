/**
 * `EndpointController`: one resource of the endpoint, as a widget renders it.
 *
 * Cache first: a returning resident sees the last copy in the first render, then the fresh one
 * (stale-while-revalidate, with `If-None-Match` so an unchanged resource costs a 304). Resources
 * marked `persist` are kept in localStorage, per endpoint, person and language; private ones (a
 * resident's own check-ins) only in memory, for the life of the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import type { ResolvedConfig } from './config.js';
import { endpointClient } from './endpoint.js';
import { EndpointError } from './errors.js';
import type { LocalizeController } from './localize.js';
import { runtime } from './runtime.js';
import { local, pageOnly, personalKey } from './storage.js';
import { nextTask } from './tasks.js';

export interface ResourceHost extends ReactiveControllerHost {
  readonly config: ResolvedConfig;
  readonly localize: LocalizeController;
}

export interface ResourceOptions<T> {
  path: string;
  schema: z.core.$ZodType<T>;
  query?: () => Record<string, string | number | undefined>;
  /** `persist`: survives reloads in browser storage; `memory`: this page only. */
  cache: 'persist' | 'memory';
}

type Cached = { etag: string | null; data: unknown };

export class EndpointController<T> implements ReactiveController {
  value: T | undefined;
  error: EndpointError | null = null;
  /** True while the value shown is a cached copy being revalidated. */
  stale = false;
  private abort: AbortController | null = null;
  /** The URL `value` was fetched from (a query can change between loads). */
  private shownUrl: string | null = null;
  /** Whose `value` is: the person and the endpoint it was fetched for. */
  private owner: string | null = null;

  constructor(
    private readonly host: ResourceHost,
    private readonly options: ResourceOptions<T>,
  ) {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** What the widget should show for this resource. */
  get state(): 'loading' | 'content' | 'error' | 'offline' {
    if (this.value !== undefined) return 'content';
    if (!this.error) return 'loading';
    return this.error.kind === 'network' && !navigator.onLine ? 'offline' : 'error';
  }

  /** Shows the cached copy, if any, then fetches the current one. Never throws. */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const { config, localize } = this.host;
      const { path, schema, query, cache } = this.options;
      const rt = runtime();
      const url = new URL(config.endpoint + path);
      for (const [name, value] of Object.entries(query?.() ?? {})) {
        if (value !== undefined) url.searchParams.set(name, String(value));
      }
      // The token is asked for once per load: it names the cache's owner and is the one sent.
      const { token, identity } = await rt.credentials();
      const owner = `${identity}|${config.endpoint}`;
      const key = personalKey(identity, `cache:${config.endpoint}|${localize.lang}|${url.href}`);
      const persist = cache === 'persist';
      const cached = (persist ? local.get(key) : pageOnly.get(key)) as Cached | undefined;
      const copy = cached && z.safeParse(schema, cached.data);
      if (owner !== this.owner) {
        // Another person (a shared workstation) or endpoint: never show the last one's copy while
        // this one loads. (Another language may: the same data, in words about to change.)
        this.owner = owner;
        this.value = copy?.success ? copy.data : undefined;
        this.shownUrl = url.href;
        this.stale = this.value !== undefined;
        this.error = null;
        this.host.requestUpdate();
      } else if (copy?.success && this.value === undefined) {
        this.value = copy.data;
        this.shownUrl = url.href;
        this.stale = true;
        this.host.requestUpdate();
      }
      const fetchAs = (token: string | null) =>
        endpointClient(config.endpoint).request(path, {
          schema,
          query: query?.(),
          etag: copy?.success ? cached!.etag : null,
          locale: localize.lang,
          signal: abort.signal,
          token,
        });
      let response;
      try {
        response = await fetchAs(token);
      } catch (error) {
        // A token can expire between pages: ask the portal once for a fresh one, of the same person.
        if (!(error instanceof EndpointError) || error.status !== 401) throw error;
        const fresh = await rt.credentials();
        if (fresh.identity !== identity || fresh.token === token) throw error;
        response = await fetchAs(fresh.token);
      }
      // The answer was read and checked in this task; the resident's input comes before its render.
      await nextTask();
      if (abort.signal.aborted) return;
      if (response.notModified) {
        // The copy this answer confirms replaces the value shown when that is another query's (a
        // widget that moved to another month); the same query's value is kept as it is.
        if (this.shownUrl !== url.href) this.value = copy!.data;
      } else {
        this.value = response.data;
        const fresh = { etag: response.etag, data: response.data };
        // Stored in a task of its own: writing a month of meetups to localStorage is as long as
        // rendering it, and the resident should see it first. Not after a sign-out or another
        // load meanwhile (both abort this one): that copy would outlive its owner's sign-out.
        if (persist) void nextTask().then(() => abort.signal.aborted || local.set(key, fresh));
        else pageOnly.set(key, fresh);
      }
      this.shownUrl = url.href;
      this.error = null;
      this.stale = false;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error =
        error instanceof EndpointError ? error : new EndpointError('network', String(error));
    }
    this.host.requestUpdate();
  }
}
