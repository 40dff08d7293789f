import type { ImportReport } from '../../src/contract/coordinator.js';

/**
 * The most skipped rows or events a report lists one by one. A file of junk could otherwise skip
 * hundreds of thousands of lines, and its report (answered, checked and stored for the
 * Idempotency-Key) would be tens of megabytes.
 */
export const MAX_LISTED_SKIPS = 200;

/** `skipped`, listing the first `MAX_LISTED_SKIPS` and counting the rest in one last entry. */
export function listedSkips(
  skipped: ImportReport['skipped'],
  things: 'rows' | 'events',
): ImportReport['skipped'] {
  if (skipped.length <= MAX_LISTED_SKIPS) return skipped;
  const more = skipped.length - MAX_LISTED_SKIPS;
  return [
    ...skipped.slice(0, MAX_LISTED_SKIPS),
    {
      where: `${more} more ${things}`,
      reason: `also skipped, not listed: only the first ${MAX_LISTED_SKIPS} are`,
    },
  ];
}
