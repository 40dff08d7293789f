// Test-runner plugin: a JSON file imported without `with { type: 'json' }` is served as a JavaScript
// module, with the file as its default export and each top-level key as a named export, as the
// build's @rollup/plugin-json makes it. Widgets import their English strings that way, each part
// only the keys it shows, so that the build leaves the rest out of the chunks a page loads first.
// The request's destination tells the two apart: `script` for a plain import, `json` for an
// import with the JSON type, `empty` for fetch() (the locale files the widgets fetch stay JSON).
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const importedAsScript = (context) =>
  context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

export function jsonModules() {
  return {
    name: 'kinship-json-modules',
    resolveMimeType(context) {
      if (importedAsScript(context)) return 'js';
    },
    transform(context) {
      if (!importedAsScript(context)) return;
      const data = JSON.parse(context.body);
      const named = Object.entries(data)
        .filter(([key]) => IDENTIFIER.test(key))
        .map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`);
      return { body: [`export default ${JSON.stringify(data)};`, ...named].join('\n') };
    },
  };
}
