/**
 * Sending the card's writes through the outbox — a chat request, a cancellation, a mentor's answer,
 * the change request — and following what the outbox reports: delivered (the card shows the new
 * status and tells the host page), waiting for a connection ("saved on this device"), or refused for
 * good (the form opens again with what the resident wrote, and why; a slot taken meanwhile brings
 * the fresh list of slots). Imported with the outbox when a form opens, so it is ready before send.
 */
import * as z from 'zod/mini';
import { booking } from '../../../locales/en/mentor.json';
import { runtime } from '../../../src/core/runtime.js';
import { ChatRequest } from '../../../src/contract/mentor.js';
import type { Outbox, OutboxEvent, OutboxItem } from '../../../src/core/outbox.js';
import { local } from '../../../src/core/storage.js';
import type { MentorView } from '../mentor-contact.view.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('mentor', { booking });

/** The outbox kinds this widget writes. */
const KINDS = ['mentor-chat-request', 'mentor-chat-cancel', 'mentor-chat-respond', 'mentor-change'];

/** Follows the outbox for `view`, and picks up what an earlier visit left in it. Returns the unsubscribe. */
export async function follow(view: MentorView, outbox: Outbox): Promise<() => void> {
  const unsubscribe = outbox.subscribe((event) => onOutbox(view, outbox, event));
  for (const item of await outbox.items()) {
    if (!KINDS.includes(item.kind)) continue;
    if (item.rejected) reject(view, outbox, item);
    else wait(view, item);
  }
  view.host.requestUpdate();
  void outbox.flush();
  return unsubscribe;
}

export async function send(
  view: MentorView,
  outbox: Outbox,
  kind: string,
  path: string,
  body?: object,
): Promise<void> {
  await outbox.add({ kind, endpoint: view.host.config.endpoint, method: 'POST', path, body });
}

function onOutbox(view: MentorView, outbox: Outbox, event: OutboxEvent): void {
  const { item } = event;
  if (!KINDS.includes(item.kind)) return;
  if (event.type === 'delivered') deliver(view, item, event.response);
  else if (event.type === 'waiting') wait(view, item);
  else if (event.type === 'rejected') reject(view, outbox, item);
  view.host.requestUpdate();
}

const forget = (view: MentorView, item: OutboxItem) =>
  (view.pending = view.pending.filter((pending) => pending.id !== item.id));

/** Saved on the device until the connection returns: the form closes, the card says so. */
function wait(view: MentorView, item: OutboxItem): void {
  if (view.pending.some((pending) => pending.id === item.id)) return;
  view.pending.push(item);
  view.sending = false;
  if (item.kind === 'mentor-chat-request' || item.kind === 'mentor-change') {
    const form = item.kind === 'mentor-change' ? 'change' : 'booking';
    if (view.open === form) {
      view.open = null;
      view.focusNext = form === 'change' ? '#change-sent' : '#status';
    }
  }
  if (item.kind === 'mentor-chat-request') {
    view.host.emit('kin-mentor-contact-queued', {
      slotId: (item.body as { slotId: string }).slotId,
    });
  }
}

/** The card's copy of a request, replaced by the server's answer. */
function update(view: MentorView, response: unknown): ChatRequest | null {
  const parsed = z.safeParse(ChatRequest, response);
  const list = view.requests.value;
  if (!parsed.success) return null;
  if (list) list.items = [parsed.data, ...list.items.filter(({ id }) => id !== parsed.data.id)];
  void view.requests.load();
  return parsed.data;
}

function deliver(view: MentorView, item: OutboxItem, response: unknown): void {
  forget(view, item);
  view.sending = false;
  const request = item.kind === 'mentor-change' ? null : update(view, response);
  if (item.kind === 'mentor-chat-request') {
    Object.assign(view, { slotId: null, topic: '' });
    local.remove(view.draftKey);
    if (view.open === 'booking') Object.assign(view, { open: null, focusNext: '#status' });
    void view.slots.load();
    if (request) {
      const { id, slot } = request;
      view.host.emit('kin-mentor-contact-requested', {
        id,
        slotId: slot.id,
        startsAt: slot.startsAt,
      });
    }
  } else if (item.kind === 'mentor-chat-cancel') {
    void view.slots.load();
    if (request) {
      view.cancelled = request.slot.startsAt;
      view.focusNext = '#status';
      view.host.emit('kin-mentor-contact-cancelled', { id: request.id });
    }
  } else if (item.kind === 'mentor-chat-respond') {
    const { decision } = item.body as { decision: 'confirm' | 'decline' };
    if (request) view.host.emit('kin-mentor-contact-responded', { id: request.id, decision });
  } else {
    Object.assign(view, { changeSent: true, reason: '' });
    if (view.open === 'change') Object.assign(view, { open: null, focusNext: '#change-sent' });
    view.host.emit('kin-mentor-contact-change-requested', {});
  }
}

/** The server will never take this one: the form opens again with what was entered, and why. */
function reject(view: MentorView, outbox: Outbox, item: OutboxItem): void {
  const { t } = view.host.localize;
  const reason = item.rejected?.message ?? '';
  forget(view, item);
  view.sending = false;
  void outbox.discard(item.id);
  if (item.kind === 'mentor-chat-request') {
    const body = item.body as { slotId: string; topic?: string };
    const taken = item.rejected?.status === 409;
    Object.assign(view, {
      open: 'booking',
      slotId: taken ? null : body.slotId,
      topic: body.topic ?? view.topic,
      notice: taken ? t('booking.taken') : t('booking.rejected', { reason }),
      focusNext: '#notice',
    });
    void view.slots.load(); // a taken slot: the times still open
    void view.use('booking').catch(() => {}); // found on a later visit: the form, to try again
  } else if (item.kind === 'mentor-change') {
    const body = item.body as { reason?: string };
    Object.assign(view, {
      open: 'change',
      reason: body.reason ?? view.reason,
      notice: t('booking.rejected', { reason }),
      focusNext: '#notice',
    });
    void view.use('booking').catch(() => {});
  } else {
    view.notice = reason;
    void view.requests.load();
  }
}
