/**
 * English is read straight from the bundled source strings; every other language goes through
 * i18next. The two must agree on English, key for key: this holds them to the same output for every
 * string Kinship ships, with the values the widgets pass.
 */
import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import common from '../../../locales/en/common.json' with { type: 'json' };
import checkIn from '../../../locales/en/check-in.json' with { type: 'json' };
import { englishT, type Strings } from '../../../src/core/i18n.js';

const sources = new Map<string, Strings>([
  ['common', common],
  ['check-in', checkIn],
]);

/** Every key of a namespace, plural keys reduced to their base (`missing_one` → `missing`). */
function keys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );
}

describe('English without i18next', () => {
  const engine = i18next.createInstance();
  before(() =>
    engine.init({
      lng: 'en',
      resources: { en: Object.fromEntries(sources) },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
      initAsync: false,
    }),
  );

  for (const ns of sources.keys()) {
    it(`reads every ${ns} string as i18next does`, () => {
      const ours = englishT(sources, [ns, 'common']);
      const theirs = engine.getFixedT('en', [ns, 'common']);
      const values = {
        name: 'Ravi',
        date: 'Monday, December 1',
        current: 2,
        total: 8,
        reason: 'x',
        number: '988',
      };
      for (const key of new Set(keys(sources.get(ns)!))) {
        for (const count of [undefined, 0, 1, 2, 7]) {
          const options = count === undefined ? values : { ...values, count };
          expect(ours(key, options), `${ns}:${key} (count ${count})`).to.equal(
            theirs(key, options),
          );
        }
      }
    });
  }

  it('answers an unknown key with the key, as i18next does', () => {
    expect(englishT(sources, ['common'])('no.such.key')).to.equal(engine.t('no.such.key'));
  });
});
