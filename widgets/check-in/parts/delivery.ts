/**
 * Sending a check-in (or a snooze) through the outbox, and following what the outbox reports:
 * delivered (the receipt, and the `kin-check-in-submitted` event), waiting for a connection ("saved on
 * this device"), or refused for good (the answers go back into the form, with the reason). Imported
 * with the outbox when the resident starts answering, so it is ready before they press send, even if
 * the connection goes in between.
 */
import * as z from 'zod/mini';
import { CheckInReceipt, type CheckInSubmission } from '../../../src/contract/check-in.js';
import type { Outbox, OutboxEvent, OutboxItem } from '../../../src/core/outbox.js';
import type { CheckInView } from '../check-in.view.js';

const SNOOZE_DAYS = 3;
const DAY = 86_400_000;

/** Follows the outbox for `view`, and picks up what an earlier visit left in it. Returns the unsubscribe. */
export async function follow(view: CheckInView, outbox: Outbox): Promise<() => void> {
  const unsubscribe = outbox.subscribe((event) => onOutbox(view, outbox, event));
  for (const item of await outbox.items('check-in')) {
    if (item.rejected) reject(view, outbox, item);
    else {
      view.queued = true;
      view.rememberRequest(item.body as CheckInSubmission);
    }
  }
  view.host.requestUpdate();
  void outbox.flush();
  return unsubscribe;
}

function onOutbox(view: CheckInView, outbox: Outbox, event: OutboxEvent): void {
  const { type, item } = event;
  if (item.kind === 'check-in-snooze' && type === 'delivered') void view.history.load();
  if (item.kind !== 'check-in') return;
  if (event.type === 'delivered') {
    const receipt = z.safeParse(CheckInReceipt, event.response);
    Object.assign(view, { sending: false, queued: false, again: false, focusNext: '#done' });
    view.rememberRequest(item.body as CheckInSubmission);
    if (receipt.success) {
      view.receipt = receipt.data;
      view.host.emit('kin-check-in-submitted', {
        id: receipt.data.id,
        submittedAt: receipt.data.submittedAt,
      });
    }
    void view.history.load();
  } else if (type === 'waiting' && !view.queued) {
    Object.assign(view, { sending: false, queued: true, focusNext: '#queued' });
    view.host.emit('kin-check-in-queued', {});
  } else if (type === 'rejected') {
    reject(view, outbox, item);
  }
  view.host.requestUpdate();
}

/** The server will never take this one: give the answers back, and say why. */
function reject(view: CheckInView, outbox: Outbox, item: OutboxItem): void {
  const body = item.body as CheckInSubmission;
  const request = body.contactRequest;
  Object.assign(view, {
    rejected: item.rejected?.message ?? '',
    sending: false,
    queued: false,
    requested: null,
  });
  view.change(
    Object.fromEntries(body.answers.map((answer) => [answer.itemId, answer.value])),
    request ? { wanted: true, optionId: request.optionId, note: request.note ?? '' } : view.contact,
  );
  void outbox.discard(item.id);
}

/** Puts the check-in in the outbox, which keeps it until the server has it; the draft can go. */
export async function send(
  view: CheckInView,
  outbox: Outbox,
  body: CheckInSubmission,
): Promise<void> {
  await outbox.add({
    kind: 'check-in',
    endpoint: view.host.config.endpoint,
    method: 'POST',
    path: '/v1/check-ins',
    body,
  });
  view.clearDraft();
}

export async function snooze(view: CheckInView, outbox: Outbox): Promise<void> {
  const body = { days: SNOOZE_DAYS };
  await outbox.add({
    kind: 'check-in-snooze',
    endpoint: view.host.config.endpoint,
    method: 'POST',
    path: '/v1/check-ins/snooze',
    body,
  });
  Object.assign(view, { snoozedUntil: Date.now() + SNOOZE_DAYS * DAY, focusNext: '#done' });
  view.host.emit('kin-check-in-snoozed', body);
  view.host.requestUpdate();
}
