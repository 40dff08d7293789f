/** Small helpers that keep the tip modules readable. */
import type { SeedTip } from '../types.js';

export type TipText = Omit<SeedTip, 'locale' | 'translationOf'>;

/** An original tip, written in English. */
export function tip(t: TipText): SeedTip {
  return { ...t, locale: 'en', translationOf: null };
}

/**
 * A translation of an English tip: same category and regions, its own id (`<original>-<locale>`).
 * Idiom phrases stay in English, as residents hear them; their meaning and example are translated.
 */
export function translation(
  locale: string,
  original: SeedTip,
  t: Pick<SeedTip, 'title' | 'body' | 'whyItMatters' | 'trySaying' | 'idioms'>,
): SeedTip {
  return {
    id: `${original.id}-${locale}`,
    category: original.category,
    regions: original.regions,
    ...t,
    locale,
    translationOf: original.id,
  };
}
