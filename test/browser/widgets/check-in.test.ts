/**
 * <kin-check-in> against the real reference server (PGlite, the demo program seeded), over real
 * HTTP from real Chromium. Assertions are on what the resident sees and on what the server stored.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runtime } from '../../../src/core/runtime.js';
import { local } from '../../../src/core/storage.js';
import '../../../widgets/check-in/check-in.js';
import type { KinCheckIn } from '../../../widgets/check-in/check-in.js';
import {
  base,
  fixtureLocales,
  HostWindow,
  lowContrastText,
  ReferenceServer,
  referenceServerPerSuite,
  root,
  SERVER_START_TIMEOUT_MS,
  settled,
  shows,
  smallTargets,
  text,
  until,
} from '../support.js';

let server: ReferenceServer;

/** Mounts a check-in for `person` on a card of the given width. */
async function mount(person: string, { width = 720, locale = '', on = server } = {}) {
  runtime().configure({ token: await on.token(person) });
  const page = await fixture(
    html`<div style="width:${width}px">
      <button id="before">Before the widget</button>
      <kin-check-in endpoint=${on.apiUrl} locale=${locale || 'en'}></kin-check-in>
    </div>`,
  );
  const el = page.querySelector('kin-check-in')!;
  await settled(el, 'content');
  return el;
}

/** Chooses, in every scale question shown, the option with `value` (or the one `values` gives). */
function answerScales(el: Element, value: number, values: Record<string, number> = {}) {
  for (const fieldset of root(el).querySelectorAll('fieldset.question')) {
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    if (!radios.length || fieldset.id === 'q-contact') continue;
    const wanted = String(values[fieldset.id.slice(2)] ?? value);
    (radios.find((radio) => radio.value === wanted) ?? radios[0]).click();
  }
}

const send = (el: Element) =>
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();

async function storedCheckIns(person: string) {
  return server.sql<{
    id: string;
    answers: { itemId: string; value: unknown }[];
    support_suggested: boolean;
  }>(
    'SELECT id, answers, support_suggested FROM check_ins WHERE resident_id = $1 ORDER BY received_at DESC',
    [person],
  );
}

describe('<kin-check-in>', () => {
  referenceServerPerSuite((started) => (server = started));

  it('shows a skeleton of its final size, then the form with the privacy promise first', async () => {
    runtime().configure({ token: await server.token('res-olena') });
    const el = await fixture<KinCheckIn>(
      html`<kin-check-in endpoint=${server.apiUrl}></kin-check-in>`,
    );
    expect(el.state).to.equal('loading');
    expect(base(el).querySelectorAll('.bone').length).to.be.greaterThan(3);
    await settled(el, 'content');
    const privacy = root(el).querySelector('.privacy')!;
    expect(privacy.textContent).to.contain('Only you see your answers');
    expect(privacy.textContent).to.contain('groups of 5 or more');
    const firstQuestion = root(el).querySelector('fieldset.question')!;
    expect(
      privacy.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    // Every scale is a labelled radio group: a fieldset whose legend is the question.
    for (const fieldset of root(el).querySelectorAll('fieldset.question')) {
      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.not.equal('');
    }
    expect(text(el)).to.contain('How often do you feel that you lack companionship?');
  });

  it('draws a wide form a few questions per task, its buttons last, and updateComplete waits for it all', async () => {
    runtime().configure({ token: await server.token('res-olena') });
    // Watched from before it connects: a form cached on the device shows in its first render.
    const el = document.createElement('kin-check-in') as KinCheckIn;
    el.setAttribute('endpoint', server.apiUrl);
    // What each render drew: the questions, and whether the buttons were there.
    const draws: { questions: number; buttons: boolean }[] = [];
    el.addController({
      hostUpdated: () =>
        draws.push({
          questions: root(el).querySelectorAll('form .question').length,
          buttons: root(el).querySelector('form .actions') !== null,
        }),
    });
    const page = await fixture(html`<div style="width:900px"></div>`);
    page.append(el);
    await until(() => el.state === 'content', 'the form');
    await el.updateComplete;
    const total = root(el).querySelectorAll('form .question').length;
    expect(total).to.be.greaterThan(4);
    expect(root(el).querySelector('form .actions')).to.not.equal(null);
    const drawn = draws.filter((draw) => draw.questions > 0);
    expect(drawn[0]!.questions).to.equal(4);
    expect(drawn.at(-1)!.questions).to.equal(total);
    for (const draw of drawn) expect(draw.buttons).to.equal(draw.questions === total);
  });

  it('is completed with the keyboard alone, and the server stores exactly one check-in', async () => {
    const el = await mount('res-prakash');
    const before = (await storedCheckIns('res-prakash')).length;
    const sent = oneEvent(el, 'kin-check-in-submitted');
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    const scales = root(el).querySelectorAll(
      'fieldset.question input[type=radio]:first-child',
    ).length;
    const groups = [...root(el).querySelectorAll('fieldset.question')].filter((f) =>
      f.querySelector('input[type=radio]'),
    );
    for (let i = 0; i < groups.length; i++) {
      await sendKeys({ press: 'Tab' }); // into the next radio group
      await sendKeys({ press: 'ArrowRight' }); // the second option, chosen as the focus moves
    }
    expect(scales).to.be.greaterThan(0);
    await sendKeys({ press: 'Tab' }); // the optional note
    await sendKeys({ type: 'Long week, good team.' });
    await sendKeys({ press: 'Tab' }); // "I'd like someone to reach out"
    await sendKeys({ press: 'Tab' }); // Send
    expect(root(el).activeElement?.textContent).to.contain('Send my check-in');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    // The host page learns that a check-in was sent, never what it said.
    expect(Object.keys(detail).sort()).to.deep.equal(['id', 'submittedAt']);
    await shows(el, '#done');
    expect(root(el).activeElement?.id).to.equal('done');
    const stored = await storedCheckIns('res-prakash');
    expect(stored).to.have.length(before + 1);
    expect(stored[0].id).to.equal(detail.id);
    expect(stored[0].answers).to.deep.include({ itemId: 'note', value: 'Long week, good team.' });
  });

  it('asks a few questions at a time on a narrow card, with its progress', async () => {
    const el = await mount('res-andre', { width: 360 });
    const shown = () => [...root(el).querySelectorAll('fieldset.question')].map((f) => f.id);
    expect(shown()).to.deep.equal(['q-mood', 'q-sleep']);
    expect(text(el)).to.contain('Step 1 of 3');
    answerScales(el, 3);
    root(el).querySelector<HTMLButtonElement>('.actions .primary')!.click(); // Next
    await until(() => text(el).includes('Step 2 of 3'));
    // The three loneliness questions (one measure, the UCLA-3) together.
    expect(shown()).to.deep.equal(['q-ucla-companionship', 'q-ucla-left-out', 'q-ucla-isolated']);
    expect(root(el).activeElement?.id).to.equal('q-ucla-companionship');
  });

  it('names what is missing when sending too early, and keeps the focus on it', async () => {
    const el = await mount('res-omar');
    send(el);
    await shows(el, '#missing');
    expect(root(el).querySelector('#missing')!.textContent).to.contain(
      '7 questions still need an answer',
    );
    expect(root(el).activeElement?.id).to.equal('missing');
    expect(root(el).querySelectorAll('[aria-invalid="true"]').length).to.be.greaterThan(0);
    expect(root(el).querySelector('#done')).to.equal(null);
  });

  it('shows the thank-you, the next check-in and the resident’s own trend after sending', async () => {
    const el = await mount('res-amara');
    answerScales(el, 4);
    send(el);
    await shows(el, '#done');
    expect(text(el)).to.contain('Thank you for checking in');
    expect(text(el)).to.match(/Next check-in: \w+day, \w+ \d+/);
    await until(
      () => root(el).querySelectorAll('.trend circle').length === 9,
      'nine points in the trend',
    );
    const chart = root(el).querySelector('.trend svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.contain('your last 9 check-ins');
    expect(root(el).querySelectorAll('.trend li')).to.have.length(9);
    expect(root(el).querySelector('.support')).to.equal(null);
  });

  it('shows support, calmly, when the answers suggest a hard week', async () => {
    const el = await mount('res-mariam');
    // Lonely most of the time (UCLA-3 total 9) and the lowest mood.
    answerScales(el, 3, { mood: 1, sleep: 2, workload: 2, safety: 2 });
    send(el);
    await shows(el, '.support');
    await until(
      () => root(el).querySelector('.support a[href="tel:18884090141"]'),
      'the program’s support lines',
    );
    const support = root(el).querySelector('.support')!;
    expect(support.textContent).to.contain("You don't have to carry this alone");
    expect(support.textContent).to.contain('Physician Support Line');
    expect(support.querySelector('a[href="tel:18884090141"]')).to.not.equal(null);
    expect(support.querySelector('a[href="sms:988"], a[href="tel:988"]')).to.not.equal(null);
    // The next meetup, at its own (the program's) time, with the zone named.
    await until(
      () => /Next meetup: .+ (EST|EDT)/.test(support.textContent!),
      'the next meetup, in Eastern time',
    );
    expect((await storedCheckIns('res-mariam'))[0].support_suggested).to.equal(true); // the newest
  });

  it('shows an empty trend, kindly, for a resident who snoozed before ever checking in', async () => {
    const el = await mount('res-olena');
    const snoozed = oneEvent(el, 'kin-check-in-snoozed');
    root(el).querySelector<HTMLButtonElement>('.button.link')!.click();
    expect((await snoozed).detail).to.deep.equal({ days: 3 });
    await shows(el, '#done');
    expect(text(el)).to.contain("We'll check in again on");
    expect(text(el)).to.contain('Your trend will appear here after your first check-in.');
    await until(
      async () =>
        (await server.sql('SELECT 1 FROM check_in_snoozes WHERE resident_id = $1', ['res-olena']))
          .length === 1,
    );
  });

  it('keeps a half-finished check-in across a reload', async () => {
    const host = await HostWindow.open('host.html', {
      endpoint: server.apiUrl,
      token: await server.token('res-lucas'),
      widget: 'kin-check-in',
    });
    try {
      let el = host.document.querySelector('kin-check-in') as KinCheckIn;
      await settled(el, 'content');
      root(el).querySelector<HTMLInputElement>('#q-mood input[value="2"]')!.click();
      root(el).querySelector<HTMLInputElement>('#q-sleep input[value="5"]')!.click();
      await host.reload();
      el = host.document.querySelector('kin-check-in') as KinCheckIn;
      await settled(el, 'content');
      await until(
        () => root(el).querySelector<HTMLInputElement>('#q-mood input[value="2"]')?.checked,
        'the mood answer back',
      );
      expect(
        root(el).querySelector<HTMLInputElement>('#q-sleep input[value="5"]')!.checked,
      ).to.equal(true);
      await until(
        () => text(el).includes('Your answers from earlier are still here.'),
        'the notice',
      );
    } finally {
      host.close();
    }
  });

  it('saves a check-in sent offline and delivers it exactly once when the connection returns', async () => {
    const host = await HostWindow.open('host.html', {
      endpoint: server.apiUrl,
      token: await server.token('res-joy'),
      widget: 'kin-check-in',
    });
    try {
      const el = host.document.querySelector('kin-check-in') as KinCheckIn;
      await settled(el, 'content');
      answerScales(el, 2);
      // The first answer loads the outbox; wait for it before the connection goes.
      await until(
        () =>
          host.window.performance
            .getEntriesByType('resource')
            .some((entry) => /outbox-store/.test(entry.name)),
        'the outbox to load',
      );
      const before = (await storedCheckIns('res-joy')).length;
      await host.setOffline(true);
      send(el);
      await shows(el, '#queued');
      expect(text(el)).to.contain('Saved on this device');
      expect(await storedCheckIns('res-joy')).to.have.length(before);
      await host.setOffline(false);
      await shows(el, '#done');
      await until(async () => (await storedCheckIns('res-joy')).length === before + 1);
      // Later flushes (visibility, reloads) find nothing left to send: still exactly one.
      host.document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await storedCheckIns('res-joy')).to.have.length(before + 1);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('says "saved on this device" when answered and sent offline on a fresh page, with nothing downloaded yet', async function () {
    this.timeout(SERVER_START_TIMEOUT_MS);
    // Nothing but the form has downloaded when the connection goes: not the outbox, not the
    // summary. The card still says where the answers are, and where the focus is.
    // A server of its own: res-mariam's first check-in of the week, whatever earlier tests sent.
    const own = await ReferenceServer.start();
    const stored = async () =>
      (await own.sql('SELECT id FROM check_ins WHERE resident_id = $1', ['res-mariam'])).length;
    const host = await HostWindow.open('host.html', {
      endpoint: own.apiUrl,
      token: await own.token('res-mariam'),
      widget: 'kin-check-in',
    });
    try {
      const el = host.document.querySelector('kin-check-in') as KinCheckIn;
      await settled(el, 'content');
      const before = await stored();
      await host.setOffline(true);
      answerScales(el, 3);
      send(el);
      await shows(el, '#queued');
      expect(text(el)).to.contain('Saved on this device');
      await until(() => root(el).activeElement?.id === 'queued', 'the focus on the saved message');
      await host.setOffline(false);
      await shows(el, '#done');
      await until(async () => (await stored()) === before + 1);
    } finally {
      await host.setOffline(false);
      host.close();
      await own.stop();
    }
  });

  it('shows a question of a kind it does not know as unavailable, and the rest still works', async () => {
    await server.sql(`UPDATE check_in_forms SET items = items || $1::jsonb WHERE locale = 'en'`, [
      JSON.stringify([
        {
          id: 'energy-dial',
          kind: 'dial',
          prompt: 'Turn the dial to your energy level',
          required: false,
        },
      ]),
    ]);
    try {
      const el = await mount('res-shirin');
      const before = (await storedCheckIns('res-shirin')).length;
      const unknown = root(el).querySelector('.unsupported')!;
      expect(unknown.textContent).to.contain('Turn the dial to your energy level');
      expect(unknown.textContent).to.contain("can't be shown here yet");
      answerScales(el, 3);
      send(el);
      await shows(el, '#done');
      expect(await storedCheckIns('res-shirin')).to.have.length(before + 1);
    } finally {
      await server.sql(
        `UPDATE check_in_forms SET items = items - (jsonb_array_length(items) - 1) WHERE locale = 'en'`,
      );
    }
  });

  it('shows the new person, and nothing of the last one, when the portal hands over another token', async () => {
    // res-joy is not due (snoozed), res-omar is: the card must switch from one to the other.
    await server.sql(
      `INSERT INTO check_in_snoozes (resident_id, snoozed_until) VALUES ('res-joy', now() + interval '3 days')
       ON CONFLICT (resident_id) DO UPDATE SET snoozed_until = excluded.snoozed_until`,
    );
    const el = await mount('res-omar');
    root(el).querySelector<HTMLInputElement>('#q-mood input[value="1"]')!.click();
    runtime().configure({ token: await server.token('res-joy') });
    await shows(el, '#done');
    expect(root(el).querySelector('form')).to.equal(null);
    runtime().configure({ token: await server.token('res-omar') });
    await until(
      () => root(el).querySelector<HTMLInputElement>('#q-mood input[value="1"]')?.checked,
      'Omar’s draft back',
    );
    expect(text(el)).to.contain('Your answers from earlier are still here.');
  });

  it('shows the error state, with a retry, when the endpoint cannot be reached', async () => {
    runtime().configure({ token: await server.token('res-omar') });
    const el = await fixture<KinCheckIn>(
      html`<kin-check-in endpoint="http://127.0.0.1:9/api"></kin-check-in>`,
    );
    await settled(el, 'error');
    expect(text(el)).to.contain("We couldn't reach the server");
    el.endpoint = server.apiUrl;
    await settled(el, 'content');
  });

  it('shows a calm empty state when the program has no check-in', async () => {
    const own = await ReferenceServer.start();
    try {
      await own.sql('DELETE FROM check_in_forms');
      runtime().configure({ token: await own.token('res-olena') });
      const el = await fixture<KinCheckIn>(
        html`<kin-check-in endpoint=${own.apiUrl}></kin-check-in>`,
      );
      await settled(el, 'empty');
      expect(text(el)).to.contain("Your program hasn't set up a check-in.");
      await expect(el).to.be.accessible();
    } finally {
      await own.stop();
    }
  });

  it('shows markup from the endpoint as text, never as HTML', async () => {
    const own = await ReferenceServer.start();
    const attack =
      '<img src=x onerror="window.__kinshipXss=1"><script>window.__kinshipXss=2</script>';
    try {
      await own.sql(
        `UPDATE check_in_forms SET
           items = jsonb_set(jsonb_set(items, '{0,prompt}', to_jsonb($1::text)), '{0,options,0,label}', to_jsonb($1::text)),
           contact_options = jsonb_set(contact_options, '{0,label}', to_jsonb($1::text))`,
        [attack],
      );
      runtime().configure({ token: await own.token('res-amara') });
      const page = await fixture(
        html`<div style="width:720px"><kin-check-in endpoint=${own.apiUrl}></kin-check-in></div>`,
      );
      const el = page.querySelector('kin-check-in')! as KinCheckIn;
      await settled(el, 'content');
      root(el).querySelector<HTMLInputElement>('.contact input[type=checkbox]')!.click();
      await until(() => root(el).querySelector('#q-contact'));
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect(text(el)).to.contain(attack);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as { __kinshipXss?: number }).__kinshipXss).to.equal(undefined);
    } finally {
      await own.stop();
    }
  });

  describe('as a resident having a hard week meets it', () => {
    // A server of its own: every resident here starts due, whatever the tests above sent.
    let care: ReferenceServer;
    before(async function () {
      this.timeout(SERVER_START_TIMEOUT_MS);
      care = await ReferenceServer.start();
    });
    after(async () => {
      await care?.stop();
    });
    // Drafts are kept per person on the device: the tests above left some for these residents.
    beforeEach(() => local.keys('person:').forEach((key) => local.remove(key)));

    /** Ticks "I'd like someone to reach out" and chooses the option `optionId`. */
    async function askToBeContacted(el: Element, optionId: string) {
      root(el).querySelector<HTMLInputElement>('.contact input[type=checkbox]')!.click();
      await shows(el, '#q-contact');
      root(el).querySelector<HTMLInputElement>(`#contact-${optionId}`)!.click();
    }

    it('acknowledges a request to be contacted: who, when, and what to do if it is urgent', async () => {
      const el = await mount('res-amara', { on: care });
      answerScales(el, 2);
      await askToBeContacted(el, 'wellness-lead');
      send(el);
      await shows(el, '.contacted');
      const ack = root(el).querySelector('.contacted')!;
      expect(ack.textContent).to.contain('The wellness lead');
      expect(ack.textContent).to.contain('will reach out within two working days');
      // The program's own crisis lines, as calls.
      await until(
        () => ack.querySelector('a[href="tel:18884090141"]'),
        'the Physician Support Line',
      );
      expect(ack.querySelector('a[href="tel:988"]')).to.not.equal(null);
      const [request] = await care.sql<{ option_id: string }>(
        'SELECT option_id FROM outreach_requests WHERE resident_id = $1',
        ['res-amara'],
      );
      expect(request.option_id).to.equal('wellness-lead');
    });

    it('says the server cannot be reached, and that nobody has been told yet, while a request waits', async function () {
      this.timeout(SERVER_START_TIMEOUT_MS);
      const own = await ReferenceServer.start();
      try {
        const el = await mount('res-omar', { on: own });
        answerScales(el, 2);
        await askToBeContacted(el, 'wellness-lead');
        // The first answer loads the outbox; the device stays online, only the server goes.
        await until(
          () =>
            performance
              .getEntriesByType('resource')
              .some((entry) => /outbox-store/.test(entry.name)),
          'the outbox to load',
        );
        await own.stop();
        send(el);
        await shows(el, '#queued');
        expect(navigator.onLine).to.equal(true);
        expect(text(el)).to.contain("The server can't be reached.");
        expect(text(el)).to.not.contain("when you're back online");
        expect(text(el)).to.contain('Nobody has been told yet');
        expect(text(el)).to.contain('The wellness lead');
      } finally {
        await own.stop();
      }
    });

    const next = (el: Element) =>
      root(el).querySelector<HTMLButtonElement>('.actions .primary')!.click();

    it('keeps the focus on the card at every step, the last one (with the note) too', async () => {
      const el = await mount('res-prakash', { width: 360, on: care });
      for (let step = 1; step < 3; step++) {
        answerScales(el, 3);
        await el.updateComplete; // a person's next tap comes after the answer shows
        next(el);
        await until(
          () => text(el).includes(`Step ${step + 1} of 3`),
          () => `step ${step + 1}: ${text(el)}`,
        );
        await until(
          () => root(el).activeElement?.id.startsWith('q-'),
          () => `focus on question ${step + 1} (it is on ${root(el).activeElement?.outerHTML})`,
        );
      }
      expect(root(el).activeElement?.id).to.equal('q-workload');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('name')).to.equal('q-workload');
      expect(root(el).querySelector('#q-note-text')).to.not.equal(null); // on this step too
    });

    it('never thanks a resident who snoozed for a check-in, and keeps "Not now" apart from Next on a phone', async () => {
      const phone = await mount('res-olena', { width: 390, on: care });
      const nextButton = root(phone).querySelector('.actions .primary')!.getBoundingClientRect();
      const notNow = root(phone).querySelector('.actions .link')!.getBoundingClientRect();
      const apart = Math.max(
        notNow.top - nextButton.bottom,
        notNow.left - nextButton.right,
        nextButton.left - notNow.right,
      );
      expect(apart).to.be.at.least(24);
      root(phone).querySelector<HTMLButtonElement>('.actions .link')!.click();
      await shows(phone, '#done');
      fixtureCleanup();
      // Back later (a reload): still snoozed, never checked in.
      const later = await mount('res-olena', { on: care });
      await shows(later, '#done');
      expect(text(later)).to.contain("We'll check in again on");
      expect(text(later)).to.not.contain('Thank you for checking in');
      expect(text(later)).to.contain('Check in now');
      const done = root(later).querySelector('#done')!.getBoundingClientRect();
      const trendTitle = [...root(later).querySelectorAll('h3')].find((h) =>
        h.textContent!.includes('Your last check-ins'),
      )!;
      expect(trendTitle.getBoundingClientRect().top - done.bottom).to.be.at.least(8);
    });

    it('describes the trend in words, kindly at the low end, with labelled axes and dates', async () => {
      const el = await mount('res-shirin', { on: care });
      // The hardest week the form can say: the lowest mood, sleep and safety, lonely, overloaded.
      answerScales(el, 1, {
        'ucla-companionship': 3,
        'ucla-left-out': 3,
        'ucla-isolated': 3,
        workload: 5,
      });
      send(el);
      await shows(el, '.trend figcaption');
      // The history is fetched again after sending: the trend ends with this week.
      await until(
        () =>
          root(el)
            .querySelector('.trend figcaption')!
            .textContent!.includes('Harder than last time'),
        () =>
          `this week in the trend (${root(el).querySelector('.trend figcaption')?.textContent})`,
      );
      const trend = root(el).querySelector('.trend')!;
      expect(trend.textContent).to.not.match(/out of 100/);
      expect(trend.querySelector('svg')!.getAttribute('aria-label')).to.not.match(/\b0\b/);
      expect(trend.textContent).to.contain('a hard week');
      expect(trend.querySelector('.axis')!.textContent).to.equal('BetterHarder');
      expect(trend.querySelector('.dates')!.textContent).to.match(
        /\w+day, \w+ \d+.*\w+day, \w+ \d+/,
      );
      // The lowest week is drawn well above the chart's floor, not as a plunge off it.
      const lowest = Math.max(
        ...[...trend.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy'))),
      );
      expect(lowest).to.be.at.most(75);
    });

    it('shows a single first check-in as a sentence, not a lone dot', async () => {
      const el = await mount('res-prakash', { on: care });
      answerScales(el, 3);
      send(el);
      await shows(el, '.trend');
      await until(() => text(el).includes('Your first check-in, '), 'the first check-in');
      expect(root(el).querySelector('.trend svg')).to.equal(null);
      expect(text(el)).to.match(/Your first check-in, \w+day, \w+ \d+: an? \w+ week\./);
    });

    it('says truthfully who reads the note: no one', async () => {
      const el = await mount('res-sana', { on: care });
      const note = root(el).querySelector('#q-note')!;
      expect(note.textContent).to.not.contain('only you see this');
      const textarea = root(el).querySelector('#q-note-text')!;
      const described = textarea
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => root(el).getElementById(id)!.textContent)
        .join(' ');
      expect(described).to.contain('No one reads this');
      expect(described).to.contain('ask them to reach out below');
    });

    it('shows each contact option’s description on its own line, as the radio’s description', async () => {
      const el = await mount('res-lucas', { on: care });
      await askToBeContacted(el, 'mentor');
      const radio = root(el).querySelector<HTMLInputElement>('#contact-mentor')!;
      const name = root(el).getElementById(radio.getAttribute('aria-labelledby')!)!;
      const about = root(el).getElementById(radio.getAttribute('aria-describedby')!)!;
      expect(name.textContent!.trim()).to.equal('My mentor');
      expect(about.textContent).to.contain('Your mentor gets a note');
      expect(about.getBoundingClientRect().top).to.be.at.least(name.getBoundingClientRect().bottom);
      await until(() => radio.checked);
      expect(getComputedStyle(name).fontWeight).to.equal('600');
      expect(getComputedStyle(about).fontWeight).to.equal('400');
    });

    it('checks each step’s answer gently, and Send links to each question still missing', async () => {
      const stepped = await mount('res-andre', { width: 360, on: care });
      next(stepped);
      await shows(stepped, '#q-mood-error');
      expect(text(stepped)).to.contain('Step 1 of 3');
      expect(root(stepped).activeElement?.id).to.equal('q-mood');
      expect(root(stepped).querySelector('#q-mood')!.getAttribute('aria-describedby')).to.equal(
        'q-mood-error',
      );
      expect(root(stepped).querySelector('#q-sleep')!.getAttribute('aria-describedby')).to.equal(
        'q-sleep-help q-sleep-error',
      );
      expect(root(stepped).querySelector('#missing')).to.equal(null); // said at the question
      answerScales(stepped, 3);
      await until(() => !root(stepped).querySelector('#q-mood-error'), 'the error gone');
      next(stepped);
      await until(() => text(stepped).includes('Step 2 of 3'));
      root(stepped).querySelector<HTMLInputElement>('#q-ucla-companionship input')!.click();
      await stepped.updateComplete;
      next(stepped);
      await shows(stepped, '#q-ucla-left-out-error');
      // The first question still unanswered takes the focus; the answered one is not marked.
      expect(root(stepped).activeElement?.id).to.equal('q-ucla-left-out');
      expect(root(stepped).querySelector('#q-ucla-companionship-error')).to.equal(null);
      const ids = [...root(stepped).querySelectorAll('[id]')].map((node) => node.id);
      expect(ids).to.deep.equal([...new Set(ids)]);

      const wide = await mount('res-valeria', { on: care });
      root(wide).querySelector<HTMLInputElement>('#q-mood input[value="3"]')!.click();
      send(wide);
      await shows(wide, '#missing');
      const links = [...root(wide).querySelectorAll<HTMLButtonElement>('#missing button')];
      expect(links).to.have.length(6);
      links.find((link) => link.textContent!.includes('How often do you feel left out?'))!.click();
      await until(() => root(wide).activeElement?.id === 'q-ucla-left-out', 'the question focused');
    });

    it('says "You\'re offline" before sending when the device is offline', async () => {
      const host = await HostWindow.open('host.html', {
        endpoint: care.apiUrl,
        token: await care.token('res-joy'),
        widget: 'kin-check-in',
      });
      try {
        const el = host.document.querySelector('kin-check-in') as KinCheckIn;
        await settled(el, 'content');
        expect(text(el)).to.not.contain("You're offline");
        await host.setOffline(true);
        await until(() => text(el).includes("You're offline"), 'the offline note');
      } finally {
        await host.setOffline(false);
        host.close();
      }
    });
  });

  describe('accessibility', () => {
    for (const [locale, person, other] of [
      ['en', 'res-valeria', 'res-arjun'],
      ['ar', 'res-sana', 'res-andre'],
    ]) {
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      it(`has no axe violations in the form, stepped form, summary and support states (${dir})`, async () => {
        // Arabic from the test's partial translation (no Arabic ships yet): right to left for real.
        if (locale === 'ar') runtime().configure({ localesUrl: fixtureLocales });
        const wide = await mount(person, { locale });
        expect(base(wide).dir).to.equal(dir);
        await expect(wide).to.be.accessible();
        expect(smallTargets(root(wide))).to.deep.equal([]);
        expect(lowContrastText(root(wide))).to.deep.equal([]);
        const narrow = await mount(person, { width: 360, locale });
        await expect(narrow).to.be.accessible();
        expect(smallTargets(root(narrow))).to.deep.equal([]);
        expect(lowContrastText(root(narrow))).to.deep.equal([]);
        answerScales(wide, 3, { mood: 1 });
        send(wide);
        await shows(wide, '.support');
        await until(() => root(wide).querySelector('.support a[href^="tel:"]'));
        await expect(wide).to.be.accessible();
        expect(smallTargets(root(wide))).to.deep.equal([]);
        expect(lowContrastText(root(wide))).to.deep.equal([]);
      });

      it(`has no axe violations while loading, with an error, and with missing answers (${dir})`, async () => {
        runtime().configure({ token: await server.token(other) });
        if (locale === 'ar') runtime().configure({ localesUrl: fixtureLocales });
        const loading = await fixture<KinCheckIn>(
          html`<kin-check-in endpoint=${server.apiUrl} locale=${locale}></kin-check-in>`,
        );
        await expect(loading).to.be.accessible();
        const failing = await fixture<KinCheckIn>(
          html`<kin-check-in endpoint="http://127.0.0.1:9/api" locale=${locale}></kin-check-in>`,
        );
        await settled(failing, 'error');
        await expect(failing).to.be.accessible();
        const incomplete = await mount(other, { locale });
        send(incomplete);
        await shows(incomplete, '#missing');
        await expect(incomplete).to.be.accessible();
      });
    }
  });
});
