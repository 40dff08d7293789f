/**
 * Every widget in every shipped language, and in the pseudo-locale (about 40 % longer, bracketed),
 * as a resident's page loads them from the built dist/: each widget says it is in that language,
 * runs right to left in Arabic, and no text is clipped or runs out of its card, on a 390 px phone
 * and on a wide page (measured from the layout, not eyeballed). Then what a program and a portal
 * do with languages: add one of their own without a rebuild, and switch language live.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HostWindow, ReferenceServer, SERVER_START_TIMEOUT_MS, until } from '../support.js';

const TAGS = ['kin-check-in', 'kin-mentor-contact', 'kin-norm-tip', 'kin-meetup-calendar'];
const SHIPPED = ['es', 'fr', 'pt-BR', 'ar', 'hi', 'en-XA'];
const RIGHT_TO_LEFT = new Set(['ar']);

let server: ReferenceServer;

type Widget = HTMLElement & { state: string };

const widgets = (host: HostWindow) =>
  TAGS.map((tag) => host.document.querySelector<Widget>(tag)!).filter(Boolean);
const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;

async function page(options: { locale?: string; localesUrl?: string } = {}) {
  const host = await HostWindow.open('embed/page.html', {
    sdk: new URL('/dist/kinship.js', location.origin).href,
    endpoint: server.apiUrl,
    token: await server.token('res-olena'),
    widgets: TAGS.join(','),
    ...options,
  });
  await until(
    () => widgets(host).every((el) => el.state !== 'loading'),
    () => `the widgets to settle (${widgets(host).map((el) => el.state)})`,
    20_000,
  );
  return host;
}

/** What a reader would see cut off: clipped text, and anything running out of its card. */
function cutOff(el: Element): string[] {
  const problems: string[] = [];
  const card = el.getBoundingClientRect();
  const name = (node: Element) =>
    `${el.localName} ${node.localName}${node.className ? `.${String(node.className).split(' ')[0]}` : ''} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
  // Inside a scrolling row, the rest is reached by scrolling: only the row must fit the card.
  const visit = (parent: Element | ShadowRoot, inScroller = false) => {
    for (const node of parent.children) {
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
      if (node.shadowRoot) visit(node.shadowRoot, inScroller);
      visit(node, inScroller || scrolls);
      // Visually hidden text (1 px, for screen readers) and what is not shown are not read by eye.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (!inScroller && (box.left < card.left - 1 || box.right > card.right + 1))
        problems.push(`${name(node)} runs out of the card`);
      if (scrolls || style.display === 'inline' || !(node instanceof HTMLElement)) continue;
      const clips = /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`);
      if (node.scrollWidth > node.clientWidth + 1)
        problems.push(`${name(node)} is ${node.scrollWidth - node.clientWidth}px too narrow`);
      if (clips && node.scrollHeight > node.clientHeight + 1)
        problems.push(`${name(node)} cuts off ${node.scrollHeight - node.clientHeight}px of text`);
    }
  };
  visit(el.shadowRoot!);
  return problems;
}

describe('Languages', function () {
  this.timeout(120_000);
  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    server = await ReferenceServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  for (const lng of SHIPPED) {
    it(`shows every widget in ${lng}, nothing cut off on a phone or a wide page`, async () => {
      const host = await page({ locale: lng });
      try {
        const dir = RIGHT_TO_LEFT.has(lng) ? 'rtl' : 'ltr';
        for (const el of widgets(host)) {
          await until(
            () => base(el).lang === lng && base(el).dir === dir,
            () => `${el.localName} in ${lng}, ${dir} (it is ${base(el).lang}, ${base(el).dir})`,
          );
        }
        for (const width of ['390px', '']) {
          host.document.body.style.width = width;
          await new Promise((resolve) => host.window.requestAnimationFrame(resolve));
          const problems = widgets(host).flatMap(cutOff);
          expect(problems, `${lng} at ${width || 'full width'}`).to.deep.equal([]);
          expect(host.document.documentElement.scrollWidth).to.be.at.most(host.window.innerWidth);
        }
      } finally {
        host.close();
      }
    });
  }

  it("takes a program's own language from its locales URL, without a rebuild", async () => {
    // A program hosting Tagalog next to its portal: two files of a language Kinship does not ship.
    const folder = await executeServerCommand('write-locales', {
      files: {
        'tl/common.json': { retry: 'Subukan muli' },
        'tl/check-in.json': { title: 'Kumusta ka ngayong linggo?' },
      },
    });
    const host = await page({ locale: 'tl', localesUrl: `/${folder}/{{lng}}/{{ns}}.json` });
    try {
      const checkIn = host.document.querySelector<Widget>('kin-check-in')!;
      await until(() => base(checkIn).lang === 'tl', 'the check-in in Tagalog');
      expect(base(checkIn).textContent).to.contain('Kumusta ka ngayong linggo?');
      // The rest, not translated, is English: said to be English.
      const tip = host.document.querySelector<Widget>('kin-norm-tip')!;
      expect(base(tip).lang).to.equal('en');
    } finally {
      host.close();
    }
  });

  it('switches every widget live, direction included, with Kinship.setLocale()', async () => {
    const host = await page();
    const kinship = (host.window as unknown as { Kinship: { setLocale(lng: string): void } })
      .Kinship;
    try {
      for (const [lng, dir] of [
        ['ar', 'rtl'],
        ['es', 'ltr'],
        ['en', 'ltr'],
      ]) {
        kinship.setLocale(lng);
        for (const el of widgets(host))
          await until(
            () => base(el).lang === lng && base(el).dir === dir,
            () => `${el.localName} in ${lng} (it is ${base(el).lang}, ${base(el).dir})`,
          );
      }
    } finally {
      host.close();
    }
  });
});
