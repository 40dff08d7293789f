/**
 * `Kinship.signOut()` on a shared workstation: one last attempt to deliver the person's queued
 * submissions with their own token, then nothing of theirs stays on the device, and the next
 * person signed in sees nothing of them.
 */
import { expect } from '@open-wc/testing';
import type { KinCheckIn } from '../../../widgets/check-in/check-in.js';
import {
  fakeToken,
  HostWindow,
  received,
  ReferenceServer,
  SERVER_START_TIMEOUT_MS,
  setDown,
  testEndpoint,
  until,
} from '../support.js';

/** Every key and value Kinship keeps in the window's localStorage and IndexedDB, as text. */
async function deviceContents(host: HostWindow): Promise<string> {
  const storage = host.window.localStorage;
  const stored = Object.keys(storage)
    .filter((key) => key.startsWith('kinship:'))
    .map((key) => `${key}=${storage.getItem(key)}`);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = host.window.indexedDB.open('kinship', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const items = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction('outbox').objectStore('outbox').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return [...stored, ...items.map((item) => JSON.stringify(item))].join('\n');
}

describe('Kinship.signOut()', () => {
  it("delivers the person's queued submission with their own token, then removes it", async () => {
    const { url } = testEndpoint();
    const token = fakeToken('res-signing-out');
    const host = await HostWindow.open('host.html');
    try {
      const runtime = host.runtime;
      runtime.configure({ token });
      const outbox = await runtime.outbox();
      await setDown(url, 503);
      await outbox.add({ kind: 'test', endpoint: url, method: 'POST', path: '/submit', body: {} });
      await until(async () => (await received(url)).length >= 1, 'a first, failed attempt');
      await setDown(url, null);
      await runtime.signOut();
      const delivered = (await received(url)).filter((request) => request.status === 201);
      expect(delivered.map((request) => request.authorization)).to.deep.equal([`Bearer ${token}`]);
      expect(await deviceContents(host)).not.to.contain('res-signing-out');
    } finally {
      host.close();
    }
  });

  it("expires a person's drafts and copies 14 days after they were written, without a sign-out", async () => {
    const day = 86_400_000;
    const entry = (daysAgo: number) => JSON.stringify({ at: Date.now() - daysAgo * day, value: 1 });
    const host = await HostWindow.open('host.html');
    try {
      host.window.localStorage.setItem('kinship:person:res-old:check-in-draft', entry(15));
      host.window.localStorage.setItem('kinship:person:res-recent:check-in-draft', entry(13));
      await host.reload(); // a later visit, where Kinship starts
      void host.runtime; // the window's runtime starts on first use, and expires old data
      const storage = host.window.localStorage;
      await until(
        () => storage.getItem('kinship:person:res-old:check-in-draft') === null,
        'the old draft to expire',
      );
      expect(storage.getItem('kinship:person:res-recent:check-in-draft')).to.not.equal(null);
    } finally {
      host.close();
    }
  });

  describe('with the check-in', () => {
    let server: ReferenceServer;
    before(async function () {
      this.timeout(SERVER_START_TIMEOUT_MS);
      server = await ReferenceServer.start();
    });
    after(async () => {
      await server?.stop();
    });

    it('leaves nothing of resident A readable on the device once B signs in', async () => {
      const host = await HostWindow.open('host.html', {
        endpoint: server.apiUrl,
        token: await server.token('res-olena'),
        widget: 'kin-check-in',
      });
      try {
        const el = host.document.querySelector('kin-check-in') as KinCheckIn;
        const root = el.shadowRoot!;
        await until(() => root.querySelector('fieldset.question'), 'the form');
        // A answers online (the outbox loads), then sends offline: her check-in waits on the device.
        root.querySelector<HTMLInputElement>('fieldset.question input[type=radio]')!.click();
        await until(
          async () => (await deviceContents(host)).includes('check-in-draft'),
          "A's draft on the device",
        );
        await host.setOffline(true);
        for (const fieldset of root.querySelectorAll('fieldset.question'))
          fieldset.querySelector<HTMLInputElement>('input[type=radio]')?.click();
        root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await until(() => root.querySelector('#queued'), 'the saved message');
        await until(
          async () => (await deviceContents(host)).includes('"identity":"res-olena"'),
          "A's queued check-in in IndexedDB",
        );

        // The portal signs A out (still offline: the last attempt fails), then signs B in.
        await host.runtime.signOut();
        await host.setOffline(false);
        expect(await deviceContents(host)).not.to.contain('res-olena');
        host.runtime.configure({ token: await server.token('res-andre') });
        await until(() => root.querySelector('fieldset.question'), "B's form");
        expect(root.querySelectorAll('input:checked')).to.have.length(0);
        expect(root.textContent).not.to.contain('Saved on this device');
        expect(await deviceContents(host)).not.to.contain('res-olena');
      } finally {
        await host.setOffline(false);
        host.close();
      }
    });
  });
});
