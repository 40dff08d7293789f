/**
 * <kin-check-in> on a phone (a 390×844 viewport), as a tired resident meets it: the taps a whole
 * check-in takes, each scale's answers in order, the privacy promise once and then out of the way,
 * and the crisis lines on the first screen of a hard week's summary. Measured geometry, against the
 * real reference server; a wide card is checked alongside, so the desktop stays as good.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { runtime } from '../../../src/core/runtime.js';
import { local } from '../../../src/core/storage.js';
import '../../../widgets/check-in/check-in.js';
import type { KinCheckIn } from '../../../widgets/check-in/check-in.js';
import {
  fixtureLocales,
  ReferenceServer,
  referenceServerPerSuite,
  root,
  settled,
  shows,
  text,
  until,
} from '../support.js';

const PHONE = { width: 390, height: 844 };

let server: ReferenceServer;

/** A check-in for `person`, as wide as the page (the phone's width, less the page's margins). */
async function mount(person: string, { locale = 'en', width = '' } = {}) {
  runtime().configure({ token: await server.token(person) });
  if (locale === 'ar') runtime().configure({ localesUrl: fixtureLocales });
  const page = await fixture(
    html`<div style=${width ? `width:${width}` : ''}>
      <kin-check-in endpoint=${server.apiUrl} locale=${locale}></kin-check-in>
    </div>`,
  );
  const el = page.querySelector<KinCheckIn>('kin-check-in')!;
  await settled(el, 'content');
  return el;
}

/** A finger's tap on the middle of `target`, scrolled into view first (a scroll is not a tap). */
async function tap(target: Element) {
  target.scrollIntoView({ block: 'nearest' });
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  expect(x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight, 'on the screen').to.equal(true);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/** The scale questions the card shows now (not the contact choice). */
const scales = (el: Element) =>
  [...root(el).querySelectorAll('fieldset.question')].filter(
    (fieldset) => fieldset.id !== 'q-contact' && fieldset.querySelector('input[type=radio]'),
  );

/** The step the card shows (1 for the first). */
const progress = (el: Element) => root(el).querySelector('progress')!.value;

/** How `boxes` are laid out: in one row, in one column, or neither (wrapped). */
function arrangement(boxes: DOMRect[]): 'row' | 'column' | 'wrapped' {
  const same = (a: number, b: number) => Math.abs(a - b) < 2;
  if (boxes.every((box) => same(box.top, boxes[0].top))) return 'row';
  if (boxes.every((box) => same(box.left, boxes[0].left))) return 'column';
  return 'wrapped';
}

/**
 * The problems with one scale's answers on screen: they must be one row, in scale order along the
 * reading direction, or one column, in order downwards.
 */
function outOfOrder(fieldset: Element, dir: 'ltr' | 'rtl'): string[] {
  const labels = [...fieldset.querySelectorAll('label.option')];
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const layout = arrangement(boxes);
  const ordered = boxes.every((box, i) => {
    if (!i) return true;
    const before = boxes[i - 1];
    if (layout === 'column') return box.top >= before.bottom - 1;
    return dir === 'ltr' ? box.left >= before.right - 1 : box.right <= before.left + 1;
  });
  return layout !== 'wrapped' && ordered
    ? []
    : [
        `${fieldset.id}: ${layout}, ${boxes.map((b) => `${Math.round(b.left)},${Math.round(b.top)}`).join(' ')}`,
      ];
}

describe('<kin-check-in> on a phone', () => {
  // A server of its own: every resident here starts due.
  referenceServerPerSuite((started) => (server = started));
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(async () => {
    await setViewport(PHONE);
    local.keys('person:').forEach((key) => local.remove(key)); // drafts other files left
  });

  it('draws its first skeleton as tall as the first step it becomes, on a phone and a desktop', async () => {
    for (const [width, person] of [
      [360, 'res-arjun'],
      [900, 'res-joy'],
    ] as const) {
      if (width > PHONE.width) await setViewport({ width: 1280, height: 900 });
      local.keys('layout:').forEach((key) => local.remove(key)); // a device that never saw one
      runtime().configure({ token: await server.token(person) });
      const page = await fixture(
        html`<div style="width:${width}px">
          <kin-check-in endpoint=${server.apiUrl}></kin-check-in>
        </div>`,
      );
      const el = page.querySelector<KinCheckIn>('kin-check-in')!;
      await until(() => root(el)?.querySelector('.skeleton'), 'the skeleton');
      const em = parseFloat(getComputedStyle(root(el).querySelector('[part="base"]')!).fontSize);
      const skeleton = root(el).querySelector('.skeleton')!.getBoundingClientRect().height / em;
      await settled(el, 'content');
      // The content's own extent, from the header's top to the buttons' bottom.
      const [header, form] = [root(el).querySelector('.header')!, root(el).querySelector('form')!];
      const content =
        (form.getBoundingClientRect().bottom - header.getBoundingClientRect().top) / em;
      expect(Math.abs(skeleton - content), `${width}px: ${skeleton} vs ${content} em`).to.be.below(
        0.5,
      );
      fixtureCleanup();
    }
  });

  it('takes at most 10 taps for the eight questions and Send', async () => {
    const el = await mount('res-lucas');
    expect(el.clientWidth).to.be.below(390);
    let taps = 0;
    const sent = new Promise((resolve) => el.addEventListener('kin-check-in-submitted', resolve));
    for (let screen = 0; !root(el).querySelector('button[type=submit]'); screen++) {
      expect(screen, 'screens before Send').to.be.below(8);
      for (const fieldset of scales(el)) {
        const options = fieldset.querySelectorAll('label.option');
        await tap(options[Math.floor(options.length / 2)]); // the middle answer
        taps++;
      }
      const step = progress(el);
      await tap(root(el).querySelector('.actions .primary')!); // Next
      taps++;
      await until(
        () => progress(el) === step + 1,
        () => `the step after ${step}: ${text(el)}`,
      );
    }
    for (const fieldset of scales(el)) {
      const options = fieldset.querySelectorAll('label.option');
      await tap(options[Math.floor(options.length / 2)]);
      taps++;
    }
    await tap(root(el).querySelector('button[type=submit]')!);
    taps++;
    await sent;
    expect(taps).to.be.at.most(10);
    const [stored] = await server.sql<{ answers: unknown[] }>(
      'SELECT answers FROM check_ins WHERE resident_id = $1',
      ['res-lucas'],
    );
    expect(stored.answers).to.have.length(7); // every scale; the note was left empty
  });

  it('shows every scale’s answers in order, in a row or a column, never wrapped', async () => {
    const el = await mount('res-andre');
    const next = () => root(el).querySelector<HTMLButtonElement>('.actions .primary')!;
    const problems: string[] = [];
    let seen = 0;
    for (;;) {
      for (const fieldset of scales(el)) problems.push(...outOfOrder(fieldset, 'ltr'));
      seen += scales(el).length;
      if (root(el).querySelector('button[type=submit]')) break;
      for (const fieldset of scales(el)) fieldset.querySelector<HTMLInputElement>('input')!.click();
      await el.updateComplete;
      const before = scales(el)[0].id;
      next().click();
      await until(() => scales(el)[0]?.id !== before, 'the next step');
    }
    expect(seen).to.equal(7);
    expect(problems).to.deep.equal([]);
    // The mood's five short answers share one row, each at least a thumb's width.
    const el2 = await mount('res-olena');
    const mood = [...root(el2).querySelectorAll('#q-mood label.option')].map((label) =>
      label.getBoundingClientRect(),
    );
    expect(arrangement(mood)).to.equal('row');
    expect(Math.min(...mood.map((box) => box.width))).to.be.at.least(44);
    // At 200 % text a fifth of the row is too narrow for a word: every scale is a column.
    el2.style.setProperty('--kin-font-size', '32px');
    await until(
      () => scales(el2).every((fieldset) => outOfOrder(fieldset, 'ltr').length === 0),
      'the scales in order at 200 % text',
    );
    for (const fieldset of scales(el2)) {
      const boxes = [...fieldset.querySelectorAll('label.option')].map((label) =>
        label.getBoundingClientRect(),
      );
      expect(arrangement(boxes), fieldset.id).to.equal('column');
    }
  });

  it('keeps the order right to left, and on a wide card every scale in one row', async () => {
    const rtl = await mount('res-sana', { locale: 'ar' });
    expect(root(rtl).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(scales(rtl).flatMap((fieldset) => outOfOrder(fieldset, 'rtl'))).to.deep.equal([]);
    fixtureCleanup();
    await setViewport({ width: 1280, height: 900 });
    const wide = await mount('res-valeria', { width: '720px' });
    expect(scales(wide)).to.have.length(7); // all at once, no steps
    for (const fieldset of scales(wide)) {
      const boxes = [...fieldset.querySelectorAll('label.option')].map((label) =>
        label.getBoundingClientRect(),
      );
      expect(arrangement(boxes), fieldset.id).to.equal('row');
    }
    expect(scales(wide).flatMap((fieldset) => outOfOrder(fieldset, 'ltr'))).to.deep.equal([]);
    expect(root(wide).querySelector('.privacy')!.textContent).to.contain('groups of 5 or more');
  });

  it('shows the privacy promise in full on the first step, and one short line after it', async () => {
    const el = await mount('res-omar');
    const privacy = () => root(el).querySelector<HTMLElement>('.privacy')!;
    const lineHeight = parseFloat(getComputedStyle(privacy()).lineHeight);
    expect(privacy().textContent).to.contain('Only you see your answers.');
    expect(privacy().textContent).to.contain('groups of 5 or more');
    expect(privacy().textContent).to.contain('only the person you choose is told');
    expect(text(el)).to.contain('It takes under a minute');
    for (const fieldset of scales(el)) fieldset.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await until(() => progress(el) === 2, 'the second step');
    expect(privacy().textContent!.trim()).to.equal('Only you see your answers.');
    expect(privacy().getBoundingClientRect().height).to.be.at.most(lineHeight * 1.5);
    expect(text(el)).to.not.contain('It takes under a minute');
    // The header (title and privacy line) takes a small part of the screen.
    const header = root(el).querySelector('.header')!.getBoundingClientRect();
    expect(header.height / PHONE.height).to.be.below(0.12);
  });

  it('puts the crisis and support lines on the first screen of a hard week’s summary', async () => {
    const el = await mount('res-mariam');
    // The hardest week the form can say, sent on a phone.
    const hardest: Record<string, string> = {
      'q-ucla-companionship': '3',
      'q-ucla-left-out': '3',
      'q-ucla-isolated': '3',
      'q-workload': '5',
    };
    for (;;) {
      for (const fieldset of scales(el))
        fieldset
          .querySelector<HTMLInputElement>(`input[value="${hardest[fieldset.id] ?? '1'}"]`)!
          .click();
      await el.updateComplete;
      const submit = root(el).querySelector<HTMLButtonElement>('button[type=submit]');
      if (submit) {
        submit.click();
        break;
      }
      const before = scales(el)[0].id;
      root(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();
      await until(() => scales(el)[0]?.id !== before, 'the next step');
    }
    await shows(el, '.support');
    await until(
      () => root(el).querySelector('.support a[href="tel:18884090141"]'),
      'the program’s lines',
    );
    // The resident at the top of the summary: what the first screen shows.
    el.scrollIntoView({ block: 'start' });
    const top = el.getBoundingClientRect().top;
    for (const href of ['tel:988', 'sms:988', 'tel:18884090141']) {
      const link = root(el).querySelector(`.support a[href="${href}"]`)!;
      expect(link.getBoundingClientRect().bottom - top, href).to.be.at.most(PHONE.height);
    }
    expect(root(el).querySelector('.privacy')!.textContent!.trim()).to.equal(
      'Only you see your answers.',
    );
  });
});
