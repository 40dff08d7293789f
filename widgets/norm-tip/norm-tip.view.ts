/**
 * What `<kin-norm-tip>` does, loaded when the first one connects. This module holds the state and
 * draws today's tip; the rest is imported when first needed, and earlier when its button is first
 * hovered or focused, so it is there even if the connection goes in between:
 *
 * - `parts/tip.ts`: a tip's text, with each idiom a button that opens its meaning in a popover.
 * - `parts/browse.ts`: earlier and saved tips, by topic.
 * - `parts/report.ts`: "I heard a phrase I didn't understand", for the program's content team.
 * - `parts/delivery.ts`: helpful, save and phrases through the outbox, which stores each exactly
 *   once on the server, now or when the resident is back online.
 *
 * The card has one fixed height in every state (the text scrolls inside it), so nothing on the
 * host page moves when a tip arrives or another one replaces it.
 */
import { html, nothing, type CSSResult } from 'lit';
// The English the card shows; each part brings its own (the list's, the phrase form's, the tip's).
import {
  category,
  earlier,
  empty,
  helpful,
  idiom,
  nav,
  queued,
  rejected,
  save,
  saved,
  savedNow,
  today,
  unsavedNow,
} from '../../locales/en/tips.json';
import {
  TodayTip as TodaySchema,
  type Idiom,
  type Tip,
  type TodayTip,
} from '../../src/contract/tips.js';
import { EndpointController } from '../../src/core/endpoint-controller.js';
import type { KinElement, WidgetView } from '../../src/core/kin-element.js';
import type { Outbox } from '../../src/core/outbox.js';
import { PopoverController } from '../../src/core/popover.js';
import { runtime } from '../../src/core/runtime.js';
import { local, personalKey } from '../../src/core/storage.js';
import { styles } from './norm-tip.styles.js';
import { tipText } from './parts/tip.js';

export { styles };
export const namespace = 'tips';
export const strings = {
  ...{ today, saved, earlier, category, idiom, helpful, save, savedNow, unsavedNow, queued },
  ...{ rejected, nav, empty },
};

/** What the card shows: today's tip, the list, a tip opened from the list, or the phrase form. */
type Mode = 'today' | 'browse' | 'read' | 'report';

interface Panel {
  render(): unknown;
  /** Fetches again: another person, endpoint or language. */
  reload?(): void;
  /** Called each time the part is about to be shown, while the card still shows what it did. */
  opening?(): void;
}
interface PartModule {
  styles: CSSResult;
  create(view: NormTipView): Panel;
}
const parts = {
  browse: (): Promise<PartModule> => import('./parts/browse.js'),
  report: (): Promise<PartModule> => import('./parts/report.js'),
};
type PartName = keyof typeof parts;
type Delivery = typeof import('./parts/delivery.js');

const PHRASE_DRAFT = 'tip-phrase-draft';
export const blankDraft = () => ({ phrase: '', context: '', tipId: '' });

/** A write the resident made, as the outbox sends it. */
export interface TipWrite {
  kind: 'tip-feedback' | 'tip-save' | 'tip-phrase';
  method: 'PUT' | 'POST';
  path: string;
  body: Record<string, unknown>;
}

export class NormTipView implements WidgetView {
  readonly today: EndpointController<TodayTip>;
  readonly popover: PopoverController;
  mode: Mode = 'today';
  /** A tip opened from the list. */
  reading: Tip | null = null;
  /** The idiom whose meaning the popover shows. */
  idiom: Idiom | null = null;
  /** What the resident chose (sent, or waiting in the outbox), over the server's copy. */
  readonly choices = new Map<string, { helpful?: boolean; saved?: boolean }>();
  /** The last thing to tell the resident (read out by screen readers). */
  status = '';
  /** The phrase form's content, kept while the card shows something else and given back on refusal. */
  draft = blankDraft();
  reportError = '';
  /** A selector to focus after the next render. */
  focusNext: string | null = null;
  private readonly panels: Partial<Record<PartName, Panel>> = {};
  private readonly loading: Partial<Record<PartName, Promise<Panel>>> = {};
  private delivery: Promise<[Delivery, Outbox]> | null = null;
  /** Writes made before the outbox ever loaded (offline from the start): sent when back online. */
  private unsent: TipWrite[] = [];
  private stopFollowing: (() => void) | null = null;
  private announced = '';
  /** Whose card this is (the token's `sub`); null until known. */
  private person: string | null = null;

  constructor(readonly host: KinElement) {
    this.today = new EndpointController(host, {
      path: '/v1/tips/today',
      schema: TodaySchema,
      cache: 'persist',
      query: () => ({ region: host.config.region ?? undefined }),
    });
    host.addController(this.today);
    this.popover = new PopoverController(host);
  }

  hostConnected(): void {
    this.reload();
  }

  hostDisconnected(): void {
    this.stopFollowing?.();
    this.delivery = this.stopFollowing = null;
    this.person = null; // a re-inserted card starts afresh
    removeEventListener('online', this.retry);
  }

  hostUpdated(): void {
    const target =
      this.focusNext && this.host.renderRoot.querySelector<HTMLElement>(this.focusNext);
    if (target) {
      target.focus();
      this.focusNext = null;
    }
    const value = this.today.value;
    const shown = value?.tip && !this.today.stale ? `${value.date}|${value.tip.id}` : '';
    if (shown && shown !== this.announced) {
      this.announced = shown;
      this.host.emit('kin-norm-tip-shown', { tipId: value!.tip!.id, date: value!.date });
    }
  }

  get state() {
    const state = this.today.state;
    return state === 'content' && !this.today.value!.tip ? ('empty' as const) : state;
  }

  get error() {
    return this.today.error;
  }

  reload(): void {
    void this.today.load();
    this.panels.browse?.reload?.();
    void this.forPerson();
  }

  /**
   * What belongs to the signed-in person: their choices, the phrase they were writing (kept on the
   * device), what an earlier visit left in the outbox. When the person changed (a shared
   * workstation, a portal handing over another token), nothing of the previous one's stays.
   */
  private async forPerson(): Promise<void> {
    const person = await runtime().identity();
    if (person !== this.person) {
      this.stopFollowing?.();
      this.delivery = this.stopFollowing = null;
      removeEventListener('online', this.retry);
      this.popover.hide(false);
      this.choices.clear();
      const draft = local.get(personalKey(person, PHRASE_DRAFT)) as typeof this.draft | undefined;
      Object.assign(this, {
        person,
        mode: 'today',
        reading: null,
        status: '',
        reportError: '',
        unsent: [],
        draft: { ...blankDraft(), ...draft },
      });
      this.host.requestUpdate();
    }
    if (await runtime().outboxIfPending()) void this.deliver();
  }

  /** Keeps the phrase being written on the device, so a reload does not lose it. */
  keepDraft(): void {
    if (this.person === null) return;
    const key = personalKey(this.person, PHRASE_DRAFT);
    if (this.draft.phrase || this.draft.context) local.set(key, this.draft);
    else local.remove(key);
  }

  render() {
    const { t } = this.host.localize;
    if (this.state === 'empty') {
      return html`<div class="state">
        <h2>${t('empty.title')}</h2>
        <p>${t('empty.body')}</p>
      </div>`;
    }
    const panel = this.mode === 'browse' || this.mode === 'report' ? this.panels[this.mode] : null;
    return html`${panel ? panel.render() : this.renderTip()}
      <p class="status" role="status">${this.status}</p>
      ${this.renderPopover()}`;
  }

  /** The tip on the card: today's, or one opened from the list. */
  get tip(): Tip {
    return (this.mode === 'read' && this.reading) || this.today.value!.tip!;
  }

  helpfulOf(tip: Tip): boolean | null {
    return this.choices.get(tip.id)?.helpful ?? tip.helpful;
  }

  savedOf(tip: Tip): boolean {
    return this.choices.get(tip.id)?.saved ?? tip.saved;
  }

  private renderTip() {
    const { t } = this.host.localize;
    const tip = this.tip;
    const reading = this.mode === 'read';
    const helpful = this.helpfulOf(tip);
    const saved = this.savedOf(tip);
    const which = reading ? (saved ? 'saved' : 'earlier') : 'today';
    // The title scrolls with the text: only the buttons under it take a fixed share of the card.
    return html`<div class="pane" part="tip" role="region" aria-labelledby="title" tabindex="0">
        <div class="header" part="header">
          <p class="eyebrow">${t(which)} · ${t(`category.${tip.category}`)}</p>
          <h2 id="title" tabindex="-1" lang=${tip.locale} dir="auto">${tip.title}</h2>
        </div>
        ${tipText(this, tip)}
      </div>
      <div class="choices" @pointerenter=${this.prepare} @focusin=${this.prepare}>
        <span id="helpful-question" class="muted">${t('helpful.question')}</span>
        <span class="group" role="group" aria-labelledby="helpful-question">
          <button
            type="button"
            class="chip"
            part="action"
            aria-pressed=${helpful === true}
            @click=${() => this.setHelpful(tip, true)}
          >
            ${t('helpful.yes')}
          </button>
          <button
            type="button"
            class="chip"
            part="action"
            aria-pressed=${helpful === false}
            @click=${() => this.setHelpful(tip, false)}
          >
            ${t('helpful.no')}
          </button>
        </span>
      </div>
      <div class="actions">
        <button
          type="button"
          class="chip"
          part="action"
          aria-pressed=${saved}
          @click=${() => this.setSaved(tip, !saved)}
        >
          ${t('save')}
        </button>
        ${
          reading
            ? this.entry('browse', t('nav.back'), '#list-title')
            : this.entry('browse', t('nav.browse'), '#list-title')
        }
        ${this.entry('report', t('nav.report'), '#phrase')}
      </div>`;
  }

  /** A button that opens a part; the part is imported as soon as the button is hovered or focused. */
  entry(name: PartName, label: string, focus: string) {
    return html`<button
      type="button"
      class="link"
      part="action"
      id="open-${name}"
      @pointerenter=${() => void this.part(name).catch(() => undefined)}
      @focus=${() => void this.part(name).catch(() => undefined)}
      @click=${() => this.open(name, focus)}
    >
      ${label}
    </button>`;
  }

  private renderPopover() {
    const { t } = this.host.localize;
    const idiom = this.idiom;
    // The idiom is the tip's text (its language and direction); the labels around it are the card's.
    const lang = this.tip?.locale ?? nothing;
    return html`<div
        id="idiom"
        class="popover"
        part="popover"
        popover="auto"
        role="dialog"
        tabindex="-1"
        aria-labelledby="idiom-phrase"
      >
        <div class="popover-head">
          <strong id="idiom-phrase" lang=${lang} dir="auto">${idiom?.phrase}</strong>
          <button
            type="button"
            class="close"
            aria-label=${t('close')}
            @click=${() => this.popover.hide()}
          >
            ×
          </button>
        </div>
        <p lang=${lang} dir="auto">${idiom?.meaning}</p>
        <p class="example">
          <span class="muted">${t('idiom.example')}</span>
          <span lang=${lang} dir="auto">${idiom?.example}</span>
        </p>
      </div>
      <span id="idiom-hint" hidden>${t('idiom.hint')}</span>`;
  }

  /** Opens an idiom's meaning next to the button that was pressed. */
  async openIdiom(event: Event, tip: Tip, idiom: Idiom): Promise<void> {
    const trigger = event.currentTarget as HTMLElement;
    this.idiom = idiom;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const panel = this.host.renderRoot.querySelector<HTMLElement>('#idiom')!;
    void this.popover.show(trigger, panel);
    this.host.emit('kin-norm-tip-idiom-opened', { tipId: tip.id, phrase: idiom.phrase });
  }

  /** Imports a part and creates it, once. */
  part(name: PartName): Promise<Panel> {
    let loading = this.loading[name];
    if (!loading) {
      loading = parts[name]().then((module) => {
        this.host.addStyles(module.styles);
        return (this.panels[name] = module.create(this));
      });
      this.loading[name] = loading;
      loading.catch(() => delete this.loading[name]); // offline: tried again on the next use
    }
    return loading;
  }

  /** Shows a part (the list or the phrase form), and focuses `focus` in it. */
  async open(name: PartName, focus: string): Promise<void> {
    this.popover.hide(false);
    let panel: Panel;
    try {
      panel = await this.part(name);
    } catch {
      this.say(this.host.localize.t('error.network'));
      return;
    }
    panel.opening?.();
    Object.assign(this, { mode: name, status: '', focusNext: focus });
    this.host.requestUpdate();
  }

  say(status: string): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** Records the resident's choice on the card at once; the outbox sends it. */
  choose(tipId: string, choice: { helpful?: boolean; saved?: boolean }): void {
    this.choices.set(tipId, { ...this.choices.get(tipId), ...choice });
    this.host.requestUpdate();
  }

  private setHelpful(tip: Tip, helpful: boolean): void {
    if (this.helpfulOf(tip) === helpful) return;
    this.choose(tip.id, { helpful });
    this.say(this.host.localize.t('helpful.thanks'));
    void this.write({
      kind: 'tip-feedback',
      method: 'PUT',
      path: `/v1/tips/${encodeURIComponent(tip.id)}/feedback`,
      body: { helpful },
    });
  }

  private setSaved(tip: Tip, saved: boolean): void {
    this.choose(tip.id, { saved });
    this.say(this.host.localize.t(saved ? 'savedNow' : 'unsavedNow'));
    void this.write({
      kind: 'tip-save',
      method: 'PUT',
      path: `/v1/tips/${encodeURIComponent(tip.id)}/saved`,
      body: { saved },
    });
  }

  /** Loads the delivery part and the outbox before the resident presses anything. */
  private prepare = () => void this.deliver().catch(() => undefined);

  /** The delivery part and the outbox, loaded once and followed while connected. */
  private deliver(): Promise<[Delivery, Outbox]> {
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

  /** Sends `write` through the outbox; before the outbox ever loaded (offline), keeps it until online. */
  async write(write: TipWrite): Promise<void> {
    try {
      const [delivery, outbox] = await this.deliver();
      await delivery.send(this, outbox, write);
    } catch {
      // Offline before the outbox ever loaded: kept on the card, sent when back online.
      this.unsent.push(write);
      this.queued(write.kind);
      addEventListener('online', this.retry, { once: true });
    }
  }

  /** Tells the resident (and the page) that something waits for the connection. */
  queued(kind: TipWrite['kind']): void {
    this.say(this.host.localize.t('queued'));
    this.host.emit('kin-norm-tip-queued', { kind: kind.slice(4) });
  }

  private retry = () => {
    const unsent = this.unsent;
    this.unsent = [];
    for (const write of unsent) void this.write(write);
  };
}

export const createView = (host: KinElement) => new NormTipView(host);
