// Test-runner commands that reach the real browser through the Chrome DevTools Protocol, or the
// files on disk.
//
// `gzip-sizes` answers, for paths under dist/, each file's size gzipped at level 9: what the byte
// budget counts.
//
// `write-locales` writes `payload.files` ({ "tl/common.json": {…} }) into a new folder under
// test-artifacts/ and answers its path: a program's own translations, added while the page runs.
//
// `emulate-media` emulates CSS media features on the test page (`forced-colors: active`, say).
//
// `set-default-font-size` sets the browser's default font size (`payload.px`) for the page whose URL
// contains `payload.page`, as a person who chose larger text in the browser's settings has it.
//
// `set-offline` emulates a lost connection (every request fails, `navigator.onLine` turns false) in
// the page whose URL contains `payload.page`: a window the test opened, because taking the test
// page itself offline would also cut the test runner's own connection to it.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export function browserCommands() {
  return {
    name: 'kinship-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'gzip-sizes') {
        const sizes = {};
        for (const path of payload.paths) {
          const file = normalize(path.replace(/^\//, ''));
          if (!file.startsWith('dist/')) throw new Error(`${path} is not under dist/`);
          sizes[path] = gzipSync(await readFile(file), { level: 9 }).length;
        }
        return sizes;
      }
      if (command === 'write-locales') {
        await mkdir('test-artifacts', { recursive: true });
        const folder = await mkdtemp('test-artifacts/locales-');
        for (const [path, strings] of Object.entries(payload.files)) {
          const file = join(folder, normalize(path));
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, typeof strings === 'string' ? strings : JSON.stringify(strings));
        }
        return folder;
      }
      if (command === 'emulate-media') {
        // On the test page itself: e.g. [{ name: 'forced-colors', value: 'active' }], or [] to stop.
        await session.browser.getPage(session.id).emulateMediaFeatures(payload.features);
        return true;
      }
      if (command !== 'set-offline' && command !== 'set-default-font-size') return undefined;
      const pages = await session.browser.getPage(session.id).browser().pages();
      const page = pages.find((candidate) => candidate.url().includes(payload.page));
      if (!page) throw new Error(`No open page matches ${payload.page}`);
      if (command === 'set-offline') {
        await page.setOfflineMode(Boolean(payload.offline));
      } else {
        // The size a person picks in the browser's settings ("Font size: Large").
        const cdp = await page.createCDPSession();
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload.px } });
        await cdp.detach();
      }
      return true;
    },
  };
}
