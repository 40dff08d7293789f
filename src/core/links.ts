/**
 * Links built from endpoint data. A URL from the endpoint is untrusted: only the schemes a resident
 * can safely follow become links (`javascript:`, `data:` and the rest never do). Shared by every
 * widget that links to something the endpoint names: a mentor's contact ways, a meetup's page.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** `value` as an absolute link if its scheme is http(s), mailto, tel or sms; otherwise null. */
export function safeHref(value: string): string | null {
  try {
    const url = new URL(value);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative, or not a URL at all
  }
}
