/**
 * Kinship inside `<iframe sandbox="allow-scripts">`: an opaque origin, where localStorage,
 * IndexedDB and Web Locks all throw `SecurityError`. The built script tag must work with what it
 * has (a check-in is answered and sent) and nothing it does may reach the frame's page as an
 * error or an unhandled rejection.
 */
import { expect } from '@open-wc/testing';
import { HostWindow, ReferenceServer, SERVER_START_TIMEOUT_MS, until } from '../support.js';

interface FrameReport {
  pageErrors: string[];
  widgets: { state: string; text: string }[];
}

let server: ReferenceServer;

describe('A sandboxed frame (opaque origin)', () => {
  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    // A frame without allow-same-origin calls the API with `Origin: null`.
    server = await ReferenceServer.start({ allowedOrigins: ['null'] });
  });
  after(async () => {
    await server?.stop();
  });

  it('answers and sends a check-in with no error reaching the page', async function () {
    this.timeout(40_000);
    const stored = async () =>
      (
        await server.sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM check_ins WHERE resident_id = 'res-olena'`,
        )
      )[0].n;
    const before = await stored();
    const host = await HostWindow.open('embed/sandboxed.html', {
      // Served with CORS by the reference server: the frame's chunks load cross-origin.
      sdk: server.apiUrl.replace(/\/api$/, '/sdk/kinship.js'),
      endpoint: server.apiUrl,
      token: await server.token('res-olena'),
      answer: '1',
    });
    try {
      const report = () =>
        (host.window as unknown as { frameReport: FrameReport | null }).frameReport;
      await until(
        () => report()?.widgets[0]?.text.includes('Thank you'),
        () => `the thank-you in the frame (${JSON.stringify(report())})`,
        20_000,
      );
      // Delivered for real: the server stored it.
      expect(await stored()).to.equal(before + 1);
      expect(report()!.pageErrors).to.deep.equal([]);
    } finally {
      host.close();
    }
  });
});
