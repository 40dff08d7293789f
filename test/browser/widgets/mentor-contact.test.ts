/**
 * <kin-mentor-contact> against the real reference server (PGlite, the demo program seeded), over real
 * HTTP from real Chromium. Assertions are on what the resident (or mentor) sees and on what the
 * server stored. The browser runs in UTC and every seeded mentor lives in a US zone, so the two
 * clocks differ unless a test moves the mentor.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runtime } from '../../../src/core/runtime.js';
import '../../../widgets/mentor-contact/mentor-contact.js';
import type { KinMentorContact } from '../../../widgets/mentor-contact/mentor-contact.js';
import {
  base,
  fixtureLocales,
  freshDevice,
  HostWindow,
  ReferenceServer,
  referenceServerPerSuite,
  root,
  settled,
  shows,
  text,
  until,
} from '../support.js';

let server: ReferenceServer;

const button = (el: Element, label: string | RegExp) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
};
const radios = (el: Element) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[name="slot"]'),
];

/** Mounts the card for `person`, settled in `state`. */
async function mount(person: string, { state = 'content', locale = 'en', width = 420 } = {}) {
  runtime().configure({ token: await server.token(person) });
  const page = await fixture(
    html`<div style="width:${width}px">
      <kin-mentor-contact endpoint=${server.apiUrl} locale=${locale}></kin-mentor-contact>
    </div>`,
  );
  const el = page.querySelector('kin-mentor-contact')!;
  await settled(el, state);
  return el;
}

/** Opens the booking form and waits for its slots. */
async function openBooking(el: KinMentorContact) {
  root(el).querySelector<HTMLButtonElement>('#booking-open')!.click(); // "Book a/another chat"
  await until(() => radios(el).length > 0, 'the offered slots');
}

const storedRequests = (resident: string) =>
  server.sql<{ id: string; slot_id: string; topic: string | null; status: string }>(
    'SELECT id, slot_id, topic, status FROM chat_requests WHERE resident_id = $1 ORDER BY created_at',
    [resident],
  );

/** A slot's times as the card writes them, in the resident's zone: "5:00 – 5:30 PM". */
const range = (slot: { startsAt: string; endsAt: string }, timeZone = 'UTC') =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone }).formatRange(
    new Date(slot.startsAt),
    new Date(slot.endsAt),
  );

/** A time as the card writes it, for assertions computed independently of the widget. */
const clock = (at: string | number, timeZone: string, extra: Intl.DateTimeFormatOptions = {}) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone, ...extra }).format(
    new Date(at),
  );

describe('<kin-mentor-contact>', () => {
  referenceServerPerSuite((started) => (server = started));

  it('shows a skeleton of its final size, then the mentor: languages shared, home country, local time, topics', async () => {
    runtime().configure({ token: await server.token('res-amara') });
    const page = await fixture(
      html`<div style="width:420px">
        <kin-mentor-contact endpoint=${server.apiUrl}></kin-mentor-contact>
      </div>`,
    );
    const el = page.querySelector('kin-mentor-contact')!;
    expect(el.state).to.equal('loading');
    await until(() => base(el), 'the skeleton'); // the first render has a task of its own
    expect(base(el).querySelectorAll('.bone').length).to.be.greaterThan(3);
    const skeletonHeight = el.getBoundingClientRect().height;
    await settled(el, 'content');
    expect(el.getBoundingClientRect().height).to.equal(skeletonHeight);
    const shown = text(el);
    expect(shown).to.contain('Dr. Tunde Bakare (he/him)');
    expect(shown).to.contain('PGY-4 (chief resident) · Internal Medicine');
    expect(shown).to.contain('From Nigeria');
    // Amara speaks English and Igbo; Tunde English and Yoruba: English is marked as shared.
    expect(root(el).querySelector('.shared')!.textContent).to.contain('English (shared)');
    expect(shown).to.contain('Yoruba');
    expect(shown).to.contain('J-1 visa paperwork');
    // The mentor's local time, in their zone, and how far it is from the resident's (UTC here).
    const now = root(el).querySelector('.clock .now')!.textContent!.trim();
    expect([
      clock(Date.now(), 'America/New_York'),
      clock(Date.now() + 60_000, 'America/New_York'),
    ]).to.include(now);
    expect(text(el)).to.match(/(4|5) hours behind you/);
  });

  it('offers only the contact ways configured, each a real link', async () => {
    const el = await mount('res-amara');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.contacts a')];
    expect(
      links.map((link) => [link.textContent!.trim(), link.getAttribute('href')]),
    ).to.deep.equal([
      ['Email', 'mailto:tunde.bakare@example.org'],
      ['Pager (urgent only)', 'tel:+19735550142'],
      ['Teams chat', 'https://teams.example.org/l/chat/tunde.bakare'],
    ]);
    expect(links.every((link) => link.rel.includes('noopener'))).to.equal(true);
  });

  it('books a coffee chat with the keyboard: one request stored, the status on the card', async () => {
    const el = await mount('res-arjun');
    const requested = oneEvent(el, 'kin-mentor-contact-requested');
    button(el, 'Book a coffee chat').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => radios(el).length > 0, 'the offered slots');
    expect(root(el).activeElement?.id).to.equal('booking-title');
    const first = radios(el)[0];
    first.focus();
    await sendKeys({ press: 'Space' });
    expect(first.checked).to.equal(true);
    root(el).querySelector<HTMLTextAreaElement>('#topic')!.focus();
    await sendKeys({ type: 'Step 3 timing' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.contain('Send request');
    await sendKeys({ press: 'Enter' });
    const { detail } = await requested;
    expect(detail.slotId).to.equal(first.value);
    await until(() => text(el).includes('Waiting for Dr. Ravi Krishnan to confirm'));
    expect(root(el).activeElement?.id).to.equal('status');
    expect(root(el).querySelector('#booking-open')!.textContent).to.contain('Book another chat');
    const stored = await storedRequests('res-arjun');
    expect(stored).to.deep.equal([
      { id: detail.id, slot_id: first.value, topic: 'Step 3 timing', status: 'pending' },
    ]);
  });

  it('asks for a time when none is chosen, keeping the focus on the message', async () => {
    const el = await mount('res-prakash');
    await openBooking(el);
    button(el, 'Send request').click();
    await shows(el, '#notice');
    expect(root(el).querySelector('#notice')!.textContent).to.contain('Please choose a time first');
    expect(root(el).activeElement?.id).to.equal('notice');
    expect(await storedRequests('res-prakash')).to.have.length(0);
  });

  it('says so when someone else took the slot meanwhile, shows the times still open and keeps the topic', async () => {
    const el = await mount('res-joy'); // Tunde's mentee, like Amara
    await openBooking(el);
    const slot = radios(el)[1];
    const taken = slot.value;
    slot.click();
    const topic = root(el).querySelector<HTMLTextAreaElement>('#topic')!;
    topic.value = 'Night float tips';
    topic.dispatchEvent(new Event('input'));
    // Amara asks for the same time first.
    await server.sql(
      `INSERT INTO chat_requests (id, resident_id, mentor_id, slot_id, status) VALUES ('req-race', 'res-amara', 'men-tunde', $1, 'pending')`,
      [taken],
    );
    button(el, 'Send request').click();
    await shows(el, '#notice');
    expect(root(el).querySelector('#notice')!.textContent).to.contain(
      'Someone else just took that time',
    );
    expect(root(el).activeElement?.id).to.equal('notice');
    await until(() => !radios(el).some((radio) => radio.value === taken), 'the refreshed list');
    expect(radios(el).length).to.be.greaterThan(0);
    expect(root(el).querySelector<HTMLTextAreaElement>('#topic')!.value).to.equal(
      'Night float tips',
    );
    expect(await storedRequests('res-joy')).to.have.length(0);
  });

  it('shows slots in the resident’s time zone, with the mentor’s beside them', async () => {
    const el = await mount('res-lucas'); // Beatriz is in Chicago; the browser is in UTC
    await openBooking(el);
    expect(text(el)).to.contain('Times are in your time zone (UTC)');
    const { items } = await (
      await fetch(`${server.apiUrl}/v1/mentor/slots`, {
        headers: { Authorization: `Bearer ${await server.token('res-lucas')}` },
      })
    ).json();
    const slot = items[0];
    const label = radios(el)
      .find((radio) => radio.value === slot.id)!
      .closest('label')!;
    const shown = label.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain(range(slot));
    expect(shown).to.match(new RegExp(`\\(.*${clock(slot.startsAt, 'America/Chicago')} C[SD]T\\)`));
    expect(shown).to.contain('Video call');
  });

  it('reads right across a daylight-saving change: each slot at its own offset', async () => {
    // The next time New York's clocks change, found from the zone's own offsets, day by day.
    const offset = (at: number) =>
      new Intl.DateTimeFormat('en', { timeZone: 'America/New_York', timeZoneName: 'shortOffset' })
        .format(at)
        .split(' ')
        .at(-1);
    const day = 86_400_000;
    let change = Math.ceil(Date.now() / day) * day;
    while (offset(change) === offset(change + day)) change += day;
    const before = new Date(change - day + 17 * 3_600_000).toISOString(); // the day before, 17:00 UTC
    const after = new Date(change + 2 * day + 17 * 3_600_000).toISOString(); // two days after
    await server.sql(
      `INSERT INTO slots (id, mentor_id, starts_at, ends_at, mode) VALUES
         ('slot-dst-before', 'men-tunde', $1::timestamptz, $1::timestamptz + interval '30 minutes', 'video'),
         ('slot-dst-after', 'men-tunde', $2::timestamptz, $2::timestamptz + interval '30 minutes', 'video')`,
      [before, after],
    );
    const el = await mount('res-amara');
    await openBooking(el);
    // "Show later times", four weeks at a time, as a resident planning ahead would.
    for (let page = 0; page < 14 && !radios(el).some((r) => r.value === 'slot-dst-after'); page++) {
      root(el).querySelector<HTMLButtonElement>('#later')!.click();
      await el.updateComplete;
      await until(() => !text(el).includes('Loading'), 'the next weeks');
    }
    const labelOf = (id: string) =>
      radios(el)
        .find((radio) => radio.value === id)!
        .closest('label')!
        .textContent!.replace(/\s+/g, ' ');
    await until(() => radios(el).some((r) => r.value === 'slot-dst-after'), 'the DST week');
    // Both at 17:00 in UTC, the resident's zone; an hour apart on the mentor's clock.
    const halfHour = (at: string) => ({
      startsAt: at,
      endsAt: new Date(Date.parse(at) + 1_800_000).toISOString(),
    });
    expect(labelOf('slot-dst-after')).to.contain(range(halfHour(after)));
    expect(labelOf('slot-dst-before')).to.contain(range(halfHour(before)));
    const theirs = [labelOf('slot-dst-before'), labelOf('slot-dst-after')].map(
      (label) => /\((.+?)\)/.exec(label)![1],
    );
    expect(theirs[0]).to.contain(clock(before, 'America/New_York'));
    expect(theirs[1]).to.contain(clock(after, 'America/New_York'));
    expect(theirs[0]).to.not.equal(theirs[1]);
    expect(new Set(theirs.map((reading) => reading.split(' ').at(-1)))).to.have.property('size', 2);
  });

  it('opens "More about" above a clipping, transformed host under a fixed header; Escape closes it and focus returns', async () => {
    runtime().configure({ token: await server.token('res-omar') });
    const page = await fixture(
      html`<div>
        <header
          style="position:fixed;inset:0 0 auto 0;height:120px;z-index:2147483647;background:#123"
        ></header>
        <div
          style="margin-top:130px;width:420px;height:260px;overflow:hidden;transform:translateZ(0) rotate(0.001deg)"
        >
          <kin-mentor-contact endpoint=${server.apiUrl}></kin-mentor-contact>
        </div>
      </div>`,
    );
    const el = page.querySelector('kin-mentor-contact')!;
    await settled(el, 'content');
    const trigger = button(el, /More about/);
    trigger.scrollIntoView({ block: 'center' }); // inside the clipping box, as a resident scrolls
    // By mouse.
    trigger.click();
    const panel = () => root(el).querySelector<HTMLElement>('#details');
    await until(() => panel()?.matches(':popover-open'), 'the panel to open');
    await until(() => panel()!.style.top !== '', 'the panel to be positioned');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    expect(panel()!.textContent).to.contain('Alexandria');
    const box = panel()!.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(box.right).to.be.at.most(innerWidth);
    // On top of everything: the point at its centre belongs to the panel.
    const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(
      panel()!.contains(hit),
      `${hit?.outerHTML.slice(0, 80)} at ${JSON.stringify(box)}`,
    ).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !panel()!.matches(':popover-open'), 'the panel to close');
    expect(root(el).activeElement).to.equal(trigger);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    // By keyboard.
    await sendKeys({ press: 'Enter' });
    await until(() => panel()!.matches(':popover-open'), 'the panel to open again');
    await until(() => panel()!.contains(root(el).activeElement), 'the focus in the panel');
    await sendKeys({ press: 'Escape' });
    await until(() => root(el).activeElement === trigger, 'focus back on the trigger');
  });

  it('shows a calm empty state, with what happens next, when no mentor is assigned yet', async () => {
    const el = await mount('res-olena', { state: 'empty' });
    expect(text(el)).to.contain('No mentor yet');
    expect(text(el)).to.contain('as soon as you’re matched'.replace('’', "'"));
    expect(text(el)).to.contain('Ask your program coordinator');
  });

  it('shows the error state, with a retry, when the endpoint cannot be reached', async () => {
    runtime().configure({ token: await server.token('res-omar') });
    const el = await fixture<KinMentorContact>(
      html`<kin-mentor-contact endpoint="http://127.0.0.1:9/api"></kin-mentor-contact>`,
    );
    await settled(el, 'error');
    expect(text(el)).to.contain("We couldn't reach the server");
    el.endpoint = server.apiUrl;
    await settled(el, 'content');
  });

  it('shows endpoint text as text, never as HTML, and refuses a javascript: contact link', async () => {
    const own = await ReferenceServer.start();
    const attack =
      '<img src=x onerror="window.__kinshipXss=1"><script>window.__kinshipXss=2</script>';
    try {
      await own.sql(
        `UPDATE mentor_profiles SET bio = $1, topics = jsonb_build_array($1::text), contact_methods = $2::jsonb WHERE person_id = 'men-tunde'`,
        [
          attack,
          JSON.stringify([
            { kind: 'teams', label: attack, value: 'javascript:window.__kinshipXss=3' },
            { kind: 'chat', label: 'Video', value: ' JavaScript:window.__kinshipXss=4' },
            { kind: 'email', label: 'Email', value: 'tunde.bakare@example.org' },
          ]),
        ],
      );
      await own.sql(`UPDATE people SET name = $1 WHERE id = 'men-tunde'`, [attack]);
      runtime().configure({ token: await own.token('res-amara') });
      const el = await fixture<KinMentorContact>(
        html`<kin-mentor-contact endpoint=${own.apiUrl}></kin-mentor-contact>`,
      );
      await settled(el, 'content');
      button(el, /More about/).click();
      await until(() => root(el).querySelector('#details:popover-open'));
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect(text(el)).to.contain(attack);
      const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:tunde.bakare@example.org']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as { __kinshipXss?: number }).__kinshipXss).to.equal(undefined);
    } finally {
      await own.stop();
    }
  });
  it('saves a request made offline and stores it exactly once when the connection returns', async () => {
    const host = await HostWindow.open('host.html', {
      endpoint: server.apiUrl,
      token: await server.token('res-prakash'),
      widget: 'kin-mentor-contact',
    });
    try {
      const el = host.document.querySelector('kin-mentor-contact') as KinMentorContact;
      await settled(el, 'content');
      button(el, 'Book a coffee chat').click();
      await until(() => radios(el).length > 0, 'the offered slots');
      // Opening the form loads the outbox; wait for it before the connection goes.
      await until(
        () =>
          host.window.performance
            .getEntriesByType('resource')
            .some((entry) => /outbox-store/.test(entry.name)),
        'the outbox to load',
      );
      const before = (await storedRequests('res-prakash')).length;
      await host.setOffline(true);
      const slot = radios(el)[0].value;
      radios(el)[0].click();
      button(el, 'Send request').click();
      await until(() => text(el).includes('Saved on this device'), 'the queued status');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(await storedRequests('res-prakash')).to.have.length(before);
      await host.setOffline(false);
      await until(() => text(el).includes('Waiting for Dr. Ravi Krishnan to confirm'));
      await until(async () => (await storedRequests('res-prakash')).length === before + 1);
      // Later flushes (visibility, reloads) find nothing left to send: still exactly one.
      host.document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stored = await storedRequests('res-prakash');
      expect(stored).to.have.length(before + 1);
      expect(stored.at(-1)!.slot_id).to.equal(slot);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('keeps a request made offline before the outbox ever loaded, and stores it once when back online', async () => {
    await freshDevice(); // nothing left waiting by earlier tests, which would load the outbox at once
    const host = await HostWindow.open('host.html', {
      endpoint: server.apiUrl,
      token: await server.token('res-prakash'),
      widget: 'kin-mentor-contact',
    });
    const fetched = (name: RegExp) =>
      host.window.performance.getEntriesByType('resource').some((entry) => name.test(entry.name));
    try {
      const el = host.document.querySelector('kin-mentor-contact') as KinMentorContact;
      await settled(el, 'content');
      // Reaching for the card brings the forms and what they send with, not yet the outbox.
      root(el)
        .querySelector('.card')!
        .dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await until(() => fetched(/\/send[.-]/), 'the forms to load');
      expect(fetched(/outbox-store/)).to.equal(false);
      const before = (await storedRequests('res-prakash')).length;
      await host.setOffline(true);
      await openBooking(el);
      const slot = radios(el)[0].value;
      radios(el)[0].click();
      button(el, 'Send request').click();
      await until(() => text(el).includes('Saved on this device'), 'the queued status');
      expect(root(el).querySelector('form')).to.equal(null);
      expect(await storedRequests('res-prakash')).to.have.length(before);
      await host.setOffline(false);
      await until(
        async () => (await storedRequests('res-prakash')).length === before + 1,
        'the request stored',
      );
      await until(() => !text(el).includes('Saved on this device'), 'the status to follow');
      const stored = await storedRequests('res-prakash');
      expect(stored).to.have.length(before + 1);
      expect(stored.at(-1)!.slot_id).to.equal(slot);
    } finally {
      await host.setOffline(false);
      host.close();
    }
  });

  it('lets a mentor confirm a request with a message; the resident sees it confirmed, with a calendar file', async () => {
    const resident = await mount('res-mariam'); // Layla's mentee
    await openBooking(resident);
    radios(resident)[0].click();
    const requested = oneEvent(resident, 'kin-mentor-contact-requested');
    button(resident, 'Send request').click();
    const { detail } = await requested;
    fixtureCleanup();

    const mentor = await mount('men-layla');
    expect(text(mentor)).to.contain('Mariam');
    expect(text(mentor)).to.contain('Your mentees');
    const reply = root(mentor).querySelector<HTMLTextAreaElement>(`#reply-${detail.id}`)!;
    reply.value = 'See you at the café!';
    reply.dispatchEvent(new Event('input'));
    const responded = oneEvent(mentor, 'kin-mentor-contact-responded');
    button(mentor, 'Confirm').click();
    expect((await responded).detail).to.deep.equal({ id: detail.id, decision: 'confirm' });
    const [stored] = await server.sql<{ status: string; response_message: string }>(
      'SELECT status, response_message FROM chat_requests WHERE id = $1',
      [detail.id],
    );
    expect(stored).to.deep.equal({ status: 'confirmed', response_message: 'See you at the café!' });
    await until(() => text(mentor).includes('Confirmed chats'));
    fixtureCleanup();

    const again = await mount('res-mariam');
    await until(() => text(again).includes('Coffee chat confirmed'), 'the confirmed chat');
    await expect(again).to.be.accessible();
    expect(text(again)).to.contain('Dr. Layla Mansour wrote: “See you at the café!”');
    performance.clearResourceTimings(); // the buffer holds 250 entries: make room for this one
    button(again, 'Add to my calendar').click();
    await until(
      () =>
        performance
          .getEntriesByType('resource')
          .some((entry) => entry.name.endsWith(`/v1/mentor/chat-requests/${detail.id}/ics`)),
      'the calendar file to be fetched',
    );
  });

  it('shows a declined chat with the mentor’s words and a way to choose another time', async () => {
    const [slot] = await server.sql<{ id: string }>(
      `SELECT id FROM slots WHERE mentor_id = 'men-nadia' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    );
    await server.sql(
      `INSERT INTO chat_requests (id, resident_id, mentor_id, slot_id, status, response_message)
       VALUES ('req-declined', 'res-sana', 'men-nadia', $1, 'declined', 'On call that day, sorry!')`,
      [slot.id],
    );
    const el = await mount('res-sana');
    expect(text(el)).to.match(/Dr. Nadia Rahimi can't make .+\./);
    expect(text(el)).to.contain('“On call that day, sorry!”');
    await expect(el).to.be.accessible();
    button(el, 'Choose another time').click();
    await until(() => radios(el).length > 0, 'the booking form');
  });

  it('cancels a pending chat: the server stores it as cancelled and the slot is offered again', async () => {
    const el = await mount('res-valeria');
    await openBooking(el);
    const slot = radios(el)[0].value;
    radios(el)[0].click();
    button(el, 'Send request').click();
    await until(() => text(el).includes('Waiting for Dr. Carlos Mendoza to confirm'));
    const cancelled = oneEvent(el, 'kin-mentor-contact-cancelled');
    button(el, 'Cancel this chat').click();
    await cancelled;
    await until(() => !text(el).includes('Waiting for'), 'the status to go');
    expect(text(el)).to.contain('Cancelled: the chat on');
    expect(root(el).activeElement?.id).to.equal('status');
    const stored = await storedRequests('res-valeria');
    expect(stored.map((request) => request.status)).to.deep.equal(['cancelled']);
    await openBooking(el);
    await until(() => radios(el).some((radio) => radio.value === slot), 'the slot offered again');
  });

  it('sends the confidential request for a different mentor, saying who reads it', async () => {
    const el = await mount('res-shirin');
    button(el, 'Ask for a different mentor').click();
    await shows(el, '#change-title');
    expect(root(el).activeElement?.id).to.equal('change-title');
    expect(text(el)).to.contain(
      "Only your program's GME coordinator reads this. Dr. Nadia Rahimi is not told.",
    );
    const reason = root(el).querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Our schedules never overlap.';
    reason.dispatchEvent(new Event('input'));
    const sent = oneEvent(el, 'kin-mentor-contact-change-requested');
    button(el, 'Send to the coordinator').click();
    expect((await sent).detail).to.deep.equal({});
    await shows(el, '#change-sent');
    expect(text(el)).to.contain('Your coordinator will get in touch');
    const stored = await server.sql<{ reason: string }>(
      'SELECT reason FROM mentor_change_requests WHERE resident_id = $1',
      ['res-shirin'],
    );
    expect(stored).to.deep.equal([{ reason: 'Our schedules never overlap.' }]);
  });

  it('shows the new person’s mentor, and nothing of the last one, when the portal hands over another token', async () => {
    const el = await mount('res-omar');
    button(el, 'Book a coffee chat').click();
    await until(() => radios(el).length > 0);
    runtime().configure({ token: await server.token('res-lucas') });
    await until(() => text(el).includes('Dr. Beatriz Almeida'), 'the new mentor');
    expect(text(el)).to.not.contain('Layla');
    expect(root(el).querySelector('form')).to.equal(null);
  });

  describe('accessibility', () => {
    for (const [locale, person] of [
      ['en', 'res-amara'],
      ['ar', 'res-omar'],
    ]) {
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      it(`has no axe violations on the card, in the forms and in the details panel (${dir})`, async () => {
        if (locale === 'ar') runtime().configure({ localesUrl: fixtureLocales });
        const el = await mount(person, { locale });
        expect(base(el).dir).to.equal(dir);
        await expect(el).to.be.accessible();
        await openBooking(el);
        await expect(el).to.be.accessible();
        button(el, 'Send request').click(); // nothing chosen: the message
        await shows(el, '#notice');
        await expect(el).to.be.accessible();
        button(el, 'Not now').click();
        await shows(el, '#change-open');
        button(el, 'Ask for a different mentor').click();
        await shows(el, '#reason');
        await expect(el).to.be.accessible();
        button(el, 'Not now').click();
        await shows(el, '#details-open');
        button(el, /More about/).click();
        await until(() => root(el).querySelector('#details:popover-open'));
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await openBooking(el);
        radios(el)[0].click();
        button(el, 'Send request').click();
        await until(() => root(el).querySelector('.chats .pending'), 'the pending chat');
        await expect(el).to.be.accessible();
      });

      it(`has no axe violations while loading, empty, with an error, and for a mentor (${dir})`, async () => {
        if (locale === 'ar') runtime().configure({ localesUrl: fixtureLocales });
        runtime().configure({ token: await server.token('res-andre') });
        const loading = await fixture<KinMentorContact>(
          html`<kin-mentor-contact
            endpoint=${server.apiUrl}
            locale=${locale}
          ></kin-mentor-contact>`,
        );
        await expect(loading).to.be.accessible();
        await settled(loading, 'empty');
        expect(base(loading).dir).to.equal(dir);
        await expect(loading).to.be.accessible();
        const failing = await fixture<KinMentorContact>(
          html`<kin-mentor-contact
            endpoint="http://127.0.0.1:9/api"
            locale=${locale}
          ></kin-mentor-contact>`,
        );
        await settled(failing, 'error');
        await expect(failing).to.be.accessible();
        const mentor = await mount('men-tunde', { locale });
        await expect(mentor).to.be.accessible();
      });
    }
  });
});
