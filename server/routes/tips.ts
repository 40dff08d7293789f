/** Cultural-norm tips: browse, today's tip, feedback, saves, and phrases a resident did not understand. */
import { newId } from '../data/ids.js';
import { iso } from '../data/json.js';
import { loadProgram, requireProgram } from '../data/program.js';
import { languageMatch } from '../data/locale.js';
import { findTips, originalTipId } from '../data/tips.js';
import { badRequest, notFound } from '../problem.js';
import { localDate } from '../time.js';
import type { HandlerGroup } from './handler.js';

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)))
      return { at, id };
  } catch {
    // Reported below.
  }
  throw badRequest([{ field: 'cursor', message: 'not a cursor from this list' }]);
}

async function tipIdOrNotFound(
  db: Parameters<typeof originalTipId>[0],
  id: string,
): Promise<string> {
  const tipId = await originalTipId(db, id);
  if (!tipId) throw notFound('No such tip.');
  return tipId;
}

export const tipHandlers: HandlerGroup<
  'tips' | 'tipToday' | 'tipFeedback' | 'tipSave' | 'phraseReport'
> = {
  async tips({ db, caller, query }) {
    const limit = query.limit ?? 20;
    const found = await findTips(db, caller.id, query.locale, {
      region: query.region ?? null,
      category: query.category,
      saved: query.saved === undefined ? undefined : query.saved === 'true',
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      // One more than asked for tells whether there is a next page.
      limit: limit + 1,
    });
    // Nothing found may mean no program yet, which is a 503 (`loadProgram`), not an empty list.
    if (found.length === 0) await requireProgram(db);
    const page = found.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(({ tip }) => tip),
      nextCursor: found.length > limit && last ? encodeCursor(last.cursorAt, last.tip.id) : null,
    };
  },

  /**
   * One tip per person per day (in the program's time zone), remembered in `tip_views`: the same
   * tip all day, a tip not shown before when there is one, and a different one tomorrow.
   */
  async tipToday({ db, caller, query, now }) {
    const program = await loadProgram(db);
    const day = localDate(now, program.timeZone);
    const locale = query.locale;
    const shown = async () =>
      (
        await db.query<{ tip_id: string }>(
          'SELECT tip_id FROM tip_views WHERE person_id = $1 AND day = $2',
          [caller.id, day],
        )
      ).rows[0]?.tip_id;
    let tipId = await shown();
    if (!tipId) {
      const region = query.region ?? program.region;
      // Unseen first: never shown, nor marked or saved (read while browsing); then the one shown
      // longest ago. Among those, one the reader can read in their language. Ties are broken by a
      // hash of person, day and tip, so the choice is stable within the day and differs between
      // people and days.
      const { rows } = await db.query<{ id: string }>(
        `SELECT t.id FROM tips t CROSS JOIN people p
         WHERE p.id = $1 AND t.translation_of IS NULL
           AND (t.regions @> '["US"]'::jsonb OR t.regions @> jsonb_build_array($3::text))
         ORDER BY EXISTS (SELECT 1 FROM tip_feedback f WHERE f.person_id = $1 AND f.tip_id = t.id)
                  OR EXISTS (SELECT 1 FROM tip_saves s WHERE s.person_id = $1 AND s.tip_id = t.id) ASC,
                  (SELECT max(v.day) FROM tip_views v WHERE v.person_id = $1 AND v.tip_id = t.id) ASC NULLS FIRST,
                  EXISTS (SELECT 1 FROM tips x WHERE x.translation_of = t.id
                          AND ${languageMatch('x.locale', 'coalesce($4::text, p.locale)')} IS NOT NULL) DESC,
                  md5($1::text || $2::text || t.id)
         LIMIT 1`,
        [caller.id, day, region, locale ?? null],
      );
      if (!rows[0]) return { date: day, tip: null };
      // Two first requests at once agree: the first insert wins and both read it back.
      await db.query(
        'INSERT INTO tip_views (person_id, day, tip_id, shown_at) VALUES ($1, $2, $3, $4) ON CONFLICT (person_id, day) DO NOTHING',
        [caller.id, day, rows[0].id, iso(now)],
      );
      tipId = await shown();
    }
    const [found] = await findTips(db, caller.id, locale, { id: tipId });
    return { date: day, tip: found?.tip ?? null };
  },

  async tipFeedback({ db, caller, params, body, now }) {
    const tipId = await tipIdOrNotFound(db, params.id);
    await db.query(
      `INSERT INTO tip_feedback (person_id, tip_id, helpful, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (person_id, tip_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at`,
      [caller.id, tipId, body.helpful, iso(now)],
    );
    return { tipId, helpful: body.helpful };
  },

  async tipSave({ db, caller, params, body, now }) {
    const tipId = await tipIdOrNotFound(db, params.id);
    if (body.saved) {
      await db.query(
        'INSERT INTO tip_saves (person_id, tip_id, saved_at) VALUES ($1, $2, $3) ON CONFLICT (person_id, tip_id) DO NOTHING',
        [caller.id, tipId, iso(now)],
      );
    } else {
      await db.query('DELETE FROM tip_saves WHERE person_id = $1 AND tip_id = $2', [
        caller.id,
        tipId,
      ]);
    }
    return { tipId, saved: body.saved };
  },

  async phraseReport({ db, caller, body, now }) {
    // The tip may have been removed since the resident read it (the outbox delivers late): keep
    // the phrase, drop the link.
    const tipId = body.tipId ? ((await originalTipId(db, body.tipId)) ?? null) : null;
    const id = newId('phr');
    await db.query(
      'INSERT INTO phrase_reports (id, resident_id, phrase, context, tip_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, caller.id, body.phrase, body.context ?? null, tipId, iso(now)],
    );
    return { id, createdAt: iso(now) };
  },
};
