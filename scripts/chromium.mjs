// Where Chromium is, for every suite that drives a browser. Nothing here downloads a browser: these
// machines cannot, so Kinship uses Debian's `chromium` package (or CHROME_PATH).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const installHint =
  "Chromium was not found. Install Debian's package (as root): apt-get update && apt-get install -y chromium\n" +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** Whether fontconfig knows a font for `lang`: Hindi text is measured in its own script. */
const hasFontFor = (lang) =>
  spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).stdout?.trim().length > 0;

/** Installs Debian packages when running as root with apt-get; true when that was possible. */
function aptInstall(packages) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get install)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return true;
}

/**
 * Chromium, and a Devanagari font for Hindi, installed from Debian when they are missing and this
 * runs as root; true when Chromium is there, or else the install hint is printed.
 */
export function ensureChromium() {
  const missing = [
    ...(findChromium() ? [] : ['chromium']),
    ...(hasFontFor('hi') ? [] : ['fonts-lohit-deva']),
  ];
  if (missing.length > 0) aptInstall(missing);
  if (!hasFontFor('hi'))
    console.warn(
      'No Devanagari font (Debian: apt-get install fonts-lohit-deva): Hindi is measured as empty boxes.',
    );
  if (findChromium()) return true;
  console.error(`\n${installHint}`);
  return false;
}
