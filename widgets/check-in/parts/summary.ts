/**
 * The card after a check-in: "saved on this device" while the outbox waits for a connection; then a
 * thank-you, the next due date (or the snooze), support when the server suggests it, and the trend.
 */
import { css, html, nothing } from 'lit';
import { done, trend } from '../../../locales/en/check-in.json';
import { runtime } from '../../../src/core/runtime.js';
import { queuedMessage, type CheckInView } from '../check-in.view.js';
import { trendChart } from './trend.js';

// The English this part and its trend show (the view brings its own).
runtime().translations.addSource('check-in', { done, trend });

/** The server said the latest answers suggest a hard week. */
const supportSuggested = (view: CheckInView) =>
  (view.receipt ?? view.history.value?.items[0])?.support.suggested ?? false;

/** Imports and starts the support panel, once per person. */
function showSupport(view: CheckInView): void {
  if (view.support || view.supportLoading) return;
  const loading = import('./support.js').then(({ SupportPanel }) => {
    if (view.supportLoading !== loading) return; // another person signed in meanwhile
    view.support = new SupportPanel(view.host);
    view.host.requestUpdate();
  });
  view.supportLoading = loading;
  loading.catch(() => (view.supportLoading = null)); // offline: tried again on the next render
}

/** Opens the form again after the summary. */
function checkInAgain(view: CheckInView): void {
  Object.assign(view, {
    again: true,
    receipt: null,
    requested: null,
    snoozedUntil: null,
    focusNext: 'form .question',
  });
  view.host.requestUpdate();
}

export function render(view: CheckInView) {
  const { t } = view.host.localize;
  if (view.queued) return queuedMessage(view);
  const suggested = supportSuggested(view);
  // The support panel also brings the program's crisis lines, which a request to be contacted names.
  if (suggested || view.requested) showSupport(view);
  /** A day, in the resident's language: "Monday, December 1". */
  const date = (iso: string | number) =>
    new Intl.DateTimeFormat(view.host.localize.lang, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(new Date(iso));
  const history = view.history.value;
  const next = view.receipt?.nextDueAt ?? history?.nextDueAt;
  // Snoozed here, or on an earlier visit: never a thank-you for a check-in that did not happen.
  const snoozed = view.snoozedUntil ?? (!view.receipt && history?.snoozedUntil);
  const checkedIn = view.receipt || history?.items.length;
  const contacted = view.receipt?.contactRequested;
  return html`<div class="summary">
    <div class="done">
      <h3 id="done" tabindex="-1">
        ${snoozed ? t('done.snoozed', { date: date(snoozed) }) : t('done.title')}
      </h3>
      ${view.receipt ? html`<p>${t('done.body')}</p>` : nothing}
      ${next && !snoozed ? html`<p class="muted">${t('done.next', { date: date(next) })}</p>` : nothing}
    </div>
    ${contacted ? view.support?.acknowledge(view.requested) : nothing}
    ${suggested && view.support ? view.support.render(!contacted) : nothing}
    <h3>${t('trend.title')}</h3>
    ${trendChart(history?.items ?? [], t, date)}
    <div class="actions">
      <button type="button" class="button" part="action" @click=${() => checkInAgain(view)}>
        ${checkedIn ? t('done.again') : t('done.now')}
      </button>
    </div>
  </div>`;
}

export const styles = css`
  .contacted {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_primary);
  }
  .contacted p,
  .contacted h3 {
    margin: 0;
  }
  .urgent,
  .urgent > span {
    display: grid;
  }
  .urgent {
    gap: 0.5em;
  }
  .summary,
  .done,
  .support {
    display: grid;
    gap: 1em;
  }
  .summary h3,
  .summary p {
    margin: 0;
  }
  .trend {
    margin: 0;
  }
  .chart {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .axis,
  .dates {
    display: flex;
    justify-content: space-between;
  }
  .axis {
    flex-direction: column;
  }
  .trend svg {
    display: block;
    inline-size: 100%;
    block-size: 6em;
  }
  .dates {
    grid-column: 2;
  }
  figcaption {
    margin-block-end: 0.5em;
  }
  [dir='rtl'] .trend svg {
    transform: scaleX(-1);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .line {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
  }
  .dot {
    fill: var(--_primary);
  }
  summary {
    cursor: pointer;
    font-size: 0.875em;
    padding-block: 0.3em; /* a target of at least 24px */
  }
  .support {
    padding: 1em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  .resources {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .resources li {
    display: grid;
    gap: 0.15em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  a {
    color: var(--_primary);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .line {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
  }
`;
