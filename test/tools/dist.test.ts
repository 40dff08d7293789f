/**
 * What `npm run build` emits, against DESIGN.md's list of files (the public contract). Run after
 * the build (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
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

  it('has the pseudo-locale en-XA: every English text bracketed, accented, longer, variables kept', () => {
    const texts = (strings: object): string[] =>
      Object.values(strings).flatMap((value) =>
        typeof value === 'string' ? [value] : texts(value),
      );
    for (const file of readdirSync('locales/en')) {
      const english = texts(JSON.parse(read(`locales/en/${file}`)));
      const pseudo = texts(JSON.parse(read(`dist/locales/en-XA/${file}`)));
      assert.equal(pseudo.length, english.length, file);
      english.forEach((text, index) => {
        const shown = pseudo[index];
        assert.match(shown, /^\[.*\]$/s, `${file}: ${shown}`);
        assert.ok(
          shown.length >= text.length * 1.3,
          `${file}: "${shown}" is not longer than "${text}"`,
        );
        assert.deepEqual(shown.match(/\{\{.*?\}\}/g), text.match(/\{\{.*?\}\}/g), file);
        assert.doesNotMatch(shown.replace(/\{\{.*?\}\}/g, ''), /[a-zA-Z]/, `${file}: ${shown}`);
      });
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

  it('has a manifest that the official schema accepts and that lists only what a user may use', () => {
    type Declaration = {
      name: string;
      tagName?: string;
      customElement?: boolean;
      members?: { name: string; privacy?: string; description?: string }[];
      attributes?: { name: string; description?: string }[];
      events?: { name: string; type?: { text: string }; description?: string }[];
      cssParts?: { name: string; description?: string }[];
    };
    type Module = {
      path: string;
      declarations?: Declaration[];
      exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
    };
    const manifest: { modules: Module[] } = JSON.parse(read('dist/custom-elements.json'));
    const schema = JSON.parse(read('node_modules/custom-elements-manifest/schema.json'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));

    const { modules } = manifest;
    const elements = modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName);
    const definitions = modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
    );
    for (const element of elements) {
      const where = `<${element.tagName}>`;
      assert.ok(
        definitions.some(
          (definition) =>
            definition.name === element.tagName && definition.declaration.name === element.name,
        ),
        `${where} is exported as a custom-element-definition`,
      );
      for (const member of element.members ?? []) {
        assert.ok(
          !member.privacy || member.privacy === 'public',
          `${where}.${member.name} is public`,
        );
        assert.ok(member.description, `${where}.${member.name} has a description`);
      }
      for (const internal of ['config', 'localize', 'emit', 'addStyles', 'loadView'])
        assert.ok(
          !element.members?.some(({ name }) => name === internal),
          `${where} hides ${internal}`,
        );
      for (const event of element.events ?? []) {
        assert.match(
          event.type?.text ?? '',
          /^CustomEvent<.+>$/,
          `${where} ${event.name} has a type`,
        );
        assert.ok(event.description, `${where} ${event.name} has a description`);
      }
      for (const item of [...(element.attributes ?? []), ...(element.cssParts ?? [])])
        assert.ok(item.description, `${where} ${item.name} has a description`);
    }
    // Every export points at a declaration that exists.
    const declared = new Set(
      modules.flatMap((module) =>
        (module.declarations ?? []).map((d) => `${module.path}#${d.name}`),
      ),
    );
    for (const module of modules)
      for (const entry of module.exports ?? [])
        assert.ok(
          declared.has(`${entry.declaration.module}#${entry.declaration.name}`),
          `${module.path} exports ${entry.name} from where it is declared`,
        );
  });

  it('has the OpenAPI document', () => {
    const openapi = JSON.parse(read('dist/openapi.json'));
    assert.match(openapi.openapi, /^3\.1\./);
    assert.ok(openapi.paths['/v1/check-in/form']);
  });
});
