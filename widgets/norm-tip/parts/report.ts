/**
 * "I heard a phrase I didn't understand": the phrase (required) and where it was heard (optional),
 * sent through the outbox to the program's content team, linked to the tip being read. What the
 * resident writes is kept as a draft on the device until it is in the outbox, and comes back into
 * the form if the server refuses it.
 */
import { css, html, nothing } from 'lit';
import { report } from '../../../locales/en/tips.json';
import { runtime } from '../../../src/core/runtime.js';
import { blankDraft, type NormTipView } from '../norm-tip.view.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('tips', { report });

const PHRASE_MAX = 200;
const CONTEXT_MAX = 1000;

/** Back to today's tip (or the tip open from the list), focusing the form's own button. */
function close(view: NormTipView): void {
  Object.assign(view, { mode: view.reading ? 'read' : 'today', focusNext: '#open-report' });
  view.host.requestUpdate();
}

/** Sends the phrase; the card goes back to the tip while the outbox delivers it. */
function submit(view: NormTipView, event: Event): void {
  event.preventDefault();
  const { phrase, context, tipId } = view.draft;
  if (!phrase.trim()) {
    view.reportError = view.host.localize.t('report.required');
    view.focusNext = '#phrase';
    view.host.requestUpdate();
    return;
  }
  const body = {
    phrase: phrase.trim(),
    ...(context.trim() ? { context: context.trim() } : {}),
    ...(tipId ? { tipId } : {}),
  };
  view.draft = blankDraft();
  view.keepDraft();
  view.reportError = '';
  close(view);
  view.say('');
  void view.write({ kind: 'tip-phrase', method: 'POST', path: '/v1/tips/phrases', body });
}

function form(view: NormTipView) {
  const { t } = view.host.localize;
  const { draft } = view;
  const invalid = Boolean(view.reportError);
  return html`<div class="header" part="header">
      <h2 id="report-title">${t('report.title')}</h2>
    </div>
    <form
      class="pane report"
      part="tip"
      aria-labelledby="report-title"
      novalidate
      @submit=${(event: Event) => submit(view, event)}
    >
      <p class="muted">${t('report.intro')}</p>
      ${invalid ? html`<p id="report-error" class="invalid">${view.reportError}</p>` : nothing}
      <label for="phrase">${t('report.phrase')}</label>
      <input
        id="phrase"
        type="text"
        required
        maxlength=${PHRASE_MAX}
        autocomplete="off"
        aria-invalid=${invalid && !draft.phrase.trim()}
        aria-describedby="phrase-help ${invalid ? 'report-error' : ''}"
        .value=${draft.phrase}
        @input=${(event: Event) => {
          draft.phrase = (event.target as HTMLInputElement).value;
          view.keepDraft();
        }}
      />
      <span id="phrase-help" class="help">${t('report.phraseHelp')}</span>
      <label for="context">${t('report.context')}</label>
      <textarea
        id="context"
        rows="3"
        maxlength=${CONTEXT_MAX}
        aria-describedby="context-help"
        .value=${draft.context}
        @input=${(event: Event) => {
          draft.context = (event.target as HTMLTextAreaElement).value;
          view.keepDraft();
        }}
      ></textarea>
      <span id="context-help" class="help">${t('report.contextHelp')}</span>
    </form>
    <div class="actions">
      <button
        type="button"
        class="button primary"
        part="action"
        @click=${(event: Event) => submit(view, event)}
      >
        ${t('report.send')}
      </button>
      <button type="button" class="link" part="action" @click=${() => close(view)}>
        ${t('report.cancel')}
      </button>
    </div>`;
}

export const create = (view: NormTipView) => ({
  render: () => form(view),
  // A phrase is linked to the tip the resident was reading, unless the form already has one.
  opening() {
    if (!view.draft.tipId && view.mode !== 'browse') view.draft.tipId = view.tip.id;
  },
});

export const styles = css`
  .report {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .report > * {
    flex: none;
  }
  .report label {
    font-weight: 600;
    margin-block-start: 0.5em;
  }
  .report input,
  .report textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.5em;
    inline-size: 100%;
  }
  .report textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  .report [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .help {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .invalid {
    color: var(--_danger);
  }
`;
