/**
 * The check-in form: the questions (one at a time below 560px of width, with "Question 2 of 6"), the
 * request to be contacted, and the buttons. Validation happens when the resident sends: an unanswered
 * required question is named in a summary that takes the focus, and marked where it is.
 */
import { css, html, nothing } from 'lit';
import type { CheckInForm, CheckInSubmission } from '../../../src/contract/check-in.js';
import { STEPPED_BELOW_PX } from '../check-in.component.js';
import type { CheckInView } from '../check-in.view.js';
import { contactRequest, known, languageNote, question } from './questions.js';

/** The submission, and what is missing from it. */
function collect(view: CheckInView, form: CheckInForm): [CheckInSubmission, string[]] {
  const items = form.items.map(known);
  const { answers, contact } = view;
  const missing = [
    ...items.flatMap((item) => (item?.required && answers[item.id] === undefined ? [item.id] : [])),
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
  const context = {
    t,
    lang: form.locale,
    answers: view.answers,
    missing: view.missing,
    answer: (itemId: string, value: string | number) =>
      view.change({ ...view.answers, [itemId]: value }, view.contact),
  };
  const stepped = view.host.clientWidth < STEPPED_BELOW_PX;
  const total = form.items.length;
  const step = Math.min(view.step, total - 1);
  const last = !stepped || step === total - 1;
  // Each step checks its own answer, there and then, before moving on.
  const current = known(form.items[step]);
  const go = (to: number) => () => {
    if (to > step && current?.required && view.answers[current.id] === undefined) {
      view.missing = [...new Set([...view.missing, current.id])];
      view.focusNext = `#q-${current.id}`;
    } else {
      view.step = to;
      view.focusNext = `#q-${form.items[to].id}`;
    }
    view.host.requestUpdate();
  };
  /** Takes the resident to a question still missing an answer (its step, on a narrow card). */
  const goTo = (id: string) => () => {
    const index = form.items.findIndex((item) => item.id === id);
    if (stepped && index >= 0) view.step = index;
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
    <p class="muted">${t('intro')}</p>
    ${languageNote(form.locale, view.host.localize.lang, t)}
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
            ${t('progress', { current: step + 1, total })}
            <progress max=${total} .value=${step + 1} aria-hidden="true"></progress>
          </p>`
        : nothing
    }
    ${(stepped ? [form.items[step]] : form.items).map((item) => question(item, context))}
    ${
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
          : html`<button type="button" class="button primary" part="action" @click=${go(step + 1)}>
              ${t('next')}
            </button>`
      }
      <button type="button" class="button link" part="action" @click=${() => void view.snooze()}>
        ${t('snooze')}
      </button>
    </div>
  </form>`;
}

export const styles = css`
  form {
    display: grid;
    gap: 1em;
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
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .options.column {
    flex-direction: column;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
    padding: 0.4em 0.9em 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .options.column .option {
    border-radius: calc(var(--_radius) * 0.75);
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
  .check {
    border: 0;
    padding-inline: 0;
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
    font-weight: 400;
    text-decoration: underline;
  }
  #missing {
    display: grid;
    justify-items: start;
  }
  #missing .button {
    padding-inline: 0;
    color: inherit;
    text-align: start;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
