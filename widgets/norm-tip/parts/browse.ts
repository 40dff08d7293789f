/**
 * Earlier and saved tips, by topic: a list of titles in the card's scrolling area; choosing one
 * opens it on the card. The first page comes through an `EndpointController` (kept on the device,
 * so a list seen once opens offline too); "Show more" adds the next pages.
 */
import { css, html, nothing } from 'lit';
import { browse, savedState } from '../../../locales/en/tips.json';
import type * as z from 'zod/mini';
import { TipCategory, TipList, type Tip } from '../../../src/contract/tips.js';
import { endpointClient } from '../../../src/core/endpoint.js';
import { EndpointController } from '../../../src/core/endpoint-controller.js';
import { EndpointError } from '../../../src/core/errors.js';
import { runtime } from '../../../src/core/runtime.js';
import type { NormTipView } from '../norm-tip.view.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('tips', { browse, savedState });

const PAGE = 20;

/** Opens a tip from the list on the card; `null` goes back to today's. */
function read(view: NormTipView, tip: Tip | null): void {
  Object.assign(view, {
    mode: tip ? 'read' : 'today',
    reading: tip,
    status: '',
    focusNext: '#title',
  });
  view.host.requestUpdate();
}

class TipBrowser {
  category = '';
  savedOnly = false;
  private readonly list: EndpointController<z.infer<typeof TipList>>;
  /** Pages after the first, and the cursor of the next one. */
  private more: Tip[] = [];
  private cursor: string | null = null;
  private loadingMore = false;

  constructor(private readonly view: NormTipView) {
    const { host } = view;
    this.list = new EndpointController(host, {
      path: '/v1/tips',
      schema: TipList,
      cache: 'persist',
      query: () => this.query(),
    });
    host.addController(this.list);
    this.refresh();
  }

  private query() {
    return {
      region: this.view.host.config.region ?? undefined,
      category: this.category || undefined,
      saved: this.savedOnly ? 'true' : undefined,
      limit: PAGE,
    };
  }

  /** Another person, endpoint or language: the list from the start, unfiltered. */
  reload(): void {
    this.category = '';
    this.savedOnly = false;
    this.refresh();
  }

  private refresh(): void {
    this.more = [];
    this.cursor = null;
    void this.list.load().then(() => (this.cursor = this.list.value?.nextCursor ?? null));
  }

  private async showMore(): Promise<void> {
    const { host } = this.view;
    this.loadingMore = true;
    host.requestUpdate();
    try {
      const rt = runtime();
      const { data } = await endpointClient(host.config.endpoint).request('/v1/tips', {
        schema: TipList,
        query: { ...this.query(), cursor: this.cursor ?? undefined },
        locale: host.localize.lang,
        token: await rt.token(),
      });
      this.more = [...this.more, ...data.items];
      this.cursor = data.nextCursor;
    } catch (error) {
      const offline = error instanceof EndpointError && error.kind === 'network';
      this.view.say(host.localize.t(offline ? 'error.network' : 'error.server'));
    }
    this.loadingMore = false;
    host.requestUpdate();
  }

  render() {
    const { t } = this.view.host.localize;
    const state = this.list.state;
    const tips = [...(this.list.value?.items ?? []), ...this.more];
    return html`<div class="header" part="header">
        <h2 id="list-title" tabindex="-1">${t('browse.title')}</h2>
      </div>
      <div class="filters">
        <label
          >${t('browse.category')}
          <select
            @change=${(event: Event) => {
              this.category = (event.target as HTMLSelectElement).value;
              this.refresh();
            }}
          >
            <option value="" ?selected=${!this.category}>${t('browse.all')}</option>
            ${TipCategory.options.map(
              (category) =>
                html`<option value=${category} ?selected=${this.category === category}>
                  ${t(`category.${category}`)}
                </option>`,
            )}
          </select>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.savedOnly}
            @change=${(event: Event) => {
              this.savedOnly = (event.target as HTMLInputElement).checked;
              this.refresh();
            }}
          />${t('browse.savedOnly')}</label
        >
      </div>
      <div class="pane" part="tip" role="region" aria-labelledby="list-title" tabindex="0">
        ${
          state === 'loading'
            ? html`<p class="muted">${t('loading')}</p>`
            : state !== 'content'
              ? html`<p>${t(state === 'offline' ? 'offline.body' : 'error.network')}</p>
                  <button type="button" class="link" part="action" @click=${() => this.refresh()}>
                    ${t('retry')}
                  </button>`
              : tips.length === 0
                ? html`<p class="muted">
                    ${t(this.savedOnly ? 'browse.noneSaved' : 'browse.none')}
                  </p>`
                : html`<ul class="list">
                      ${tips.map(
                        (tip) =>
                          html`<li>
                            <button type="button" class="item" @click=${() => read(this.view, tip)}>
                              <span class="eyebrow"
                                >${t(`category.${tip.category}`)}${
                                  this.view.savedOf(tip) ? ` · ${t('savedState')}` : nothing
                                }</span
                              >
                              <span lang=${tip.locale} dir="auto">${tip.title}</span>
                            </button>
                          </li>`,
                      )}
                    </ul>
                    ${
                      this.cursor
                        ? html`<button
                            type="button"
                            class="link"
                            part="action"
                            ?disabled=${this.loadingMore}
                            @click=${() => this.showMore()}
                          >
                            ${t('browse.more')}
                          </button>`
                        : nothing
                    }`
        }
      </div>
      <p class="muted count" role="status">
        ${state === 'content' ? t('browse.count', { count: tips.length }) : ''}
      </p>
      <div class="actions">
        <button
          type="button"
          class="link"
          part="action"
          id="back-today"
          @click=${() => read(this.view, null)}
        >
          ${t('browse.today')}
        </button>
        ${this.view.entry('report', t('nav.report'), '#phrase')}
      </div>`;
  }
}

export const create = (view: NormTipView) => new TipBrowser(view);

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .filters label {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    min-block-size: 2.25em;
    padding-inline: 0.5em;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .item {
    display: grid;
    inline-size: 100%;
    text-align: start;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    cursor: pointer;
  }
  .item:hover {
    background: var(--_surface-alt);
  }
  .count {
    font-size: 0.875em;
  }
`;
