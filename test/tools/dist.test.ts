/**
 * What `npm run build` emits, against DESIGN.md's list of files (the public contract). Run after
 * the build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const read = (path: string) => readFileSync(path, 'utf8');
const { version } = JSON.parse(read('package.json'));

describe('dist/', () => {
  it('has the script-tag entry: one IIFE, never UMD, with its chunks and a source map', () => {
    const script = read('dist/kinship.js');
    assert.match(script, /^\(function\(\)\{"use strict";/);
    assert.match(script, /\}\)\(\);\n\/\/# sourceMappingURL=kinship\.js\.map\n?$/);
    assert.ok(!/\bdefine\.amd\b|typeof exports|module\.exports/.test(script), 'no UMD wrapper');
    assert.ok(
      !/^\s*(import|export)\s/m.test(script),
      'a classic script: no static import or export',
    );
    assert.ok(script.includes(`"${version}"`), 'the package version is injected');
    assert.ok(existsSync('dist/kinship.js.map'));
    assert.ok(readdirSync('dist/chunks').some((file) => /^check-in\.view-[\w-]+\.js$/.test(file)));
  });

  it('has ES modules for bundlers: index.js and one entry per widget, with types', () => {
    for (const file of ['index.js', 'index.d.ts', 'check-in.js', 'check-in.d.ts']) {
      assert.ok(existsSync(`dist/esm/${file}`), `dist/esm/${file}`);
    }
    assert.match(
      read('dist/esm/widgets/check-in/check-in.component.js'),
      /from ['"]\.\.\/\.\.\/src\/core\//,
    );
    // Dependencies stay external for the bundler.
    assert.match(read('dist/esm/src/core/kin-element.js'), /from ['"]lit['"]/);
  });

  it('bundles for a bundler user: every import of dist/esm resolves', async () => {
    const result = await build({
      stdin: {
        contents: "import './dist/esm/check-in.js'; export * from './dist/esm/index.js';",
        resolveDir: '.',
      },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0);
  });

  it('exports each widget class from index.js without defining its tag', () => {
    const index = read('dist/esm/src/index.js');
    assert.match(
      index,
      /export \{ KinCheckIn \} from '\.\.\/widgets\/check-in\/check-in\.component\.js'/,
    );
    assert.ok(
      !read('dist/esm/widgets/check-in/check-in.component.js').includes('define('),
      'the class module defines no tag',
    );
  });

  it('copies every locale file', () => {
    for (const language of readdirSync('locales')) {
      for (const file of readdirSync(`locales/${language}`)) {
        assert.equal(read(`dist/locales/${language}/${file}`), read(`locales/${language}/${file}`));
      }
    }
  });

  it('has the Custom Elements Manifest, with each widget’s tag, events and parts', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const checkIn = manifest.modules
      .flatMap((module: { declarations: unknown[] }) => module.declarations)
      .find((declaration: { tagName?: string }) => declaration.tagName === 'kin-check-in');
    assert.ok(checkIn, 'kin-check-in is declared');
    assert.deepEqual(checkIn.events.map((event: { name: string }) => event.name).sort(), [
      'kin-check-in-queued',
      'kin-check-in-snoozed',
      'kin-check-in-submitted',
      'kin-error',
    ]);
    assert.ok(checkIn.cssParts.some((part: { name: string }) => part.name === 'base'));
  });

  it('has the OpenAPI document', () => {
    const openapi = JSON.parse(read('dist/openapi.json'));
    assert.match(openapi.openapi, /^3\.1\./);
    assert.ok(openapi.paths['/v1/check-in/form']);
  });
});
