/**
 * `SteadyHeightController`: no layout shift the resident did not cause.
 *
 * A card's height changes as it loads — the skeleton, then content whose height depends on the
 * state, the width, the text size and the language — and each change moves everything below it on
 * the host page. So:
 * - the skeleton takes the height the card's first content had last time at this width (kept on
 *   the device in `em`, so a larger text size scales it): a returning resident's card does not
 *   move when it fills;
 * - until the resident first presses or types in the card, it keeps at least the tallest height
 *   it had when its state changed (measured then only: a measure forces a layout): content
 *   arriving never shrinks it below that and pulls the page up. What the resident does may
 *   resize it.
 * The remembered heights are layout, not anything about the person.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { local } from './storage.js';

/** Widths within this many px share a remembered height. */
const WIDTH_STEP_PX = 40;

export interface SteadyHost extends ReactiveElement {
  readonly state: string;
}

export class SteadyHeightController implements ReactiveController {
  /** The tallest the card was, in px, at the changes of state since it connected. */
  private tallest = 0;
  private interacted = false;
  /** The state last measured: measuring forces a layout, so it happens once per state. */
  private measured = '';

  constructor(private readonly host: SteadyHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.release);
    this.host.addEventListener('keydown', this.release);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.release);
    this.host.removeEventListener('keydown', this.release);
  }

  hostUpdated(): void {
    const state = this.host.state;
    if (this.interacted || state === 'unconfigured' || state === this.measured) return;
    this.measured = state;
    // Measured in the next frame, before it is painted: the skeleton still gets its height before
    // anyone sees it, but the layout a measure forces is no longer part of the task that rendered
    // (for the skeleton, the task that ran kinship.js), which it made long.
    requestAnimationFrame(() => this.measure(state));
  }

  private measure(state: string): void {
    const base = this.base();
    if (!base || this.interacted || state !== this.host.state) return;
    const em = parseFloat(getComputedStyle(base).fontSize);
    const key = `layout:${this.host.localName}:${Math.round(this.host.clientWidth / WIDTH_STEP_PX)}`;
    if (state === 'loading') {
      this.hold(base, Math.max(this.tallest, (Number(local.get(key)) || 0) * em), em);
      return;
    }
    // The content's own height, without the hold: what the skeleton should be next time.
    const held = base.style.minBlockSize;
    base.style.minBlockSize = '';
    const natural = base.getBoundingClientRect().height;
    base.style.minBlockSize = held;
    const remembered = Number(local.get(key)) || 0;
    if (Math.abs(remembered - natural / em) > 0.25) local.set(key, natural / em);
    this.hold(base, Math.max(this.tallest, natural), em);
  }

  private base(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.base');
  }

  /** Keeps the card at least `px` tall (CSSOM: allowed under `style-src 'self'`). */
  private hold(base: HTMLElement, px: number, em: number): void {
    this.tallest = Math.max(this.tallest, px, base.getBoundingClientRect().height);
    if (this.tallest) base.style.minBlockSize = `${this.tallest / em}em`;
  }

  /** The resident acted in the card: from now on it may take the height its content needs. */
  private release = () => {
    this.interacted = true;
    const base = this.base();
    if (base) base.style.minBlockSize = '';
  };
}
