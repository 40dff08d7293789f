// Browser tests: @web/test-runner in Debian's headless Chromium (see scripts/chromium.mjs).
// Test pages talk over real HTTP to the scripted test endpoint (test/support/test-endpoint.mjs) and
// to the reference server, started here on an in-memory PostgreSQL (PGlite).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium, installHint } from './scripts/chromium.mjs';
import { browserCommands } from './test/support/commands.mjs';
import { jsonModules } from './test/support/json-modules.mjs';
import { referenceServers } from './test/support/reference-servers.mjs';
import { sdkCopies } from './test/support/sdk-copies.mjs';
import { testEndpoint } from './test/support/test-endpoint.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

const reference = referenceServers();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    // esnext: keeps `with { type: 'json' }` on the English strings' imports, which the browser needs.
    esbuildPlugin({
      ts: true,
      tsconfig: 'tsconfig.json',
      target: 'esnext',
      define: { __KINSHIP_VERSION__: '"test"' },
    }),
    jsonModules(),
    browserCommands(),
    { name: 'kinship-reference-servers', serverStop: () => reference.closeAll() },
  ],
  middleware: [testEndpoint(), reference.middleware, sdkCopies()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } }),
  ],
};
