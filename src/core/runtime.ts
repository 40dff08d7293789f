/**
 * The SDK's shared state: the configuration layers every element resolves against, one translation
 * instance, one outbox, and the event listeners of `Kinship.on`.
 *
 * The script-tag loader starts it with what it read from its `<script>`; bundler users get it on
 * first use with no script layer.
 */
import {
  resolveConfig,
  type ConfigLayer,
  type KinshipEvent,
  type ResolvedConfig,
} from './config.js';
import { Translations } from './i18n.js';
import { errorOnce } from './log.js';
import type { Outbox } from './outbox.js';
import { expirePersonalData, forgetPerson, local } from './storage.js';

export interface RuntimeInit {
  /** The URL kinship.js was loaded from; locale files are looked up next to it by default. */
  scriptUrl?: string;
  /** The script tag's `data-*` options. */
  script?: Record<string, unknown>;
}

/** The `sub` claim of a JWT, without verifying it: only to keep one person's queued items their own. */
function subjectOf(token: string | null): string {
  try {
    const payload = token?.split('.')[1];
    if (!payload) return '';
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json.sub === 'string' ? json.sub : '';
  } catch {
    return '';
  }
}

/**
 * Set in localStorage while outbox items wait, so that a page load imports the outbox only when an
 * earlier visit left something to send.
 */
const PENDING_HINT = 'outbox-pending';

/** How long `signOut()` waits for the last attempt to deliver: it must not hang on a dead network. */
const LAST_ATTEMPT_MS = 5000;

export class Runtime {
  readonly translations = new Translations();
  private outboxLoading: Promise<Outbox> | undefined;
  private readonly scriptUrl: string;
  private readonly script: ConfigLayer;
  private readonly configured: ConfigLayer = { source: 'configure', values: {} };
  private readonly configListeners = new Set<() => void>();
  private readonly eventListeners = new Map<string, Set<(event: KinshipEvent) => void>>();
  /** After `signOut()`, no token is sent until the portal configures one again. */
  private signedOut = false;

  constructor(init: RuntimeInit = {}) {
    this.scriptUrl = init.scriptUrl || document.baseURI;
    this.script = { source: 'script', values: init.script ?? {} };
    const flush = () => void this.outboxIfPending().then((outbox) => outbox?.flush());
    addEventListener('online', flush);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'visible' && flush(),
    );
    // What an earlier visit could not send goes out now, after the page has had its turn; what a
    // person left on this device long ago goes.
    setTimeout(() => {
      expirePersonalData();
      flush();
    }, 0);
  }

  /** The outbox if it may hold items (already loaded, or an earlier visit left some), else null. */
  async outboxIfPending(): Promise<Outbox | null> {
    return this.outboxLoading || local.get(PENDING_HINT) || !local.persistent
      ? this.outbox()
      : null;
  }

  /**
   * The outbox, imported on first use: when a resident submits something, or when an earlier visit
   * left items waiting. A page where nobody submits anything never downloads it.
   */
  outbox(): Promise<Outbox> {
    this.outboxLoading ??= Promise.all([
      import('./outbox.js'),
      import('./outbox-store.js'),
      import('./endpoint.js'),
    ]).then(
      ([{ Outbox }, { openOutboxStore }, { endpointClient }]) =>
        new Outbox({
          store: openOutboxStore(),
          clientFor: endpointClient,
          credentials: () => this.credentials(),
          onPending: (pending) =>
            pending ? local.set(PENDING_HINT, true) : local.remove(PENDING_HINT),
        }),
    );
    // A failed import (offline before the module ever arrived) is tried again next time.
    this.outboxLoading.catch(() => (this.outboxLoading = undefined));
    return this.outboxLoading;
  }

  private layers(element?: Record<string, unknown>): ConfigLayer[] {
    const global = (window as { KinshipConfig?: unknown }).KinshipConfig;
    return [
      this.script,
      {
        source: 'KinshipConfig',
        values: typeof global === 'object' && global ? { ...global } : {},
      },
      this.configured,
      { source: 'element', values: element ?? {} },
    ];
  }

  /** The configuration for one element, given its own attributes. */
  resolve(element?: Record<string, unknown>) {
    const resolved = resolveConfig(this.layers(element), this.scriptUrl, document.baseURI);
    if (this.signedOut) Object.assign(resolved.config, { token: null, getToken: null });
    return resolved;
  }

  /** `Kinship.configure()`: later calls add to (and override) earlier ones; elements update live. */
  configure(values: Record<string, unknown>): void {
    Object.assign(this.configured.values, values);
    if ('token' in values || 'getToken' in values) this.signedOut = false;
    this.configChanged();
  }

  private configChanged(): void {
    for (const listener of this.configListeners) listener();
  }

  /**
   * `Kinship.signOut()`, for shared workstations: one last attempt to deliver the signed-in
   * person's queued submissions with their own token, then everything of theirs on this device
   * goes (queue, drafts, cached copies) and widgets show nothing of theirs. No token is sent until
   * the portal configures one again. Never rejects.
   */
  async signOut(): Promise<void> {
    const { identity } = await this.credentials();
    try {
      const outbox = await this.outboxIfPending();
      if (outbox) {
        await Promise.race([
          outbox.flush(),
          new Promise((resolve) => setTimeout(resolve, LAST_ATTEMPT_MS)),
        ]);
        await outbox.forget(identity);
      }
    } catch (error) {
      // The outbox could not load (offline before it ever did): nothing of theirs is queued in it.
      errorOnce('Signing out could not reach the queue of unsent submissions.', error);
    }
    forgetPerson(identity);
    this.signedOut = true;
    this.configChanged();
  }

  onConfigChange(listener: () => void): () => void {
    this.configListeners.add(listener);
    return () => this.configListeners.delete(listener);
  }

  /** The bearer token: `getToken()` if the portal gave one, else the static `token`. */
  async token(): Promise<string | null> {
    const { config } = this.resolve();
    if (!config.getToken) return config.token;
    try {
      const token = await config.getToken();
      return typeof token === 'string' && token ? token : null;
    } catch (error) {
      errorOnce('getToken() failed; requests are sent without a token.', error);
      return null;
    }
  }

  /** The bearer token and who it signs in (its `sub`; empty when there is no token), read once. */
  async credentials(): Promise<{ token: string | null; identity: string }> {
    const token = await this.token();
    return { token, identity: subjectOf(token) };
  }

  /** Who is signed in: the token's `sub`, or empty when there is no token. */
  async identity(): Promise<string> {
    return (await this.credentials()).identity;
  }

  on(type: string, listener: (event: KinshipEvent) => void): void {
    let listeners = this.eventListeners.get(type);
    if (!listeners) this.eventListeners.set(type, (listeners = new Set()));
    listeners.add(listener);
  }

  off(type: string, listener: (event: KinshipEvent) => void): void {
    this.eventListeners.get(type)?.delete(listener);
  }

  /** Hands an event to `onEvent` and to `Kinship.on` listeners (`'*'` receives every type). */
  notify(event: KinshipEvent, config: ResolvedConfig): void {
    const listeners = [
      ...(config.onEvent ? [config.onEvent] : []),
      ...(this.eventListeners.get(event.type) ?? []),
      ...(this.eventListeners.get('*') ?? []),
    ];
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        errorOnce(`A listener for ${event.type} threw; Kinship carried on.`, error);
      }
    }
  }
}

let current: Runtime | undefined;

/** The page's runtime, started with defaults on first use unless the loader started it. */
export function runtime(): Runtime {
  return (current ??= new Runtime());
}

/** Starts the runtime; the script-tag loader calls this once, before defining any tag. */
export function startRuntime(init: RuntimeInit): Runtime {
  return (current ??= new Runtime(init));
}
