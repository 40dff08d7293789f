import { expect } from '@open-wc/testing';
import { fakeToken, HostWindow, received, setDown, testEndpoint, until } from '../support.js';

async function openHost(token: string) {
  const host = await HostWindow.open('host.html');
  host.runtime.configure({ token });
  return host;
}

describe('Outbox', () => {
  it('keeps a submission across a reload and delivers it exactly once', async () => {
    const { url } = testEndpoint();
    const host = await openHost(fakeToken('res-1'));
    try {
      const outbox = await host.runtime.outbox();
      // The endpoint is down: the item waits in IndexedDB.
      await setDown(url, 503);
      await outbox.add({
        kind: 'test',
        endpoint: url,
        method: 'POST',
        path: '/submit',
        body: { answers: [1, 2] },
      });
      await until(async () => (await received(url)).length >= 1, 'a first attempt');
      await host.reload();
      await setDown(url, null);
      host.runtime.configure({ token: fakeToken('res-1') });
      // The reloaded page finds the item (the pending hint) and sends it again, with the same key.
      await until(
        async () => (await received(url)).some((request) => request.status === 201),
        'a delivery',
      );
      const requests = await received(url);
      expect(new Set(requests.map((request) => request.idempotencyKey)).size).to.equal(1);
      expect(requests.filter((request) => request.status === 201)).to.have.length(1);
      expect(requests.at(-1)!.body).to.deep.equal({ answers: [1, 2] });
      const reloaded = await host.runtime.outbox();
      await until(async () => (await reloaded.items()).length === 0, 'the outbox to empty');
      // Nothing left to send: later flushes send nothing more.
      const sent = requests.length;
      await reloaded.flush();
      host.document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await received(url)).to.have.length(sent);
    } finally {
      host.close();
    }
  });

  it("never sends one person's queued item with another person's token", async () => {
    const { url } = testEndpoint();
    const host = await openHost(fakeToken('res-a'));
    try {
      const runtime = host.runtime;
      const outbox = await runtime.outbox();
      await setDown(url, 503);
      await outbox.add({
        kind: 'test',
        endpoint: url,
        method: 'POST',
        path: '/submit',
        body: { who: 'a' },
      });
      await until(async () => (await received(url)).length >= 1);
      runtime.configure({ token: fakeToken('res-b') }); // someone else signs in on this workstation
      await setDown(url, null);
      // A retry res-a's session began before the switch may still arrive, with res-a's token; what
      // must never arrive is res-a's item with res-b's token, however often res-b's page flushes.
      await outbox.flush();
      await outbox.flush();
      expect(await outbox.items()).to.have.length(0); // res-b sees none of res-a's items
      runtime.configure({ token: fakeToken('res-a') });
      await outbox.flush();
      const requests = await received(url);
      expect(requests.filter((request) => request.status === 201)).to.have.length(1);
      for (const request of requests)
        expect(request.authorization).to.equal(`Bearer ${fakeToken('res-a')}`);
    } finally {
      host.close();
    }
  });

  it('does not send an item as someone who signed in while the flush was under way', async () => {
    const { url } = testEndpoint();
    const host = await openHost(fakeToken('res-d'));
    try {
      const runtime = host.runtime;
      const outbox = await runtime.outbox();
      await setDown(url, 503);
      await outbox.add({ kind: 'test', endpoint: url, method: 'POST', path: '/submit', body: {} });
      await until(async () => (await received(url)).length >= 1);
      await setDown(url, null);
      // The flush finds res-d's item; by the time it sends, the portal's token is res-e's.
      let asked = 0;
      runtime.configure({ getToken: async () => fakeToken(asked++ === 0 ? 'res-d' : 'res-e') });
      await outbox.flush();
      runtime.configure({ getToken: async () => fakeToken('res-d') });
      await outbox.flush();
      const requests = await received(url);
      expect(requests.filter((request) => request.status === 201)).to.have.length(1);
      for (const request of requests)
        expect(request.authorization).to.equal(`Bearer ${fakeToken('res-d')}`);
    } finally {
      host.close();
    }
  });

  it('keeps an item the server refuses for good, marked with the reason', async () => {
    const { url } = testEndpoint();
    const host = await openHost(fakeToken('res-c'));
    try {
      const outbox = await host.runtime.outbox();
      await outbox.add({
        kind: 'test',
        endpoint: url,
        method: 'POST',
        path: '/submit?fail=9&status=422',
        body: {},
      });
      await until(
        async () => (await outbox.items())[0]?.rejected,
        'the item to be marked rejected',
      );
      const [item] = await outbox.items();
      expect(item.rejected?.status).to.equal(422);
      await outbox.flush();
      expect(await received(url)).to.have.length(1); // not retried
    } finally {
      host.close();
    }
  });
});
