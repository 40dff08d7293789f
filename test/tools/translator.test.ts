/**
 * Kinship reads translations with its own small `translator` instead of i18next (see
 * src/core/i18n.ts), but translators write i18next's format and read i18next's documentation. This
 * holds the two to the same output: every key of every namespace, in every shipped language and in
 * the partial test translations (which exercise the fall back to English), with counts that reach
 * every plural category, and with the values the strings name.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import { translator, type Strings, type Translate } from '../../src/core/i18n.js';

const FOLDERS = ['locales', 'test/browser/fixtures/locales'];
const COUNTS = [undefined, 0, 1, 2, 3, 5, 11, 21, 100, 101, 102, 1.5, 1000000];

/** Every well-formed locale file under `folder`: language → namespace → strings. */
function read(folder: string): Record<string, Record<string, Strings>> {
  const parse = (path: string): Strings | null => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Strings;
    } catch {
      return null; // a fixture that is malformed on purpose: the runtime shows English for it
    }
  };
  return Object.fromEntries(
    readdirSync(folder).map((lng) => [
      lng,
      Object.fromEntries(
        readdirSync(join(folder, lng))
          .filter((file) => file.endsWith('.json'))
          .map((file) => [file.replace(/\.json$/, ''), parse(join(folder, lng, file))])
          .filter(([, strings]) => strings),
      ),
    ]),
  );
}

/** Every key of a namespace, plural keys reduced to their base (`missing_one` → `missing`). */
function keys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

/** A value for every `{{name}}` any string uses, so interpolation is compared too. */
function values(resources: Record<string, Record<string, Strings>>): Record<string, string> {
  const names = JSON.stringify(resources).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g);
  return Object.fromEntries([...names].map(([, name]) => [name, `«${name}»`]));
}

const english = read('locales').en;

/** Every plural form, `_zero` included, whether or not a shipped file uses it yet. */
const plurals: Record<string, Record<string, Strings>> = {
  en: { common: { days_zero: 'no days', days_one: 'one day', days_other: '{{count}} days' } },
  ar: {
    common: Object.fromEntries(
      ['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => [
        `days_${form}`,
        `${form} {{count}}`,
      ]),
    ),
  },
  'pt-BR': { common: { days_one: '{{count}} dia' } },
  pt: { common: { days_many: '{{count}} de dias', days_other: '{{count}} dias' } },
};

const sets: Array<[string, Record<string, Record<string, Strings>>]> = [
  ...FOLDERS.filter((path) => existsSync(path)).map(
    (folder): [string, Record<string, Record<string, Strings>>] => [
      folder,
      { ...read(folder), en: english },
    ],
  ),
  ['every plural form', plurals],
];

for (const [folder, resources] of sets) {
  const engine = i18next.createInstance();
  void engine.init({
    lng: 'en',
    fallbackLng: 'en',
    resources,
    interpolation: {
      escapeValue: false,
      // Numbers in the reader's language, as Kinship's translator writes them.
      alwaysFormat: true,
      format: (value: unknown, _format?: string, lng?: string): string =>
        typeof value === 'number' ? new Intl.NumberFormat(lng).format(value) : String(value),
    },
    showSupportNotice: false,
    initAsync: false,
  });
  const named = values(resources);
  // Each language as shipped, and a regional variant a page may ask for (`es-MX` → `es` → `en`).
  const languages = Object.keys(resources).flatMap((lng) =>
    lng.includes('-') ? [lng] : [lng, `${lng}-ZZ`],
  );

  describe(`translator and i18next agree on ${folder}`, () => {
    for (const lng of languages) {
      it(lng, () => {
        const codes = [...new Set([lng, lng.split('-')[0], 'en'])];
        const bundle = (code: string, ns: string) => resources[code]?.[ns];
        for (const ns of Object.keys(resources.en)) {
          const ours = translator(bundle, codes, [ns, 'common']);
          // i18next's own types are stricter about options than its behaviour, which is what is compared.
          const theirs = engine.getFixedT(lng, [ns, 'common']) as unknown as Translate;
          for (const key of new Set([...keys(resources.en[ns]), 'no.such.key'])) {
            for (const count of COUNTS) {
              const options = count === undefined ? named : { ...named, count };
              assert.equal(
                ours(key, options),
                theirs(key, options),
                `${lng} ${ns}:${key} (${count})`,
              );
            }
          }
        }
      });
    }
  });
}

describe('translator', () => {
  it('leaves a {{name}} without a value as written, as i18next does', () => {
    const t = translator(() => ({ hello: 'Hello {{name}}' }), ['en'], ['common']);
    assert.equal(t('hello'), 'Hello {{name}}');
    assert.equal(t('hello', { name: 'Ravi' }), 'Hello Ravi');
  });

  it("uses each fallback language's own plural rules", () => {
    const strings: Record<string, Strings> = {
      ar: { days_two: 'يومان' },
      en: { days_one: 'one day', days_other: '{{count}} days' },
    };
    const t = translator((code) => strings[code], ['ar', 'en'], ['common']);
    assert.equal(t('days', { count: 2 }), 'يومان');
    assert.equal(t('days', { count: 1 }), 'one day'); // Arabic has no `_one` here: English's
    assert.equal(t('days', { count: 7 }), '7 days');
  });
});
