/** Coordinators manage tips and their translations, and read the phrases residents asked about. */
import type * as z from 'zod/mini';
import type { TipInput } from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { newId } from '../data/ids.js';
import { iso, json } from '../data/json.js';
import { storedTip } from '../data/tips.js';
import { badRequest, conflict, notFound } from '../problem.js';
import type { HandlerGroup } from './handler.js';

type TipFields = z.output<typeof TipInput>;

/** A translation names an original tip (not another translation) in another language, once per language. */
async function checkTranslation(db: Queryable, fields: TipFields, id?: string): Promise<void> {
  if (!fields.translationOf) return;
  const original = await storedTip(db, fields.translationOf);
  if (!original || original.translationOf !== null) {
    throw badRequest([{ field: 'translationOf', message: 'no original tip with this id' }]);
  }
  if (original.locale.toLowerCase() === fields.locale.toLowerCase()) {
    throw badRequest([
      { field: 'locale', message: `the original is already in ${original.locale}` },
    ]);
  }
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM tips WHERE translation_of = $1 AND lower(locale) = lower($2) AND id <> $3',
    [fields.translationOf, fields.locale, id ?? ''],
  );
  if (rows[0])
    throw conflict(
      `Tip ${fields.translationOf} already has a ${fields.locale} translation (${rows[0].id}).`,
    );
}

function tipValues(fields: TipFields): unknown[] {
  return [
    fields.category,
    json(fields.regions),
    fields.title,
    fields.body,
    fields.whyItMatters,
    json(fields.trySaying),
    json(fields.idioms),
    fields.locale,
    fields.translationOf ?? null,
  ];
}

function withoutTranslationOf<T extends { translationOf: string | null }>({
  translationOf: _t,
  ...tip
}: T) {
  return tip;
}

export const coordinatorContentHandlers: HandlerGroup<
  'tipCreate' | 'tipUpdate' | 'tipDelete' | 'phraseList'
> = {
  async tipCreate({ db, body, now }) {
    await checkTranslation(db, body);
    const id = newId('tip');
    await db.query(
      `INSERT INTO tips (id, category, regions, title, body, why_it_matters, try_saying, idioms, locale, translation_of,
         created_at, updated_at)
       VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7::text::jsonb, $8::text::jsonb, $9, $10, $11, $11)`,
      [id, ...tipValues(body), iso(now)],
    );
    return withoutTranslationOf((await storedTip(db, id))!);
  },

  async tipUpdate({ db, params, body, now }) {
    const current = await storedTip(db, params.id);
    if (!current) throw notFound('No such tip.');
    const merged: TipFields = {
      ...current,
      ...body,
      translationOf: body.translationOf ?? current.translationOf ?? undefined,
    };
    if (merged.translationOf !== (current.translationOf ?? undefined)) {
      throw badRequest([
        { field: 'translationOf', message: 'cannot be changed; add a new translation instead' },
      ]);
    }
    await checkTranslation(db, merged, params.id);
    await db.query(
      `UPDATE tips SET category = $2, regions = $3::text::jsonb, title = $4, body = $5, why_it_matters = $6,
         try_saying = $7::text::jsonb, idioms = $8::text::jsonb, locale = $9, translation_of = $10, updated_at = $11
       WHERE id = $1`,
      [params.id, ...tipValues(merged), iso(now)],
    );
    return withoutTranslationOf((await storedTip(db, params.id))!);
  },

  async tipDelete({ db, params }) {
    // Translations, feedback, saves and "shown" records go with it (ON DELETE CASCADE).
    const deleted = await db.query('DELETE FROM tips WHERE id = $1', [params.id]);
    if (deleted.rowCount === 0) throw notFound('No such tip.');
  },

  async phraseList({ db }) {
    const { rows } = await db.query<{
      id: string;
      resident_id: string;
      phrase: string;
      context: string | null;
      tip_id: string | null;
      created_at: Date;
    }>(
      'SELECT id, resident_id, phrase, context, tip_id, created_at FROM phrase_reports ORDER BY created_at DESC, id LIMIT 1000',
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        residentId: row.resident_id,
        phrase: row.phrase,
        context: row.context,
        tipId: row.tip_id,
        createdAt: iso(row.created_at),
      })),
    };
  },
};
