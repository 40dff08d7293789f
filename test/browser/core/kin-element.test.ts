import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { noteReservedSpace } from '../../../src/core/kin-element.js';
import { runtime } from '../../../src/core/runtime.js';
import { TestWidget } from '../fixtures/test-widget.js';
import { fakeToken, HostWindow, received, testEndpoint, until } from '../support.js';

const fixtures = new URL('../fixtures/locales/', import.meta.url).href + '{{lng}}/{{ns}}.json';

/** Collects what Kinship prints on the console while `body` runs. */
async function consoleOutput(body: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    Object.assign(console, { error, warn });
  }
  return lines;
}

const base = (el: TestWidget) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const text = (el: TestWidget) => base(el).textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: TestWidget, state: string) =>
  until(
    () => el.state === state,
    () => `state ${state} (it is ${el.state})`,
  );

async function widget(resource = 'thing', attributes: Record<string, string> = {}) {
  const { url } = testEndpoint();
  const el = await fixture<TestWidget>(
    html`<test-widget endpoint=${url} resource=${resource}></test-widget>`,
  );
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return { el, url };
}

describe('KinElement', () => {
  afterEach(() => {
    fixtureCleanup(); // before the configuration changes, so removed widgets do not react to it
    runtime().configure({
      endpoint: undefined,
      locale: undefined,
      localesUrl: undefined,
      theme: undefined,
    });
  });

  it('shows a skeleton first, then the content', async () => {
    const { el } = await widget('thing?fail=1&stall=400');
    expect(el.state).to.equal('loading');
    expect(base(el).querySelector('.skeleton')).to.not.equal(null);
    await settled(el, 'content');
    expect(text(el)).to.contain('Calls: 1');
  });

  it('says calmly that a slow endpoint is slow, keeps its size, and still shows what arrives', async function () {
    // Every answer takes 11 s, as behind a slow hospital proxy: longer than a skeleton should be
    // left alone, and longer than the client used to wait before cutting the request off.
    this.timeout(30_000);
    const { el, url } = await widget('thing?fail=9&stall=11000');
    const height = el.getBoundingClientRect().height;
    await until(() => base(el).querySelector('.slow'), 'the slow notice', 8000);
    expect(text(el)).to.contain('taking longer than usual');
    expect(el.getBoundingClientRect().height).to.equal(height);
    await expect(el).to.be.accessible();
    await until(() => el.state === 'content', 'the content', 15_000);
    expect(text(el)).to.contain('Calls: 1');
    expect(base(el).querySelector('.slow')).to.equal(null);
    expect(await received(url)).to.have.length(1);
  });

  it('asks the portal for its token once per load, and once more after a 401', async () => {
    let asked = 0;
    // Each call hands out a new token for the same resident, as a portal refreshing it would.
    runtime().configure({ getToken: async () => fakeToken('res-t', { n: ++asked }) });
    try {
      const { el, url } = await widget('thing');
      await settled(el, 'content');
      expect(asked).to.equal(1);
      const expired = await widget('thing?fail=1&status=401');
      await settled(expired.el, 'content');
      expect((await received(expired.url)).map((request) => request.authorization)).to.deep.equal([
        `Bearer ${fakeToken('res-t', { n: 2 })}`,
        `Bearer ${fakeToken('res-t', { n: 3 })}`,
      ]);
      expect((await received(url)).map((request) => request.authorization)).to.deep.equal([
        `Bearer ${fakeToken('res-t', { n: 1 })}`,
      ]);
    } finally {
      runtime().configure({ getToken: undefined });
    }
  });

  it('shows a calm "not configured" state and one console error naming the option when no endpoint is set', async () => {
    const lines = await consoleOutput(async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      await settled(el, 'unconfigured');
      expect(text(el)).to.contain("This isn't set up yet");
      await fixture<TestWidget>(html`<test-widget></test-widget>`);
    });
    expect(lines.filter((line) => line.includes('No endpoint is set'))).to.have.length(1);
    expect(lines[0]).to.contain('README.md#configuration');
  });

  it('names the option, the value and where it came from when a value is invalid', async () => {
    const { url } = testEndpoint();
    const lines = await consoleOutput(async () => {
      const el = await fixture<TestWidget>(
        html`<test-widget endpoint=${url} theme="purple"></test-widget>`,
      );
      await settled(el, 'unconfigured');
    });
    expect(lines).to.have.length(1);
    expect(lines[0]).to.contain('Invalid theme "purple"');
    expect(lines[0]).to.contain('the theme attribute of the element');
    expect(lines[0]).to.contain('light, dark or auto');
    expect(lines[0]).to.contain('README.md#configuration');
  });

  it('lets the element’s own attribute win over Kinship.configure()', async () => {
    const configured = testEndpoint();
    const own = testEndpoint();
    runtime().configure({ endpoint: configured.url });
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await settled(el, 'content');
    el.endpoint = own.url;
    await until(
      async () => (await fetch(`${own.url}/__received`).then((r) => r.json())).length === 1,
    );
    expect(el.config.endpoint).to.equal(own.url);
  });

  it('follows Kinship.configure() live', async () => {
    const first = testEndpoint();
    runtime().configure({ endpoint: first.url });
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await settled(el, 'content');
    runtime().configure({ theme: 'dark' });
    await el.updateComplete;
    expect(base(el).classList.contains('theme-dark')).to.equal(true);
  });

  it('turns a malformed answer into the error state, with nothing thrown into the page', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      await consoleOutput(async () => {
        const { el } = await widget('odd?shape=truncated');
        const failed = oneEvent(el, 'kin-error');
        await settled(el, 'error');
        expect((await failed).detail.kind).to.equal('contract');
        expect(text(el)).to.contain("The server sent something we couldn't read");
      });
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('throws nothing into the page when its endpoint goes away while it loads', async () => {
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push(event);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      runtime().configure({ localesUrl: fixtures });
      await consoleOutput(async () => {
        // Arabic makes it fetch translations first: the endpoint goes meanwhile.
        const { url } = testEndpoint();
        const el = await fixture<TestWidget>(
          html`<test-widget endpoint=${url} locale="ar"></test-widget>`,
        );
        el.removeAttribute('endpoint');
        await settled(el, 'unconfigured');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(el.state).to.equal('unconfigured');
      });
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('offers a retry in the error state that recovers', async () => {
    const { el } = await widget('down?fail=3&status=503');
    await settled(el, 'error');
    expect(text(el)).to.contain('The server had a problem');
    base(el).querySelector<HTMLButtonElement>('button')!.click();
    await settled(el, 'content');
    expect(text(el)).to.contain('Calls: 4');
  });

  it('shows the empty state', async () => {
    const { el } = await widget('thing?value=empty');
    await settled(el, 'empty');
    expect(text(el)).to.contain('Nothing here yet');
  });

  it('shows the offline state without a connection, and the content once back', async () => {
    const host = await HostWindow.open();
    try {
      const { url } = testEndpoint();
      const loaded = host.document.createElement('test-widget') as TestWidget;
      loaded.endpoint = url;
      host.document.body.append(loaded); // the view module arrives before the connection goes
      await settled(loaded, 'content');
      await host.setOffline(true);
      const el = host.document.createElement('test-widget') as TestWidget;
      el.endpoint = url;
      el.resource = 'other'; // nothing cached for it
      host.document.body.append(el);
      await settled(el, 'offline');
      expect(text(el)).to.contain("You're offline");
      await host.setOffline(false);
      base(el).querySelector<HTMLButtonElement>('button')!.click();
      await settled(el, 'content');
    } finally {
      host.close();
    }
  });

  it('emits bubbling, composed events to the page, to onEvent and to Kinship.on', async () => {
    const { el } = await widget();
    await settled(el, 'content');
    const seen: string[] = [];
    runtime().on('kin-test-done', (event) => seen.push(`on:${String(event.detail)}`));
    runtime().configure({
      onEvent: (event: { type: string }) => seen.push(`onEvent:${event.type}`),
    });
    const heard = oneEvent(document.body, 'kin-test-done');
    el.emit('kin-test-done', 'yes');
    const event = await heard;
    expect(event.composed).to.equal(true);
    expect(seen).to.deep.equal(['onEvent:kin-test-done', 'on:yes']);
    runtime().configure({ onEvent: undefined });
  });

  it('draws its skeleton at the height its content had last time, and does not shrink unasked', async () => {
    // Every answer takes 800 ms, so the skeleton is there to be measured on each visit.
    const { url } = testEndpoint();
    const host = await HostWindow.open('host.html', {
      endpoint: url,
      widget: 'test-widget',
      resource: 'thing?fail=99&stall=800',
    });
    try {
      const widgetIn = (h: HostWindow) => h.document.querySelector('test-widget') as TestWidget;
      const height = (el: TestWidget) => el.getBoundingClientRect().height;
      await settled(widgetIn(host), 'content');
      const content = height(widgetIn(host));
      await host.reload(); // a later visit
      const el = widgetIn(host);
      await until(() => el.state === 'loading' && el.shadowRoot?.querySelector('.skeleton'));
      expect(Math.abs(height(el) - content)).to.be.below(1);
      await settled(el, 'content');
      expect(Math.abs(height(el) - content)).to.be.below(1);
      // Content that shrinks without the resident doing anything keeps the card's height…
      el.shadowRoot!.querySelector('.calls')!.remove();
      el.requestUpdate();
      await el.updateComplete;
      expect(Math.abs(height(el) - content)).to.be.below(1);
      // …until they act in it.
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      expect(height(el)).to.be.below(content - 10);
    } finally {
      host.close();
    }
  });

  it('keeps the space a page reserved before the tag was defined, and draws the skeleton in a task of its own', async () => {
    // A widget already on the page when kinship.js defines its tag, with the room README.md tells a
    // portal admin to reserve; a tag of its own, so that it is defined here, in this test.
    const tag = 'test-widget-reserved';
    const reserve = new CSSStyleSheet();
    reserve.replaceSync(`${tag}:not(:defined) { display: block; min-block-size: 300px; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];
    const { url } = testEndpoint();
    const el = document.createElement(tag) as TestWidget;
    el.setAttribute('endpoint', url);
    document.body.append(el);
    try {
      let aTaskRan = false;
      setTimeout(() => (aTaskRan = true));
      noteReservedSpace([tag]);
      customElements.define(tag, class extends TestWidget {});
      await Promise.resolve(); // a microtask: when Lit would have rendered within this task
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(300);
      await el.updateComplete;
      expect(aTaskRan).to.equal(true);
      expect(base(el).querySelector('.skeleton')).to.not.equal(null);
      await settled(el, 'content');
    } finally {
      el.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== reserve);
    }
  });

  it('draws at once, in the task that added it, a widget the page reserved no space for', async () => {
    const { url } = testEndpoint();
    let aTaskRan = false;
    setTimeout(() => (aTaskRan = true));
    const el = document.createElement('test-widget');
    el.setAttribute('endpoint', url);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(aTaskRan).to.equal(false);
      expect(base(el).querySelector('.skeleton')).to.not.equal(null);
    } finally {
      el.remove();
    }
  });

  it("follows the resident's own default text size, not the host page's html font-size", async () => {
    const { url } = testEndpoint();
    const host = await HostWindow.open('host.html', { endpoint: url, widget: 'test-widget' });
    try {
      // An intranet that sets 1rem = 10px, and a resident who chose large text in the browser.
      host.document.documentElement.style.fontSize = '62.5%';
      await host.setDefaultFontSize(24);
      const el = host.document.querySelector('test-widget') as TestWidget;
      await settled(el, 'content');
      const size = (selector: string) =>
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
      await until(
        () => size('.base') === 24,
        () => `24px text (it is ${size('.base')}px)`,
      );
      expect(size('h2')).to.be.greaterThan(24);
    } finally {
      host.close();
    }
  });

  describe('language', () => {
    it('renders right to left in Arabic, with the translation from the locales URL', async () => {
      runtime().configure({ localesUrl: fixtures });
      const { el } = await widget('thing', { locale: 'ar' });
      await until(() => base(el).dir === 'rtl', 'dir=rtl');
      await settled(el, 'content');
      expect(base(el).lang).to.equal('ar');
      expect(text(el)).to.contain('أداة الاختبار');
      // Arabic numbers and plural rules come from Intl and the translation, not concatenation.
      expect(text(el)).to.contain('عدد الطلبات');
    });

    it('falls back to English, with one warning, when a locale file is broken', async () => {
      runtime().configure({ localesUrl: fixtures });
      const lines = await consoleOutput(async () => {
        const { el } = await widget('thing', { locale: 'xx' });
        await settled(el, 'content');
        // English, and said to be English: not tagged as the language that failed to load.
        await until(
          () => base(el).lang === 'en',
          () => `lang="en" (it is ${base(el).lang})`,
        );
        expect(text(el)).to.contain('Test widget');
      });
      expect(
        lines.filter((line) => line.includes('xx translation of "test-widget"')),
      ).to.have.length(1);
    });

    it('shows English as English, left to right, in a right-to-left page nobody has translated', async () => {
      const { url } = testEndpoint();
      const wrapper = await fixture(
        html`<div lang="he" dir="rtl"><test-widget endpoint=${url}></test-widget></div>`,
      );
      const el = wrapper.querySelector('test-widget')!;
      await settled(el, 'content');
      expect(text(el)).to.contain('Test widget');
      expect(base(el).lang).to.equal('en');
      expect(base(el).dir).to.equal('ltr');
      // The card still fills its place in the page's right-to-left flow.
      expect(el.getBoundingClientRect().width).to.equal(wrapper.getBoundingClientRect().width);
    });

    it('takes the language from the page when none is configured', async () => {
      const { url } = testEndpoint();
      runtime().configure({ localesUrl: fixtures });
      const wrapper = await fixture(
        html`<div lang="ar"><test-widget endpoint=${url}></test-widget></div>`,
      );
      const el = wrapper.querySelector('test-widget')!;
      await until(() => base(el).dir === 'rtl', 'dir=rtl');
    });
  });

  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl']) {
      const attributes: Record<string, string> = dir === 'rtl' ? { locale: 'ar' } : {};
      for (const [state, resource] of [
        ['loading', 'thing?fail=1&stall=5000'],
        ['content', 'thing'],
        ['empty', 'thing?value=empty'],
        ['error', 'thing?fail=9&status=500'],
      ]) {
        it(`has no axe violations in the ${state} state (${dir})`, async () => {
          runtime().configure({ localesUrl: fixtures });
          const { el } = await widget(resource, attributes);
          if (dir === 'rtl') await until(() => base(el).dir === 'rtl');
          if (state !== 'loading') await settled(el, state);
          await expect(el).to.be.accessible();
        });
      }
      it(`has no axe violations when not configured (${dir})`, async () => {
        await consoleOutput(async () => {
          const el = await fixture<TestWidget>(
            html`<test-widget locale=${dir === 'rtl' ? 'ar' : 'en'}></test-widget>`,
          );
          await settled(el, 'unconfigured');
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('popover', () => {
    it('is fully visible and on top inside overflow:hidden, a transform and under a z-index 2147483647 header', async () => {
      const { url } = testEndpoint();
      const page = await fixture(
        html`<div>
          <header
            style="position:fixed;inset:0 0 auto 0;height:80px;z-index:2147483647;background:#333"
          ></header>
          <div
            style="margin-top:120px;width:220px;height:60px;overflow:hidden;transform:translateX(10px)"
          >
            <test-widget endpoint=${url}></test-widget>
          </div>
        </div>`,
      );
      const el = page.querySelector('test-widget')!;
      await settled(el, 'content');
      const trigger = base(el).querySelector<HTMLButtonElement>('.more')!;
      trigger.scrollIntoView({ block: 'center' });
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      const panel = base(el).querySelector<HTMLElement>('.panel')!;
      await until(
        () => panel.matches(':popover-open') && panel.style.top !== '',
        'the panel to open and be placed',
      );
      await until(() => {
        const box = panel.getBoundingClientRect();
        return (
          box.width > 100 &&
          box.top >= 0 &&
          box.left >= 0 &&
          box.bottom <= innerHeight &&
          box.right <= innerWidth
        );
      }, 'the panel inside the viewport');
      const box = panel.getBoundingClientRect();
      const centre = el.shadowRoot!.elementFromPoint(
        box.left + box.width / 2,
        box.top + box.height / 2,
      );
      expect(panel.contains(centre)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(panel);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({ press: 'Escape' });
      await until(() => !panel.matches(':popover-open'), 'the panel to close');
      expect(el.shadowRoot!.activeElement).to.equal(trigger);
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens on the left of a right-to-left widget', async () => {
      runtime().configure({ localesUrl: fixtures });
      const { url } = testEndpoint();
      const page = await fixture(
        html`<div style="display:flex;justify-content:flex-end;padding:40px">
          <test-widget endpoint=${url} locale="ar" style="width:200px"></test-widget>
        </div>`,
      );
      const el = page.querySelector('test-widget')!;
      await until(() => base(el).dir === 'rtl');
      await settled(el, 'content');
      const trigger = base(el).querySelector<HTMLButtonElement>('.more')!;
      trigger.click();
      const panel = base(el).querySelector<HTMLElement>('.panel')!;
      await until(() => panel.style.left !== '', 'the panel to be placed');
      // bottom-start in right-to-left text: the panel's right edge lines up with the trigger's.
      await until(
        () =>
          Math.abs(panel.getBoundingClientRect().right - trigger.getBoundingClientRect().right) < 2,
      );
    });
  });
});
