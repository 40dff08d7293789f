/**
 * A small synchronous store for what a widget needs at its first render: cached resources and
 * drafts. localStorage when the page allows it, memory otherwise — a sandboxed iframe throws on the
 * mere access to `localStorage`, and quotas run out — and it never throws.
 *
 * Every value is kept with the time it was written, and what belongs to a person (`personalKey`)
 * expires: a shared workstation does not keep one resident's draft or cached data for the next
 * one forever. `Kinship.signOut()` removes it at once (`forgetPerson`).
 *
 * The outbox keeps its items in IndexedDB instead (see outbox-store.ts), loaded only when needed.
 */
import { toJson } from './json.js';

const PREFIX = 'kinship:';
const memory = new Map<string, string>();

/** How long a person's draft or cached copy stays on the device after it was last written. */
export const PERSONAL_DATA_DAYS = 14;

let probed: Storage | null | undefined;

/**
 * localStorage, if the page may use it; probed on first use, not when kinship.js runs: the first
 * access opens the origin's storage from disk, which is not for the page's own task to wait on.
 */
function storage(): Storage | null {
  if (probed !== undefined) return probed;
  try {
    const store = window.localStorage;
    store.setItem(PREFIX, '');
    store.removeItem(PREFIX);
    probed = store;
  } catch {
    probed = null;
  }
  return probed;
}

/** A stored value and when it was written. */
type Entry = { at: number; value: unknown };

function read(key: string): Entry | undefined {
  try {
    const text = memory.get(key) ?? storage()?.getItem(PREFIX + key);
    const entry = text ? JSON.parse(text) : undefined;
    return typeof entry?.at === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

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
  get persistent(): boolean {
    return storage() !== null;
  },

  get(key: string): unknown {
    return read(key)?.value;
  },

  set(key: string, value: unknown): void {
    const text = toJson({ at: Date.now(), value });
    memory.set(key, text);
    try {
      storage()?.setItem(PREFIX + key, text);
    } catch {
      // Quota exceeded: the copy in memory serves this page.
    }
  },

  /** Every key that starts with `prefix`. */
  keys(prefix: string): string[] {
    const keys = new Set([...memory.keys()].filter((key) => key.startsWith(prefix)));
    const ls = storage();
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
      storage()?.removeItem(PREFIX + key);
    } catch {
      // Nothing to do: it is gone from memory.
    }
  },
};

/** Copies of private resources (a resident's own check-ins): for this page only, never stored. */
export const pageOnly = new Map<string, unknown>();

/** Removes everything of `identity` kept on this device: stored values and this page's copies. */
export function forgetPerson(identity: string): void {
  const prefix = personalKey(identity, '');
  for (const key of local.keys(prefix)) local.remove(key);
  for (const key of pageOnly.keys()) if (key.startsWith(prefix)) pageOnly.delete(key);
}

/** Removes every person's values not written for `PERSONAL_DATA_DAYS` (or unreadable ones). */
export function expirePersonalData(now = Date.now()): void {
  const oldest = now - PERSONAL_DATA_DAYS * 86_400_000;
  for (const key of local.keys('person:')) {
    if ((read(key)?.at ?? 0) < oldest) local.remove(key);
  }
}
