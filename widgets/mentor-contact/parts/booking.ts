/**
 * The resident's forms: booking a coffee chat and the confidential request for a different mentor;
 * also cancelling a chat and adding a confirmed one to the resident's calendar. Imported as soon as
 * the resident points at or tabs into the card (before any button is pressed), so a form opened
 * offline does not wait for a download.
 *
 * Slots are grouped by day and shown in the resident's time zone, with the mentor's time beside each
 * when their clocks differ at that moment (so a week that crosses a daylight-saving change reads right).
 */
import { css, html, nothing } from 'lit';
import { booking, changeForm, mode } from '../../../locales/en/mentor.json';
import type { ChatRequest, Mentor, Slot } from '../../../src/contract/mentor.js';
import { endpointClient } from '../../../src/core/endpoint.js';
import { runtime } from '../../../src/core/runtime.js';
import { local } from '../../../src/core/storage.js';
import { offsetMinutes, yourZone, type MentorView } from '../mentor-contact.view.js';
import { send } from './send.js';

runtime().translations.addSource('mentor', { booking, changeForm, mode });

const HOUR: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };

/** The mentor's time zone differs from the resident's (now, or at `at`). */
const otherZone = (mentor: Mentor, at = Date.now()) =>
  offsetMinutes(mentor.timeZone, at) !== offsetMinutes(yourZone, at);

/** The form that is open: booking a chat, or asking for another mentor. */
export function render(view: MentorView) {
  return view.open === 'change' ? changeRequestForm(view) : bookingForm(view);
}

function notice(view: MentorView) {
  return view.notice
    ? html`<p id="notice" class="notice invalid" role="alert" tabindex="-1">${view.notice}</p>`
    : nothing;
}

function actions(view: MentorView, label: string) {
  const { t } = view.host.localize;
  return html`<div class="actions">
    <button type="submit" class="button primary" part="action" ?disabled=${view.sending}>
      ${view.sending ? t('booking.sending') : label}
    </button>
    <button type="button" class="button" part="action" @click=${() => view.show(null)}>
      ${t('booking.close')}
    </button>
  </div>`;
}

function bookingForm(view: MentorView) {
  const { t } = view.host.localize;
  const mentor = view.mentor.value!.mentor!;
  const yours = view.zoneName(yourZone);
  const days = new Map<string, Slot[]>();
  for (const slot of view.slots.value?.items ?? []) {
    const day = view.time(slot.startsAt, DAY);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const submit = (event: Event) => {
    event.preventDefault();
    if (!view.slotId) {
      view.notice = t('booking.choose');
      view.focusNext = '#notice';
      view.host.requestUpdate();
      return;
    }
    const topic = view.topic.trim();
    void send(view, 'mentor-chat-request', '/v1/mentor/chat-requests', {
      slotId: view.slotId,
      ...(topic && { topic }),
    });
  };
  const page = (by: number) => () => {
    view.page += by;
    view.slots.value = undefined; // not the last window's times while the next one loads
    void view.slots.load();
    view.host.requestUpdate();
  };
  const [from, to] = view.window.map((day) => view.time(day, { month: 'short', day: 'numeric' }));
  return html`<form class="form" novalidate @submit=${submit}>
    <h3 id="booking-title" tabindex="-1">${t('booking.title', { name: mentor.name })}</h3>
    <p class="muted small">
      ${
        otherZone(mentor)
          ? t('booking.zones', { yours, name: mentor.name, theirs: view.zoneName(mentor.timeZone) })
          : t('booking.zone', { yours })
      }
    </p>
    ${notice(view)}
    <fieldset class="slots">
      <legend>${t('booking.slots')}</legend>
      ${
        view.slots.state === 'loading'
          ? html`<p role="status">${t('loading')}</p>`
          : days.size
            ? [...days].map(
                ([day, slots]) =>
                  html`<p class="day">${day}</p>
                    ${slots.map((slot) => slotChoice(view, mentor, slot))}`,
              )
            : html`<p class="muted">${t('booking.none', { name: mentor.name })}</p>`
      }
    </fieldset>
    <div class="actions">
      <span class="muted small">${t('booking.range', { from, to })}</span>
      ${
        view.page
          ? html`<button type="button" class="button link" @click=${page(-1)}>
              ${t('booking.earlier')}
            </button>`
          : nothing
      }
      <button type="button" id="later" class="button link" @click=${page(1)}>
        ${t('booking.later')}
      </button>
    </div>
    <label for="topic">${t('booking.topic')}</label>
    <textarea
      id="topic"
      rows="2"
      maxlength="300"
      aria-describedby="topic-help"
      .value=${view.topic}
      @input=${(event: Event) => {
        view.topic = (event.target as HTMLTextAreaElement).value;
        local.set(view.draftKey, view.topic);
      }}
    ></textarea>
    <p id="topic-help" class="muted small">${t('booking.topicHelp', { name: mentor.name })}</p>
    ${actions(view, t('booking.send'))}
  </form>`;
}

function slotChoice(view: MentorView, mentor: Mentor, slot: Slot) {
  const { t, lang } = view.host.localize;
  const range = new Intl.DateTimeFormat(lang, { ...HOUR, timeZone: yourZone }).formatRange(
    new Date(slot.startsAt),
    new Date(slot.endsAt),
  );
  // The mentor's own reading of the same moment, with the day when theirs is another one.
  const sameDay = view.time(slot.startsAt, DAY) === view.time(slot.startsAt, DAY, mentor.timeZone);
  const theirs = otherZone(mentor, Date.parse(slot.startsAt))
    ? view.time(
        slot.startsAt,
        { ...HOUR, ...(!sameDay && { weekday: 'short' }), timeZoneName: 'short' },
        mentor.timeZone,
      )
    : null;
  return html`<label class="slot">
    <input
      type="radio"
      name="slot"
      value=${slot.id}
      .checked=${view.slotId === slot.id}
      @change=${() => {
        view.slotId = slot.id;
        view.notice = null;
        view.host.requestUpdate();
      }}
    />
    <span>
      <span class="time">${range}</span>
      ${theirs ? html`<span class="muted theirs">(${theirs})</span>` : nothing}
      <span class="muted place"
        >${[t(`mode.${slot.mode}`), slot.place].filter(Boolean).join(' · ')}</span
      >
    </span>
  </label>`;
}

function changeRequestForm(view: MentorView) {
  const { t } = view.host.localize;
  const { name } = view.mentor.value!.mentor!;
  return html`<form
    class="form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      const reason = view.reason.trim();
      void send(view, 'mentor-change', '/v1/mentor/change-requests', reason ? { reason } : {});
    }}
  >
    <h3 id="change-title" tabindex="-1">${t('changeForm.title')}</h3>
    <p class="privacy">${t('changeForm.who', { name })}</p>
    ${notice(view)}
    <label for="reason">${t('changeForm.reason')}</label>
    <textarea
      id="reason"
      rows="3"
      maxlength="1000"
      .value=${view.reason}
      @input=${(event: Event) => (view.reason = (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${actions(view, t('changeForm.send'))}
  </form>`;
}

/** Cancels one of the resident's chats (through the outbox, like every write). */
export const cancel = (view: MentorView, request: ChatRequest) =>
  send(view, 'mentor-chat-cancel', `/v1/mentor/chat-requests/${request.id}/cancel`);

/** Downloads a confirmed chat as an `.ics` file, for the resident's own calendar. */
export async function addToCalendar(view: MentorView, request: ChatRequest): Promise<void> {
  const { t } = view.host.localize;
  try {
    const { data } = await endpointClient(view.host.config.endpoint).request<string>(
      `/v1/mentor/chat-requests/${encodeURIComponent(request.id)}/ics`,
      {
        text: true,
      },
    );
    const url = URL.createObjectURL(new Blob([data], { type: 'text/calendar' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: 'coffee-chat.ics',
    });
    view.host.renderRoot.appendChild(link).click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch {
    view.notice = t('error.network');
    view.host.requestUpdate();
  }
}

export const styles = css`
  .form {
    display: grid;
    gap: 0.625em;
  }
  .slots {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .day {
    margin-block-start: 0.5em;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .slot {
    display: flex;
    gap: 0.625em;
    align-items: start;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  .slot:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .slot input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_primary);
  }
  .slot > span {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .place {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  label[for] {
    font-weight: 600;
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
  .privacy {
    font-size: 0.875em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_primary);
  }
  .invalid {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .slot:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
