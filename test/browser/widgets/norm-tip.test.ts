/**
 * <kin-norm-tip> against the real reference server (PGlite, the demo program seeded), over real
 * HTTP from real Chromium. Assertions are on what the resident sees and on what the server stored.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runtime } from '../../../src/core/runtime.js';
import '../../../widgets/norm-tip/norm-tip.js';
import type { KinNormTip } from '../../../widgets/norm-tip/norm-tip.js';
import {
  base,
  fixtureLocales,
  HostWindow,
  ReferenceServer,
  referenceServerPerSuite,
  root,
  settled,
  shows,
  smallTargets,
  text,
  until,
} from '../support.js';

let server: ReferenceServer;

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector)!;
const title = (el: Element) => root(el).querySelector('#title')?.textContent!.trim();
const button = (el: Element, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.textContent!.trim() === label,
  )!;

/** Mounts a tip card for `person`. */
async function mount(person: string, { locale = 'en', endpoint = server.apiUrl } = {}) {
  runtime().configure({ token: await server.token(person), localesUrl: fixtureLocales });
  // Shown once the server's copy is on the card, not just the one kept from an earlier visit.
  const fresh = oneEvent(document, 'kin-norm-tip-shown');
  const page = await fixture(
    html`<div style="width:420px">
      <kin-norm-tip endpoint=${endpoint} locale=${locale}></kin-norm-tip>
    </div>`,
  );
  const el = page.querySelector('kin-norm-tip')!;
  await fresh;
  await settled(el, 'content');
  return el;
}

const views = (person: string) =>
  server.sql<{ tip_id: string; day: string }>(
    `SELECT tip_id, day::text AS day FROM tip_views WHERE person_id = $1 ORDER BY day`,
    [person],
  );

/**
 * Moves `person`'s records a day back, as midnight would (in two steps: the day is part of the key,
 * so a one-step shift would collide with the row it moves onto).
 */
async function nextDay(person: string) {
  await server.sql(`UPDATE tip_views SET day = day - 1000 WHERE person_id = $1`, [person]);
  await server.sql(`UPDATE tip_views SET day = day + 999 WHERE person_id = $1`, [person]);
}

/** A card for `person` in a window of its own (one the test can take offline), once it shows a tip. */
async function cardInWindow(person: string) {
  const host = await HostWindow.open('host.html', {
    endpoint: server.apiUrl,
    token: await server.token(person),
    widget: 'kin-norm-tip',
    locale: 'en',
  });
  const el = host.document.querySelector('kin-norm-tip') as KinNormTip;
  await settled(el, 'content');
  return { host, el };
}

/** The title of today's tip for `person`, as the server recorded it. */
async function todaysTitle(person: string) {
  const [row] = await server.sql<{ title: string }>(
    `SELECT t.title FROM tip_views v JOIN tips t ON t.id = v.tip_id WHERE v.person_id = $1
     ORDER BY v.day DESC LIMIT 1`,
    [person],
  );
  return row?.title;
}

/** Today's tip for `person` as the server recorded it, after the card showed it. */
async function recordedToday(person: string) {
  const rows = await views(person);
  return rows.at(-1)!.tip_id;
}

describe('<kin-norm-tip>', () => {
  referenceServerPerSuite((started) => (server = started));

  it('shows a skeleton of the card’s final size, then today’s tip with its parts', async () => {
    runtime().configure({ token: await server.token('res-amara') });
    const page = await fixture(
      html`<div style="width:420px"><kin-norm-tip endpoint=${server.apiUrl}></kin-norm-tip></div>`,
    );
    const el = page.querySelector('kin-norm-tip')!;
    expect(el.state).to.equal('loading');
    await until(() => root(el)?.querySelector('[part="base"]'), 'the first render');
    expect(base(el).querySelectorAll('.bone').length).to.be.greaterThan(3);
    const skeletonHeight = base(el).getBoundingClientRect().height;
    await settled(el, 'content');
    expect(base(el).getBoundingClientRect().height).to.equal(skeletonHeight);
    const [stored] = await server.sql<{ title: string; why_it_matters: string }>(
      'SELECT title, why_it_matters FROM tips WHERE id = $1',
      [await recordedToday('res-amara')],
    );
    expect(title(el)).to.equal(stored.title);
    expect(text(el)).to.contain("Today's tip");
    expect(text(el)).to.contain('Why it matters');
    expect(text(el)).to.contain(stored.why_it_matters);
    expect(text(el)).to.contain('Try saying');
    expect(root(el).querySelectorAll('button.idiom').length).to.be.greaterThan(0);
  });

  it('keeps the same tip all day, brings another the next day, and prefers tips not seen', async () => {
    const person = 'res-arjun';
    let el = await mount(person);
    const first = title(el);
    fixtureCleanup();
    el = await mount(person);
    expect(title(el)).to.equal(first, 'the same tip again within the day');
    expect(await views(person)).to.have.length(1);

    // The next day (no card open meanwhile: one asking for today's tip between the two steps of
    // the shift would be given a day of its own).
    fixtureCleanup();
    await nextDay(person);
    el = await mount(person);
    await until(() => title(el) !== first, 'another tip the next day');
    const shown = await views(person);
    expect(shown).to.have.length(2);
    expect(shown[0].tip_id).to.not.equal(shown[1].tip_id);

    // Every tip but two already shown on earlier days, and one of those two saved while browsing
    // (read, so seen): the other comes next. The saved one is the one the day's tie-break would
    // otherwise pick, so only "saved counts as seen" can choose the other.
    fixtureCleanup();
    await nextDay(person);
    const [{ day }] = await server.sql<{ day: string }>(
      `SELECT (max(day) + 1)::text AS day FROM tip_views WHERE person_id = $1`,
      [person],
    );
    const [browsed, unseen] = await server.sql<{ id: string; title: string }>(
      `SELECT id, title FROM tips WHERE translation_of IS NULL
         AND (regions @> '["US"]'::jsonb OR regions @> '["US-NJ"]'::jsonb)
         AND id NOT IN (SELECT tip_id FROM tip_views WHERE person_id = $1)
       ORDER BY md5($1::text || $2::text || id) LIMIT 2`,
      [person, day],
    );
    await server.sql(
      `INSERT INTO tip_views (person_id, day, tip_id, shown_at)
       SELECT $1, current_date - (10 + row_number() OVER (ORDER BY id))::int, id, now() FROM tips
       WHERE translation_of IS NULL AND id NOT IN ($2, $3) AND id NOT IN (SELECT tip_id FROM tip_views WHERE person_id = $1)`,
      [person, unseen.id, browsed.id],
    );
    await server.sql(`INSERT INTO tip_saves (person_id, tip_id, saved_at) VALUES ($1, $2, now())`, [
      person,
      browsed.id,
    ]);
    el = await mount(person);
    await until(() => title(el) === unseen.title, `the only unseen tip, ${unseen.id}`);
  });

  describe('idioms', () => {
    it('opens an idiom’s meaning with a click, closes it with Escape and returns the focus', async () => {
      const el = await mount('res-sana');
      const idiom = $<HTMLButtonElement>(el, 'button.idiom');
      const [stored] = await server.sql<{ idioms: { phrase: string; meaning: string }[] }>(
        'SELECT idioms FROM tips WHERE id = $1',
        [await recordedToday('res-sana')],
      );
      const meaning = stored.idioms.find(
        (entry) => entry.phrase.toLowerCase() === idiom.textContent!.trim().toLowerCase(),
      )!.meaning;
      expect(idiom.getAttribute('aria-expanded')).to.equal('false');
      const opened = oneEvent(el, 'kin-norm-tip-idiom-opened');
      idiom.click();
      expect((await opened).detail.phrase.toLowerCase()).to.equal(
        idiom.textContent!.trim().toLowerCase(),
      );
      const panel = $(el, '#idiom');
      await until(() => panel.matches(':popover-open') && root(el).activeElement === panel);
      expect(idiom.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.textContent).to.contain(meaning);
      expect(panel.getAttribute('role')).to.equal('dialog');
      await sendKeys({ press: 'Escape' });
      await until(() => !panel.matches(':popover-open'), 'the panel to close');
      expect(root(el).activeElement).to.equal(idiom);
      expect(idiom.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens with the keyboard, fully visible and on top inside a clipped, transformed container under a fixed header', async () => {
      runtime().configure({ token: await server.token('res-omar') });
      const page = await fixture(
        html`<div>
          <header
            style="position:fixed;inset:0 0 auto 0;height:80px;background:#333;z-index:2147483647"
          ></header>
          <div
            style="margin-top:90px;width:360px;height:330px;overflow:hidden;transform:translateX(10px);position:relative;z-index:1"
          >
            <kin-norm-tip endpoint=${server.apiUrl} locale="en"></kin-norm-tip>
          </div>
        </div>`,
      );
      const el = page.querySelector('kin-norm-tip')!;
      await settled(el, 'content');
      const idiom = $<HTMLButtonElement>(el, 'button.idiom');
      idiom.focus();
      await sendKeys({ press: 'Enter' });
      const panel = $(el, '#idiom');
      await until(() => panel.matches(':popover-open') && panel.style.top !== '', 'placed');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(0);
      expect(box.right).to.be.at.most(innerWidth);
      expect(box.bottom).to.be.at.most(innerHeight);
      // Nothing of the host page covers it: its corners and centre are the panel itself.
      for (const [x, y] of [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.bottom - 4],
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ]) {
        const hit = root(el).elementFromPoint(x, y);
        expect(hit && panel.contains(hit), `the panel at ${x},${y}`).to.equal(true);
      }
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => root(el).activeElement === idiom, 'the focus back on the idiom');
    });
  });

  it('sends "helpful" marked offline exactly once when the connection returns', async () => {
    const person = 'res-joy';
    const { host, el } = await cardInWindow(person);
    try {
      const tipId = await recordedToday(person);
      const helpful = button(el, 'Yes');
      // Reaching for the buttons loads the outbox, before the connection goes.
      helpful.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await until(
        () =>
          host.window.performance
            .getEntriesByType('resource')
            .some((entry) => /outbox-store/.test(entry.name)),
        'the outbox to load',
      );
      await host.setOffline(true);
      helpful.click();
      await until(() => text(el).includes('Saved on this device'), 'the queued notice');
      expect(helpful.getAttribute('aria-pressed')).to.equal('true');
      expect(
        await server.sql('SELECT 1 FROM tip_feedback WHERE person_id = $1', [person]),
      ).to.have.length(0);
      const delivered = oneEvent(el, 'kin-norm-tip-feedback');
      await host.setOffline(false);
      expect((await delivered).detail).to.deep.equal({ tipId, helpful: true });
      const stored = await server.sql<{ tip_id: string; helpful: boolean }>(
        'SELECT tip_id, helpful FROM tip_feedback WHERE person_id = $1',
        [person],
      );
      expect(stored).to.deep.equal([{ tip_id: tipId, helpful: true }]);
      // Later flushes find nothing left to send: one request was stored, under one key.
      host.document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const keys = await server.sql('SELECT key FROM idempotency_keys WHERE identity = $1', [
        person,
      ]);
      expect(keys).to.have.length(1);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('opens an idiom offline, placed on screen and focused', async () => {
    const { host, el } = await cardInWindow('res-lucas');
    try {
      await host.setOffline(true);
      const idiom = $<HTMLButtonElement>(el, 'button.idiom');
      // No hover or focus first: the positioning code is downloaded now, which fails offline unless
      // the browser kept a copy; either way the panel opens in view.
      idiom.click();
      const panel = $(el, '#idiom');
      await until(() => panel.matches(':popover-open') && panel.style.top !== '', 'placed');
      const box = panel.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(0);
      expect(box.right).to.be.at.most(host.window.innerWidth);
      expect(box.bottom).to.be.at.most(host.window.innerHeight);
      expect(root(el).activeElement).to.equal(panel);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('undoes a choice the server refuses for good, and says why', async () => {
    const own = await ReferenceServer.start();
    try {
      runtime().configure({ token: await own.token('res-amara') });
      const el = await fixture<KinNormTip>(
        html`<kin-norm-tip endpoint=${own.apiUrl} locale="en"></kin-norm-tip>`,
      );
      await settled(el, 'content');
      // The content team removes the tip while the resident is reading it.
      await own.sql(`DELETE FROM tips WHERE id = (SELECT tip_id FROM tip_views LIMIT 1)`);
      const save = button(el, 'Save');
      save.click();
      await el.updateComplete;
      expect(save.getAttribute('aria-pressed')).to.equal('true');
      await until(() => text(el).includes("We couldn't send that"), 'the reason');
      expect(save.getAttribute('aria-pressed')).to.equal('false');
      expect(await own.sql('SELECT 1 FROM tip_saves')).to.have.length(0);
    } finally {
      await own.stop();
    }
  });

  it('browses tips by topic, opens one, saves it and finds it under saved tips', async () => {
    const person = 'res-valeria';
    const el = await mount(person);
    button(el, 'Browse tips').click();
    await shows(el, '#list-title');
    expect(root(el).activeElement?.id).to.equal('list-title');
    await until(() => root(el).querySelectorAll('.list .item').length > 0, 'the list');
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'sbar-handoffs';
    select.dispatchEvent(new Event('change'));
    await until(
      () =>
        [...root(el).querySelectorAll('.item .eyebrow')].every((eyebrow) =>
          eyebrow.textContent!.includes('SBAR and hand-offs'),
        ) && root(el).querySelectorAll('.item').length > 0,
      'only SBAR tips',
    );
    const [{ count }] = await server.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM tips WHERE translation_of IS NULL AND category = 'sbar-handoffs'
         AND (regions @> '["US"]'::jsonb OR regions @> '["US-NJ"]'::jsonb)`,
    );
    expect(root(el).querySelectorAll('.item')).to.have.length(count);
    const item = $<HTMLButtonElement>(el, '.item');
    const chosen = item.querySelector('span:last-child')!.textContent!.trim();
    item.click();
    await until(() => title(el) === chosen, 'the chosen tip');
    expect(root(el).activeElement?.id).to.equal('title');
    const saved = oneEvent(el, 'kin-norm-tip-saved');
    button(el, 'Save').click();
    const { detail } = await saved;
    expect(detail.saved).to.equal(true);
    expect(
      await server.sql('SELECT 1 FROM tip_saves WHERE person_id = $1 AND tip_id = $2', [
        person,
        detail.tipId,
      ]),
    ).to.have.length(1);
    button(el, 'Back to the list').click();
    await shows(el, '#list-title');
    $<HTMLInputElement>(el, 'input[type=checkbox]').click();
    await until(
      () =>
        root(el).querySelectorAll('.item').length === 1 &&
        $(el, '.item').textContent!.includes(chosen),
      'only the saved tip',
    );
    button(el, "Back to today's tip").click();
    await until(() => text(el).includes("Today's tip"));
  });

  it('sends a phrase the resident did not understand to the coordinator', async () => {
    const person = 'res-mariam';
    const el = await mount(person);
    const tipId = await recordedToday(person);
    button(el, "I heard a phrase I didn't understand").click();
    await shows(el, '#phrase');
    expect(root(el).activeElement?.id).to.equal('phrase');
    // Sending empty names what is missing.
    button(el, 'Send to the content team').click();
    await until(() => $(el, '#phrase').getAttribute('aria-invalid') === 'true');
    expect(text(el)).to.contain('Please write the phrase you heard.');
    await sendKeys({ type: 'we will table that' });
    $(el, '#context').focus();
    await sendKeys({ type: 'At the Monday quality meeting' });
    const reported = oneEvent(el, 'kin-norm-tip-phrase-reported');
    button(el, 'Send to the content team').click();
    const { detail } = await reported;
    expect(Object.keys(detail)).to.deep.equal(['id']);
    await until(() =>
      text(el).includes('Your program’s content team has the phrase'.replace('’', "'")),
    );
    const response = await fetch(`${server.apiUrl}/v1/coordinator/phrases`, {
      headers: { Authorization: `Bearer ${await server.token('coo-lena')}` },
    });
    const { items } = await response.json();
    expect(items.find((report: { id: string }) => report.id === detail.id)).to.deep.include({
      residentId: person,
      phrase: 'we will table that',
      context: 'At the Monday quality meeting',
      tipId,
    });
  });

  it('keeps a half-written phrase for its writer, and shows nothing of theirs to the next person', async () => {
    const el = await mount('res-shirin');
    button(el, "I heard a phrase I didn't understand").click();
    await shows(el, '#phrase');
    await sendKeys({ type: 'ballpark figure' });
    // The portal hands the workstation to someone else.
    runtime().configure({ token: await server.token('res-prakash') });
    await until(() => title(el) !== undefined && !root(el).querySelector('#phrase'), 'the tip');
    await until(async () => title(el) === (await todaysTitle('res-prakash')), 'Prakash’s tip');
    button(el, "I heard a phrase I didn't understand").click();
    await shows(el, '#phrase');
    expect($<HTMLInputElement>(el, '#phrase').value).to.equal('');
    // Back to the first person: her words are still there.
    runtime().configure({ token: await server.token('res-shirin') });
    await until(async () => title(el) === (await todaysTitle('res-shirin')), 'Shirin’s tip');
    button(el, "I heard a phrase I didn't understand").click();
    await shows(el, '#phrase');
    expect($<HTMLInputElement>(el, '#phrase').value).to.equal('ballpark figure');
  });

  it('shows markup in every field of a tip as text, never as HTML', async () => {
    const own = await ReferenceServer.start();
    const attack =
      '<img src=x onerror="window.__kinshipXss=1"><script>window.__kinshipXss=2</script>';
    try {
      await own.sql(
        `UPDATE tips SET title = $1, body = 'Before ' || $1 || ' and then touch base.', why_it_matters = $1,
           try_saying = jsonb_build_array($1::text),
           idioms = jsonb_build_array(jsonb_build_object('phrase', 'touch base', 'meaning', $1::text, 'example', $1::text))`,
        [attack],
      );
      runtime().configure({ token: await own.token('res-lucas') });
      const el = await fixture<KinNormTip>(
        html`<kin-norm-tip endpoint=${own.apiUrl} locale="en"></kin-norm-tip>`,
      );
      await settled(el, 'content');
      $<HTMLButtonElement>(el, 'button.idiom').click();
      await until(() => $(el, '#idiom').matches(':popover-open'));
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect(title(el)).to.equal(attack);
      expect($(el, '#idiom').textContent).to.contain(attack);
      expect(text(el).split(attack).length).to.be.greaterThan(4);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as { __kinshipXss?: number }).__kinshipXss).to.equal(undefined);
    } finally {
      await own.stop();
    }
  });

  it('says when a tip is not in the resident’s language yet, and not when it is', async () => {
    const translated = await server.sql<{ translation_of: string }>(
      // One in Spanish and not in Arabic, so the Arabic card below shows it in English.
      `SELECT translation_of FROM tips WHERE locale = 'es'
       AND translation_of NOT IN (SELECT translation_of FROM tips WHERE locale = 'ar') LIMIT 1`,
    );
    // Today's tip (the day is the program's) made one that has a Spanish translation.
    await mount('res-prakash');
    await server.sql(`UPDATE tip_views SET tip_id = $1 WHERE person_id = 'res-prakash'`, [
      translated[0].translation_of,
    ]);
    fixtureCleanup();
    const spanish = await mount('res-prakash', { locale: 'es' });
    await until(() => $(spanish, '.text p').getAttribute('lang') === 'es', 'the Spanish tip');
    expect(text(spanish)).to.not.contain('shown in English');
    expect(text(spanish)).to.contain('Consejo del día');
    expect($(spanish, '.text p').getAttribute('lang')).to.equal('es');
    fixtureCleanup();
    const arabic = await mount('res-prakash', { locale: 'ar' });
    expect(base(arabic).dir).to.equal('rtl');
    expect(text(arabic)).to.contain("This tip isn't available in your language yet");
    expect($(arabic, '.text p').getAttribute('lang')).to.equal('en');
  });

  it('says it is offline when nothing was ever loaded for this person, and recovers', async () => {
    const { host, el } = await cardInWindow('res-valeria');
    try {
      await host.setOffline(true);
      // Someone else signs in on this device while the connection is gone.
      host.runtime.configure({ token: await server.token('res-omar') });
      await settled(el, 'offline');
      expect(text(el)).to.contain("You're offline");
      // (axe runs in the test's own window only; this state is the error state's template, which
      // the accessibility tests below check.)
      await host.setOffline(false);
      button(el, 'Try again').click();
      await settled(el, 'content');
      expect(title(el)).to.equal(await todaysTitle('res-omar'));
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('shows the error state with a retry, then the tip', async () => {
    runtime().configure({ token: await server.token('res-shirin') });
    const el = await fixture<KinNormTip>(
      html`<kin-norm-tip endpoint="http://127.0.0.1:9/api"></kin-norm-tip>`,
    );
    await settled(el, 'error');
    expect(text(el)).to.contain("We couldn't reach the server");
    el.endpoint = server.apiUrl;
    await settled(el, 'content');
  });

  describe('accessibility', () => {
    for (const [locale, person] of [
      ['en', 'res-andre'],
      ['ar', 'res-olena'],
    ]) {
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      it(`has no axe violations in any state (${dir})`, async () => {
        runtime().configure({ token: await server.token(person), localesUrl: fixtureLocales });
        const loading = await fixture<KinNormTip>(
          html`<kin-norm-tip endpoint=${server.apiUrl} locale=${locale}></kin-norm-tip>`,
        );
        await expect(loading).to.be.accessible();
        const failing = await fixture<KinNormTip>(
          html`<kin-norm-tip endpoint="http://127.0.0.1:9/api" locale=${locale}></kin-norm-tip>`,
        );
        await settled(failing, 'error');
        await expect(failing).to.be.accessible();

        const el = await mount(person, { locale });
        expect(base(el).dir).to.equal(dir);
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);
        $<HTMLButtonElement>(el, 'button.idiom').click();
        await until(() => $(el, '#idiom').matches(':popover-open'));
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);
        await sendKeys({ press: 'Escape' });
        button(el, 'Yes').click();
        await until(() => button(el, 'Yes').getAttribute('aria-pressed') === 'true');
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);
        button(el, 'Browse tips').click();
        await until(() => root(el).querySelectorAll('.list .item').length > 0, 'the list');
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);
        $<HTMLButtonElement>(el, '.item').click();
        await shows(el, '#title');
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);
        button(el, "I heard a phrase I didn't understand").click();
        await shows(el, '#phrase');
        button(el, 'Send to the content team').click();
        await shows(el, '#report-error');
        await expect(el).to.be.accessible();
        expect(smallTargets(root(el))).to.deep.equal([]);

        const own = await ReferenceServer.start();
        try {
          await own.sql('DELETE FROM tips');
          runtime().configure({ token: await own.token(person) });
          const empty = await fixture<KinNormTip>(
            html`<kin-norm-tip endpoint=${own.apiUrl} locale=${locale}></kin-norm-tip>`,
          );
          await settled(empty, 'empty');
          expect(text(empty)).to.contain('No tips here yet');
          await expect(empty).to.be.accessible();
        } finally {
          await own.stop();
        }
      });
    }
  });
});
