// `npm run build`: everything in dist/ (see DESIGN.md, "Files the build emits").
//   dist/kinship.js + dist/chunks/   the script-tag bundle: an IIFE that imports its widgets' views
//   dist/esm/                        ES modules for bundler users, dependencies external, with types
//   dist/locales/                    every locale file, copied from locales/, and the pseudo-locale en-XA
//   dist/custom-elements.json        the Custom Elements Manifest
//   dist/openapi.json                the endpoint contract, generated from src/contract
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { englishStrings } from './build/english-strings.mjs';
import { iifeEntry } from './build/iife.mjs';
import { pseudoStrings } from './build/pseudo-locale.mjs';
import { minifyTemplates } from './build/minify-templates.mjs';
import { noHostGlobals } from './build/no-host-globals.mjs';
import { widgetEntries } from './build/widgets.mjs';

const { version, dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const typescript = (extra = {}) =>
  esbuild({
    tsconfig: 'tsconfig.json',
    target: 'es2022',
    define: { __KINSHIP_VERSION__: JSON.stringify(version) },
    ...extra,
  });
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });

let entryModules;
/** Every module kinship.js's entry imports statically, directly or not. */
function staticallyImportedByEntry(getModuleInfo) {
  if (entryModules) return entryModules;
  entryModules = new Set();
  const visit = (id) => {
    if (entryModules.has(id)) return;
    entryModules.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(fileURLToPath(new URL('../src/loader/index.ts', import.meta.url)));
  return entryModules;
}

// 1. The script-tag bundle.
const browser = await rollup({
  input: { kinship: 'src/loader/index.ts' },
  plugins: [
    noHostGlobals(),
    englishStrings(),
    minifyTemplates(),
    nodeResolve({ browser: true }),
    json({ preferConst: true }),
    typescript(),
  ],
  preserveEntrySignatures: false,
  onwarn(warning, warn) {
    // zod's own sources: a circular import it is built with, and comments Rollup cannot place.
    const inDependency = (id) => id?.includes('node_modules');
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency)) return;
    if (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) return;
    warn(warning);
  },
});
await browser.write({
  dir: 'dist',
  format: 'es',
  entryFileNames: 'kinship.js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  // What every view needs before its first request, in one file: zod, the contract's shared
  // shapes, the endpoint client and its controller. kinship.js leaves them out (they would lengthen
  // the task that defines the widgets), and as three chunks they compressed 1 KB worse. What
  // kinship.js imports is named too: Rollup would otherwise move the modules both share into the
  // manual chunk, and kinship.js must not import a chunk.
  manualChunks(id, { getModuleInfo }) {
    if (
      /node_modules\/zod\/|src\/contract\/common\.ts$|src\/core\/endpoint(-controller)?\.ts$/.test(
        id,
      )
    )
      return 'endpoint';
    if (staticallyImportedByEntry(getModuleInfo).has(id)) return 'kinship';
  },
  sourcemap: true,
  plugins: [
    // terser compresses about 1 KB better than esbuild here, which the byte budget needs. It runs on
    // the ES-module chunk, before the IIFE wrapper: as module code it is strict without a directive,
    // so the wrapper (which adds one) must come after it.
    terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    iifeEntry({ entryFileName: 'kinship.js', version }),
  ],
});
await browser.close();

// 2. ES modules for bundlers: one module per source file, dependencies left to the bundler.
const external = (id) =>
  Object.keys(dependencies).some((dep) => id === dep || id.startsWith(dep + '/'));
const esm = await rollup({
  // A list, not named entries: with preserveModules each module keeps its path under dist/esm/.
  input: ['src/index.ts', ...Object.values(widgetEntries())],
  plugins: [nodeResolve(), json({ preferConst: true }), typescript()],
  external,
});
await esm.write({
  dir: 'dist/esm',
  format: 'es',
  preserveModules: true,
  preserveModulesRoot: '.',
  sourcemap: true,
});
await esm.close();
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// Short entry points at the top of dist/esm: `index.js` and one per widget (`check-in.js`).
for (const [name, source] of Object.entries({ index: 'src/index', ...widgetEntries() })) {
  const target = source.replace(/\.ts$/, '');
  writeFileSync(`dist/esm/${name}.js`, `export * from './${target}.js';\n`);
  writeFileSync(`dist/esm/${name}.d.ts`, `export * from './${target}.js';\n`);
}

// 3. Locales, the manifest, the OpenAPI document.
cpSync('locales', 'dist/locales', { recursive: true });
mkdirSync('dist/locales/en-XA');
for (const file of readdirSync('locales/en')) {
  const english = JSON.parse(readFileSync(`locales/en/${file}`, 'utf8'));
  writeFileSync(
    `dist/locales/en-XA/${file}`,
    JSON.stringify(pseudoStrings(english), null, 2) + '\n',
  );
}
run('npx', ['cem', 'analyze', '--quiet']); // settings: custom-elements-manifest.config.mjs
if (process.env.SKIP_OPENAPI !== '1')
  run(process.execPath, ['--import', 'tsx', 'scripts/openapi.ts']);

// 4. What the script tag costs.
mkdirSync('dist', { recursive: true });
const gz = (file) => (gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(1);
console.log(`Built Kinship ${version}: dist/kinship.js is ${gz('dist/kinship.js')} KB gzip.`);
