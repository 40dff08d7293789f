/**
 * RSVPs through the outbox. The card shows the resident's choice at once ("Sending…"), then what
 * the server decided — going, or on the waitlist at a position when the last seat went to someone
 * else first — and reloads the lists so the counts are the server's. Offline, the RSVP is saved on
 * the device and sent once when the connection returns; a refusal (the meetup is over, or gone)
 * puts the previous answer back and says why. Imported with the details, before the first tap.
 */
import * as z from 'zod/mini';
import { RsvpResult } from '../../../src/contract/meetups.js';
import type { Outbox, OutboxEvent, OutboxItem } from '../../../src/core/outbox.js';
import type { MeetupView } from '../meetup-calendar.view.js';

const KIND = 'meetup-rsvp';
type Wanted = 'going' | 'maybe' | 'not-going';

/** The meetup an RSVP item is for, from its path. */
const meetupOf = (item: OutboxItem) =>
  decodeURIComponent(/^\/v1\/meetups\/([^/]+)\/rsvp$/.exec(item.path)?.[1] ?? '');

/** Follows the outbox for `view`, and shows what an earlier visit left in it. Returns the unsubscribe. */
export async function follow(view: MeetupView, outbox: Outbox): Promise<() => void> {
  const unsubscribe = outbox.subscribe((event) => onOutbox(view, outbox, event));
  for (const item of await outbox.items(KIND)) {
    if (item.rejected) refuse(view, outbox, item);
    else waiting(view, item);
  }
  view.host.requestUpdate();
  void outbox.flush();
  return unsubscribe;
}

function waiting(view: MeetupView, item: OutboxItem): void {
  const { status } = item.body as { status: Wanted };
  view.rsvps.set(meetupOf(item), { status, waitlistPosition: null, sending: true, queued: true });
}

function onOutbox(view: MeetupView, outbox: Outbox, event: OutboxEvent): void {
  const { item } = event;
  if (item.kind !== KIND) return;
  const id = meetupOf(item);
  if (event.type === 'delivered') {
    const result = z.safeParse(RsvpResult, event.response);
    if (result.success) {
      const { status, waitlistPosition, going, waitlisted, seatsLeft } = result.data;
      view.rsvps.set(id, {
        status,
        waitlistPosition,
        counts: { going, waitlisted, seatsLeft },
        sending: false,
        queued: false,
      });
      view.host.emit('kin-meetup-rsvp', { id, status, waitlistPosition });
    }
    void refresh(view, id);
  } else if (event.type === 'waiting' && !view.rsvps.get(id)?.queued) {
    waiting(view, item);
    view.host.emit('kin-meetup-rsvp-queued', {
      id,
      status: (item.body as { status: Wanted }).status,
    });
  } else if (event.type === 'rejected') {
    refuse(view, outbox, item);
  }
  view.host.requestUpdate();
}

/** Reloads the lists; the server's copy then speaks for the RSVP unless another is on its way. */
async function refresh(view: MeetupView, id: string): Promise<void> {
  await Promise.all([view.agenda.load(), view.monthGrid?.refresh()]);
  if (!view.rsvps.get(id)?.sending) view.rsvps.delete(id);
  view.host.requestUpdate();
}

/** The server will never take this RSVP: show the answer it has, and say why. */
function refuse(view: MeetupView, outbox: Outbox, item: OutboxItem): void {
  const id = meetupOf(item);
  const message = item.rejected?.message ?? '';
  view.rsvps.delete(id);
  view.refused.set(id, message);
  view.host.emit('kin-meetup-rsvp-rejected', { id, status: item.rejected?.status ?? 0, message });
  void outbox.discard(item.id);
  view.host.requestUpdate();
}

/** Shows the choice at once and puts it in the outbox, which keeps it until the server has it. */
export async function send(
  view: MeetupView,
  outbox: Outbox,
  id: string,
  status: Wanted,
  full: boolean,
): Promise<void> {
  view.refused.delete(id);
  // A full meetup puts a "going" on the waitlist: say so before the server does.
  view.rsvps.set(id, {
    status: status === 'going' && full ? 'waitlisted' : status,
    waitlistPosition: null,
    sending: true,
    queued: false,
  });
  view.host.requestUpdate();
  await outbox.add({
    kind: KIND,
    endpoint: view.host.config.endpoint,
    method: 'PUT',
    path: `/v1/meetups/${encodeURIComponent(id)}/rsvp`,
    body: { status },
  });
}
