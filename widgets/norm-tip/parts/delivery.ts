/**
 * Sending "helpful", "save" and phrases through the outbox, and following what it reports:
 * delivered (the widget's event), waiting for a connection ("saved on this device"), or refused for
 * good (the choice is undone, or the phrase goes back into its form, with the reason). Imported
 * with the outbox when the resident first reaches for a button, so it is there when they press it.
 */
import type { Outbox, OutboxEvent, OutboxItem } from '../../../src/core/outbox.js';
import { report } from '../../../locales/en/tips.json';
import { runtime } from '../../../src/core/runtime.js';
import type { NormTipView, TipWrite } from '../norm-tip.view.js';

// The English this part shows (the view brings its own).
runtime().translations.addSource('tips', { report });

const KINDS: readonly string[] = ['tip-feedback', 'tip-save', 'tip-phrase'];

/** `/v1/tips/{id}/feedback` → the tip's id. */
const tipIdOf = (item: OutboxItem) => decodeURIComponent(item.path.split('/')[3]);

/** Follows the outbox for `view`, and picks up what an earlier visit left in it. Returns the unsubscribe. */
export async function follow(view: NormTipView, outbox: Outbox): Promise<() => void> {
  const unsubscribe = outbox.subscribe((event) => onOutbox(view, outbox, event));
  for (const item of await outbox.items()) {
    if (!KINDS.includes(item.kind)) continue;
    if (item.rejected) reject(view, outbox, item);
    else {
      show(view, item);
      view.queued(item.kind as TipWrite['kind']);
    }
  }
  void outbox.flush();
  return unsubscribe;
}

/** A waiting choice shows on the card as made. */
function show(view: NormTipView, item: OutboxItem): void {
  if (item.kind === 'tip-feedback' || item.kind === 'tip-save') {
    view.choose(tipIdOf(item), item.body as { helpful?: boolean; saved?: boolean });
  }
}

function onOutbox(view: NormTipView, outbox: Outbox, event: OutboxEvent): void {
  const { item } = event;
  if (!KINDS.includes(item.kind)) return;
  const { t } = view.host.localize;
  if (event.type === 'delivered') {
    const response = event.response as Record<string, unknown>;
    if (item.kind === 'tip-phrase') {
      view.say(t('report.sent'));
      view.host.emit('kin-norm-tip-phrase-reported', { id: String(response?.id ?? '') });
    } else if (item.kind === 'tip-feedback') {
      const { helpful } = item.body as { helpful: boolean };
      view.host.emit('kin-norm-tip-feedback', { tipId: tipIdOf(item), helpful });
    } else {
      const { saved } = item.body as { saved: boolean };
      view.host.emit('kin-norm-tip-saved', { tipId: tipIdOf(item), saved });
    }
    if (view.status === t('queued')) view.say('');
  } else if (event.type === 'waiting' && item.attempts === 1) {
    view.queued(item.kind as TipWrite['kind']);
  } else if (event.type === 'rejected') {
    reject(view, outbox, item);
  }
}

/** The server will never take this one: undo the choice, or give the phrase back, and say why. */
function reject(view: NormTipView, outbox: Outbox, item: OutboxItem): void {
  const { t } = view.host.localize;
  const reason = item.rejected?.message ?? '';
  if (item.kind === 'tip-phrase') {
    const body = item.body as { phrase: string; context?: string; tipId?: string };
    view.draft = { phrase: body.phrase, context: body.context ?? '', tipId: body.tipId ?? '' };
    view.keepDraft();
    view.reportError = t('report.rejected', { reason });
    void view.open('report', '#phrase');
  } else {
    const tipId = tipIdOf(item);
    const choice = { ...view.choices.get(tipId) };
    if (item.kind === 'tip-feedback') delete choice.helpful;
    else delete choice.saved;
    view.choices.set(tipId, choice);
    view.say(t('rejected', { reason }));
  }
  void outbox.discard(item.id);
}

/** Puts a write in the outbox, which keeps it until the server has it. */
export async function send(view: NormTipView, outbox: Outbox, write: TipWrite): Promise<void> {
  await outbox.add({ ...write, endpoint: view.host.config.endpoint });
}
