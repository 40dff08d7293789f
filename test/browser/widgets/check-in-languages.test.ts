/**
 * <kin-check-in> in the resident's language, against the real reference server (the demo program,
 * whose check-in form and support resources exist in six languages): the form's words carry the
 * language they are in, and when the program has no translation for the card's language the card
 * says so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { runtime } from '../../../src/core/runtime.js';
import '../../../widgets/check-in/check-in.js';
import {
  base,
  ReferenceServer,
  referenceServerPerSuite,
  root,
  settled,
  shows,
  text,
  until,
} from '../support.js';

let server: ReferenceServer;
/** The translations that ship, as a program hosts them. */
const shippedLocales = new URL('/locales/', location.href).href + '{{lng}}/{{ns}}.json';

async function mount(person: string, locale: string) {
  runtime().configure({ token: await server.token(person), localesUrl: shippedLocales });
  const el = await fixture(
    html`<div style="width:720px">
      <kin-check-in endpoint=${server.apiUrl} locale=${locale}></kin-check-in>
    </div>`,
  );
  const card = el.querySelector('kin-check-in')!;
  await settled(card, 'content');
  return card;
}

const prompts = (el: Element) => [...root(el).querySelectorAll('.question .legend > span[lang]')];

describe('<kin-check-in> in the resident’s language', () => {
  referenceServerPerSuite((started) => (server = started));

  it('shows the Arabic form on an Arabic card, its words marked Arabic, with no note', async () => {
    const el = await mount('res-sana', 'ar');
    expect(base(el).dir).to.equal('rtl');
    const marked = prompts(el);
    expect(marked.length).to.be.greaterThan(5);
    for (const prompt of marked) expect(prompt.getAttribute('lang')).to.equal('ar');
    expect(text(el)).to.contain('كيف كانت حالتك المزاجية وطاقتك هذا الأسبوع؟');
    expect(root(el).querySelector('.option .name')!.getAttribute('lang')).to.equal('ar');
    expect(root(el).querySelector('form .notice')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('describes the support resources in Arabic, marked so, numbers unchanged', async () => {
    const el = await mount('res-omar', 'ar');
    for (const fieldset of root(el).querySelectorAll('fieldset.question')) {
      const radios = fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]');
      radios[0]?.click();
    }
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await shows(el, '.support');
    await until(() => root(el).querySelector('.support .crisis strong'), 'the crisis line');
    const crisis = root(el).querySelector('.support .crisis')!;
    expect(crisis.querySelector('strong')!.getAttribute('lang')).to.equal('ar');
    expect(crisis.textContent).to.contain('خط المساعدة في الأزمات');
    expect(crisis.querySelector('a[href="tel:988"]')).to.not.equal(null);
    // A phone number stays on one line, even where the card is narrow (its hyphens do not break).
    el.style.width = '320px';
    await until(() => root(el).querySelector('.support a[href^="tel:+"]'), 'a phone number');
    for (const link of root(el).querySelectorAll<HTMLElement>('.support a[href^="tel:"]')) {
      const words = [...link.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent!),
      )!;
      const number = /[+\d][\d\u2011-]*\d/.exec(words.textContent!)!;
      const range = document.createRange();
      range.setStart(words, number.index);
      range.setEnd(words, number.index + number[0].length);
      expect(range.getClientRects().length, number[0]).to.equal(1);
    }
  });

  it('says when the form is only in English, and marks its words English', async () => {
    await server.sql(`DELETE FROM check_in_forms WHERE locale = 'ar'`);
    const el = await mount('res-andre', 'ar');
    for (const prompt of prompts(el)) expect(prompt.getAttribute('lang')).to.equal('en');
    expect(text(el)).to.contain('How has your mood and energy been this week?');
    // English reads left to right in the right-to-left card: the question mark ends the line on
    // the right, not at the start of an Arabic line on the left.
    const shown = prompts(el).find((prompt) => prompt.getBoundingClientRect().width > 0)!;
    const words = [...shown.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('?'),
    )!;
    const glyph = (offset: number) => {
      const range = document.createRange();
      range.setStart(words, offset);
      range.setEnd(words, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const first = glyph(words.textContent!.search(/\S/));
    expect(glyph(words.textContent!.indexOf('?'))).to.be.greaterThan(first);
    const name = new Intl.DisplayNames('ar', { type: 'language' }).of('en')!;
    expect(root(el).querySelector('form .notice')!.textContent!.trim()).to.equal(
      `هذه الأسئلة متاحة حاليًا باللغة ${name} فقط.`,
    );
    await expect(el).to.be.accessible();
  });
});
