/**
 * Console messages for portal admins. Each distinct message is printed once per page, so a
 * misconfigured widget repeated ten times on a page does not flood the console.
 */
const printed = new Set<string>();

/** Where each message points for the fix: a section of the README that ships with Kinship. */
export const docs = (section: string) => `See README.md#${section}.`;

function once(level: 'warn' | 'error', message: string, detail?: unknown): void {
  if (printed.has(message)) return;
  printed.add(message);
  const args = detail === undefined ? [`[Kinship] ${message}`] : [`[Kinship] ${message}`, detail];
  console[level](...args);
}

export const warnOnce = (message: string, detail?: unknown) => once('warn', message, detail);
export const errorOnce = (message: string, detail?: unknown) => once('error', message, detail);
