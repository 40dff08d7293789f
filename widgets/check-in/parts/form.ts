/**
 * The check-in form: the questions (a few at a time below 560px of width, with "Step 2 of 3"), the
 * request to be contacted, and the buttons. Each step checks its own answers before moving on; Send
 * names any required question still unanswered in a summary that takes the focus, each a link to it.
 */
import { css, html, nothing } from 'lit';
import {
  intro,
  progress,
  next,
  back,
  send,
  sending,
  missing_one,
  missing_other,
  draftRestored,
  snooze,
  rejected,
  contact,
} from '../../../locales/en/check-in.json';
import { runtime } from '../../../src/core/runtime.js';
import type { CheckInForm, CheckInSubmission } from '../../../src/contract/check-in.js';
import { STEPPED_BELOW_PX } from '../check-in.component.js';
import type { CheckInView } from '../check-in.view.js';
import { contactRequest, known, languageNote, question } from './questions.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('check-in', {
  intro,
  progress,
  next,
  back,
  send,
  sending,
  missing_one,
  missing_other,
  draftRestored,
  snooze,
  rejected,
  contact,
});

/** Questions on one step of a narrow card: a phone's screen, and at most ten taps in all. */
const PER_STEP = 3;

type Item = CheckInForm['items'][number];

/**
 * A narrow card's steps: up to PER_STEP questions each, and the items of one measure (the three UCLA
 * loneliness questions) kept together on one step.
 */
function steps(items: Item[]): Item[][] {
  const pages: Item[][] = [];
  let block: Item[] = [];
  items.forEach((item, i) => {
    block.push(item);
    if (item.measure && item.measure === items[i + 1]?.measure) return;
    const page = pages.at(-1);
    if (page && page.length + block.length <= PER_STEP) page.push(...block);
    else pages.push(block);
    block = [];
  });
  return pages;
}

/** The required questions among `items` still without an answer. */
const unanswered = (items: Item[], answers: CheckInView['answers']) =>
  items.flatMap((raw) => {
    const item = known(raw);
    return item?.required && answers[item.id] === undefined ? [item.id] : [];
  });

/** The submission, and what is missing from it. */
function collect(view: CheckInView, form: CheckInForm): [CheckInSubmission, string[]] {
  const items = form.items.map(known);
  const { answers, contact } = view;
  const missing = [
    ...unanswered(form.items, answers),
    ...(contact.wanted && !contact.optionId ? ['contact'] : []),
  ];
  const ids = new Set(items.flatMap((item) => (item ? [item.id] : [])));
  const body: CheckInSubmission = {
    formId: form.id,
    answers: Object.entries(answers)
      .filter(([itemId, value]) => ids.has(itemId) && value !== '')
      .map(([itemId, value]) => ({ itemId, value })),
    answeredAt: new Date().toISOString(),
  };
  const note = contact.note.trim();
  if (contact.wanted && contact.optionId)
    body.contactRequest = { optionId: contact.optionId, ...(note && { note }) };
  return [body, missing];
}

export function render(view: CheckInView) {
  const form = view.form.value!;
  const { t } = view.host.localize;
  const width = view.host.clientWidth;
  const stepped = width < STEPPED_BELOW_PX;
  const context = {
    t,
    lang: form.locale,
    width,
    answers: view.answers,
    missing: view.missing,
    answer: (itemId: string, value: string | number) =>
      view.change({ ...view.answers, [itemId]: value }, view.contact),
  };
  const pages = steps(form.items);
  const step = Math.min(view.step, pages.length - 1);
  const last = !stepped || step === pages.length - 1;
  const shown = stepped ? pages[step] : form.items;
  // A wide card draws its questions a few per task, and what follows them once they are all there:
  // the request to be contacted and the buttons, drawn earlier, would show under the first
  // questions and then move down.
  const drawn = stepped ? shown.length : view.drawing.count(shown.length);
  const complete = drawn === shown.length;
  // Each step checks its own answers, there and then, before moving on.
  const go = (to: number) => () => {
    const missing = to > step ? unanswered(shown, view.answers) : [];
    if (missing.length) view.missing = missing;
    else view.step = to;
    view.focusNext = `#q-${missing[0] ?? pages[to][0].id}`;
    view.host.requestUpdate();
  };
  /** Takes the resident to a question still missing an answer (its step, on a narrow card). */
  const goTo = (id: string) => () => {
    const page = pages.findIndex((items) => items.some((item) => item.id === id));
    if (stepped && page >= 0) view.step = page;
    view.focusNext = `#q-${id}`;
    view.host.requestUpdate();
  };
  const prompt = (id: string) =>
    id === 'contact' ? t('contact.who') : form.items.find((item) => item.id === id)?.prompt;
  // Sending is the submit button's click (Enter in a field clicks it too), not the form's submit
  // event: a frame sandboxed without allow-forms blocks every form submission, so no submit event
  // would ever come there; cancelling the click leaves nothing to block.
  const send = (event: Event) => {
    event.preventDefault();
    void view.send(...collect(view, form));
  };
  return html`<form novalidate>
    ${
      // Said once, on the first step: the intro, and whether the form is in another language.
      stepped && step
        ? nothing
        : html`<p class="muted">${t('intro')}</p>
            ${languageNote(form.locale, view.host.localize.lang, t)}`
    }
    ${navigator.onLine ? nothing : html`<p class="notice" role="status">${t('offline.note')}</p>`}
    ${view.restoredDraft ? html`<p class="notice" role="status">${t('draftRestored')}</p>` : nothing}
    ${view.rejected !== null ? html`<p class="notice invalid" role="alert">${t('rejected', { reason: view.rejected })}</p>` : nothing}
    ${
      // After Send: what is missing, each a way to its question. (Next says so at the question.)
      last && view.missing.length
        ? html`<div class="notice invalid" id="missing" tabindex="-1" role="alert">
            ${t('missing', { count: view.missing.length })}
            ${view.missing.map(
              (id) =>
                html`<button type="button" class="button link" @click=${goTo(id)}>
                  ${prompt(id)}
                </button>`,
            )}
          </div>`
        : nothing
    }
    ${
      stepped
        ? html`<p class="progress" aria-live="polite">
            ${t('progress', { current: step + 1, total: pages.length })}
            <progress max=${pages.length} .value=${step + 1} aria-hidden="true"></progress>
          </p>`
        : nothing
    }
    ${shown.slice(0, drawn).map((item) => question(item, context))}
    ${
      complete
        ? html` ${
              last
                ? contactRequest(
                    form.contactOptions,
                    view.contact,
                    t,
                    view.missing.includes('contact'),
                    (contact) => view.change(view.answers, contact),
                    form.locale,
                  )
                : nothing
            }
            <div class="actions">
              ${
                stepped && step > 0
                  ? html`<button type="button" class="button" part="action" @click=${go(step - 1)}>
                      ${t('back')}
                    </button>`
                  : nothing
              }
              ${
                last
                  ? html`<button
                      type="submit"
                      class="button primary"
                      part="action"
                      ?disabled=${view.sending}
                      @click=${send}
                    >
                      ${view.sending ? t('sending') : t('send')}
                    </button>`
                  : html`<button
                      type="button"
                      class="button primary"
                      part="action"
                      @click=${go(step + 1)}
                    >
                      ${t('next')}
                    </button>`
              }
              <button
                type="button"
                class="button link"
                part="action"
                @click=${() => void view.snooze()}
              >
                ${t('snooze')}
              </button>
            </div>`
        : nothing
    }
  </form>`;
}

export const styles = css`
  form {
    display: grid;
    gap: 1em;
    container-type: inline-size;
  }
  .question {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: 0.4em;
  }
  .hint {
    font-size: 0.875em;
    margin: 0 0 0.4em;
  }
  /* A scale: a column of answers; where the card has room for them (at the resident's text size),
     equal cells in one row, each its radio above its words. */
  .options {
    display: grid;
    gap: 0.4em;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    cursor: pointer;
  }
  .option {
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  @container (inline-size > 18em) {
    :not(.column).options {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
    :not(.column) > .option {
      flex-direction: column;
      gap: 0.25em;
      padding-inline: 0.25em;
      text-align: center;
    }
  }
  .option:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  .option:has(:checked) .name {
    font-weight: 600;
  }
  .option-text {
    display: grid;
  }
  input {
    accent-color: var(--_primary);
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
  }
  textarea {
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .note {
    display: block;
    margin-block-start: 0.75em;
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--_danger);
  }
  .progress {
    display: grid;
    gap: 0.3em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_primary);
  }
  .button.link {
    border-color: transparent;
    padding-inline: 0;
    font-weight: 400;
    text-decoration: underline;
  }
  #missing {
    display: grid;
    justify-items: start;
  }
  #missing .button {
    color: inherit;
    text-align: start;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
