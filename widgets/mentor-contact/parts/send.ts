/**
 * Sending one of the card's writes, for the parts that write (the forms, the mentor's inbox): into
 * the outbox (`delivery.ts` follows what becomes of it), or, when the outbox could not be loaded
 * (offline before it ever arrived), kept on the card and sent when the connection returns. Imported
 * with those parts, so it is there before anything can be sent.
 */
import type { MentorView } from '../mentor-contact.view.js';

/** Each card's retry: one listener, however many writes wait. */
const retries = new WeakMap<MentorView, () => void>();

export async function send(
  view: MentorView,
  kind: string,
  path: string,
  body?: object,
): Promise<void> {
  view.notice = null;
  view.sending = true;
  view.host.requestUpdate();
  try {
    const [delivery, outbox] = await view.deliver();
    await delivery.send(view, outbox, kind, path, body);
  } catch {
    // Offline before the outbox ever loaded: kept in memory, sent when the connection returns.
    view.pending.push({ kind, path, body });
    Object.assign(view, { sending: false, open: null, focusNext: '#status' });
    addEventListener('online', retryOf(view), { once: true });
    view.host.requestUpdate();
  }
}

function retryOf(view: MentorView): () => void {
  let retry = retries.get(view);
  if (!retry) {
    retry = () => {
      // Taken off the page meanwhile: nothing is sent (put back, the card starts afresh).
      if (!view.host.isConnected) return;
      const unsent = view.pending;
      view.pending = [];
      for (const { kind, path, body } of unsent) void send(view, kind, path, body as object);
    };
    retries.set(view, retry);
  }
  return retry;
}
