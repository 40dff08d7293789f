/**
 * What `<kin-mentor-contact>` does, loaded when the first one connects. This module holds the state
 * and draws the card a resident sees first; the parts, each imported when needed, do the rest:
 *
 * - `parts/booking.ts`: the booking form (slots by day, in the resident's and the mentor's time
 *   zones), the confidential change request, cancelling, and `.ics`. Imported as soon as the
 *   resident points at or tabs into the card, before any button is pressed; the slots themselves
 *   are fetched (and kept on the device) with the card, so the form also opens offline.
 * - `parts/delivery.ts`: sending through the outbox (stored once on the server, now or when back
 *   online) and following what it reports. It and the outbox load when a form opens, or at once
 *   when an earlier visit left something to send.
 * - `parts/send.ts`: a write, into the outbox or, before it ever loaded, kept until back online;
 *   imported with the parts that write.
 * - `parts/details.ts`: the "More about" popover, on first use.
 * - `parts/inbox.ts`: for a signed-in mentor, their mentees and the requests to answer.
 */
import { html, nothing, type CSSResult } from 'lit';
import type * as z from 'zod/mini';
// The English the card shows; each part brings its own (the forms', the inbox's, the details').
import {
  avatar,
  book,
  bookAnother,
  change,
  clock,
  contact,
  contactKind,
  empty,
  formOffline,
  from,
  languages,
  more,
  moreTopics_one,
  moreTopics_other,
  role,
  shared,
  status,
  title,
  topics,
} from '../../locales/en/mentor.json';
import {
  ChatRequestList,
  MenteeList,
  MyMentor,
  SlotList,
  type ChatRequest,
  type ContactMethod,
  type Mentor,
} from '../../src/contract/mentor.js';
import { Me } from '../../src/contract/program.js';
import { EndpointController } from '../../src/core/endpoint-controller.js';
import { EndpointError } from '../../src/core/errors.js';
import type { KinElement, WidgetView } from '../../src/core/kin-element.js';
import { safeHref } from '../../src/core/links.js';
import { warnOnce } from '../../src/core/log.js';
import type { OutboxItem } from '../../src/core/outbox.js';
import { runtime } from '../../src/core/runtime.js';
import { local, personalKey } from '../../src/core/storage.js';
import { styles } from './mentor-contact.styles.js';

export { styles };
export const namespace = 'mentor';
export const strings = {
  ...{ title, avatar, role, from, clock, languages, shared, topics, contact, contactKind, book },
  ...{ bookAnother, more, status, change, formOffline, empty, moreTopics_one, moreTopics_other },
};

type Part = { render(view: MentorView): unknown; styles: CSSResult };
const parts = {
  booking: (): Promise<Part & typeof import('./parts/booking.js')> => import('./parts/booking.js'),
  details: (): Promise<Part & typeof import('./parts/details.js')> => import('./parts/details.js'),
  inbox: (): Promise<Part> => import('./parts/inbox.js'),
};
type PartName = keyof typeof parts;
type Loaded = { [name in PartName]?: Awaited<ReturnType<(typeof parts)[name]>> };
type Delivery = typeof import('./parts/delivery.js');
export type Form = 'booking' | 'change';

/** How many days of offered slots the form shows at a time. */
export const SLOT_WINDOW_DAYS = 28;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The card shows the first few "ask me about" topics; "More about" shows them all. */
const TOPICS_ON_CARD = 3;

/** The time zone of the resident's device: where they are now. */
export const yourZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Minutes `timeZone` is ahead of UTC at `at`. */
export function offsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')!.value; // "GMT+05:30", or "GMT" for UTC
  const [, sign, hours, minutes] = /([+-])(\d+):?(\d*)/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes || 0)) : 0;
}

/** The link of a contact way, if it is one a resident can safely follow. */
function contactHref({ kind, value }: ContactMethod): string | null {
  if (kind === 'email') return safeHref(value.includes(':') ? value : `mailto:${value}`);
  if (kind === 'phone' || kind === 'pager') return safeHref(`tel:${value.replace(/[^\d+]/g, '')}`);
  return safeHref(value);
}

/** Two letters for the avatar: of the first and last words, leaving out titles such as "Dr.". */
const initials = (name: string) => {
  const words = name.split(/\s+/).filter((word) => word && !word.endsWith('.'));
  return [words[0], words.length > 1 ? words.at(-1) : ''].map((word) => word?.[0] ?? '').join('');
};

/** Everything on the card that belongs to one person. */
const blank = (): Partial<MentorView> => ({
  open: null,
  slotId: null,
  topic: '',
  reason: '',
  notice: null,
  sending: false,
  changeSent: false,
  cancelled: null,
  pending: [],
  page: 0,
});

export class MentorView implements WidgetView {
  readonly me: EndpointController<Me>;
  readonly mentor: EndpointController<MyMentor>;
  readonly requests: EndpointController<z.infer<typeof ChatRequestList>>;
  readonly slots: EndpointController<z.infer<typeof SlotList>>;
  readonly mentees: EndpointController<z.infer<typeof MenteeList>>;
  // Set from `blank()`: in the constructor, and again for each person who signs in.
  /** The form open on the card. */
  open!: Form | null;
  /** What the resident chose and wrote in the forms: kept through a refused or queued send. */
  slotId!: string | null;
  topic!: string;
  reason!: string;
  /** What the card says after a send was refused (taken slot, or the server's reason). */
  notice!: string | null;
  sending!: boolean;
  changeSent!: boolean;
  /** When the chat the resident just cancelled was to be: the card says it is cancelled. */
  cancelled!: string | null;
  /** This person's items waiting in the outbox (or, before it loaded, in memory). */
  pending!: (Pick<OutboxItem, 'kind' | 'path' | 'body'> & { id?: string })[];
  /** Which window of slots the form shows: 0 = the next four weeks, 1 = the four after… */
  page!: number;
  /** A selector to focus after the next render. */
  focusNext: string | null = null;
  readonly loaded: Loaded = {};
  /** A part the card needs could not be imported (offline before it ever arrived). */
  private partError: EndpointError | null = null;
  private delivery: Promise<[Delivery, import('../../src/core/outbox.js').Outbox]> | null = null;
  private stopFollowing: (() => void) | null = null;
  private identity: string | null = null;
  private clock: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly host: KinElement) {
    Object.assign(this, blank());
    const resource = <T>(path: string, schema: z.core.$ZodType<T>) => {
      const controller = new EndpointController<T>(host, { path, schema, cache: 'persist' });
      host.addController(controller);
      return controller;
    };
    this.me = resource('/v1/me', Me);
    this.mentor = resource('/v1/mentor', MyMentor);
    this.requests = resource('/v1/mentor/chat-requests', ChatRequestList);
    this.mentees = resource('/v1/mentor/mentees', MenteeList);
    this.slots = new EndpointController(host, {
      path: '/v1/mentor/slots',
      schema: SlotList,
      cache: 'persist',
      query: () => {
        const [from, to] = this.window.map((at) => new Date(at).toISOString());
        return { from, to };
      },
    });
    host.addController(this.slots);
  }

  hostConnected(): void {
    this.reload();
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.clock);
    this.stopFollowing?.();
    this.delivery = this.stopFollowing = null;
    this.identity = null;
  }

  /** The mentor's local time moves on each minute, without fetching anything. */
  private tick = () => {
    this.host.requestUpdate();
    this.clock = setTimeout(this.tick, MINUTE_MS - (Date.now() % MINUTE_MS));
  };

  hostUpdated(): void {
    const target =
      this.focusNext && this.host.renderRoot.querySelector<HTMLElement>(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = null;
    }
    if (this.me.value?.role === 'mentor') void this.use('inbox');
  }

  /** Imports a part once; the card re-renders when it is there. */
  async use(name: PartName): Promise<void> {
    if (this.loaded[name] || this.partError) return;
    try {
      // Two calls at once get the same module, and its styles are added once.
      const part = await parts[name]();
      Object.assign(this.loaded, { [name]: part });
      this.host.addStyles(part.styles);
    } catch (error) {
      // Offline before it ever arrived. The inbox is the mentor's whole card: it shows the error
      // state, whose "Try again" imports it afresh. The resident's parts are tried again on use.
      const failure = new EndpointError('network', String(error));
      if (name !== 'inbox') throw failure;
      this.partError = failure;
    }
    this.host.requestUpdate();
  }

  /** Gets the forms ready as soon as the resident reaches for the card (pointer or keyboard). */
  private prepare = () => void this.use('booking').catch(() => {});

  /** Fetched afresh, or known to be unreachable (then the copy kept on the device is shown). */
  private settled = (resource: EndpointController<unknown>) =>
    (resource.value !== undefined && !resource.stale) || resource.error !== null;

  get state() {
    const me = this.me.state;
    if (me !== 'content') return me;
    const role = this.me.value!.role;
    const ready = (part: PartName) => {
      if (this.loaded[part]) return 'content';
      if (!this.partError) return 'loading';
      return navigator.onLine ? 'error' : 'offline';
    };
    if (role === 'mentor') {
      const requests = this.requests.state;
      if (requests !== 'content') return requests;
      return this.settled(this.mentees) ? ready('inbox') : 'loading';
    }
    if (role !== 'resident') return 'empty';
    const mentor = this.mentor.state;
    if (mentor !== 'content') return mentor;
    if (!this.mentor.value!.mentor) return 'empty';
    // The chats' status is part of the card's first render, fresh (it changes most), so that it
    // does not change under the resident's eyes a moment later.
    return this.settled(this.requests) ? 'content' : 'loading';
  }

  get error() {
    return this.me.error ?? this.mentor.error ?? this.requests.error ?? this.partError;
  }

  reload(): void {
    this.partError = null;
    void this.start();
  }

  private async start(): Promise<void> {
    const identity = await runtime().identity();
    if (identity !== this.identity) {
      // Another person (a shared workstation): nothing of the last one's stays on the card.
      this.identity = identity;
      Object.assign(this, blank());
      this.topic = String(local.get(this.draftKey) ?? '');
      this.stopFollowing?.();
      this.delivery = this.stopFollowing = null;
      this.loaded.details?.close(this);
    }
    await this.me.load();
    const role = this.me.value?.role;
    if (role === 'mentor') {
      void this.requests.load();
      void this.mentees.load();
    } else if (role === 'resident') {
      void this.mentor.load();
      void this.requests.load();
      void this.slots.load(); // kept on the device: the form opens offline too
    }
    if (await runtime().outboxIfPending()) void this.deliver();
  }

  get draftKey(): string {
    return personalKey(this.identity ?? '', 'mentor-topic');
  }

  /** The delivery part and the outbox, loaded once per person and followed while connected. */
  deliver() {
    if (!this.delivery) {
      const loading = Promise.all([import('./parts/delivery.js'), runtime().outbox()]);
      this.delivery = loading;
      loading.then(
        async ([delivery, outbox]) => (this.stopFollowing = await delivery.follow(this, outbox)),
        () => (this.delivery = null), // offline before they arrived: tried again on the next use
      );
    }
    return this.delivery;
  }

  /**
   * The weeks of slots the form shows, as instants: whole UTC days, so that the cached copy's
   * address stays the same all day.
   */
  get window(): [number, number] {
    const from = (Math.floor(Date.now() / DAY_MS) + this.page * SLOT_WINDOW_DAYS) * DAY_MS;
    return [from, from + SLOT_WINDOW_DAYS * DAY_MS - 1];
  }

  /** This person's writes of `kind` still waiting to be sent. */
  waiting(kind: string) {
    return this.pending.filter((item) => item.kind === kind);
  }

  /** Opens a form on the card (or closes it: `null`), moving the focus to it or back. */
  async show(form: Form | null): Promise<void> {
    const previous = this.open;
    this.notice = this.cancelled = null;
    if (form) void this.deliver(); // ready before the resident presses send
    await this.booking(() => {
      this.open = form;
      this.focusNext = form ? `#${form}-title` : `#${previous}-open`;
      this.host.requestUpdate();
    });
  }

  /**
   * Runs `action` of the booking part (importing it if the card has not yet); offline before the
   * part ever arrived, says so where the status is shown.
   */
  private async booking(action: (part: typeof import('./parts/booking.js')) => unknown) {
    try {
      await this.use('booking');
      await action(this.loaded.booking!);
    } catch {
      this.notice = this.host.localize.t('formOffline');
      this.host.requestUpdate();
    }
  }

  /** Opens the "More about" panel next to its button; the panel's part loads on first use. */
  private async showDetails(trigger: HTMLElement): Promise<void> {
    try {
      await this.use('details');
    } catch {
      return; // offline before it ever arrived: the card already shows the essentials
    }
    await this.host.updateComplete;
    this.loaded.details!.toggle(this, trigger);
  }

  /** A time, in the resident's language and the given zone (the resident's by default). */
  time = (at: string | number, options: Intl.DateTimeFormatOptions, timeZone = yourZone) =>
    this.host.localize.dateTime(at, { ...options, timeZone });

  /** A zone's short name in the resident's language: "EST", "GMT+1". */
  zoneName = (timeZone: string, at: string | number = Date.now()) =>
    new Intl.DateTimeFormat(this.host.localize.lang, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(at))
      .find((part) => part.type === 'timeZoneName')!.value;

  /** When a chat is, for the status line: "Tue, Dec 8, 12:30 PM". */
  when = (at: string) =>
    this.time(at, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });

  /** The resident's upcoming chats, soonest first: what the card's status lines show. */
  get upcoming(): ChatRequest[] {
    const now = Date.now();
    return (this.requests.value?.items ?? [])
      .filter((request) => request.status !== 'cancelled' && Date.parse(request.slot.endsAt) > now)
      .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt))
      .slice(0, 2);
  }

  render() {
    const { t } = this.host.localize;
    const role = this.me.value?.role;
    if (role === 'mentor') return this.loaded.inbox!.render(this);
    const mentor = this.mentor.value?.mentor;
    if (!mentor) {
      return html`<div class="state">
        <h2>${t('empty.title')}</h2>
        ${
          role === 'resident'
            ? html`<p>${t('empty.body')}</p>
                <p class="muted">${t('empty.ask')}</p>`
            : html`<p>${t('empty.other')}</p>`
        }
      </div>`;
    }
    return html`<div class="card" @pointerover=${this.prepare} @focusin=${this.prepare}>
      ${this.header(mentor)}
      ${this.open && this.loaded.booking ? this.loaded.booking.render(this) : this.body(mentor)}
    </div>`;
  }

  private header(mentor: Mentor) {
    const { t } = this.host.localize;
    const country = new Intl.DisplayNames(this.host.localize.lang, { type: 'region' });
    return html`<div class="header" part="header">
      <span class="avatar" aria-hidden="true">
        ${initials(mentor.name)}
        ${
          mentor.photoUrl
            ? html`<img
                src=${mentor.photoUrl}
                alt=""
                referrerpolicy="no-referrer"
                @error=${(event: Event) => (event.target as HTMLElement).remove()}
              />`
            : nothing
        }
      </span>
      <div>
        <p class="muted small">${t('title')}</p>
        <h2 id="name">
          ${mentor.name}
          ${mentor.pronouns ? html`<span class="pronouns">(${mentor.pronouns})</span>` : nothing}
        </h2>
        <p class="muted">
          ${t('role', { year: mentor.trainingYear, specialty: mentor.specialty })}
        </p>
        <p class="muted">${t('from', { country: country.of(mentor.homeCountry) })}</p>
      </div>
    </div>`;
  }

  private body(mentor: Mentor) {
    const { t, lang } = this.host.localize;
    const shared = new Set(this.mentor.value!.sharedLanguages);
    const language = new Intl.DisplayNames(lang, { type: 'language' });
    const now = Date.now();
    const ahead = (offsetMinutes(mentor.timeZone, now) - offsetMinutes(yourZone, now)) / 60;
    const contacts = mentor.contactMethods.flatMap((method) => {
      const href = contactHref(method);
      if (!href) warnOnce(`A ${method.kind} contact of ${mentor.id} was left out: unsafe link.`);
      return href ? [{ ...method, href }] : [];
    });
    return html`<p class="clock">
        <span class="muted">${t('clock.label')}</span>
        <time class="now"
          >${this.time(now, { hour: 'numeric', minute: '2-digit' }, mentor.timeZone)}</time
        >
        <span class="muted"
          >${this.zoneName(mentor.timeZone)} ·
          ${
            ahead === 0
              ? t('clock.same')
              : t(ahead > 0 ? 'clock.ahead' : 'clock.behind', { count: Math.abs(ahead) })
          }</span
        >
      </p>
      <p>
        <span class="muted">${t('languages')}</span>
        ${this.host.localize
          .listParts(mentor.languages)
          .map((part) =>
            part.type === 'literal'
              ? part.value
              : shared.has(part.value)
                ? html`<span class="shared"
                    >${t('shared', { language: language.of(part.value) })}</span
                  >`
                : language.of(part.value),
          )}
      </p>
      ${
        mentor.topics.length
          ? html`<div>
              <h3 class="small muted">${t('topics')}</h3>
              <ul class="chips">
                ${mentor.topics.slice(0, TOPICS_ON_CARD).map((topic) => html`<li dir="auto">${topic}</li>`)}
                ${
                  mentor.topics.length > TOPICS_ON_CARD
                    ? html`<li class="more">
                        ${t('moreTopics', { count: mentor.topics.length - TOPICS_ON_CARD })}
                      </li>`
                    : nothing
                }
              </ul>
            </div>`
          : nothing
      }
      ${
        contacts.length
          ? html`<ul class="contacts" aria-label=${t('contact', { name: mentor.name })}>
              ${contacts.map(
                (method) =>
                  html`<li>
                    <a part="contact" href=${method.href} target="_blank" rel="noopener noreferrer"
                      >${method.label ?? t(`contactKind.${method.kind}`)}</a
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.status(mentor)}
      <button
        type="button"
        id="booking-open"
        class="button primary"
        part="action"
        @click=${() => this.show('booking')}
      >
        ${t(this.upcoming.some(({ status }) => status !== 'declined') ? 'bookAnother' : 'book')}
      </button>
      <div class="actions links">
        <button
          type="button"
          id="details-open"
          class="button link"
          part="action"
          aria-haspopup="dialog"
          aria-expanded="false"
          @click=${(event: Event) => this.showDetails(event.currentTarget as HTMLElement)}
        >
          ${t('more')}
        </button>
        <button
          type="button"
          id="change-open"
          class="button link"
          part="action"
          @click=${() => this.show('change')}
        >
          ${t('change.open')}
        </button>
      </div>
      ${
        this.changeSent || this.waiting('mentor-change').length
          ? html`<p id="change-sent" class="notice" role="status" tabindex="-1">
              ${t(this.changeSent ? 'change.sent' : 'change.queued')}
            </p>`
          : nothing
      }
      ${this.loaded.details?.render(this)}`;
  }

  /** The resident's upcoming chats, and what is waiting to be sent, under the profile. */
  private status({ name }: Mentor) {
    const { t } = this.host.localize;
    const slots = this.slots.value?.items ?? [];
    const button = (label: string, run: () => unknown) =>
      html`<button type="button" class="button link" part="action" @click=${run}>${label}</button>`;
    const line = (request: ChatRequest) =>
      html`<li class=${request.status}>
        <p>${t(`status.${request.status}`, { time: this.when(request.slot.startsAt), name })}</p>
        ${
          request.responseMessage
            ? html`<p class="muted">
                ${t('status.message', { name, message: request.responseMessage })}
              </p>`
            : nothing
        }
        <div class="actions">
          ${
            request.status === 'confirmed'
              ? button(t('status.calendar'), () =>
                  this.booking((part) => part.addToCalendar(this, request)),
                )
              : nothing
          }
          ${
            request.status === 'declined'
              ? button(t('status.another'), () => this.show('booking'))
              : button(t('status.cancel'), () => this.booking((part) => part.cancel(this, request)))
          }
        </div>
      </li>`;
    const queued = this.waiting('mentor-chat-request').map((item) => {
      const slot = slots.find(({ id }) => id === (item.body as { slotId: string }).slotId);
      return html`<li>
        <p>${t('status.queued', { time: slot ? this.when(slot.startsAt) : '' })}</p>
        ${local.persistent ? nothing : html`<p class="muted">${t('offline.memoryOnly')}</p>`}
      </li>`;
    });
    return html`<div id="status" tabindex="-1" role="status">
      ${this.notice ? html`<p class="notice invalid">${this.notice}</p>` : nothing}
      ${this.cancelled ? html`<p class="notice">${t('status.cancelled', { time: this.when(this.cancelled) })}</p>` : nothing}
      ${
        this.upcoming.length || queued.length
          ? html`<ul class="chats">
              ${queued}${this.upcoming.map(line)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}

export const createView = (host: KinElement) => new MentorView(host);
