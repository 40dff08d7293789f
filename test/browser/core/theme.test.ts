/**
 * Readable whatever a portal sets: every text of the check-in at WCAG AA contrast in light, dark
 * and forced colours, for Kinship's own colours and for subsets of tokens a portal might set — its
 * brand's navy (the demo's), a pale brand colour, a faint text colour, a dark surface in the light
 * scheme, a dark-scheme primary that vanishes on a dark card. Measured on computed colours.
 */
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { runtime } from '../../../src/core/runtime.js';
import '../../../widgets/check-in/check-in.js';
import type { KinCheckIn } from '../../../widgets/check-in/check-in.js';
import {
  freshDevice,
  lowContrastText,
  ReferenceServer,
  SERVER_START_TIMEOUT_MS,
  until,
} from '../support.js';

let server: ReferenceServer;

const NAVY = { '--kin-color-primary': '#1b2a4a' };
const cases: [name: string, theme: string, tokens: Record<string, string>][] = [
  ["Kinship's own colours", 'light', {}],
  ["Kinship's own colours", 'dark', {}],
  ['a navy brand colour', 'light', NAVY],
  ['a navy brand colour', 'dark', NAVY],
  ['a pale brand colour under white text', 'light', { '--kin-color-primary': '#f2c200' }],
  [
    'a faint text colour',
    'light',
    { '--kin-color-text': '#b5b5b5', '--kin-color-muted': '#c8c8c8' },
  ],
  ['a dark surface in the light scheme', 'light', { '--kin-color-surface': '#10243e' }],
  ['a dark-scheme primary that vanishes', 'dark', { '--kin-dark-color-primary': '#1b2a4a' }],
];

/** A check-in showing its form, inside a page that sets `tokens`. */
async function checkIn(theme: string, tokens: Record<string, string>, person = 'res-omar') {
  runtime().configure({ token: await server.token(person) });
  // On the page before the widget comes, as a portal's stylesheet would set them.
  const style = Object.entries(tokens)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  const page = await fixture<HTMLDivElement>(
    html`<div style="width:720px;${style}">
      <kin-check-in endpoint=${server.apiUrl} theme=${theme}></kin-check-in>
    </div>`,
  );
  const el = page.querySelector('kin-check-in') as KinCheckIn;
  await until(
    () => el.state === 'content' && el.shadowRoot!.querySelector('fieldset'),
    () =>
      `the form (the card is ${el.state}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 160)})`,
  );
  return el;
}

/** Waits for every text to be readable (the colour check loads lazily), or fails naming them. */
async function readable(el: KinCheckIn) {
  let offenders: string[] = [];
  await until(
    () => (offenders = lowContrastText(el.shadowRoot!)).length === 0,
    () => `readable text; too faint: ${offenders.join('; ')}`,
    4000,
  );
}

describe('Theming keeps text readable', () => {
  before(async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    await freshDevice();
    server = await ReferenceServer.start();
  });
  after(async () => {
    await server?.stop();
  });
  afterEach(() => {
    fixtureCleanup();
    runtime().configure({ token: undefined });
  });

  for (const [name, theme, tokens] of cases) {
    it(`${name}, ${theme}`, async () => {
      await readable(await checkIn(theme, tokens));
    });
  }

  it('a navy brand colour, dark: the support lines after a hard week', async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    const own = await ReferenceServer.start();
    try {
      runtime().configure({ token: await own.token('res-mariam') });
      const page = await fixture<HTMLDivElement>(
        html`<div style="width:720px;--kin-color-primary:${NAVY['--kin-color-primary']}">
          <kin-check-in endpoint=${own.apiUrl} theme="dark"></kin-check-in>
        </div>`,
      );
      const el = page.querySelector('kin-check-in') as KinCheckIn;
      const root = el.shadowRoot!;
      await until(() => root.querySelector('fieldset'), 'the form');
      for (const fieldset of root.querySelectorAll('fieldset.question'))
        fieldset.querySelector<HTMLInputElement>('input[type=radio]')?.click(); // the lowest answers
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(() => root.querySelector('.support a[href^="tel:"]'), 'the support lines');
      await readable(el);
    } finally {
      await own.stop();
    }
  });

  it('forced colours (Windows high contrast), with a brand colour set', async () => {
    await executeServerCommand('emulate-media', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      await readable(await checkIn('light', NAVY));
    } finally {
      await executeServerCommand('emulate-media', { features: [] });
    }
  });
});
