/**
 * The demo program in its six languages: the check-in form, the support resources and the first
 * tips a resident sees are served in the language the widget asks for (`Accept-Language`), fall
 * back within a language before falling back to English, and say which language they are in where
 * the contract carries it (tips).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkInForms } from '../../server/db/seed/check-in.js';
import { seed } from '../../server/db/seed/index.js';
import { checkSeed } from '../../server/db/seeding.js';
import { startTestServer } from '../../server/testing.js';
import { BACKENDS, client, freshDatabase, type CallResult, type TestDatabase } from './support.js';

const LANGUAGES = ['es', 'fr', 'pt-BR', 'ar', 'hi'];
/** How many of the newest tips are translated into every language: the top of the first page. */
const FIRST_TIPS = 7;

const prompts = (result: CallResult) =>
  result.json.items.map((item: { prompt: string }) => item.prompt);
const seededPrompts = (locale: string) => checkInForms[locale]!.items.map((item) => item.prompt);

describe('a seed in several languages', () => {
  it('refuses a translated form that differs in more than words, or words for no resource', () => {
    const es = checkInForms.es!;
    const rescored = {
      ...es,
      items: es.items.map((item) =>
        item.kind === 'scale'
          ? { ...item, options: item.options.map((o) => ({ ...o, value: o.value * 10 })) }
          : item,
      ),
    };
    assert.throws(
      () => checkSeed({ ...seed, checkInForms: { ...seed.checkInForms, es: rescored } }),
      /checkInForms\.es: differs from en in more than words/,
    );
    const program = {
      ...seed.program,
      supportResourceTranslations: { es: { 'no-such-line': { name: 'x', description: 'y' } } },
    };
    assert.throws(
      () => checkSeed({ ...seed, program }),
      /supportResourceTranslations\.es: no support resource no-such-line/,
    );
    assert.doesNotThrow(() => checkSeed(seed));
  });
});

for (const backend of BACKENDS) {
  describe(`languages (${backend})`, () => {
    let database: TestDatabase;
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let call: ReturnType<typeof client>;
    let token: string;

    before(async () => {
      database = await freshDatabase(backend);
      // The demo seed, plus a form in Portuguese without a region, to show it is preferred to
      // another region's for a reader from Portugal.
      const pt = {
        ...checkInForms['pt-BR']!,
        items: checkInForms['pt-BR']!.items.map((item) => ({
          ...item,
          prompt: `[pt] ${item.prompt}`,
        })),
      };
      server = await startTestServer({
        db: database.db,
        seed: { ...seed, checkInForms: { ...seed.checkInForms, pt } },
      });
      call = client(server.apiUrl);
      token = await server.tokenFor('res-amara');
    });
    after(async () => {
      await server.close();
      await database.drop();
    });

    const form = (language: string) =>
      call('GET', '/v1/check-in/form', { token, headers: { 'Accept-Language': language } });

    it('serves the check-in form in each language the program has', async () => {
      for (const language of LANGUAGES) {
        const result = await form(language);
        assert.deepEqual(prompts(result), seededPrompts(language), language);
        assert.equal(result.json.locale, language, 'the form says which language it is in');
        assert.equal(result.json.id, checkInForms.en!.id, 'every language answers the same form');
        assert.match(result.headers.get('Vary') ?? '', /Accept-Language/);
      }
      const spanish = await form('es-MX,es;q=0.9,en;q=0.5');
      assert.deepEqual(prompts(spanish), seededPrompts('es'), 'a regional tag finds its language');
      assert.deepEqual(
        spanish.json.contactOptions.map((option: { label: string }) => option.label),
        checkInForms.es!.contactOptions.map((option) => option.label),
      );
    });

    it('falls back to the language alone, then another region of it, then English', async () => {
      assert.deepEqual(
        prompts(await form('pt-PT')),
        seededPrompts('pt-BR').map((p) => `[pt] ${p}`),
      );
      assert.deepEqual(prompts(await form('pt-BR')), seededPrompts('pt-BR'));
      assert.deepEqual(prompts(await form('fr-CA')), seededPrompts('fr'));
      assert.deepEqual(prompts(await form('ar-EG')), seededPrompts('ar'));
      assert.equal((await form('pt-PT')).json.locale, 'pt');
      for (const unsupported of ['tl', 'de-DE', 'zz-Latn']) {
        const english = await form(unsupported);
        assert.deepEqual(prompts(english), seededPrompts('en'), unsupported);
        assert.equal(english.json.locale, 'en', 'English content says it is English');
      }
    });

    it('describes the support resources in the language asked for, numbers unchanged', async () => {
      const english = await call('GET', '/v1/program', { token });
      for (const language of LANGUAGES) {
        const result = await call('GET', '/v1/program', {
          token,
          headers: { 'Accept-Language': language },
        });
        const words = seed.program.supportResourceTranslations![language]!;
        result.json.supportResources.forEach(
          (resource: Record<string, string | null>, index: number) => {
            const original = english.json.supportResources[index];
            const where = `${language} ${resource.id}`;
            assert.equal(resource.name, words[resource.id!]!.name, where);
            assert.equal(resource.description, words[resource.id!]!.description, where);
            assert.notEqual(resource.description, original.description, where);
            assert.equal(resource.locale, language, where);
            for (const field of ['id', 'kind', 'phone', 'sms', 'url', 'email'])
              assert.equal(resource[field], original[field], `${where} ${field}`);
          },
        );
        assert.match(result.headers.get('Vary') ?? '', /Accept-Language/);
      }
      const crisis = (result: CallResult) =>
        result.json.supportResources.find((r: { kind: string }) => r.kind === 'crisis');
      const hindi = await call('GET', '/v1/program', {
        token,
        headers: { 'Accept-Language': 'hi-IN' },
      });
      assert.deepEqual([crisis(hindi).phone, crisis(hindi).sms], ['988', '988']);
      const german = await call('GET', '/v1/program', {
        token,
        headers: { 'Accept-Language': 'de' },
      });
      assert.deepEqual(german.json, english.json, 'no translation: as written');
      for (const resource of german.json.supportResources) assert.equal(resource.locale, 'en');
    });

    it('serves the first tips of the list in each language, each saying its language', async () => {
      for (const language of LANGUAGES) {
        const list = await call('GET', '/v1/tips', {
          token,
          headers: { 'Accept-Language': language },
        });
        const locales = list.json.items.map((tip: { locale: string }) => tip.locale);
        assert.deepEqual(
          locales.slice(0, FIRST_TIPS),
          Array(FIRST_TIPS).fill(language),
          `${language}: ${locales.join()}`,
        );
        assert.ok(locales.includes('en'), 'a tip without a translation says it is in English');
        assert.ok(locales.every((locale: string) => locale === language || locale === 'en'));
        const english = await call('GET', `/v1/tips?locale=en`, { token });
        assert.deepEqual(
          list.json.items.map((tip: { id: string }) => tip.id),
          english.json.items.map((tip: { id: string }) => tip.id),
          'a translation keeps its original’s id and place',
        );
      }
    });

    it('uses the language stored for the person when the request names none', async () => {
      const reader = await server.tokenFor('res-stored-fr', 'resident');
      assert.equal((await call('GET', '/v1/me', { token: reader })).status, 200);
      await database.db.query("UPDATE people SET locale = 'fr' WHERE id = 'res-stored-fr'");
      const stored = (path: string, headers: Record<string, string> = {}) =>
        call('GET', path, { token: reader, headers });

      assert.equal((await stored('/v1/check-in/form')).json.locale, 'fr');
      const resources = (await stored('/v1/program')).json.supportResources;
      assert.ok(resources.some((resource: { locale: string }) => resource.locale === 'fr'));
      const tips = (await stored('/v1/tips')).json.items;
      assert.deepEqual(
        tips.slice(0, FIRST_TIPS).map((tip: { locale: string }) => tip.locale),
        Array(FIRST_TIPS).fill('fr'),
      );
      assert.equal((await stored('/v1/tips/today')).json.tip.locale, 'fr');

      const asked = { 'Accept-Language': 'es' };
      assert.equal((await stored('/v1/check-in/form', asked)).json.locale, 'es');
      assert.equal((await stored('/v1/tips', asked)).json.items[0].locale, 'es');
      assert.equal((await stored('/v1/tips/today', asked)).json.tip.locale, 'es');
    });

    it("gives a new reader today's tip in their language", async () => {
      for (const language of LANGUAGES) {
        const reader = await server.tokenFor(`res-new-${language.toLowerCase()}`, 'resident');
        const today = await call('GET', '/v1/tips/today', {
          token: reader,
          headers: { 'Accept-Language': language },
        });
        assert.equal(today.json.tip.locale, language);
      }
    });
  });
}
