/**
 * A tip's text. The idioms come from the endpoint as data (`{ phrase, meaning, example }`), never as
 * markup: each place a phrase appears in the body, word for word (any letter case), becomes a
 * button that opens its meaning. An idiom the body does not contain is listed under the text, so
 * its meaning can still be opened. Everything else is plain text.
 */
import { html, nothing } from 'lit';
import { untranslated, whyItMatters, trySaying, wordsToKnow } from '../../../locales/en/tips.json';
import { runtime } from '../../../src/core/runtime.js';
import type { Idiom, Tip } from '../../../src/contract/tips.js';
import type { NormTipView } from '../norm-tip.view.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('tips', { untranslated, whyItMatters, trySaying, wordsToKnow });

type Piece = string | { text: string; idiom: Idiom };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body cut into text and idioms, in order. A phrase counts only as a whole word or words ("run"
 * is not found in "running"); where two overlap, the earlier (then the longer) wins.
 */
export function pieces(body: string, idioms: Idiom[]): Piece[] {
  const found: { start: number; end: number; idiom: Idiom }[] = [];
  for (const idiom of idioms) {
    for (const match of body.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(idiom.phrase)}(?![\\p{L}\\p{N}])`, 'giu'),
    )) {
      found.push({ start: match.index, end: match.index + match[0].length, idiom });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Piece[] = [];
  let at = 0;
  for (const { start, end, idiom } of found) {
    if (start < at) continue;
    if (start > at) result.push(body.slice(at, start));
    result.push({ text: body.slice(start, end), idiom });
    at = end;
  }
  if (at < body.length) result.push(body.slice(at));
  return result;
}

function idiomButton(view: NormTipView, tip: Tip, text: string, idiom: Idiom) {
  return html`<button
    type="button"
    class="idiom"
    part="idiom"
    aria-haspopup="dialog"
    aria-expanded="false"
    aria-controls="idiom"
    aria-describedby="idiom-hint"
    @pointerenter=${() => view.popover.preload()}
    @focus=${() => view.popover.preload()}
    @click=${(event: Event) => view.openIdiom(event, tip, idiom)}
  >
    ${text}
  </button>`;
}

export function tipText(view: NormTipView, tip: Tip) {
  const { t, lang } = view.host.localize;
  const body = pieces(tip.body, tip.idioms);
  const inBody = new Set(body.flatMap((piece) => (typeof piece === 'string' ? [] : [piece.idiom])));
  const elsewhere = tip.idioms.filter((idiom) => !inBody.has(idiom));
  const untranslated = tip.locale.split('-')[0] !== lang.split('-')[0];
  return html`${untranslated ? html`<p class="notice">${t('untranslated')}</p>` : nothing}
    <div class="text">
      <p lang=${tip.locale} dir="auto">
        ${body.map((piece) =>
          typeof piece === 'string' ? piece : idiomButton(view, tip, piece.text, piece.idiom),
        )}
      </p>
      ${
        tip.whyItMatters
          ? html`<h3>${t('whyItMatters')}</h3>
              <p lang=${tip.locale} dir="auto">${tip.whyItMatters}</p>`
          : nothing
      }
      ${
        tip.trySaying.length
          ? html`<h3>${t('trySaying')}</h3>
              <ul class="phrases" lang=${tip.locale} dir="auto">
                ${tip.trySaying.map((phrase) => html`<li>${phrase}</li>`)}
              </ul>`
          : nothing
      }
      ${
        elsewhere.length
          ? html`<h3>${t('wordsToKnow')}</h3>
              <p class="words" lang=${tip.locale} dir="auto">
                ${elsewhere.map((idiom) => idiomButton(view, tip, idiom.phrase, idiom))}
              </p>`
          : nothing
      }
    </div>`;
}
