/**
 * The script tag, as a portal admin pastes it: the built dist/kinship.js (run `npm run build` first;
 * `npm test` does), in pages of their own, against a reference server on another origin.
 */
import { expect } from '@open-wc/testing';
import { HostWindow, ReferenceServer, SERVER_START_TIMEOUT_MS, until } from '../support.js';

interface EmbedWindow extends Window {
  globalsBefore: string[];
  violations: string[];
  pageErrors: string[];
  warnings: string[];
  definedOnLoad: boolean;
  defineCalls?: number;
  Kinship?: { version: string; configure(options: object): void };
}

let server: ReferenceServer;
let version: string;

const sdk = new URL('/dist/kinship.js', location.origin).href;

async function embed(page: string, query: Record<string, string>) {
  const host = await HostWindow.open(`embed/${page}`, { endpoint: server.apiUrl, ...query });
  return { host, win: host.window as unknown as EmbedWindow };
}

/** The check-in in the host window, once it shows its form. */
async function checkIn(host: HostWindow) {
  const el = host.document.querySelector('kin-check-in')! as HTMLElement & { state: string };
  await until(
    () => el.state === 'content' && el.shadowRoot?.querySelector('fieldset'),
    () => `the form (state: ${el.state})`,
  );
  return el;
}

describe('The script tag (dist/kinship.js)', () => {
  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    const bundle = await fetch(sdk);
    if (!bundle.ok)
      throw new Error('dist/kinship.js is missing: run `npm run build` before the browser tests.');
    version = (await (await fetch('/package.json')).json()).version;
    server = await ReferenceServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  it('defines its tags as soon as it runs, adds exactly one global, and shows the widget', async () => {
    const { host, win } = await embed('page.html', { sdk, token: await server.token('res-olena') });
    try {
      expect(win.definedOnLoad).to.equal(true);
      await checkIn(host);
      const added = Object.getOwnPropertyNames(win).filter(
        (name) => !win.globalsBefore.includes(name),
      );
      // The test page's own (after.js) and the test server's (__WDS_*) aside.
      const harness = (name: string) =>
        ['definedOnLoad', 'hostReady'].includes(name) || name.startsWith('__WDS_');
      expect(added.filter((name) => !harness(name))).to.deep.equal(['Kinship']);
      expect(win.Kinship!.version).to.equal(version);
      expect(win.pageErrors).to.deep.equal([]);
      // Its chunks came from next to the script, as ES modules.
      const chunks = win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/chunks/'));
      expect(chunks.length).to.be.greaterThan(0);
      for (const chunk of chunks)
        expect(chunk.startsWith(new URL('/dist/chunks/', location.origin).href)).to.equal(true);
    } finally {
      host.close();
    }
  });

  it('does nothing in a browser without custom elements, leaving the fallback content', async () => {
    const { host, win } = await embed('page.html', { sdk, nocustomelements: '1', token: 'unused' });
    try {
      expect(win.Kinship).to.equal(undefined);
      const fallback = host.document.querySelector('kin-check-in a') as HTMLAnchorElement;
      expect(fallback.textContent).to.equal('Our wellness resources');
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      host.close();
    }
  });

  it('does nothing the second time it is loaded, and says so once', async () => {
    const { host, win } = await embed('page.html', {
      sdk: `${sdk},${sdk}`,
      token: await server.token('res-olena'),
    });
    try {
      await checkIn(host);
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.warnings.filter((line) => line.includes('loaded more than once'))).to.have.length(
        1,
      );
    } finally {
      host.close();
    }
  });

  it('leaves an older version that came first in charge', async () => {
    const older = new URL('/__kinship/sdk-as/0.0.9/kinship.js', location.origin).href;
    const { host, win } = await embed('page.html', {
      sdk: `${older},${sdk}`,
      token: await server.token('res-olena'),
    });
    try {
      await checkIn(host);
      expect(win.Kinship!.version).to.equal('0.0.9');
      expect(win.warnings.some((line) => line.includes(`(${version} after 0.0.9)`))).to.equal(true);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      host.close();
    }
  });

  it('is not captured by a RequireJS define() on the page (an IIFE, not UMD)', async () => {
    const { host, win } = await embed('page.html', {
      sdk,
      define: 'amd',
      token: await server.token('res-olena'),
    });
    try {
      await checkIn(host);
      expect(win.defineCalls).to.equal(undefined);
      expect(win.Kinship).to.not.equal(undefined);
    } finally {
      host.close();
    }
  });

  it('loads its chunks from its own origin when served from another one (a CDN)', async () => {
    const cdn = server.apiUrl.replace(/\/api$/, '/sdk/kinship.js');
    const { host, win } = await embed('page.html', {
      sdk: cdn,
      token: await server.token('res-olena'),
    });
    try {
      await checkIn(host);
      const chunks = win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/chunks/'));
      expect(chunks.length).to.be.greaterThan(0);
      for (const chunk of chunks)
        expect(chunk.startsWith(cdn.replace('kinship.js', 'chunks/'))).to.equal(true);
    } finally {
      host.close();
    }
  });

  it('works under script-src and style-src self and Trusted Types, with no violation', async () => {
    const { host, win } = await embed('strict.html', {
      sdk,
      token: await server.token('res-andre'),
    });
    try {
      const el = await checkIn(host);
      const root = el.shadowRoot!;
      // Styled: the adopted stylesheets applied (a style element would have been blocked).
      expect(getComputedStyle(root.querySelector('[part="base"]')!).borderTopStyle).to.equal(
        'solid',
      );
      for (const fieldset of root.querySelectorAll('fieldset.question')) {
        fieldset.querySelector<HTMLInputElement>('input[type=radio]')?.click();
      }
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(() => root.querySelector('#done'), 'the thank-you');
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      host.close();
    }
  });
});
