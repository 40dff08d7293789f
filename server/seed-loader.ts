/**
 * Which seed a fresh database gets. `KINSHIP_SEED=demo` (the default) loads the demo program from
 * server/db/seed/; `none` seeds nothing; any other value is a path to a module exporting `seed`.
 * The module is imported at run time, so the server starts (and says why) even without one.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Seed } from './db/seed/types.js';

export const DEMO_SEED_MODULE = new URL('./db/seed/index.js', import.meta.url).href;

export async function loadSeed(choice: string | undefined): Promise<Seed | undefined> {
  if (choice === 'none') return undefined;
  const specifier =
    !choice || choice === 'demo' ? DEMO_SEED_MODULE : pathToFileURL(resolve(choice)).href;
  const module = (await import(specifier)) as { seed?: Seed };
  if (!module.seed) throw new Error(`${specifier} does not export a "seed".`);
  return module.seed;
}
