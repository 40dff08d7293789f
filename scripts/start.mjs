// `npm start`: builds the SDK, then runs the reference server with the demo portal (DESIGN.md,
// "Reference server"). The server creates and seeds its data folder (`.kinship/`) on first start,
// so a fresh clone needs nothing else. Ctrl-C (or SIGTERM) is passed to the server, which finishes
// the requests in flight and closes its database before it exits.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** The child running now (the build, then the server): where Ctrl-C and SIGTERM are sent. */
let current = null;
let stopping = false;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    // In a terminal Ctrl-C reaches the child too; it stops once either way.
    current?.kill(signal);
  });
}

/** Runs `node <args>` with this process's environment and output; resolves with its exit code. */
function runNode(args) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
  current = child;
  return {
    child,
    exited: new Promise((resolve) => {
      child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1)));
      child.on('error', (error) => {
        console.error(`Could not start node ${args.join(' ')}: ${error.message}`);
        resolve(1);
      });
    }),
  };
}

const build = await runNode(['scripts/build.mjs']).exited;
if (stopping) process.exit(build);
if (build !== 0) {
  console.error(
    `\nThe build failed (exit code ${build}), so the server was not started. ` +
      'Fix the error above, then run `npm start` again.',
  );
  process.exit(build);
}

const port = process.env.PORT || '8787';
const listensEverywhere = !process.env.HOST || ['0.0.0.0', '::'].includes(process.env.HOST);
const origin = `http://${listensEverywhere ? 'localhost' : process.env.HOST}:${port}`;
// `npm start` with no way to check tokens configured is the demo: say so explicitly, since the server
// itself never falls back to demo mode. A variable set but empty is not "no configuration": the server
// then refuses to start and says which.
const demoMode =
  process.env.KINSHIP_JWT_SECRET === undefined && process.env.KINSHIP_JWKS_URL === undefined;
if (demoMode) process.env.KINSHIP_DEMO ??= '1';

const server = runNode(['--import', 'tsx', 'server/main.ts']);
let serverExited = false;
void server.exited.then(() => (serverExited = true));

/** Waits until the server answers (the first start migrates and seeds a new database first). */
async function announceWhenUp() {
  while (!serverExited && !stopping) {
    try {
      const response = await fetch(`${origin}/api/v1/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  if (serverExited || stopping) return;
  console.log(
    [
      '',
      `Kinship is running. Open ${origin}/ for the demo portal.`,
      `  API  ${origin}/api/v1/health    SDK  ${origin}/sdk/kinship.js`,
      demoMode
        ? '  Demo mode (KINSHIP_DEMO=1, on this machine only): sign in as anyone seeded; never for a real program.'
        : '  Tokens are checked with the configured secret or JWKS.',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

void announceWhenUp();
process.exit(await server.exited);
