/**
 * The card after a check-in: "saved on this device" while the outbox waits for a connection; then a
 * thank-you, the next due date (or the snooze), support when the server suggests it, and the trend.
 */
import { css, html, nothing } from 'lit';
import { queuedMessage, type CheckInView } from '../check-in.view.js';
import { trend } from './trend.js';

export function render(view: CheckInView) {
  const { t } = view.host.localize;
  if (view.queued) return queuedMessage(view);
  const history = view.history.value;
  const next = view.receipt?.nextDueAt ?? history?.nextDueAt;
  return html`<div class="done">
      <h3 id="done" tabindex="-1">
        ${view.snoozedUntil ? t('done.snoozed', { date: view.date(view.snoozedUntil) }) : t('done.title')}
      </h3>
      ${view.receipt ? html`<p>${t('done.body')}</p>` : nothing}
      ${next && !view.snoozedUntil ? html`<p class="muted">${t('done.next', { date: view.date(next) })}</p>` : nothing}
    </div>
    ${view.supportSuggested && view.support ? view.support.render() : nothing}
    <h3>${t('trend.title')}</h3>
    ${trend(history?.items ?? [], t, view.date)}
    <div class="actions">
      <button type="button" class="button" part="action" @click=${() => view.checkInAgain()}>
        ${t('done.again')}
      </button>
    </div>`;
}

export const styles = css`
  .done,
  .support {
    display: grid;
    gap: 1em;
  }
  .trend {
    margin: 0;
  }
  .trend svg {
    display: block;
    inline-size: 100%;
    block-size: 6em;
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
