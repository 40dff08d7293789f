/**
 * The script-tag entry (`dist/kinship.js`).
 *
 * It reads the options on its own `<script>` (`data-*`), starts the runtime, defines every widget's
 * tag at once (so React and Vue see each element's properties from the first render), and exposes
 * `window.Kinship`, the only global Kinship adds. Each widget's view is fetched when the first
 * element of its tag connects.
 *
 * The build wraps this module in an IIFE that first checks for an earlier copy: a second load, or
 * another version, starts nothing and only reports itself to the first (see scripts/build/iife.mjs).
 */
import { optionNames, type KinshipEvent } from '../core/config.js';
import { errorOnce, warnOnce } from '../core/log.js';
import { noteReservedSpace } from '../core/kin-element.js';
import { startRuntime } from '../core/runtime.js';
import { elements } from './elements.js';

const script = document.currentScript as HTMLScriptElement | null;

/** The script tag's own options; other data-* attributes (added by CDNs, frameworks) are not ours. */
const scriptOptions = Object.fromEntries(
  Object.entries(script?.dataset ?? {}).filter(([name]) => optionNames.includes(name)),
);

const runtime = startRuntime({ scriptUrl: script?.src, script: scriptOptions });

noteReservedSpace(Object.keys(elements));
for (const [tag, element] of Object.entries(elements)) element.define(tag);

/** Calls from the host page never throw back into it. */
function guarded<A extends unknown[]>(name: string, body: (...args: A) => void) {
  return (...args: A): void => {
    try {
      body(...args);
    } catch (error) {
      errorOnce(`Kinship.${name}() failed.`, error);
    }
  };
}

const isListener = (type: unknown, listener: unknown) => {
  if (typeof type === 'string' && typeof listener === 'function') return true;
  errorOnce(
    'Kinship.on/off take an event type (e.g. "kin-check-in-submitted" or "*") and a function.',
  );
  return false;
};

const api = {
  version: __KINSHIP_VERSION__,
  /** Changes options live, e.g. `Kinship.configure({ getToken: async () => token })`. */
  configure: guarded('configure', (options: Record<string, unknown>) => {
    if (typeof options !== 'object' || options === null) {
      errorOnce('Kinship.configure() takes an object of options. See README.md#configuration.');
      return;
    }
    runtime.configure({ ...options });
  }),
  /** Switches every widget without its own `locale` to a language (`'ar'`, `'pt-BR'`, `'auto'`). */
  setLocale: guarded('setLocale', (locale: string) => runtime.configure({ locale })),
  on: guarded('on', (type: string, listener: (event: KinshipEvent) => void) => {
    if (isListener(type, listener)) runtime.on(type, listener);
  }),
  off: guarded('off', (type: string, listener: (event: KinshipEvent) => void) => {
    if (isListener(type, listener)) runtime.off(type, listener);
  }),
  /**
   * Forgets the signed-in person on this device (shared workstations): one last attempt to send
   * their queued submissions, then their queue, drafts and cached data are removed. Resolves when
   * done; never rejects.
   */
  signOut: () => runtime.signOut().catch((error) => errorOnce('Kinship.signOut() failed.', error)),
  /** A later copy of kinship.js reports itself here instead of starting. */
  [Symbol.for('kinship.loaded-again')]: (version: unknown) =>
    warnOnce(
      `kinship.js was loaded more than once on this page (${String(version)} after ${__KINSHIP_VERSION__}); ` +
        'the first copy is in use and the later one did nothing.',
    ),
};

Object.defineProperty(window, 'Kinship', { value: api, enumerable: true, configurable: true });
