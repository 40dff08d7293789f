// Where Chromium is, for every suite that drives a browser. Nothing here downloads a browser: these
// machines cannot, so Kinship uses Debian's `chromium` package (or CHROME_PATH).
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
