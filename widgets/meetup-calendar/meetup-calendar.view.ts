/**
 * What `<kin-meetup-calendar>` does, loaded when the first one connects. This module holds the state
 * and draws the agenda, the first thing a resident sees; the rest loads when it is about to be used,
 * so a page where nobody opens a meetup downloads only this:
 *
 * - `parts/month.ts`: the month grid (an ARIA grid), imported when the agenda/month switch is first
 *   focused or pointed at, so it is there, offline too, by the time the switch is pressed.
 * - `parts/details.ts`: a meetup's details — description, organiser, map link, RSVP, add to
 *   calendar — and `parts/rsvp.ts` with the outbox, imported when a list of meetups is first
 *   focused or pointed at: an RSVP made offline is saved on the device and sent once, later.
 * - `parts/time.ts`: days and times in the meetup's zone and the resident's, with cached formatters.
 */
import { html, nothing, type CSSResult } from 'lit';
// The English the agenda shows; the month grid and the details bring their own (`month`, `details`,
// `rsvp`, `calendar`, `cancelledBody`).
import {
  cancelled,
  category,
  count_one,
  count_other,
  empty,
  filters,
  mine,
  needsConnection,
  onCall,
  seats,
  title,
  views,
  yourTime,
} from '../../locales/en/meetups.json';
import {
  MeetupCategory as Category,
  MeetupList as ListSchema,
  type Meetup,
  type MeetupCategory,
  type MeetupList,
  type RsvpResult,
  type RsvpStatus,
} from '../../src/contract/meetups.js';
import { EndpointController } from '../../src/core/endpoint-controller.js';
import type { KinElement, WidgetView } from '../../src/core/kin-element.js';
import type { Outbox } from '../../src/core/outbox.js';
import { runtime } from '../../src/core/runtime.js';
import { local, personalKey } from '../../src/core/storage.js';
import { nextTask, Stepwise } from '../../src/core/tasks.js';
import { styles } from './meetup-calendar.styles.js';
import { ELSEWHERE, TIME, ZONED, dayKey, dayLabel, deviceZone, formatter } from './parts/time.js';

export { styles };
export const namespace = 'meetups';
export const strings = {
  ...{ title, views, filters, category, count_one, count_other, cancelled, yourTime, seats },
  ...{ mine, onCall, empty, needsConnection },
};

const DAY_MS = 86_400_000;
/** The agenda: today and the next four weeks. */
const AGENDA_DAYS = 28;
/**
 * Meetups drawn per task in a long agenda: most of a screenful of the card (36em, at about 4em a
 * meetup), and at 4× CPU throttling well under 50 ms of templating and of layout; the rest
 * follows in later tasks.
 */
const DRAW_STEP = 8;
/** How far ahead "here is what's next" looks when a range is empty. */
const LATER_DAYS = 365;

type Month = typeof import('./parts/month.js');
type MonthGrid = import('./parts/month.js').MonthGrid;
type Details = typeof import('./parts/details.js');
type Rsvp = typeof import('./parts/rsvp.js');
interface Part {
  styles: CSSResult;
}

/** The resident's RSVP as the card shows it before (or instead of) the list's next load. */
export interface LocalRsvp {
  status: RsvpStatus;
  waitlistPosition: number | null;
  /** Counts from the server's answer, newer than the list's. */
  counts?: Pick<RsvpResult, 'going' | 'waitlisted' | 'seatsLeft'>;
  /** In the outbox, not yet answered. */
  sending: boolean;
  /** Saved on the device, waiting for a connection. */
  queued: boolean;
}

export interface Day {
  key: string;
  items: Meetup[];
}

/**
 * The agenda starts at the beginning of today (on the device): the same range all day, so a reload
 * finds it in the cache, and the cache keeps one entry a day instead of one per visit.
 */
const startOfToday = () => new Date().setHours(0, 0, 0, 0);

export class MeetupView implements WidgetView {
  readonly agenda: EndpointController<MeetupList>;
  /** The first meetups after an empty range: "nothing this month, here is what's next". */
  readonly later: EndpointController<MeetupList>;
  mode: 'agenda' | 'month';
  /** Chosen categories; none chosen shows every category. */
  categories = new Set<MeetupCategory>();
  /** The meetup whose details are open. */
  open: string | null = null;
  onCall = new Set<string>();
  /** RSVPs given on this card, by meetup id, until the list shows them. */
  readonly rsvps = new Map<string, LocalRsvp>();
  /** Why the server refused an RSVP, by meetup id. */
  readonly refused = new Map<string, string>();
  /** A part could not be imported (offline before it ever arrived). */
  partMissing: 'month' | 'details' | null = null;
  /** The month view, once its part is imported. */
  monthGrid?: MonthGrid;
  detailsPart?: Details;
  private monthLoading?: Promise<Month>;
  private detailsLoading?: Promise<[Details, Rsvp, Outbox]>;
  private stopFollowing?: () => void;
  private onCallKey?: string;
  private agendaFrom = startOfToday();
  private laterFrom = 0;
  private grouped?: { source: unknown; filter: string; days: Day[] };
  /** The agenda's meetups, drawn a screenful per task. */
  private readonly drawing: Stepwise;
  private readonly formatted = new WeakMap<
    Meetup,
    { lang: string; when: string; yours: string | null }
  >();

  constructor(readonly host: KinElement) {
    this.drawing = new Stepwise(host, DRAW_STEP);
    this.agenda = new EndpointController(host, {
      path: '/v1/meetups',
      schema: ListSchema,
      cache: 'persist',
      query: () => ({
        from: new Date(this.agendaFrom).toISOString(),
        to: new Date(this.agendaFrom + AGENDA_DAYS * DAY_MS).toISOString(),
        includeCancelled: 'true',
      }),
    });
    this.later = new EndpointController(host, {
      path: '/v1/meetups',
      schema: ListSchema,
      cache: 'persist',
      query: () => ({
        from: new Date(this.laterFrom).toISOString(),
        to: new Date(this.laterFrom + LATER_DAYS * DAY_MS).toISOString(),
      }),
    });
    host.addController(this.agenda);
    host.addController(this.later);
    this.mode = host.getAttribute('initial-view') === 'month' ? 'month' : 'agenda';
  }

  hostConnected(): void {
    this.reload();
    void this.warmFormats();
  }

  /**
   * Builds, each in a task of its own while the agenda is on its way, the formatters its first draw
   * uses in the device's time zone (most often the program's): the first use of each loads ICU
   * data, a cost that otherwise lands in the task that draws the agenda.
   */
  private async warmFormats(): Promise<void> {
    const zone = deviceZone();
    const { lang } = this.host.localize;
    for (const warm of [
      () => dayKey(0, zone),
      () => dayLabel(lang, '2026-01-01'),
      () => formatter(lang, zone, ZONED).formatRange(0, 1),
    ]) {
      await nextTask();
      warm();
    }
  }

  hostDisconnected(): void {
    this.stopFollowing?.();
    this.stopFollowing = this.detailsLoading = this.onCallKey = undefined;
  }

  hostUpdated(): void {
    if (this.mode === 'month') {
      if (this.monthGrid) this.monthGrid.updated();
      else void this.prepareMonth();
    } else if (this.agendaEmpty) {
      this.lookAfter(this.agendaFrom + AGENDA_DAYS * DAY_MS);
    }
  }

  /** An empty range: looks further ahead, once per range, for "here is what's next". */
  lookAfter(from: number): void {
    if (from === this.laterFrom) return;
    this.laterFrom = from;
    void this.later.load();
  }

  /** The program's time zone: the one its meetups are set in (the device's until they arrive). */
  get zone(): string {
    const lists = [this.agenda, this.monthGrid?.list, this.later];
    return (
      lists.find((list) => list?.value?.items.length)?.value!.items[0]!.timeZone ?? deviceZone()
    );
  }

  get state() {
    const state = this.agenda.state;
    if (state === 'content' && this.mode === 'month' && !this.monthGrid) return 'loading';
    return state === 'content' && this.agendaEmpty && this.mode === 'agenda' ? 'empty' : state;
  }

  get error() {
    return this.agenda.error;
  }

  private get agendaEmpty(): boolean {
    return this.agenda.value?.items.length === 0;
  }

  reload(): void {
    this.agendaFrom = startOfToday();
    void this.agenda.load();
    this.monthGrid?.forget(); // fetched again when shown
    void this.restore();
  }

  /** The signed-in person's on-call days and queued RSVPs; nothing of the previous person's stays. */
  private async restore(): Promise<void> {
    const key = personalKey(await runtime().identity(), 'meetups-on-call');
    if (key === this.onCallKey) return;
    this.onCallKey = key;
    const kept = local.get(key);
    this.onCall = new Set(Array.isArray(kept) ? kept.filter((day) => typeof day === 'string') : []);
    this.rsvps.clear();
    this.refused.clear();
    this.stopFollowing?.();
    this.stopFollowing = this.detailsLoading = undefined;
    if (await runtime().outboxIfPending()) void this.prepareDetails();
    this.host.requestUpdate();
  }

  // ——— Parts, imported before they are needed ———

  prepareMonth = (): Promise<Month> => {
    if (!this.monthLoading) {
      const loading = import('./parts/month.js');
      this.monthLoading = loading;
      loading.then(
        (part) => this.adopt(part, () => (this.monthGrid ??= new part.MonthGrid(this))),
        () => (this.monthLoading = undefined), // offline before it arrived: tried again on next use
      );
    }
    return this.monthLoading;
  };

  prepareDetails = (): Promise<[Details, Rsvp, Outbox]> => {
    if (!this.detailsLoading) {
      const loading = Promise.all([
        import('./parts/details.js'),
        import('./parts/rsvp.js'),
        runtime().outbox(),
      ]);
      this.detailsLoading = loading;
      loading.then(
        async ([details, rsvp, outbox]) => {
          this.adopt(details, () => (this.detailsPart = details));
          this.stopFollowing = await rsvp.follow(this, outbox);
        },
        () => (this.detailsLoading = undefined),
      );
    }
    return this.detailsLoading;
  };

  private adopt(part: Part, keep: () => void): void {
    keep();
    this.host.addStyles(part.styles);
    this.partMissing = null;
    this.host.requestUpdate();
  }

  // ——— What the resident does ———

  async showMode(mode: 'agenda' | 'month'): Promise<void> {
    this.partMissing = null;
    if (mode === 'month') {
      try {
        await this.prepareMonth();
      } catch {
        this.partMissing = 'month';
        this.host.requestUpdate();
        return;
      }
    }
    this.mode = mode;
    this.host.requestUpdate();
  }

  toggleCategory(category: MeetupCategory | null): void {
    if (!category) this.categories.clear();
    else if (!this.categories.delete(category)) this.categories.add(category);
    this.host.requestUpdate();
  }

  async toggleDetails(id: string): Promise<void> {
    this.open = this.open === id ? null : id;
    this.host.requestUpdate();
    if (!this.open) return;
    try {
      await this.prepareDetails();
    } catch {
      this.partMissing = 'details';
      this.host.requestUpdate();
    }
  }

  toggleOnCall(day: string): void {
    if (!this.onCall.delete(day)) this.onCall.add(day);
    // Kept on this device only: the server never learns a resident's schedule. Days past are dropped.
    const today = dayKey(Date.now(), this.zone);
    const kept = [...this.onCall].filter((key) => key >= today).sort();
    if (this.onCallKey) local.set(this.onCallKey, kept);
    this.host.requestUpdate();
  }

  /** The meetup as the resident should see it: with the RSVP they just gave. */
  mine(meetup: Meetup): LocalRsvp | null {
    return (
      this.rsvps.get(meetup.id) ??
      (meetup.myRsvp && { ...meetup.myRsvp, sending: false, queued: false })
    );
  }

  seatsLeft(meetup: Meetup): number | null {
    return this.rsvps.get(meetup.id)?.counts?.seatsLeft ?? meetup.seatsLeft;
  }

  /** Meetups of the chosen categories, by day. Computed once per list and filter. */
  days(list: MeetupList | undefined): Day[] {
    const filter = [...this.categories].join();
    if (!list) return [];
    if (this.grouped?.source === list && this.grouped.filter === filter) return this.grouped.days;
    const byDay = new Map<string, Meetup[]>();
    for (const meetup of list.items) {
      if (this.categories.size && !this.categories.has(meetup.category)) continue;
      const key = dayKey(Date.parse(meetup.startsAt), meetup.timeZone);
      let items = byDay.get(key);
      if (!items) byDay.set(key, (items = []));
      items.push(meetup);
    }
    const days = [...byDay].map(([key, items]) => ({ key, items }));
    this.grouped = { source: list, filter, days };
    this.drawing.restart();
    return days;
  }

  // ——— Rendering ———

  render() {
    const { t } = this.host.localize;
    return html`<div class="header" part="header">
        <h2 id="title">${t('title')}</h2>
        <div
          class="modes"
          role="group"
          aria-label=${t('views.label')}
          @focusin=${this.prepareMonth}
          @pointerover=${this.prepareMonth}
        >
          ${(['agenda', 'month'] as const).map(
            (mode) =>
              html`<button
                type="button"
                class="mode"
                aria-pressed=${this.mode === mode}
                @click=${() => this.showMode(mode)}
              >
                ${t(`views.${mode}`)}
              </button>`,
          )}
        </div>
      </div>
      ${this.filters()}
      ${
        this.partMissing === 'month'
          ? html`<p class="notice" role="status">${t('needsConnection')}</p>`
          : nothing
      }
      <div class="body" @focusin=${this.prepareDetails} @pointerover=${this.prepareDetails}>
        ${this.mode === 'month' && this.monthGrid ? this.monthGrid.render() : this.agendaBody()}
      </div>`;
  }

  private filters() {
    const { t } = this.host.localize;
    const chip = (category: MeetupCategory | null, label: string) =>
      html`<button
        type="button"
        class="chip"
        aria-pressed=${category ? this.categories.has(category) : this.categories.size === 0}
        @click=${() => this.toggleCategory(category)}
      >
        ${label}
      </button>`;
    return html`<div class="filters" role="group" aria-label=${t('filters.label')} part="filters">
      ${chip(null, t('filters.all'))}
      ${Category.options.map((category) => chip(category, t(`category.${category}`)))}
    </div>`;
  }

  private agendaBody() {
    const { t } = this.host.localize;
    const days = this.days(this.agenda.value);
    if (!days.length) {
      return this.nothingHere(t(this.agendaEmpty ? 'empty.agenda' : 'empty.filtered'));
    }
    return html`<p class="sr-only" role="status">
        ${t('count', { count: days.reduce((sum, day) => sum + day.items.length, 0) })}
      </p>
      ${this.drawnDays(days).map((day) => this.day(day))}`;
  }

  /**
   * The days drawn so far: the first screenful at once, then more in later tasks, so that a busy
   * month (hundreds of meetups) never holds the page's main thread for long.
   */
  private drawnDays(days: Day[]): Day[] {
    const total = days.reduce((sum, day) => sum + day.items.length, 0);
    const drawn = this.drawing.count(total);
    if (drawn === total) return days;
    let count = 0;
    const end = days.findIndex((day) => (count += day.items.length) > drawn);
    return days.slice(0, Math.max(end, 1));
  }

  /** An empty range or filter, and what comes next. */
  nothingHere(title: string) {
    const { t } = this.host.localize;
    const next = this.later.value?.items.find(
      (meetup) =>
        Date.parse(meetup.endsAt) > this.laterFrom && // not an earlier range's answer
        (!this.categories.size || this.categories.has(meetup.category)),
    );
    return html`<div class="state">
      <h3>${title}</h3>
      ${
        this.categories.size
          ? html`<button
              type="button"
              class="button"
              part="action"
              @click=${() => this.toggleCategory(null)}
            >
              ${t('filters.showAll')}
            </button>`
          : nothing
      }
      ${
        next
          ? html`<p>${t('empty.next')}</p>
              <ul class="events">
                ${this.event(next)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  /** One day: its heading, the "I'm on call" switch, and its meetups. */
  day({ key, items }: Day) {
    const { t, lang } = this.host.localize;
    const onCall = this.onCall.has(key);
    return html`<section class="day ${onCall ? 'on-call' : ''}" aria-labelledby="day-${key}">
      <div class="day-header">
        <h3 id="day-${key}">${dayLabel(lang, key)}</h3>
        <button
          type="button"
          class="on-call-switch"
          aria-pressed=${onCall}
          aria-describedby="day-${key}"
          @click=${() => this.toggleOnCall(key)}
        >
          ${t('onCall.switch')}
        </button>
      </div>
      ${onCall ? html`<p class="muted on-call-note">${t('onCall.note')}</p>` : nothing}
      ${
        items.length
          ? html`<ul class="events">
              ${items.map((meetup) => this.event(meetup))}
            </ul>`
          : html`<p class="muted">${t('empty.day')}</p>`
      }
    </section>`;
  }

  /** One meetup: what it is, when and where, and seats; its details when opened. */
  event(meetup: Meetup) {
    const { t } = this.host.localize;
    const open = this.open === meetup.id;
    const { when, yours } = this.times(meetup);
    return html`<li class="event ${meetup.cancelled ? 'cancelled' : ''}" part="event">
      <h4>
        <button
          type="button"
          class="summary"
          aria-expanded=${open}
          aria-controls="details-${meetup.id}"
          @click=${() => this.toggleDetails(meetup.id)}
        >
          <bdi>${meetup.title}</bdi>
        </button>
      </h4>
      <p class="when">
        ${when}
        ${yours ? html`<span class="muted">${t('yourTime', { time: yours })}</span>` : nothing}
      </p>
      <p class="muted where">
        <bdi>${meetup.venue.name}</bdi> · ${t(`category.${meetup.category}`)}
      </p>
      ${this.standing(meetup)} ${open ? this.details(meetup) : nothing}
    </li>`;
  }

  /**
   * When a meetup is, in its zone ("6:30 – 8:00 PM EST") and, if the resident's device is elsewhere,
   * there ("Tue, 11:30 PM UTC"). Kept per meetup: the agenda re-renders often, formatting is slow.
   */
  private times(meetup: Meetup): { when: string; yours: string | null } {
    const { lang } = this.host.localize;
    const kept = this.formatted.get(meetup);
    if (kept?.lang === lang) return kept;
    const start = Date.parse(meetup.startsAt);
    const here = deviceZone();
    const own = formatter(lang, meetup.timeZone, TIME).format(start);
    const elsewhere = here !== meetup.timeZone && formatter(lang, here, TIME).format(start) !== own;
    const times = {
      lang,
      when: formatter(lang, meetup.timeZone, ZONED).formatRange(start, Date.parse(meetup.endsAt)),
      yours: elsewhere ? formatter(lang, here, ELSEWHERE).format(start) : null,
    };
    this.formatted.set(meetup, times);
    return times;
  }

  /** Cancelled; or the resident's RSVP and the seats left; nothing for an open meetup not answered. */
  private standing(meetup: Meetup) {
    const { t } = this.host.localize;
    if (meetup.cancelled)
      return html`<p class="seats"><strong class="invalid">${t('cancelled')}</strong></p>`;
    const mine = this.mine(meetup);
    const seats = this.seatsLeft(meetup);
    if (!mine && seats === null) return nothing;
    const left = seats && seats > 0 ? t('seats.left', { count: seats }) : t('seats.full');
    return html`<p class="seats">
      ${mine ? html`<strong class="mine">${this.rsvpLabel(mine)}</strong>` : nothing}
      ${seats === null ? nothing : html`<span class="muted">${left}</span>`}
    </p>`;
  }

  rsvpLabel(mine: LocalRsvp): string {
    const { t } = this.host.localize;
    if (mine.queued) return t('rsvp.queued');
    if (mine.sending) return t('rsvp.sending');
    return mine.status === 'waitlisted' && mine.waitlistPosition
      ? t('mine.waitlistedAt', { position: mine.waitlistPosition })
      : t(`mine.${mine.status}`);
  }

  private details(meetup: Meetup) {
    const { t } = this.host.localize;
    if (this.detailsPart) return this.detailsPart.render(this, meetup);
    return html`<div id="details-${meetup.id}" class="details" role="status">
      ${t(this.partMissing === 'details' ? 'needsConnection' : 'loading')}
    </div>`;
  }
}

export const createView = (host: KinElement) => new MeetupView(host);
