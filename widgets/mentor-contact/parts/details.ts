/**
 * "More about" the mentor: their own words and how long they have been the resident's mentor, in a
 * popover (`PopoverController`: top layer, anchored, Escape closes it and focus returns). Loaded the
 * first time a resident opens it.
 */
import { css, html, nothing } from 'lit';
import { bio, since } from '../../../locales/en/mentor.json';
import { runtime } from '../../../src/core/runtime.js';
import { PopoverController, popoverStyles } from '../../../src/core/popover.js';
import type { MentorView } from '../mentor-contact.view.js';

runtime().translations.addSource('mentor', { bio, since });

/** Each card's panel controller, made the first time its panel opens. */
const popovers = new WeakMap<MentorView, PopoverController>();

/** Opens the panel next to `trigger`, or closes it if it is open. */
export function toggle(view: MentorView, trigger: HTMLElement): void {
  let popover = popovers.get(view);
  if (!popover) popovers.set(view, (popover = new PopoverController(view.host)));
  const panel = view.host.renderRoot.querySelector<HTMLElement>('#details');
  if (popover.open) popover.hide();
  else if (panel) void popover.show(trigger, panel);
}

/** Closes the panel without moving the focus (another person signed in). */
export const close = (view: MentorView) => popovers.get(view)?.hide(false);

export function render(view: MentorView) {
  const { t } = view.host.localize;
  const { mentor, assignedAt } = view.mentor.value!;
  if (!mentor) return nothing;
  return html`<div
    id="details"
    class="popover details"
    part="details"
    popover="auto"
    role="dialog"
    aria-labelledby="details-title"
    tabindex="-1"
  >
    <h3 id="details-title">${t('bio', { name: mentor.name })}</h3>
    ${mentor.bio ? html`<p dir="auto">${mentor.bio}</p>` : nothing}
    ${
      mentor.topics.length
        ? html`<h4>${t('topics')}</h4>
            <ul>
              ${mentor.topics.map((topic) => html`<li dir="auto">${topic}</li>`)}
            </ul>`
        : nothing
    }
    ${
      assignedAt
        ? html`<p class="muted small">
            ${t('since', { date: view.time(assignedAt, { month: 'long', year: 'numeric' }) })}
          </p>`
        : nothing
    }
    <button type="button" class="button" part="action" @click=${() => popovers.get(view)?.hide()}>
      ${t('close')}
    </button>
  </div>`;
}

export const styles = css`
  ${popoverStyles}
  .details {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    max-block-size: min(32em, calc(100vh - 16px));
  }
  .details h4,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 1.25em;
  }
  .details:not(:popover-open):not([data-open]) {
    display: none;
  }
`;
