/**
 * The card of a signed-in mentor: the requests waiting for an answer (confirm or decline, with a
 * short message, through the outbox), the chats confirmed, and their mentees. Loaded when a mentor's
 * card first shows; a resident never downloads it.
 */
import { css, html, nothing } from 'lit';
import { inbox, mode } from '../../../locales/en/mentor.json';
import { runtime } from '../../../src/core/runtime.js';
import type { ChatRequest } from '../../../src/contract/mentor.js';
import type { MentorView } from '../mentor-contact.view.js';
import { send } from './send.js';

runtime().translations.addSource('mentor', { inbox, mode });

/** What the mentor is writing to each resident, by request id, until it is sent. */
const replies = new Map<string, string>();

export function render(view: MentorView) {
  const { t, lang } = view.host.localize;
  const now = Date.now();
  const upcoming = (view.requests.value?.items ?? [])
    .filter((request) => Date.parse(request.slot.endsAt) > now)
    .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  const answering = new Set(view.waiting('mentor-chat-respond').map((item) => item.path));
  const path = (request: ChatRequest) => `/v1/mentor/chat-requests/${request.id}/respond`;
  const waiting = upcoming.filter(
    (request) => request.status === 'pending' && !answering.has(path(request)),
  );
  const confirmed = upcoming.filter((request) => request.status === 'confirmed');
  const mentees = view.mentees.value?.items ?? [];
  const region = new Intl.DisplayNames(lang, { type: 'region' });
  const language = new Intl.DisplayNames(lang, { type: 'language' });
  const respond = (request: ChatRequest, decision: 'confirm' | 'decline') => {
    const message = replies.get(request.id)?.trim();
    replies.delete(request.id);
    void send(view, 'mentor-chat-respond', path(request), {
      decision,
      ...(message && { message }),
    });
  };
  return html`<div class="inbox">
    <h2>${t('inbox.requests')}</h2>
    <div id="status" tabindex="-1" role="status">
      ${view.notice ? html`<p class="notice invalid">${view.notice}</p>` : nothing}
      ${answering.size ? html`<p class="notice">${t('inbox.queued')}</p>` : nothing}
    </div>
    ${
      waiting.length
        ? html`<ul class="requests">
            ${waiting.map(
              (request) =>
                html`<li>
                  <p>
                    <strong
                      >${t('inbox.from', {
                        name: request.residentName,
                        time: view.when(request.slot.startsAt),
                      })}</strong
                    >
                  </p>
                  <p class="muted small">
                    ${[t(`mode.${request.slot.mode}`), request.slot.place].filter(Boolean).join(' · ')}
                  </p>
                  ${request.topic ? html`<p>${t('inbox.topic', { topic: request.topic })}</p>` : nothing}
                  <label for="reply-${request.id}"
                    >${t('inbox.message', { name: request.residentName })}</label
                  >
                  <textarea
                    id="reply-${request.id}"
                    rows="2"
                    maxlength="500"
                    .value=${replies.get(request.id) ?? ''}
                    @input=${(event: Event) =>
                      replies.set(request.id, (event.target as HTMLTextAreaElement).value)}
                  ></textarea>
                  <div class="actions">
                    <button
                      type="button"
                      class="button primary"
                      part="action"
                      @click=${() => respond(request, 'confirm')}
                    >
                      ${t('inbox.confirm')}
                    </button>
                    <button
                      type="button"
                      class="button"
                      part="action"
                      @click=${() => respond(request, 'decline')}
                    >
                      ${t('inbox.decline')}
                    </button>
                  </div>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('inbox.noRequests')}</p>`
    }
    ${
      confirmed.length
        ? html`<h3>${t('inbox.upcoming')}</h3>
            <ul class="plain">
              ${confirmed.map(
                (request) =>
                  html`<li>
                    ${t('inbox.confirmed', {
                      name: request.residentName,
                      time: view.when(request.slot.startsAt),
                    })}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <h2>${t('inbox.title')}</h2>
    ${
      mentees.length
        ? html`<ul class="plain">
            ${mentees.map(
              (mentee) =>
                html`<li>
                  <strong>${mentee.name}</strong>
                  <span class="muted small"
                    >${[
                      mentee.homeCountry && region.of(mentee.homeCountry),
                      new Intl.ListFormat(lang, { type: 'conjunction' }).format(
                        mentee.languages.map((tag) => language.of(tag) ?? tag),
                      ),
                      t('inbox.since', {
                        date: view.time(mentee.since, { month: 'short', year: 'numeric' }),
                      }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}</span
                  >
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('inbox.noMentees')}</p>`
    }
  </div>`;
}

export const styles = css`
  .inbox {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-block-size: var(--_card-size);
  }
  .requests,
  .plain {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .requests li {
    display: grid;
    gap: 0.375em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .plain li {
    display: grid;
  }
  label {
    font-weight: 600;
    font-size: 0.875em;
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
  .invalid {
    color: var(--_danger);
  }
`;
