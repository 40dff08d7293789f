/**
 * The resident's own trend: their last check-ins' well-being (0–100, higher is better) as a line,
 * oldest on the start side. The chart is an image with a sentence for screen readers, and the
 * same figures are one click away as a list.
 */
import { html, svg } from 'lit';
import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../src/contract/check-in.js';

const WIDTH = 300;
const HEIGHT = 100;
const PAD = 8;

export function trend(entries: HistoryEntry[], t: TFunction, date: (iso: string) => string) {
  if (!entries.length) return html`<p class="muted">${t('trend.empty')}</p>`;
  const points = [...entries].reverse(); // oldest first
  const x = (i: number) =>
    points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) => HEIGHT - PAD - (value * (HEIGHT - 2 * PAD)) / 100;
  const [first, last] = [points[0], points[points.length - 1]];
  const label =
    points.length === 1
      ? t('trend.single', { value: Math.round(first.wellbeing) })
      : t('trend.label', {
          count: points.length,
          first: Math.round(first.wellbeing),
          firstDate: date(first.submittedAt),
          last: Math.round(last.wellbeing),
          lastDate: date(last.submittedAt),
        });
  return html`<figure class="trend" part="trend">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label} preserveAspectRatio="none">
      ${[0, 50, 100].map((v) => svg`<line class="grid" x1="0" x2=${WIDTH} y1=${y(v)} y2=${y(v)}></line>`)}
      <polyline
        class="line"
        points=${points.map((p, i) => `${x(i)},${y(p.wellbeing)}`).join(' ')}
      ></polyline>
      ${points.map((p, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(p.wellbeing)} r="3.5"></circle>`)}
    </svg>
    <details>
      <summary>${t('trend.list')}</summary>
      <ul>
        ${entries.map((p) => html`<li>${t('trend.entry', { date: date(p.submittedAt), value: Math.round(p.wellbeing) })}</li>`)}
      </ul>
    </details>
  </figure>`;
}
