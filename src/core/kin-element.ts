/**
 * `KinElement`: the base of every Kinship widget.
 *
 * The element class (defined the moment kinship.js runs) is small: its public properties, its
 * skeleton, and `loadView`, which imports the widget's *view* — templates, behaviour, styles and
 * English strings — when the first element of the tag connects. The base element resolves the
 * configuration, settles the language, shows "not configured", the skeleton, the error (with retry)
 * and offline states, and hands the rest of the rendering to the view.
 */
import {
  LitElement,
  adoptStyles,
  html,
  type CSSResult,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
} from 'lit';
import { missingEndpoint, type ConfigProblem, type ResolvedConfig } from './config.js';
import { defineElement } from './define.js';
import { EndpointError } from './errors.js';
import { warmFormats, type Strings } from './i18n.js';
import { LocalizeController } from './localize.js';
import { errorOnce, warnOnce } from './log.js';
import { runtime } from './runtime.js';
import { errorState, notConfiguredState, offlineState, slowNotice } from './states.js';
import { SteadyHeightController } from './steady-height.js';
import { nextTask } from './tasks.js';
import { baseStyles } from './styles.js';

export type WidgetState = 'loading' | 'content' | 'empty' | 'error' | 'offline' | 'unconfigured';

/** What a widget's view does; the element renders it once loaded. */
export interface WidgetView extends ReactiveController {
  readonly state: Exclude<WidgetState, 'unconfigured'>;
  readonly error: EndpointError | null;
  /** The content or empty state. */
  render(): unknown;
  /** Fetches again: after an error, or when the endpoint, the language or the person changed. */
  reload(): void;
}

/** A widget's lazily loaded part. */
export interface WidgetViewModule {
  /** The i18n namespace of the widget (`check-in`). */
  namespace: string;
  /** Its English strings, the source of every translation. */
  strings: Strings;
  styles: CSSResult;
  createView(host: KinElement): WidgetView;
}

/** The colour tokens a portal may set, as `--kin-color-<name>` and `--kin-dark-color-<name>`. */
const COLOUR_TOKENS = [
  'primary',
  'on-primary',
  'surface',
  'surface-alt',
  'text',
  'muted',
  'border',
  'danger',
  'focus',
];

let darkQuery: MediaQueryList | undefined;

/**
 * The device's dark-scheme query: one object for the page, since each `matchMedia` call makes a new
 * one, and a listener can only be removed from the object it was added to.
 */
const darkScheme = (): MediaQueryList | undefined =>
  (darkQuery ??= window.matchMedia?.('(prefers-color-scheme: dark)'));

/** How long the skeleton shows alone before the resident is told that loading is slow. */
const SLOW_AFTER_MS = 4000;

/** Widgets that were on the page before their tag was defined, with the height the page gave them. */
const reservedHeights = new WeakMap<Element, number>();

/**
 * Notes, just before the tags are defined, the height the page gives each widget already in it
 * (README, "Reserving the space"). Such a widget keeps that height while its first render waits for
 * a task of its own: the task that runs kinship.js then only defines the tags, and the page does
 * not collapse around an element that is defined but not drawn yet. A widget with no reserved
 * height renders at once, as one added later does.
 * @internal For the script-tag loader.
 */
export function noteReservedSpace(tags: string[]): void {
  for (const element of document.querySelectorAll(tags.join(','))) {
    const height = element.getBoundingClientRect().height;
    if (height > 0) reservedHeights.set(element, height);
  }
}

/** Each widget class's view, imported once however many elements use it. */
const views = new WeakMap<typeof KinElement, Promise<WidgetViewModule>>();

/**
 * A widget's view, in steps, each in a task of its own: after the task that draws the first
 * skeleton, the chunk every view shares (zod, the contract's shared shapes, the endpoint client),
 * then the view itself, which then starts in a task after that. Imported and started together, it
 * all ran in one task, long enough on a slow phone to hold up the resident's input.
 */
async function importView(widget: typeof KinElement): Promise<WidgetViewModule> {
  await nextTask();
  await import('./endpoint-controller.js');
  await nextTask();
  const view = await widget.loadView();
  await nextTask();
  return view;
}

/**
 * The base of every Kinship widget; not an element of its own.
 *
 * @event {CustomEvent<{ kind: 'config' | 'network' | 'timeout' | 'http' | 'contract'; status: number; message: string }>} kin-error - The widget could not load, or is not configured: once per failure, with what went wrong (never anything a resident wrote).
 */
export abstract class KinElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Imports the widget's view module.
   * @internal
   */
  static loadView: () => Promise<WidgetViewModule>;

  /** Defines `tag` with this class unless it is taken; never throws. */
  static define(tag: string): boolean {
    return defineElement(tag, this as unknown as CustomElementConstructor);
  }

  // Plain `static properties` rather than decorators: the same for Lit, a few hundred bytes less.
  static override properties: PropertyDeclarations = { endpoint: {}, locale: {}, theme: {} };

  /** The base URL of the Kinship API, for this element only. */
  declare endpoint?: string;

  /** `auto`, or a language tag, for this element only. */
  declare locale?: string;

  /** `light`, `dark` or `auto`, for this element only. */
  declare theme?: string;

  /**
   * The configuration this element runs with.
   * @internal
   */
  config!: ResolvedConfig;
  /** @internal */
  readonly localize = new LocalizeController(this);
  /** @internal */
  protected readonly steadyHeight = new SteadyHeightController(this);
  private problems: ConfigProblem[] = [];
  private addedStyles: CSSResult[] = [];
  private view: WidgetView | null = null;
  private viewError: EndpointError | null = null;
  private unsubscribe: (() => void) | null = null;
  private reported: string | null = null;
  /** Set while the skeleton has shown for longer than `SLOW_AFTER_MS`. */
  private slow = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** The scheme and state whose colours were last checked (`dark content`), and on which `.base`. */
  private checkedColours = '';
  private checkedBase: Element | null = null;
  private colourCheck: number | undefined;
  /**
   * The next step of a long list drawn in steps (`Stepwise`): part of the update that
   * `updateComplete` waits for.
   * @internal
   */
  drawingLater: Promise<void> | null = null;

  /**
   * What the element shows now: `loading`, `content`, `empty`, `error`, `offline`, or
   * `unconfigured` (a configuration problem, explained in the console).
   */
  get state(): WidgetState {
    if (this.problems.length) return 'unconfigured';
    if (this.viewError) return 'error';
    return this.view?.state ?? 'loading';
  }

  /** The first render of a widget the page reserved space for waits for a task of its own. */
  protected override async scheduleUpdate(): Promise<void> {
    const height = this.hasUpdated ? undefined : reservedHeights.get(this);
    const root = this.renderRoot as ShadowRoot;
    if (height && root.adoptedStyleSheets) {
      reservedHeights.delete(this);
      const hold = new CSSStyleSheet();
      hold.replaceSync(`:host { min-block-size: ${height}px }`);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, hold];
      await nextTask();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== hold);
    }
    super.scheduleUpdate();
  }

  /** @internal */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const later = this.drawingLater;
    return later ? later.then(() => this.getUpdateComplete()) : complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = runtime().onConfigChange(() => this.configure());
    darkScheme()?.addEventListener('change', this.onScheme);
    // A portal's stylesheet may arrive after the widget: its colours are checked again then.
    if (document.readyState !== 'complete') addEventListener('load', this.onScheme, { once: true });
    // The first configuration waits for the first update: templating libraries (Lit, React, Vue)
    // set an element's properties after it connects. A re-inserted element configures at once.
    if (this.hasUpdated) this.configure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.stopSlowTimer();
    darkScheme()?.removeEventListener('change', this.onScheme);
    removeEventListener('load', this.onScheme);
  }

  /** The colours may have changed (the device's scheme, a stylesheet that loaded): check again. */
  private onScheme = () => {
    this.checkedColours = '';
    this.requestUpdate();
  };

  /**
   * When the page sets colour tokens, checks that the widget's text stays readable in the scheme
   * shown (contrast.ts, imported only then): again when the scheme changes, and when the state does
   * (a portal's stylesheet may arrive after the skeleton).
   */
  private checkColours(state: WidgetState): void {
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    const theme = this.config.theme;
    const scheme =
      theme === 'dark' || (theme === 'auto' && darkScheme()?.matches) ? 'dark' : 'light';
    const checked = `${scheme} ${state}`;
    if (!base || (checked === this.checkedColours && base === this.checkedBase)) return;
    this.checkedColours = checked;
    this.checkedBase = base;
    // A correction made for the other scheme does not carry over.
    for (const name of COLOUR_TOKENS) base.style.removeProperty(`--_${name}`);
    const style = getComputedStyle(this);
    const prefix = scheme === 'dark' ? '--kin-dark-color-' : '--kin-color-';
    if (!COLOUR_TOKENS.some((name) => style.getPropertyValue(prefix + name))) return;
    import('./contrast.js').then(
      ({ guardContrast }) => guardContrast(base),
      (error) => warnOnce('The colour check could not be loaded.', error),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('endpoint') ||
      changed.has('locale') ||
      changed.has('theme')
    ) {
      this.configure();
    }
  }

  /**
   * Dispatches a bubbling, composed `CustomEvent` and hands it to `onEvent` and `Kinship.on`.
   * @internal
   */
  emit<T>(type: string, detail: T): void {
    // Built apart from dispatchEvent() so the manifest analyzer does not list "type" as an event.
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    runtime().notify({ type, detail, target: this }, this.config);
  }

  /**
   * Adds styles to this element's shadow root: a view's, or a part's when the part first shows.
   * @internal
   */
  addStyles(styles: CSSResult): void {
    if (this.addedStyles.includes(styles)) return;
    this.addedStyles.push(styles);
    const own = (this.constructor as typeof KinElement).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, [...own, ...this.addedStyles]);
  }

  /**
   * The widget's outline while its view and data load.
   * @internal
   */
  protected abstract renderSkeleton(): unknown;

  private configure(): void {
    const previous = this.config;
    const { config, problems } = runtime().resolve({
      endpoint: this.endpoint,
      locale: this.locale,
      theme: this.theme,
    });
    this.config = config;
    this.problems = config.endpoint || problems.length ? problems : [missingEndpoint()];
    this.requestUpdate();
    if (this.problems.length) return;
    // A new endpoint, language or person (another token, or another way to get one) means fetching
    // again; a theme change only re-renders.
    const reload =
      previous &&
      (['endpoint', 'locale', 'token', 'getToken'] as const).some(
        (option) => previous[option] !== config[option],
      );
    void this.start(reload);
  }

  /** Loads the view (once per widget class) and the language, then lets the view fetch. */
  private async start(reload: boolean): Promise<void> {
    const widget = this.constructor as typeof KinElement;
    let loading = views.get(widget);
    if (!loading) views.set(widget, (loading = importView(widget)));
    void warmFormats();
    try {
      const module = await loading;
      this.viewError = null;
      runtime().translations.addSource(module.namespace, module.strings);
      await this.localize.use(this.config, module.namespace);
      // The view starts (its cached copies read, its first requests sent) in a task of its own.
      await nextTask();
      // Unconfigured meanwhile (an endpoint removed while the view loaded): start again when configured.
      if (this.problems.length) return;
      if (!this.view) {
        this.addStyles(module.styles);
        this.view = module.createView(this);
        this.addController(this.view);
      } else if (reload) {
        this.view.reload();
      }
    } catch (error) {
      views.delete(widget); // let "Try again" import it afresh
      errorOnce(`The ${this.localName} widget could not be loaded.`, error);
      this.viewError = new EndpointError('network', String(error));
    }
    this.requestUpdate();
  }

  private retry = () => {
    this.stopSlowTimer(); // a fresh attempt gets its own few seconds
    if (this.viewError) void this.start(false);
    else this.view?.reload();
    this.requestUpdate();
  };

  private stopSlowTimer(): void {
    clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
    this.slow = false;
  }

  /** Starts the slow timer when the skeleton shows, and stops it when anything else does. */
  private watchLoading(state: WidgetState): void {
    if (state !== 'loading') this.stopSlowTimer();
    else
      this.slowTimer ??= setTimeout(() => {
        this.slow = true;
        this.requestUpdate();
      }, SLOW_AFTER_MS);
  }

  protected override updated(): void {
    const state = this.state;
    this.watchLoading(state);
    // In the next frame, before it is painted: reading a computed style here would force a style
    // recalculation into the task that rendered.
    this.colourCheck ??= requestAnimationFrame(() => {
      this.colourCheck = undefined;
      if (this.isConnected) this.checkColours(this.state);
    });
    // Tell the host page once per failure, not once per render.
    const error = this.viewError ?? this.view?.error;
    const failure =
      state === 'unconfigured' ? 'unconfigured' : state === 'error' && error ? error.message : null;
    if (failure && failure !== this.reported) {
      this.emit('kin-error', {
        kind: state === 'unconfigured' ? 'config' : error!.kind,
        status: error?.status ?? 0,
        message: state === 'unconfigured' ? this.problems.map((p) => p.option).join(', ') : failure,
      });
      if (error && (error.kind === 'contract' || error.status === 404))
        errorOnce(`${this.localName}: ${error.message}`);
    }
    this.reported = failure;
  }

  protected override render() {
    const { t, dir, lang } = this.localize;
    const state = this.state;
    let body: unknown;
    if (state === 'unconfigured') body = notConfiguredState(t);
    else if (state === 'loading')
      body = html`<div class="loading">
        ${this.renderSkeleton()} ${this.slow ? slowNotice(t, this.retry) : ''}
      </div>`;
    else if (state === 'error')
      body = errorState(t, (this.viewError ?? this.view!.error)!, this.retry);
    else if (state === 'offline') body = offlineState(t, this.retry);
    else body = this.view!.render();
    return html`<div
      part="base"
      class="base theme-${this.config.theme}"
      dir=${dir}
      lang=${lang}
      data-state=${state}
    >
      ${body}
    </div>`;
  }
}
