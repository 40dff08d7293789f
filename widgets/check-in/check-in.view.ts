/**
 * What `<kin-check-in>` does, loaded when the first one connects. This module holds the state; the
 * parts, each imported only when needed, draw it and send it:
 *
 * - `parts/form.ts`: the form (one question at a time on a narrow card, all at once on a wide one),
 *   with the privacy promise before the first question. Answers are kept as a draft on the device as
 *   they are given, so a reload loses nothing.
 * - `parts/summary.ts`: after sending, or while the next check-in is not yet due — "saved on this
 *   device" until the outbox delivers it, then a thank-you, the next due date, the resident's own
 *   trend, and support when the server says the answers suggest a hard week.
 * - `parts/delivery.ts`: sending through the outbox, which stores the check-in exactly once on the
 *   server, now or when the resident is back online. It and the outbox load with the first answer.
 */
import { html, nothing, type CSSResult } from 'lit';
// The English the card shows; each part brings its own (the form's, the summary's, the support's).
import { empty, privacy, queued, title } from '../../locales/en/check-in.json';
import type {
  CheckInForm,
  CheckInHistory,
  CheckInReceipt,
  CheckInSubmission,
  ContactOption,
} from '../../src/contract/check-in.js';
import {
  CheckInForm as FormSchema,
  CheckInHistory as HistorySchema,
} from '../../src/contract/check-in.js';
import { EndpointController } from '../../src/core/endpoint-controller.js';
import { EndpointError } from '../../src/core/errors.js';
import type { KinElement, WidgetView } from '../../src/core/kin-element.js';
import type { Outbox } from '../../src/core/outbox.js';
import { runtime } from '../../src/core/runtime.js';
import { local, personalKey } from '../../src/core/storage.js';
import { Stepwise } from '../../src/core/tasks.js';
import { styles } from './check-in.styles.js';
import type { AnswerValue, ContactChoice } from './parts/questions.js';
import type { SupportPanel } from './parts/support.js';

export { styles };
export const strings = { title, privacy, queued, empty };
export const namespace = 'check-in';

type Part = { render(view: CheckInView): unknown; styles: CSSResult };
const parts = {
  form: (): Promise<Part> => import('./parts/form.js'),
  summary: (): Promise<Part> => import('./parts/summary.js'),
};
type PartName = keyof typeof parts;

/**
 * The questions a wide card draws per task: about what a laptop's screen shows of the card. All ten
 * at once made the task that drew them, and the frame that laid them out, long on a slow phone.
 */
const QUESTIONS_PER_TASK = 4;
type Delivery = typeof import('./parts/delivery.js');

interface Draft {
  answers: Record<string, AnswerValue>;
  contact: ContactChoice;
}

const noContact = (): ContactChoice => ({ wanted: false, optionId: null, note: '' });

/** Everything on the card that belongs to one person. */
const blank = () => ({
  answers: {},
  contact: noContact(),
  restoredDraft: false,
  missing: [],
  step: 0,
  sending: false,
  queued: false,
  receipt: null,
  requested: null,
  rejected: null,
  snoozedUntil: null,
  again: false,
  support: null,
  supportLoading: null,
});

export class CheckInView implements WidgetView {
  readonly form: EndpointController<CheckInForm>;
  readonly history: EndpointController<CheckInHistory>;
  // What belongs to one person starts as blank() (the constructor), and again for the next person.
  answers!: Record<string, AnswerValue>;
  contact!: ContactChoice;
  restoredDraft!: boolean;
  /** Ids of required items (or `contact`) still unanswered after the resident tried to send. */
  missing!: string[];
  /** The step of the form shown on a narrow card (0 for the first). */
  step!: number;
  sending!: boolean;
  /** A check-in is saved on this device, waiting for a connection. */
  queued!: boolean;
  receipt!: CheckInReceipt | null;
  /** Whom the resident asked to reach out in the check-in being sent, for the acknowledgement. */
  requested!: ContactOption | null;
  /** Why the server refused a check-in (its answers are back in the form). */
  rejected!: string | null;
  snoozedUntil!: number | null;
  /** The resident chose to check in although the next one is not due. */
  again!: boolean;
  support!: SupportPanel | null;
  /** The support panel's import, while it is on its way (parts/summary.ts). */
  supportLoading!: Promise<void> | null;
  /** The questions of a wide card's form, drawn a few per task (parts/form.ts). */
  readonly drawing: Stepwise;
  /** A selector to focus after the next render. */
  focusNext: string | null = null;
  private readonly loaded: Partial<Record<PartName, Part>> = {};
  private readonly loading: Partial<Record<PartName, Promise<Part>>> = {};
  /** The part the card needs could not be downloaded (offline on a fresh page): Try again. */
  private partFailed = false;
  private delivery: Promise<[Delivery, Outbox]> | null = null;
  /** A check-in that could not reach the outbox (it never loaded): sent when back online. */
  private unsent: CheckInSubmission | null = null;
  private stopFollowing: (() => void) | null = null;
  private draftKey: string | null = null;

  constructor(readonly host: KinElement) {
    Object.assign(this, blank());
    this.drawing = new Stepwise(host, QUESTIONS_PER_TASK);
    this.form = new EndpointController(host, {
      path: '/v1/check-in/form',
      schema: FormSchema,
      cache: 'persist',
    });
    // A resident's own history is private: kept in memory for this page only, never on the device.
    this.history = new EndpointController(host, {
      path: '/v1/check-ins/mine',
      schema: HistorySchema,
      cache: 'memory',
      query: () => ({ limit: 12 }),
    });
    host.addController(this.form);
    host.addController(this.history);
    // "Check in again" opens the form: on a summary it loads as soon as the resident reaches into
    // the card (a pointer over it, or the focus in it), before the press lands; loading it with
    // every summary would weigh on every returning resident's page.
    const reach = () => this.loadPart('form').catch(() => {});
    host.addEventListener('pointerover', reach, { once: true });
    host.addEventListener('focusin', reach, { once: true });
  }

  hostConnected(): void {
    this.reload();
    // "You're offline" is said before sending, so the card follows the connection.
    addEventListener('online', this.connectionChanged);
    addEventListener('offline', this.connectionChanged);
  }

  private connectionChanged = () => this.host.requestUpdate();

  hostDisconnected(): void {
    this.stopFollowing?.();
    this.delivery = this.stopFollowing = null;
    this.draftKey = null; // a re-inserted card restores afresh
    removeEventListener('online', this.retry);
    removeEventListener('online', this.connectionChanged);
    removeEventListener('offline', this.connectionChanged);
  }

  hostUpdated(): void {
    // The target may be in a part still loading: keep trying until it is rendered.
    const target =
      this.focusNext && this.host.renderRoot.querySelector<HTMLElement>(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = null;
    }
    // Which part is not known until the history is in (see `state`): loading the form for a
    // resident who turns out to be between check-ins would cost their page its bytes for nothing.
    const name = this.part;
    const known = this.form.state === 'content' && this.history.state !== 'loading';
    if (known && !this.loaded[name] && !this.partFailed) {
      this.loadPart(name).catch(() => {
        this.partFailed = true;
        this.host.requestUpdate();
      });
    }
  }

  /** Imports a part once; a failed import (offline) is tried again on the next call. */
  private loadPart(name: PartName): Promise<Part> {
    this.loading[name] ??= parts[name]().then(
      (part) => {
        this.loaded[name] = part;
        this.host.addStyles(part.styles);
        this.host.requestUpdate();
        return part;
      },
      (error) => {
        delete this.loading[name];
        throw error;
      },
    );
    return this.loading[name];
  }

  /** Which part the card shows: the summary after sending or while no check-in is due. */
  get part(): PartName {
    const due = this.history.value?.nextDueAt;
    const notDue = !this.again && due && Date.parse(due) > Date.now();
    return this.queued || this.receipt || this.snoozedUntil || notDue ? 'summary' : 'form';
  }

  get state() {
    // A program without a check-in answers 404: nothing to fill in, said calmly.
    if (this.form.error?.status === 404 && !this.form.value) return 'empty' as const;
    // The form decides: without the history the resident can still check in (offline too). But
    // while the history is on its way, the card waits for it rather than show the form and then,
    // unasked, swap it for the summary.
    const state = this.form.state;
    if (state === 'content' && this.history.state === 'loading') return 'loading';
    if (state !== 'content' || this.loaded[this.part] || this.queued) return state;
    if (!this.partFailed) return 'loading';
    return navigator.onLine ? 'error' : 'offline';
  }

  get error() {
    return this.partFailed && !this.loaded[this.part]
      ? new EndpointError('network', `The check-in's ${this.part} could not be downloaded`)
      : this.form.error;
  }

  reload(): void {
    this.partFailed = false;
    void this.form.load();
    void this.history.load();
    void this.restore();
  }

  render() {
    const { t } = this.host.localize;
    if (this.state === 'empty') {
      return html`<div class="state">
        <h2>${t('empty.title')}</h2>
        <p>${t('empty.body')}</p>
      </div>`;
    }
    const part = this.loaded[this.part];
    // The whole promise before the first answer; after it (and on the summary), its first
    // sentence ("Only you see your answers."), in whatever language it is written (all of it, if
    // its sentences are not told apart by a stop and a space).
    const privacy = t('privacy');
    return html`<div class="header" part="header">
        <h2>${t('title')}</h2>
        <p class="privacy">
          ${this.part === 'form' && !this.step ? privacy : privacy.match(/.+?([.!?।]\s|$)/)![0]}
        </p>
      </div>
      ${part ? part.render(this) : queuedMessage(this)}`;
  }

  /**
   * The signed-in person's draft, and whatever an earlier visit left in the outbox. When the person
   * changed (a shared workstation, a portal handing over another token), nothing of the previous
   * one's stays on the card.
   */
  private async restore(): Promise<void> {
    const draftKey = personalKey(await runtime().identity(), 'check-in-draft');
    if (draftKey === this.draftKey) return;
    Object.assign(this, { ...blank(), draftKey, unsent: null });
    removeEventListener('online', this.retry);
    this.stopFollowing?.(); // the outbox is followed afresh, for this person's items
    this.delivery = this.stopFollowing = null;
    const draft = local.get(draftKey) as Draft | undefined;
    if (draft?.answers) {
      this.answers = draft.answers;
      this.contact = draft.contact ?? noContact();
      this.restoredDraft = Object.keys(draft.answers).length > 0;
    }
    if (await runtime().outboxIfPending()) void this.deliver();
    this.host.requestUpdate();
  }

  /**
   * The delivery part and the outbox, loaded once and followed while connected; the summary comes
   * with them, since sending leads to it (and sending may happen offline).
   */
  private deliver(): Promise<[Delivery, Outbox]> {
    this.loadPart('summary').catch(() => {}); // tried again by the render that needs it
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

  /** Records an answer (or the contact choice) as the resident gives it, in the draft too. */
  change(answers: Record<string, AnswerValue>, contact: ContactChoice): void {
    this.answers = answers;
    this.contact = contact;
    this.missing = this.missing.filter((id) =>
      id === 'contact' ? contact.wanted && !contact.optionId : answers[id] === undefined,
    );
    if (this.draftKey) local.set(this.draftKey, { answers, contact });
    void this.deliver(); // ready before the resident presses send
    this.host.requestUpdate();
  }

  clearDraft(): void {
    Object.assign(this, { answers: {}, contact: noContact(), restoredDraft: false, step: 0 });
    if (this.draftKey) local.remove(this.draftKey);
  }

  /** Sends a complete check-in; `missing` names what a required answer lacks. */
  async send(body: CheckInSubmission, missing: string[]): Promise<void> {
    this.missing = missing;
    this.rememberRequest(body);
    if (missing.length) {
      this.focusNext = '#missing';
      this.host.requestUpdate();
      return;
    }
    this.sending = true;
    this.rejected = null;
    this.host.requestUpdate();
    try {
      const [delivery, outbox] = await this.deliver();
      await delivery.send(this, outbox, body);
    } catch {
      // Offline before the outbox ever loaded: the draft keeps the answers; send when back online.
      Object.assign(this, { sending: false, queued: true, focusNext: '#queued' });
      this.unsent = body;
      addEventListener('online', this.retry, { once: true });
      this.host.requestUpdate();
    }
  }

  /** Whom `body` asks to reach out (an option of the form), or nobody. */
  rememberRequest(body: CheckInSubmission): void {
    const id = body.contactRequest?.optionId;
    this.requested = this.form.value?.contactOptions.find((option) => option.id === id) ?? null;
  }

  private retry = () => {
    this.queued = false;
    if (this.unsent) void this.send(this.unsent, []);
    this.unsent = null;
  };

  async snooze(): Promise<void> {
    const [delivery, outbox] = await this.deliver();
    await delivery.snooze(this, outbox);
  }
}

/**
 * "Saved on this device": the one summary a resident can reach before the summary part has ever
 * downloaded (answers restored from a draft and sent offline), so it needs no download.
 */
export function queuedMessage(view: CheckInView) {
  const { t } = view.host.localize;
  return html`<div class="state" role="status">
    <h3 id="queued" tabindex="-1">${t('queued.title')}</h3>
    <p>${navigator.onLine ? t('queued.unreachable') : t('queued.body')}</p>
    ${view.requested ? html`<p>${t('queued.contactWaiting', { who: view.requested.label })}</p>` : nothing}
    ${local.persistent ? nothing : html`<p class="notice">${t('queued.memoryOnly')}</p>`}
  </div>`;
}

export const createView = (host: KinElement) => new CheckInView(host);
