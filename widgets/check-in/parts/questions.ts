/**
 * The form's questions as templates. Scales are radio groups in a fieldset (never sliders): native
 * radios give keyboard use (arrow keys) and screen-reader announcements for free. An item of a kind
 * this version cannot render is shown as such, and the rest of the form still works.
 */
import { html, nothing } from 'lit';
import {
  optional,
  required,
  unsupported,
  untranslated,
  charactersLeft,
  contact,
} from '../../../locales/en/check-in.json';
import { runtime } from '../../../src/core/runtime.js';
import type { Translate } from '../../../src/core/i18n.js';
import * as z from 'zod/mini';
import { ScaleItem, TextItem, type ContactOption } from '../../../src/contract/check-in.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('check-in', {
  optional,
  required,
  unsupported,
  untranslated,
  charactersLeft,
  contact,
});

export type AnswerValue = number | string;

export interface QuestionContext {
  t: Translate;
  /** The language of the form's words (its `locale`), when the endpoint says: they carry it. */
  lang: string | undefined;
  /** The card's width in px: a row of answers has room for a letter per 11.5 px or so. */
  width: number;
  answers: Record<string, AnswerValue>;
  /** Ids of required items still unanswered after the resident tried to send. */
  missing: string[];
  answer: (itemId: string, value: AnswerValue) => void;
}

const kinds = { scale: ScaleItem, text: TextItem };
type KnownItem = z.infer<(typeof kinds)[keyof typeof kinds]>;
/** Each item checked once: the form renders again at every answer. */
const checked = new WeakMap<object, KnownItem | null>();

/** The item if this version renders its kind, else null. */
export const known = (item: { kind: string }): KnownItem | null => {
  let result = checked.get(item);
  if (result === undefined) {
    const schema = kinds[item.kind as keyof typeof kinds];
    const parsed = schema && z.safeParse(schema, item);
    checked.set(item, (result = parsed?.success ? parsed.data : null));
  }
  return result;
};

const inputId = (item: { id: string }) => `q-${item.id}`;

function scale(item: ScaleItem, context: QuestionContext, invalid: boolean) {
  // A scale's answers are a row, in order; where a word of theirs would not fit its share of the
  // row (on a 390px phone, a fifth: 6 letters), a column, never wrapped out of order.
  const { length } = item.options;
  const column = item.options.some((option) =>
    option.label.split(' ').some((word) => word.length * length * 11.5 > context.width),
  );
  return html`<div class="options ${column ? 'column' : ''}">
    ${item.options.map(
      (option) =>
        html`<label class="option">
          <input
            type="radio"
            name=${inputId(item)}
            .value=${String(option.value)}
            .checked=${context.answers[item.id] === option.value}
            ?required=${item.required}
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${() => context.answer(item.id, option.value)}
          />
          <span class="name" lang=${context.lang ?? nothing}>${option.label}</span>
        </label>`,
    )}
  </div>`;
}

function text(item: TextItem, context: QuestionContext) {
  const value = String(context.answers[item.id] ?? '');
  // Focusable, so that stepping to it keeps the focus on the card (Tab then reaches the field).
  return html`<div class="question" id=${inputId(item)} tabindex="-1">
    <label class="legend" for="${inputId(item)}-text">
      <span lang=${context.lang ?? nothing}>${item.prompt}</span>
      ${item.required ? nothing : html`<span class="muted">${context.t('optional')}</span>`}
    </label>
    ${item.help ? html`<p class="hint muted" id="${inputId(item)}-help" lang=${context.lang ?? nothing}>${item.help}</p>` : nothing}
    <textarea
      id="${inputId(item)}-text"
      rows="2"
      maxlength=${item.maxLength}
      aria-describedby="${item.help ? `${inputId(item)}-help ` : ''}${inputId(item)}-count"
      .value=${value}
      @input=${(event: Event) => context.answer(item.id, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint muted" id="${inputId(item)}-count">
      ${context.t('charactersLeft', { count: item.maxLength - value.length })}
    </p>
  </div>`;
}

/** One question: a fieldset whose legend is the prompt. */
export function question(
  raw: { id: string; kind: string; prompt: string },
  context: QuestionContext,
) {
  const { t } = context;
  const item = known(raw);
  if (!item) {
    return html`<fieldset class="question unsupported">
      <legend class="legend" lang=${context.lang ?? nothing}>${raw.prompt}</legend>
      <p class="notice">${t('unsupported')}</p>
    </fieldset>`;
  }
  if (item.kind === 'text') return text(item, context);
  const invalid = context.missing.includes(item.id);
  const [helpId, errorId] = [`${inputId(item)}-help`, `${inputId(item)}-error`];
  const describedBy = [item.help && helpId, invalid && errorId].filter(Boolean).join(' ');
  return html`<fieldset
    class="question"
    id=${inputId(item)}
    tabindex="-1"
    aria-describedby=${describedBy || nothing}
  >
    <legend class="legend">
      <span lang=${context.lang ?? nothing}>${item.prompt}</span>
      ${item.required ? nothing : html`<span class="muted">${t('optional')}</span>`}
    </legend>
    ${item.help ? html`<p class="hint muted" id=${helpId} lang=${context.lang ?? nothing}>${item.help}</p>` : nothing}
    ${invalid ? html`<p class="invalid" id=${errorId}>${t('required')}</p>` : nothing}
    ${scale(item, context, invalid)}
  </fieldset>`;
}

/**
 * When the endpoint has the form only in another language than the card's (no translation yet), a
 * note saying so, naming that language in the card's.
 */
export function languageNote(formLang: string | undefined, cardLang: string, t: Translate) {
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  if (!formLang || language(formLang) === language(cardLang)) return nothing;
  const name = new Intl.DisplayNames(cardLang, { type: 'language' }).of(formLang) ?? formLang;
  return html`<p class="notice">${t('untranslated', { language: name })}</p>`;
}

export interface ContactChoice {
  wanted: boolean;
  optionId: string | null;
  note: string;
}

/** "I'd like someone to reach out": a checkbox that reveals who, and an optional note. */
export function contactRequest(
  options: ContactOption[],
  choice: ContactChoice,
  t: Translate,
  invalid: boolean,
  change: (choice: ContactChoice) => void,
  lang: string | undefined,
) {
  if (!options.length) return nothing;
  return html`<div class="contact">
    <label class="check">
      <input
        type="checkbox"
        .checked=${choice.wanted}
        @change=${(e: Event) => change({ ...choice, wanted: (e.target as HTMLInputElement).checked })}
      />
      <span>${t('contact.ask')}</span>
    </label>
    ${
      choice.wanted
        ? html`<fieldset
            class="question"
            id="q-contact"
            tabindex="-1"
            aria-describedby=${invalid ? 'q-contact-error' : nothing}
          >
            <legend class="legend">${t('contact.who')}</legend>
            ${invalid ? html`<p class="invalid" id="q-contact-error">${t('required')}</p>` : nothing}
            <div class="options column">
              ${options.map((option) => {
                // The whole box chooses, but the radio is named by the label alone; what happens
                // next is its description, on a line of its own.
                const id = `contact-${option.id}`;
                return html`<label class="option">
                  <input
                    type="radio"
                    name="contact"
                    id=${id}
                    aria-labelledby="${id}-name"
                    aria-describedby=${option.description ? `${id}-about` : nothing}
                    .checked=${choice.optionId === option.id}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    @change=${() => change({ ...choice, optionId: option.id })}
                  />
                  <span class="option-text">
                    <span class="name" id="${id}-name" lang=${lang ?? nothing}
                      >${option.label}</span
                    >
                    ${option.description ? html`<span class="muted" id="${id}-about" lang=${lang ?? nothing}>${option.description}</span>` : nothing}
                  </span>
                </label>`;
              })}
            </div>
            <label class="note" for="contact-note">${t('contact.note')}</label>
            <textarea
              id="contact-note"
              rows="2"
              maxlength="1000"
              aria-describedby="contact-note-help"
              .value=${choice.note}
              @input=${(e: Event) => change({ ...choice, note: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
            <p class="hint muted" id="contact-note-help">${t('contact.noteHelp')}</p>
          </fieldset>`
        : nothing
    }
  </div>`;
}
