/**
 * `PopoverController`: a panel anchored to a button, that nothing in the host page can clip or cover.
 *
 * The panel is a `popover="auto"` element, so the browser puts it in the top layer: it escapes
 * `overflow: hidden`, transformed ancestors and the highest z-index a host page uses, and closes on
 * Escape and on a click outside. @floating-ui/dom positions it next to its trigger (flipping and
 * shifting to stay in view, mirrored in right-to-left text); it is imported the first time a panel
 * opens (or earlier, through `preload()`), so a page that never opens one never downloads it. When
 * it cannot be downloaded (offline before it ever arrived) the panel still opens, placed under its
 * trigger without it. Focus moves into the panel when it opens and back to the trigger when it closes.
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;

/** @floating-ui/dom, imported once; a failed import is tried again next time. */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('@floating-ui/dom');
  floatingUi.catch(() => (floatingUi = undefined));
  return floatingUi;
}

const VIEWPORT_MARGIN = 8;

/** Without floating-ui: under the trigger (above it when there is no room), inside the viewport. */
function placeNear(trigger: HTMLElement, panel: HTMLElement): void {
  const anchor = trigger.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = panel;
  const rtl = getComputedStyle(trigger).direction === 'rtl';
  const start = rtl ? anchor.right - width : anchor.left;
  const below = anchor.bottom + 6;
  const top = below + height <= innerHeight ? below : anchor.top - 6 - height;
  const clamp = (value: number, max: number) =>
    Math.max(VIEWPORT_MARGIN, Math.min(value, max - VIEWPORT_MARGIN));
  panel.style.left = `${clamp(start, innerWidth - width)}px`;
  panel.style.top = `${clamp(top, innerHeight - height)}px`;
}

/** The panel's look; a widget that uses popovers adds these to its styles. */
export const popoverStyles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(24em, calc(100vw - 16px));
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    overflow: auto;
  }
  @supports not selector(:popover-open) {
    .popover:not([data-open]) {
      display: none;
    }
  }
`;

export class PopoverController implements ReactiveController {
  private trigger: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private stopPositioning: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  get open(): boolean {
    return this.panel !== null;
  }

  hostDisconnected(): void {
    this.hide(false);
  }

  /**
   * Starts downloading the positioning code, e.g. when a trigger is first hovered or focused, so
   * that a panel opened after the connection is gone is positioned as usual.
   */
  preload(): void {
    loadFloatingUi().catch(() => undefined);
  }

  /** Opens `panel` (a `popover="auto"` element in the shadow root) next to `trigger`. */
  async show(trigger: HTMLElement, panel: HTMLElement): Promise<void> {
    if (this.panel === panel) return;
    this.hide(false);
    this.trigger = trigger;
    this.panel = panel;
    panel.addEventListener('toggle', this.onToggle);
    panel.addEventListener('keydown', this.onKeydown);
    if (typeof panel.showPopover === 'function') panel.showPopover();
    else panel.toggleAttribute('data-open', true); // browsers without the Popover API
    trigger.setAttribute('aria-expanded', 'true');
    this.host.requestUpdate();

    let floating: FloatingUi;
    try {
      floating = await loadFloatingUi();
    } catch {
      if (this.panel !== panel) return;
      placeNear(trigger, panel);
      panel.focus();
      return;
    }
    if (this.panel !== panel) return; // closed while the module loaded
    const { autoUpdate, computePosition, flip, offset, shift, size } = floating;
    this.stopPositioning = autoUpdate(trigger, panel, () => {
      void computePosition(trigger, panel, {
        strategy: 'fixed',
        placement: this.placement,
        middleware: [
          offset(6),
          flip(),
          shift({ padding: 8 }),
          // A panel taller than the room on its side scrolls inside, rather than off the screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              panel.style.maxHeight = `${Math.max(0, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        // CSSOM, not a style attribute: allowed under `style-src 'self'`.
        panel.style.left = `${x}px`;
        panel.style.top = `${y}px`;
      });
    });
    panel.focus();
  }

  /** Closes the panel; focus goes back to the button that opened it. */
  hide(restoreFocus = true): void {
    const { panel, trigger } = this;
    if (!panel) return;
    this.panel = this.trigger = null;
    this.stopPositioning?.();
    this.stopPositioning = null;
    panel.removeEventListener('toggle', this.onToggle);
    panel.removeEventListener('keydown', this.onKeydown);
    if (typeof panel.hidePopover === 'function' && panel.matches(':popover-open'))
      panel.hidePopover();
    panel.removeAttribute('data-open');
    trigger?.setAttribute('aria-expanded', 'false');
    if (restoreFocus) trigger?.focus();
    this.host.requestUpdate();
  }

  /** The browser closed it: Escape, or a click outside. */
  private onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed') this.hide();
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.hide();
    }
  };
}
