// `npm test`: every check Kinship has, in one command a newcomer can trust.
//
//   type check → lint → locale files → build → tool tests → browser tests (Chromium) →
//   server tests (PGlite, and PostgreSQL when DATABASE_URL is set) → end-to-end tests
//
// It finds Chromium itself, installs Debian's package when it can (as root, with apt-get), and
// otherwise says exactly what to install; the same for a Devanagari font, which Hindi needs. Every step runs even when an earlier one failed, except
// those that need the build; the summary at the end names what failed.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const node = process.execPath;
const results = [];

function step(name, command, args, { needs } = {}) {
  if (needs && !results.find((result) => result.name === needs)?.ok) {
    results.push({ name, ok: false, skipped: `needs "${needs}"` });
    console.log(`\n▶ ${name}: skipped, because "${needs}" failed.`);
    return;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

const tsc = 'node_modules/typescript/bin/tsc';
step('type check (browser)', node, [tsc, '-p', 'tsconfig.json']);
step('type check (server, tools)', node, [tsc, '-p', 'tsconfig.node.json']);
step('lint', node, ['node_modules/eslint/bin/eslint.js', '.']);
step('formatting', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
step('locale files', node, ['scripts/locales-check.mjs']);
step('build', node, ['scripts/build.mjs']);
step('tool tests', node, ['scripts/run-node-tests.mjs', 'test/tools'], { needs: 'build' });
if (ensureChromium()) {
  results.push({ name: 'chromium', ok: true });
  step('browser tests', node, ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js'], {
    needs: 'build',
  });
} else {
  results.push({ name: 'browser tests', ok: false, skipped: 'no Chromium (see above)' });
}
if (!process.env.DATABASE_URL) {
  console.log(
    '\nDATABASE_URL is not set: the server tests run on the embedded PGlite only (CI adds PostgreSQL).',
  );
}
step('server tests', node, ['scripts/run-node-tests.mjs', 'test/server']);
step('end-to-end tests', node, ['scripts/run-node-tests.mjs', 'test/e2e'], { needs: 'chromium' });

console.log('\nSummary');
for (const { name, ok, seconds, skipped } of results) {
  if (name === 'chromium') continue;
  const detail = skipped ? `skipped: ${skipped}` : `${seconds}s`;
  console.log(`  ${ok ? '✔' : '✘'} ${name} (${detail})`);
}
const failed = results.filter((result) => !result.ok);
console.log(failed.length ? `\n${failed.length} step(s) failed.` : '\nEverything passed.');
process.exit(failed.length ? 1 : 0);
