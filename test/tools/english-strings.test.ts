/**
 * Each widget module imports the English keys it shows by name (the build gives each importer only
 * its keys: scripts/build/english-strings.mjs), so a key nobody imports would show as its key on
 * screen. This holds every top-level key of every English namespace to at least one importer.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

it('imports every English key somewhere', () => {
  const imported = new Map<string, Set<string>>();
  for (const file of [...sources('widgets'), ...sources('src')]) {
    const code = readFileSync(file, 'utf8');
    for (const [, clause, ns] of code.matchAll(
      /import\s+([^;]*?)\s+from\s+'[./]*\/locales\/en\/([\w-]+)\.json'/g,
    )) {
      const names = /^\{([^}]*)\}$/.exec(clause.trim());
      const keys = names
        ? names[1].split(',').map((name) => name.trim())
        : Object.keys(JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8'))); // the whole file
      imported.set(ns, new Set([...(imported.get(ns) ?? []), ...keys.filter(Boolean)]));
    }
  }
  for (const file of readdirSync('locales/en')) {
    const ns = file.replace(/\.json$/, '');
    const keys = Object.keys(JSON.parse(readFileSync(`locales/en/${file}`, 'utf8')));
    const missing = keys.filter((key) => !imported.get(ns)?.has(key));
    assert.deepEqual(missing, [], `locales/en/${file}: keys no widget module imports`);
  }
});
