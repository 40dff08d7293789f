/**
 * A meetup's details, opened from its title: what it is and who hosts it, where (with a map link),
 * seats and the waitlist, the resident's RSVP (going / maybe / can't go), and "add to my calendar":
 * the server's `.ics` (its time zone and recurrence intact), Google Calendar and Outlook.
 *
 * The `.ics` route needs the resident's token, which a plain link cannot carry: the file is fetched
 * when the details open and offered as a link to it on the device.
 */
import { css, html, nothing } from 'lit';
import { calendar, cancelledBody, details, rsvp } from '../../../locales/en/meetups.json';
import type { Meetup, RsvpStatus } from '../../../src/contract/meetups.js';
import { endpointClient } from '../../../src/core/endpoint.js';
import { runtime } from '../../../src/core/runtime.js';
import type { MeetupView } from '../meetup-calendar.view.js';

// With the RSVP part, which is imported with this one, for its "Sending…" and "Saved on this device".
runtime().translations.addSource('meetups', { calendar, cancelledBody, details, rsvp });

type Wanted = 'going' | 'maybe' | 'not-going';
const CHOICES: Wanted[] = ['going', 'maybe', 'not-going'];

/** Calendar files fetched on this page, by endpoint and meetup: a link to each, or a failure. */
const files = new Map<string, { href: string } | 'loading' | 'failed'>();

/** `20261208T233000Z`: an instant as calendar links want it. */
const compact = (iso: string) => new Date(iso).toISOString().replace(/[-:]|\.\d+/g, '');

function googleLink(meetup: Meetup): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  const params = {
    action: 'TEMPLATE',
    text: meetup.title,
    dates: `${compact(meetup.startsAt)}/${compact(meetup.endsAt)}`,
    ctz: meetup.timeZone,
    details: meetup.description,
    location: `${meetup.venue.name}, ${meetup.venue.address}`,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** Outlook on the web (work and school accounts); its links carry no recurrence. */
function outlookLink(meetup: Meetup): string {
  const url = new URL('https://outlook.office.com/calendar/deeplink/compose');
  const params = {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: meetup.title,
    startdt: new Date(meetup.startsAt).toISOString(),
    enddt: new Date(meetup.endsAt).toISOString(),
    body: meetup.description,
    location: `${meetup.venue.name}, ${meetup.venue.address}`,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** Fetches the meetup's `.ics` with the resident's token, once per page. */
async function fetchFile(view: MeetupView, meetup: Meetup, key: string): Promise<void> {
  files.set(key, 'loading');
  try {
    const { endpoint } = view.host.config;
    const { data } = await endpointClient(endpoint).request<string>(
      `/v1/meetups/${encodeURIComponent(meetup.id)}/ics`,
      { text: true },
    );
    files.set(key, { href: URL.createObjectURL(new Blob([data], { type: 'text/calendar' })) });
  } catch {
    files.set(key, 'failed'); // offline: Google and Outlook links still work once back online
  }
  view.host.requestUpdate();
}

/** Going, maybe or can't go: shown at once, sent through the outbox. */
async function answer(view: MeetupView, meetup: Meetup, status: Wanted): Promise<void> {
  const [, sending, outbox] = await view.prepareDetails();
  const full = view.seatsLeft(meetup) === 0 && view.mine(meetup)?.status !== 'going';
  await sending.send(view, outbox, meetup.id, status, full);
}

export function render(view: MeetupView, meetup: Meetup) {
  const { t } = view.host.localize;
  const mine = view.mine(meetup);
  const seats = view.seatsLeft(meetup);
  const counts = view.rsvps.get(meetup.id)?.counts ?? meetup;
  const refused = view.refused.get(meetup.id);
  if (meetup.cancelled) {
    return html`<div id="details-${meetup.id}" class="details">
      <p class="description"><bdi>${meetup.description}</bdi></p>
      <p>${t('cancelledBody')}</p>
    </div>`;
  }
  const key = `${view.host.config.endpoint}|${meetup.id}`;
  const file = files.get(key);
  if (!file || (file === 'failed' && navigator.onLine)) void fetchFile(view, meetup, key);
  const over = Date.parse(meetup.endsAt) <= Date.now();
  const pressed = (choice: Wanted): boolean =>
    choice === 'going'
      ? mine?.status === 'going' || mine?.status === 'waitlisted'
      : mine?.status === choice;
  const filename = `${meetup.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.ics`;
  return html`<div id="details-${meetup.id}" class="details">
    <p class="description"><bdi>${meetup.description}</bdi></p>
    <p>
      ${t('details.host')}
      ${
        meetup.organizer.url
          ? html`<a href=${meetup.organizer.url} target="_blank" rel="noopener noreferrer"
              ><bdi>${meetup.organizer.name}</bdi></a
            >`
          : html`<bdi>${meetup.organizer.name}</bdi>`
      }
    </p>
    <p>
      <bdi>${meetup.venue.name}, ${meetup.venue.address}</bdi>
      ${
        meetup.venue.mapUrl
          ? html`<a href=${meetup.venue.mapUrl} target="_blank" rel="noopener noreferrer"
              >${t('details.map')}</a
            >`
          : nothing
      }
    </p>
    <p class="muted">
      ${
        meetup.capacity === null
          ? t('details.going', { count: counts.going })
          : t('details.capacity', { going: counts.going, capacity: meetup.capacity })
      }
      ${counts.waitlisted ? t('details.waitlisted', { count: counts.waitlisted }) : nothing}
    </p>
    ${
      over
        ? html`<p class="muted">${t('rsvp.over')}</p>`
        : html`<div
            class="rsvp"
            role="group"
            aria-label=${t('rsvp.label', { title: meetup.title })}
          >
            ${CHOICES.map(
              (choice) =>
                html`<button
                  type="button"
                  class="button ${pressed(choice) ? 'primary' : ''}"
                  part="action"
                  aria-pressed=${pressed(choice)}
                  @click=${() => void answer(view, meetup, choice)}
                >
                  ${t(`rsvp.${choice}`)}
                </button>`,
            )}
          </div>`
    }
    <p class="rsvp-status" role="status">${status(view, meetup, mine?.status, seats)}</p>
    ${
      refused !== undefined
        ? html`<p class="invalid" role="alert">${t('rsvp.refused', { reason: refused })}</p>`
        : nothing
    }
    <div class="calendar">
      <span>${t('calendar.add')}</span>
      ${
        typeof file === 'object'
          ? html`<a class="button" part="action" href=${file.href} download=${filename}>
              ${t('calendar.ics')}
            </a>`
          : html`<span class="muted"
              >${file === 'failed' ? t('calendar.icsOffline') : t('loading')}</span
            >`
      }
      <a href=${googleLink(meetup)} target="_blank" rel="noopener noreferrer"
        >${t('calendar.google')}</a
      >
      <a href=${outlookLink(meetup)} target="_blank" rel="noopener noreferrer"
        >${t('calendar.outlook')}</a
      >
    </div>
  </div>`;
}

/** What the RSVP means, in a sentence read out as it changes. */
function status(
  view: MeetupView,
  meetup: Meetup,
  mine: RsvpStatus | undefined,
  seats: number | null,
) {
  const { t } = view.host.localize;
  const local = view.rsvps.get(meetup.id);
  if (local?.queued) return t('rsvp.queuedBody');
  if (mine === 'waitlisted') {
    const position = (local ?? meetup.myRsvp)?.waitlistPosition;
    return position ? t('rsvp.waitlistedAt', { position }) : t('rsvp.waitlisted');
  }
  if (mine === 'going') return t('rsvp.goingBody');
  return seats === 0 ? t('rsvp.fullBody') : '';
}

export const styles = css`
  .details {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .description {
    white-space: pre-line;
  }
  .rsvp,
  .calendar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .details a:not(.button) {
    color: var(--_primary);
    font-weight: 600;
  }
  .on-call .details a:not(.button) {
    color: inherit;
  }
`;
