/**
 * The outreach queue: residents who asked, in a check-in, to be contacted. Each request is
 * addressed to the one person the chosen option routes to, and only they see it.
 */
import type { Queryable } from '../db/db.js';
import { iso } from '../data/json.js';
import { notFound } from '../problem.js';
import type { HandlerGroup } from './handler.js';

interface OutreachRow {
  id: string;
  resident_id: string;
  resident_name: string;
  option_id: string;
  option_label: string;
  option_description: string | null;
  note: string | null;
  created_at: Date;
  status: 'open' | 'contacted' | 'closed';
}

async function outreachFor(db: Queryable, recipientId: string, id?: string) {
  const { rows } = await db.query<OutreachRow>(
    `SELECT o.id, o.resident_id, p.name AS resident_name, o.option_id, o.option_label, o.option_description, o.note,
            o.created_at, o.status
     FROM outreach_requests o JOIN people p ON p.id = o.resident_id
     WHERE o.routed_to = $1 AND ($2::text IS NULL OR o.id = $2::text)
     ORDER BY o.status = 'open' DESC, o.created_at DESC, o.id
     LIMIT 500`,
    [recipientId, id ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    residentId: row.resident_id,
    residentName: row.resident_name,
    option: { id: row.option_id, label: row.option_label, description: row.option_description },
    note: row.note,
    createdAt: iso(row.created_at),
    status: row.status,
  }));
}

export const outreachHandlers: HandlerGroup<'outreach' | 'outreachUpdate'> = {
  async outreach({ db, caller }) {
    return { items: await outreachFor(db, caller.id) };
  },

  async outreachUpdate({ db, caller, params, body, now }) {
    const updated = await db.query(
      'UPDATE outreach_requests SET status = $3, updated_at = $4 WHERE id = $1 AND routed_to = $2',
      [params.id, caller.id, body.status, iso(now)],
    );
    // Someone else's request is as invisible as one that does not exist.
    if (updated.rowCount === 0) throw notFound('No such request addressed to you.');
    return (await outreachFor(db, caller.id, params.id))[0]!;
  },
};
