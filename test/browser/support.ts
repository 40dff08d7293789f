/** Helpers shared by the browser tests. */
import { fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { runtime, type Runtime } from '../../src/core/runtime.js';

/**
 * Partial test translations (Arabic, Spanish) of the namespaces, as `localesUrl`: none ships yet,
 * and a right-to-left test needs a page really in Arabic.
 */
export const fixtureLocales =
  new URL('./fixtures/locales/', import.meta.url).href + '{{lng}}/{{ns}}.json';

/** A widget's shadow root, its `base` part, and that part's text with its whitespace collapsed. */
export const root = (el: Element) => el.shadowRoot!;
export const base = (el: Element) => root(el).querySelector<HTMLElement>('[part="base"]')!;
export const text = (el: Element) => base(el).textContent!.replace(/\s+/g, ' ').trim();

/** Waits until a widget is in `state`, and has drawn all of it (a long list draws in steps). */
export async function settled(el: Element & { state: string }, state: string): Promise<void> {
  await until(
    () => el.state === state,
    () => `state ${state} (it is ${el.state})`,
  );
  await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
}

/** Waits until `selector` matches in a widget's shadow root. */
export const shows = (el: Element, selector: string) =>
  until(() => root(el).querySelector(selector), `${selector} to show`);

/** A fresh base URL on the scripted test endpoint; each test gets its own. */
export function testEndpoint(): { url: string; key: string } {
  const key = crypto.randomUUID();
  return { key, url: `${location.origin}/test-endpoint/${key}` };
}

export interface Received {
  method: string;
  resource: string;
  query: Record<string, string>;
  authorization: string | null;
  idempotencyKey: string | null;
  ifNoneMatch: string | null;
  acceptLanguage: string | null;
  contentType: string | null;
  body: unknown;
  at: number;
  /** The status the endpoint answered with. */
  status: number;
}

/** Makes every request to the scripted endpoint fail with `status` (or succeed again: `null`). */
export async function setDown(url: string, status: number | null): Promise<void> {
  await fetch(`${url}/${status ? `__down?status=${status}` : '__up'}`, { method: 'POST' });
}

/** What the scripted test endpoint received, in order. */
export async function received(url: string): Promise<Received[]> {
  return (await fetch(`${url}/__received`)).json();
}

/** A window of its own for a test: a page it can reload or take offline. */
export class HostWindow {
  private constructor(
    readonly window: Window,
    private readonly name: string,
  ) {}

  /**
   * Opens `path` (a page under test/browser/fixtures) with `query` (for host.html: `endpoint`,
   * `token`, `widget`, `locale`) and waits until its scripts have run.
   */
  static async open(path = 'host.html', query: Record<string, string> = {}): Promise<HostWindow> {
    const name = `host-${crypto.randomUUID()}`;
    const url = new URL(`fixtures/${path}`, new URL('./', import.meta.url));
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    url.searchParams.set('window', name);
    const opened = window.open(url, name, 'width=900,height=700');
    if (!opened) throw new Error('The browser refused to open a window');
    const host = new HostWindow(opened, name);
    await host.ready();
    return host;
  }

  get document(): Document {
    return this.window.document;
  }

  /** The window's runtime: its own copy of the SDK (host.html's), which a reload restarts. */
  get runtime(): Runtime {
    return (this.window as unknown as { kinshipRuntime: () => Runtime }).kinshipRuntime();
  }

  /** Reloads the page, as a resident would, and waits for it to be ready again. */
  async reload(): Promise<void> {
    const old = this.window.document;
    this.window.location.reload();
    await until(() => this.window.document !== old, 'the reloaded page');
    await this.ready();
  }

  /** Emulates a lost connection for this window only (requests fail, `navigator.onLine` is false). */
  async setOffline(offline: boolean): Promise<void> {
    await executeServerCommand('set-offline', { offline, page: this.name });
    await until(
      () => this.window.navigator.onLine === !offline,
      `navigator.onLine to be ${!offline}`,
    );
  }

  /**
   * Loads axe-core into this window (do it while online): the test's own `to.be.accessible()`
   * checks only the test's window, and states such as offline exist only in a window of their own.
   */
  async loadAxe(): Promise<void> {
    const script = this.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    this.document.head.append(script);
    await until(() => (this.window as unknown as { axe?: unknown }).axe, 'axe-core to load');
  }

  /** What axe finds against WCAG 2.2 AA in `element` of this window, rule and target each. */
  async axeViolations(element: Element): Promise<string[]> {
    type Axe = {
      run(
        context: Element,
        options: object,
      ): Promise<{
        violations: { id: string; nodes: { target: unknown[] }[] }[];
        passes: unknown[];
      }>;
    };
    const { axe } = this.window as unknown as { axe: Axe };
    const { violations, passes } = await axe.run(element, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    });
    if (passes.length === 0) throw new Error('axe found nothing to check');
    return violations.flatMap(({ id, nodes }) =>
      nodes.map((node) => `${id}: ${JSON.stringify(node.target)}`),
    );
  }

  /** Sets the browser's default font size for this window, as a person's settings would. */
  async setDefaultFontSize(px: number): Promise<void> {
    await executeServerCommand('set-default-font-size', { px, page: this.name });
  }

  close(): void {
    this.window.close();
  }

  private ready(): Promise<void> {
    return until(
      () =>
        this.window.document?.readyState === 'complete' &&
        (this.window as unknown as { hostReady?: boolean }).hostReady,
      'the host window to load',
    );
  }
}

/**
 * Starts a test file on a device that has never run Kinship: test files share one origin, and an
 * earlier file may leave a check-in queued for the same seeded resident, which rightly shows as
 * "saved on this device" instead of the form.
 */
export async function freshDevice(): Promise<void> {
  localStorage.clear();
  // Emptied, not deleted: this page's own Kinship may hold the database open, and a deletion
  // blocked by it would hold up every later opening of it until the page is gone.
  if (!(await indexedDB.databases()).some((database) => database.name === 'kinship')) return;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const opening = indexedDB.open('kinship');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  const stores = [...db.objectStoreNames];
  if (stores.length > 0)
    await new Promise((resolve, reject) => {
      const emptying = db.transaction(stores, 'readwrite');
      for (const store of stores) emptying.objectStore(store).clear();
      emptying.oncomplete = resolve;
      emptying.onerror = () => reject(emptying.error);
    });
  db.close();
}

/** Waits until `condition()` holds (polling), or fails with `message`. */
export async function until(
  condition: () => unknown,
  message: string | (() => string) = 'condition',
  timeoutMs = 8000,
): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs)
      throw new Error(
        `Timed out waiting for ${typeof message === 'function' ? message() : message}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A JWT-shaped token for a person (unsigned: the scripted endpoint does not check it). */
export function fakeToken(sub: string, claims: Record<string, unknown> = {}): string {
  const part = (value: object) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub, role: 'resident', ...claims })}.signature`;
}

/**
 * How long a `before` hook may take to start a reference server: the first one in a run also makes
 * the migrated database every later one copies, which can take half a minute on a busy machine.
 */
export const SERVER_START_TIMEOUT_MS = 60_000;

/** A reference server of the test's own (PGlite in memory, the demo program seeded). */
export class ReferenceServer {
  private constructor(
    readonly id: string,
    readonly apiUrl: string,
  ) {}

  /** `allowedOrigins`: CORS origins besides localhost ones (`null` for a sandboxed frame). */
  static async start(options: { allowedOrigins?: string[] } = {}): Promise<ReferenceServer> {
    const response = await fetch('/__kinship/servers', {
      method: 'POST',
      body: JSON.stringify(options),
    });
    const { id, apiUrl } = await response.json();
    return new ReferenceServer(id, apiUrl);
  }

  /** A valid JWT for a seeded person (e.g. `res-amara`). */
  async token(person: string): Promise<string> {
    return (await (await fetch(`/__kinship/servers/${this.id}/token?person=${person}`)).json())
      .token;
  }

  /** Runs SQL against the server's database: to check what it stored, or to arrange a case. */
  async sql<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const response = await fetch(`/__kinship/servers/${this.id}/sql`, {
      method: 'POST',
      body: JSON.stringify({ sql, params }),
    });
    return (await response.json()).rows;
  }

  async stop(): Promise<void> {
    await fetch(`/__kinship/servers/${this.id}`, { method: 'DELETE' });
  }
}

/**
 * A suite against the reference server: one server for the enclosing `describe` (started before its
 * first test, stopped after its last; `started` receives it), on a fresh device (a new server is a
 * new database: a check-in an earlier file left queued for the same seeded resident does not
 * belong to it), and after each test the fixtures removed and the runtime's token and locales URL
 * forgotten, so no test sees another's.
 */
export function referenceServerPerSuite(started: (server: ReferenceServer) => void): void {
  let server: ReferenceServer | undefined;
  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    await freshDevice();
    server = await ReferenceServer.start();
    started(server);
  });
  after(async () => {
    await server?.stop();
  });
  afterEach(() => {
    fixtureCleanup();
    runtime().configure({ token: undefined, localesUrl: undefined });
  });
}

/**
 * The controls in `root` a finger or a shaky hand could miss: smaller than 24×24 CSS px (WCAG 2.2,
 * 2.5.8), described for the failure message. A link inside a sentence is exempt, as WCAG allows.
 */
export function smallTargets(root: ParentNode): string[] {
  const controls = root.querySelectorAll<HTMLElement>(
    'button, a[href], input:not([type=hidden]), select, textarea, summary, [tabindex="0"]',
  );
  return [...controls].flatMap((control) => {
    const { width, height } = control.getBoundingClientRect();
    if (!width && !height) return []; // not shown
    if (width >= 24 && height >= 24) return [];
    // A native radio or checkbox is counted with its label, which is what a resident taps.
    const box = (control as HTMLInputElement).labels?.[0]?.getBoundingClientRect() ?? {
      width,
      height,
    };
    if (box.width >= 24 && box.height >= 24) return [];
    if (control.localName === 'a' && control.closest('p, li')) return [];
    const name = control.textContent?.trim() || control.getAttribute('aria-label') || control.id;
    return [`<${control.localName}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`];
  });
}

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The first opaque background behind `element`, across shadow roots (white if none). */
function backgroundOf(element: Element): Rgb {
  for (let node: Element | null = element; node;) {
    const match = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/.exec(
      getComputedStyle(node).backgroundColor,
    );
    if (match && (match[4] === undefined || Number(match[4]) > 0.5))
      return [Number(match[1]), Number(match[2]), Number(match[3])];
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255];
}

/**
 * Every piece of visible text in `root` whose contrast with its background is below WCAG AA
 * (4.5:1, or 3:1 for large text), described for the failure message. Computed colours only: what
 * the resident sees, whatever tokens produced it.
 */
export function lowContrastText(root: ParentNode): string[] {
  const elements = [...root.querySelectorAll<HTMLElement>('*')].filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
  );
  return elements.flatMap((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || style.visibility === 'hidden') return [];
    if (element.closest('.sr-only, [aria-hidden="true"]')) return [];
    const match = /rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(style.color);
    if (!match) return [];
    const color: Rgb = [Number(match[1]), Number(match[2]), Number(match[3])];
    const [light, dark] = [luminance(color), luminance(backgroundOf(element))].sort(
      (a, b) => b - a,
    );
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio >= (large ? 3 : 4.5)) return [];
    const text = element.textContent!.trim().slice(0, 40);
    return [
      `"${text}" ${ratio.toFixed(2)}:1 (${style.color} on ${backgroundOf(element).join(',')})`,
    ];
  });
}
