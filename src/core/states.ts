/**
 * The states every widget shares, as templates: calm words, one clear action. Each takes the
 * element's translate function, so they read in the widget's language.
 */
import { html } from 'lit';
import type { Translate } from './i18n.js';
import type { EndpointError } from './errors.js';

/** Which sentence explains an error to a resident. */
function reason(error: EndpointError): string {
  if (error.kind === 'timeout') return 'error.timeout';
  if (error.kind === 'network') return 'error.network';
  if (error.status === 401) return 'error.unauthorized';
  if (error.status === 403) return 'error.forbidden';
  if (error.kind === 'contract' || (error.status >= 400 && error.status < 500))
    return 'error.contract';
  return 'error.server';
}

/** A heading, a sentence and, when something can be done, a button. */
export function stateMessage(
  heading: string,
  body: string,
  action?: { label: string; run: () => void },
) {
  return html`<div class="state" role="status">
    <h2>${heading}</h2>
    <p>${body}</p>
    ${action ? html`<button class="button" part="action" @click=${action.run}>${action.label}</button>` : ''}
  </div>`;
}

export const errorState = (t: Translate, error: EndpointError, retry: () => void) =>
  stateMessage(t('error.title'), t(reason(error)), { label: t('retry'), run: retry });

export const offlineState = (t: Translate, retry: () => void) =>
  stateMessage(t('offline.title'), t('offline.body'), { label: t('retry'), run: retry });

export const notConfiguredState = (t: Translate) =>
  stateMessage(t('notConfigured.title'), t('notConfigured.body'));

/**
 * A placeholder of the widget's final size, so nothing shifts when the content arrives. `bones` is
 * the widget's own outline, drawn with `.bone` blocks; `variant`, a class for the widget's own
 * styles (a layout that sets the skeleton's height, say).
 */
export function skeleton(t: Translate, bones: unknown, variant = '') {
  return html`<div class="skeleton ${variant}">
    <span class="sr-only" role="status">${t('loading')}</span>
    <div class="bones" aria-hidden="true">${bones}</div>
  </div>`;
}

/**
 * Said over the skeleton when loading takes long (a slow hospital proxy): calm words and a way to
 * try again, laid over the bones so the card keeps its size.
 */
export const slowNotice = (t: Translate, retry: () => void) =>
  html`<div class="slow" role="status">
    <p>${t('slow')}</p>
    <button class="button" part="action" @click=${retry}>${t('retry')}</button>
  </div>`;
