/**
 * A small synchronous store for what a widget needs at its first render: cached resources and
 * drafts. localStorage when the page allows it, memory otherwise — a sandboxed iframe throws on the
 * mere access to `localStorage`, and quotas run out — and it never throws.
 *
 * The outbox keeps its items in IndexedDB instead (see idb-store.ts), loaded only when needed.
 */
import { toJson } from './json.js';

const PREFIX = 'kinship:';
const memory = new Map<string, string>();

function storage(): Storage | null {
  try {
    const store = window.localStorage;
    store.setItem(PREFIX, '');
    store.removeItem(PREFIX);
    return store;
  } catch {
    return null;
  }
}

const ls = storage();

/**
 * The key of something that belongs to one person on this device: a cached resource, a draft, days
 * marked on call. Every device-kept value of a person goes under such a key, so that
 * `Kinship.signOut()` can remove all of it on a shared workstation.
 */
export function personalKey(identity: string, name: string): string {
  return `person:${identity}:${name}`;
}

export const local = {
  /** False when values last only as long as the page. */
  persistent: ls !== null,

  get(key: string): unknown {
    try {
      const text = memory.get(key) ?? ls?.getItem(PREFIX + key);
      return text === undefined || text === null ? undefined : JSON.parse(text);
    } catch {
      return undefined;
    }
  },

  set(key: string, value: unknown): void {
    const text = toJson(value);
    memory.set(key, text);
    try {
      ls?.setItem(PREFIX + key, text);
    } catch {
      // Quota exceeded: the copy in memory serves this page.
    }
  },

  /** Every key that starts with `prefix`. */
  keys(prefix: string): string[] {
    const keys = new Set([...memory.keys()].filter((key) => key.startsWith(prefix)));
    try {
      for (let i = 0; ls && i < ls.length; i++) {
        const key = ls.key(i);
        if (key?.startsWith(PREFIX + prefix)) keys.add(key.slice(PREFIX.length));
      }
    } catch {
      // The keys in memory are all there is.
    }
    return [...keys];
  },

  remove(key: string): void {
    memory.delete(key);
    try {
      ls?.removeItem(PREFIX + key);
    } catch {
      // Nothing to do: it is gone from memory.
    }
  },
};
