import { css, html } from 'lit';
import { KinElement } from '../../src/core/kin-element.js';
import { skeleton } from '../../src/core/states.js';

/**
 * @summary Today's tip on an unwritten rule of US hospitals and daily life, with every idiom in it
 * explained in place; marked helpful or saved, browsed by topic, and a way to send the content team
 * a phrase the resident did not understand.
 *
 * @tagname kin-norm-tip
 *
 * @event {CustomEvent<{ tipId: string; date: string }>} kin-norm-tip-shown - Today's tip is on the card (once per tip and day).
 * @event {CustomEvent<{ tipId: string; phrase: string }>} kin-norm-tip-idiom-opened - The resident opened the explanation of an idiom in a tip.
 * @event {CustomEvent<{ tipId: string; helpful: boolean }>} kin-norm-tip-feedback - The server stored the resident's "helpful" or "not helpful".
 * @event {CustomEvent<{ tipId: string; saved: boolean }>} kin-norm-tip-saved - The server stored that the resident saved (or unsaved) a tip.
 * @event {CustomEvent<{ id: string }>} kin-norm-tip-phrase-reported - The server received a phrase for the content team; never what the resident wrote.
 * @event {CustomEvent<{ kind: string }>} kin-norm-tip-queued - Something the resident did was kept on the device, to be sent when the connection returns (`kind`: `feedback`, `save` or `phrase`).
 *
 * @csspart base - The card.
 * @csspart header - The topic and the tip's title.
 * @csspart tip - The scrolling area with the tip's text, the tip list or the phrase form.
 * @csspart idiom - Each idiom in a tip: a button that opens its meaning.
 * @csspart popover - The panel with an idiom's meaning and an example.
 * @csspart action - The buttons (helpful, save, browse, report a phrase, retry).
 *
 * @cssproperty --kin-color-primary - Buttons, idioms, the chosen answer.
 * @cssproperty --kin-color-surface - The card's background.
 * @cssproperty --kin-color-text - Text.
 * @cssproperty --kin-font-family - The card's font (the host page's font is not inherited).
 * @cssproperty --kin-font-size - The base size; everything else scales from it (default: the resident's own browser default).
 * @cssproperty --kin-radius - Corner radius of the card.
 * @cssproperty --kin-norm-tip-block-size - The card's fixed height, so nothing on the page moves when a tip arrives (default 30em; longer text scrolls inside).
 */
export class KinNormTip extends KinElement {
  /** @internal */
  static override loadView = () => import('./norm-tip.view.js');

  // The card's size is set from the first paint (skeleton, content, every state): no layout shift.
  // It grows only when its own buttons need more room (large text on a narrow card), never for a tip.
  /** @internal */
  static override styles = [
    KinElement.styles,
    css`
      .base {
        display: flex;
        flex-direction: column;
        min-block-size: var(--kin-norm-tip-block-size, 30em);
      }
    `,
  ];

  /** @internal */
  protected override renderSkeleton() {
    return skeleton(
      this.localize.t,
      html`<div class="bone short"></div>
        <div class="bone heading"></div>
        <div class="bone"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
        <div class="bone"></div>
        <div class="bone control short"></div>`,
    );
  }
}
