/**
 * The outbox: nothing a resident submits is lost.
 *
 * A submission (a check-in, an RSVP, a chat request) is written to storage *before* it is sent, with
 * an id that doubles as its `Idempotency-Key`. It is sent at once, and again — with the same key —
 * on `online`, when the page becomes visible, on the next page load and on a backoff timer, until
 * the server answers. The server stores each key once, so however often an item is sent it is
 * recorded exactly once. An answer of 4xx means the server will never take it: the item is kept,
 * marked rejected, for the widget to explain, never silently dropped.
 *
 * Items belong to the person who made them (the `sub` of their token) and are only ever sent with
 * that person's token: on a shared workstation one resident's queued check-in is never delivered as
 * another's.
 */
import * as z from 'zod/mini';
import type { EndpointClient, Method } from './endpoint.js';
import { EndpointError } from './errors.js';
import { errorOnce } from './log.js';
import type { OutboxStore, StorageKind } from './outbox-store.js';

export interface OutboxItem {
  /** Also the request's `Idempotency-Key`. */
  id: string;
  /** What it is, so a widget can find its own items: `check-in`, `meetup-rsvp`, … */
  kind: string;
  endpoint: string;
  identity: string;
  method: Method;
  path: string;
  body: unknown;
  createdAt: string;
  attempts: number;
  /** Set when the server refused the item for good. */
  rejected: { status: number; message: string } | null;
}

export type OutboxEvent =
  | { type: 'queued'; item: OutboxItem }
  | { type: 'delivered'; item: OutboxItem; response: unknown }
  | { type: 'waiting'; item: OutboxItem; error: EndpointError }
  | { type: 'rejected'; item: OutboxItem; error: EndpointError };

type Listener = (event: OutboxEvent) => void;

const KEY = 'outbox:';

/** A random UUID; `crypto.randomUUID` exists only in secure contexts (not on a plain-http intranet). */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MAX_RETRY_DELAY_MS = 5 * 60_000;

/**
 * How long an item waits on the device before it is given up: a week-old check-in no longer says
 * how the resident is (the server dates a late one at most 36 hours back), and a shared
 * workstation should not keep a resident's words indefinitely.
 */
export const OUTBOX_ITEM_DAYS = 7;

export interface OutboxOptions {
  store: Promise<OutboxStore>;
  /** The client for an endpoint; each item is sent with the token of the person it belongs to. */
  clientFor: (endpoint: string) => EndpointClient;
  /** The current token and who it signs in (its `sub`; empty when unknown). */
  credentials: () => Promise<{ token: string | null; identity: string }>;
  /** Told whether items are waiting, after every change. */
  onPending: (pending: boolean) => void;
}

export class Outbox {
  private readonly listeners = new Set<Listener>();
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: OutboxOptions) {}

  /** Where items are kept: a widget says so when it is only `memory`. */
  async persistence(): Promise<StorageKind> {
    return (await this.options.store).kind;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores the submission, then tries to send it. Resolves once it is stored. */
  async add(
    submission: Pick<OutboxItem, 'kind' | 'endpoint' | 'method' | 'path' | 'body'>,
  ): Promise<OutboxItem> {
    const item: OutboxItem = {
      ...submission,
      id: randomId(),
      identity: (await this.options.credentials()).identity,
      createdAt: new Date().toISOString(),
      attempts: 0,
      rejected: null,
    };
    await (await this.options.store).set(KEY + item.id, item);
    this.options.onPending(true);
    this.notify({ type: 'queued', item });
    void this.flush();
    return item;
  }

  /** The signed-in person's items, oldest first, optionally of one kind. */
  async items(kind?: string): Promise<OutboxItem[]> {
    const { identity } = await this.options.credentials();
    const values = (await (await this.options.store).values(KEY)) as OutboxItem[];
    return values
      .filter((item) => item.identity === identity && (!kind || item.kind === kind))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Forgets an item (e.g. a rejected one the resident chose to drop). */
  async discard(id: string): Promise<void> {
    const store = await this.options.store;
    await store.delete(KEY + id);
    // The last item gone: the next page load need not import the outbox.
    this.options.onPending((await store.values(KEY)).length > 0);
  }

  /** Removes every item of `identity`, sent or not: they signed out of a shared workstation. */
  async forget(identity: string): Promise<void> {
    const store = await this.options.store;
    for (const item of (await store.values(KEY)) as OutboxItem[]) {
      if (item.identity === identity) await store.delete(KEY + item.id);
    }
    this.options.onPending((await store.values(KEY)).length > 0);
  }

  /** Sends every pending item of the signed-in person. Safe to call at any time, as often as wanted. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.withLock(() => this.sendPending())
      // A flush is started by timers and events with no one to hand a failure to: it is reported
      // here, and the items stay stored for the next flush.
      .catch((error) => errorOnce('Sending saved submissions failed; they stay saved.', error))
      .finally(() => {
        this.flushing = null;
        if (this.flushAgain) {
          this.flushAgain = false;
          void this.flush();
        }
      });
    return this.flushing;
  }

  /**
   * Tabs of one origin share the store; a Web Lock keeps them from sending the same item at once.
   * Where the page may not use locks (a sandboxed frame's opaque origin throws `SecurityError`),
   * the flush runs unlocked: such a page has no store shared with other tabs to race on, and the
   * server stores each Idempotency-Key once anyway.
   */
  private async withLock(body: () => Promise<void>): Promise<void> {
    let ran = false;
    try {
      await navigator.locks.request('kinship-outbox', () => ((ran = true), body()));
    } catch (error) {
      if (ran) throw error;
      await body();
    }
  }

  private async sendPending(): Promise<void> {
    clearTimeout(this.retryTimer);
    const store = await this.options.store;
    const expired = Date.now() - OUTBOX_ITEM_DAYS * 86_400_000;
    for (const item of (await store.values(KEY)) as OutboxItem[]) {
      if (Date.parse(item.createdAt) < expired) await store.delete(KEY + item.id);
    }
    let waiting = 0;
    for (const item of await this.items()) {
      if (item.rejected) continue;
      // Another tab may have delivered it while this one waited for the lock.
      if (!(await store.get(KEY + item.id))) continue;
      // The portal may have signed someone else in since this flush began: the item goes out with
      // its own person's token or not at all, and the new person's items get a flush of their own
      // on the retry timer (not at once, so a portal that keeps switching cannot spin this loop).
      const { token, identity } = await this.options.credentials();
      if (identity !== item.identity) {
        waiting = Math.max(waiting, 1);
        break;
      }
      try {
        const { data } = await this.options.clientFor(item.endpoint).request(item.path, {
          method: item.method,
          body: item.body,
          idempotencyKey: item.id,
          schema: z.unknown(),
          retries: 0,
          token,
        });
        await store.delete(KEY + item.id);
        this.notify({ type: 'delivered', item, response: data });
      } catch (error) {
        const failure =
          error instanceof EndpointError ? error : new EndpointError('network', String(error));
        item.attempts++;
        if (failure.transient || failure.status === 401) {
          waiting = Math.max(waiting, item.attempts);
          await store.set(KEY + item.id, item);
          this.notify({ type: 'waiting', item, error: failure });
        } else {
          item.rejected = { status: failure.status, message: failure.message };
          await store.set(KEY + item.id, item);
          this.notify({ type: 'rejected', item, error: failure });
        }
      }
    }
    this.options.onPending((await store.values(KEY)).length > 0);
    if (waiting) {
      const delay =
        Math.min(MAX_RETRY_DELAY_MS, 2_000 * 2 ** (waiting - 1)) * (0.5 + Math.random() / 2);
      this.retryTimer = setTimeout(() => void this.flush(), delay);
    }
  }

  private notify(event: OutboxEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('[Kinship] An outbox listener failed', error);
      }
    }
  }
}
