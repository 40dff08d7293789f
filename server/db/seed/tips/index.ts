/** Every tip: the English originals, newest first, then their translations. */
import type { SeedTip } from '../types.js';
import { arabic } from './ar.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { hindi } from './hi.js';
import { originals } from './originals.js';
import { portuguese } from './pt-br.js';

export const tips: SeedTip[] = [
  ...originals,
  ...spanish,
  ...french,
  ...portuguese,
  ...arabic,
  ...hindi,
];
