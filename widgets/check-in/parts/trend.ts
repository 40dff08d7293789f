/**
 * The resident's own trend: their last check-ins' well-being (0–100, higher is better), said in
 * words first ("better than last time") and drawn as a line, oldest on the start side, between
 * "Better" and "Harder" and between the first and last dates. No bare score is ever shown: a week
 * is "a hard week", never "0 out of 100", and the lowest point sits above the chart's floor. The
 * same weeks are one click away as a list.
 */
import { html, svg } from 'lit';
import type { Translate } from '../../../src/core/i18n.js';
import type { HistoryEntry } from '../../../src/contract/check-in.js';

const WIDTH = 300;
const HEIGHT = 100;
const PAD = 8;
/** The lowest well-being is drawn this far up the chart: a hard week, not a fall off the edge. */
const FLOOR = 25;
/** A change smaller than this (on 0–100) is "about the same". */
const STEADY = 5;

/** A week in words, by its well-being. */
const band = (t: Translate, wellbeing: number) =>
  t(
    wellbeing < 25
      ? 'trend.band.hard'
      : wellbeing < 50
        ? 'trend.band.tough'
        : wellbeing < 75
          ? 'trend.band.okay'
          : 'trend.band.good',
  );

export function trendChart(entries: HistoryEntry[], t: Translate, date: (iso: string) => string) {
  if (!entries.length) return html`<p class="muted">${t('trend.empty')}</p>`;
  const [latest, previous] = entries; // newest first
  if (!previous) {
    return html`<p class="trend" part="trend">
      ${t('trend.single', { date: date(latest.submittedAt), band: band(t, latest.wellbeing) })}
    </p>`;
  }
  const points = [...entries].reverse(); // oldest first
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) =>
    HEIGHT - PAD - ((FLOOR + (value * (100 - FLOOR)) / 100) * (HEIGHT - 2 * PAD)) / 100;
  const difference = latest.wellbeing - previous.wellbeing;
  const change = t(
    difference >= STEADY ? 'trend.up' : difference <= -STEADY ? 'trend.down' : 'trend.steady',
    { date: date(previous.submittedAt) },
  );
  const [first, last] = [date(points[0].submittedAt), date(latest.submittedAt)];
  return html`<figure class="trend" part="trend">
    <figcaption>${change}</figcaption>
    <div class="chart">
      <span class="axis" aria-hidden="true"
        ><span>${t('trend.better')}</span><span>${t('trend.harder')}</span></span
      >
      <svg
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        role="img"
        aria-label=${t('trend.label', { count: points.length, first, last })}
        preserveAspectRatio="none"
      >
        <line class="grid" x1="0" x2=${WIDTH} y1=${HEIGHT - PAD} y2=${HEIGHT - PAD}></line>
        <polyline
          class="line"
          points=${points.map((p, i) => `${x(i)},${y(p.wellbeing)}`).join(' ')}
        ></polyline>
        ${points.map((p, i) => svg`<circle class="dot" cx=${x(i)} cy=${y(p.wellbeing)} r="3.5"></circle>`)}
      </svg>
      <span class="dates" aria-hidden="true"><span>${first}</span><span>${last}</span></span>
    </div>
    <details>
      <summary>${t('trend.list')}</summary>
      <ul>
        ${entries.map(
          (p) =>
            html`<li>
              ${t('trend.entry', { date: date(p.submittedAt), band: band(t, p.wellbeing) })}
            </li>`,
        )}
      </ul>
    </details>
  </figure>`;
}
