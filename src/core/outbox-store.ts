/**
 * Where the outbox keeps its items: IndexedDB, falling back to localStorage, falling back to memory,
 * never throwing. Some privacy modes fail `indexedDB.open` or leave it pending forever, and a quota
 * can run out later; each failing operation falls back to the store below it, and `kind` says which
 * store the outbox got, so a widget can tell the resident when their submission cannot outlive the
 * page.
 */
import { warnOnce } from './log.js';
import { local } from './storage.js';

export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

export interface OutboxStore {
  readonly kind: StorageKind;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every value whose key starts with `prefix`. */
  values(prefix: string): Promise<unknown[]>;
}

/** The synchronous store below IndexedDB: localStorage, or memory when the page allows none. */
const fallback: OutboxStore = {
  kind: local.persistent ? 'localstorage' : 'memory',
  get: async (key) => local.get(key),
  set: async (key, value) => local.set(key, value),
  delete: async (key) => local.remove(key),
  values: async (prefix) => local.keys(prefix).map((key) => local.get(key)),
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function openIndexedDb(): Promise<IDBDatabase | null> {
  try {
    const open = indexedDB.open('kinship', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    return await Promise.race([
      request(open),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('indexedDB.open timed out')), 2000),
      ),
    ]);
  } catch {
    return null;
  }
}

export async function openOutboxStore(): Promise<OutboxStore> {
  const db = await openIndexedDb();
  if (!db) {
    if (!local.persistent)
      warnOnce(
        'This browser allows no storage here; submissions are kept only while the page is open.',
      );
    return fallback;
  }
  const run = async <T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore) => IDBRequest<T>,
    instead: () => Promise<T>,
  ): Promise<T> => {
    try {
      return await request(body(db.transaction('outbox', mode).objectStore('outbox')));
    } catch (error) {
      warnOnce('IndexedDB failed; the outbox falls back to localStorage.', error);
      return instead();
    }
  };
  return {
    kind: 'indexeddb',
    get: (key) =>
      run(
        'readonly',
        (store) => store.get(key),
        () => fallback.get(key),
      ),
    set: async (key, value) => {
      await run(
        'readwrite',
        (store) => store.put(value, key),
        async () => (await fallback.set(key, value), key),
      );
    },
    delete: async (key) => {
      await fallback.delete(key);
      await run(
        'readwrite',
        (store) => store.delete(key),
        async () => undefined,
      );
    },
    values: async (prefix) => [
      ...(await run(
        'readonly',
        (store) => store.getAll(IDBKeyRange.bound(prefix, prefix + '\uffff')),
        async () => [],
      )),
      ...(await fallback.values(prefix)),
    ],
  };
}
