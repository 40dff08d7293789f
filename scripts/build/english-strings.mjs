// Rollup plugin: each module that imports named keys of an English locale file
// (`import { inbox, mode } from '../../../locales/en/mentor.json'`) gets a module of its own with
// just those keys. Rollup places a module in one chunk, so without this every key a widget's parts
// show later would ride in the view's chunk, which a page loads before any interaction: the
// check-in's form page would carry the summary's words, the mentor card the mentor's inbox.
// Default imports (`import common from '…/common.json'`) are left to @rollup/plugin-json.
import { readFileSync } from 'node:fs';

const ENGLISH = /\/locales\/en\/[\w-]+\.json$/;
const PREFIX = '\0kinship-english:';

/** The names a module imports from `specifier`, or null if it imports it any other way. */
function namedImports(code, specifier) {
  const statements = [...code.matchAll(/import\s+([^;]*?)\s+from\s+(['"])([^'"]+)\2/g)].filter(
    ([, , , from]) => from === specifier,
  );
  if (statements.length === 0) return null;
  const names = [];
  for (const [, clause] of statements) {
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!named) return null;
    names.push(
      ...named[1]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
  }
  return names;
}

export function englishStrings() {
  return {
    name: 'kinship-english-strings',
    async resolveId(source, importer) {
      if (!importer || importer.startsWith('\0') || !ENGLISH.test(source)) return null;
      const names = namedImports(readFileSync(importer, 'utf8'), source);
      if (!names) return null;
      const file = await this.resolve(source, importer, { skipSelf: true });
      return file && `${PREFIX}${file.id}|${names.join(',')}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file, names] = id.slice(PREFIX.length).split('|');
      this.addWatchFile(file);
      const strings = JSON.parse(readFileSync(file, 'utf8'));
      return names
        .split(',')
        .map((name) => {
          if (!(name in strings)) this.error(`${file} has no key "${name}"`);
          return `export const ${name} = ${JSON.stringify(strings[name])};`;
        })
        .join('\n');
    },
  };
}
