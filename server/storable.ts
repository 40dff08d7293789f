/**
 * NUL cannot be stored in PostgreSQL text, and half a surrogate pair is not Unicode at all: text
 * the server did not check against the contract (a partner's feed, a token's display name) has
 * them removed, so that it is stored rather than failing the request with a 500.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storable(text: string): string {
  return text.replace(UNSTORABLE, '');
}

/** The first `max` characters of `text`, never cutting a surrogate pair in two. */
export function truncated(text: string, max: number): string {
  return text.length <= max ? text : storable(text.slice(0, max));
}
