/**
 * Tips as a person reads them: in their language when a translation exists (a translation is a
 * tip whose `translation_of` names the original), with their own feedback and saved state. A tip
 * is always known by its original's id, whatever language it is served in, so feedback, saves and
 * "already shown" follow the tip across languages.
 */
import type { Tip } from '../../src/contract/index.js';
import type { Queryable } from '../db/db.js';
import { languageMatch } from './locale.js';

/** The columns of a tip, in the `tips` table. */
interface TipColumns {
  id: string;
  category: Tip['category'];
  regions: string[];
  title: string;
  body: string;
  why_it_matters: string;
  try_saying: string[];
  idioms: Tip['idioms'];
  locale: string;
}

/** A tip as a resident reads it: with their feedback, whether they saved it, and its cursor. */
interface TipRow extends TipColumns {
  helpful: boolean | null;
  saved: boolean;
  /** created_at as PostgreSQL text, full precision, for the cursor. */
  cursor_at: string;
}

export interface TipFilter {
  /**
   * Tips for the whole country (`US`) and for this region (`US-NJ`); null: the program's region,
   * read in the same query.
   */
  region?: string | null;
  category?: string;
  saved?: boolean;
  id?: string;
  /** Keyset pagination: tips older than this one. */
  after?: { at: string; id: string };
  limit?: number;
}

export interface FoundTip {
  tip: Tip;
  cursorAt: string;
}

/**
 * The tips that pass `filter`, newest first, in `locale` (undefined: the reader's stored language)
 * where translated. None while no program is set up (the program is part of the query, for its
 * region).
 */
export async function findTips(
  db: Queryable,
  personId: string,
  locale: string | undefined,
  filter: TipFilter,
): Promise<FoundTip[]> {
  const params: unknown[] = [personId, locale ?? null];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where = ['t.translation_of IS NULL'];
  if (filter.region !== undefined) {
    const region = `coalesce(${add(filter.region)}::text, p.region)`;
    where.push(`(t.regions @> '["US"]'::jsonb OR t.regions @> jsonb_build_array(${region}))`);
  }
  if (filter.category) where.push(`t.category = ${add(filter.category)}`);
  if (filter.saved !== undefined)
    where.push(filter.saved ? 'sv.tip_id IS NOT NULL' : 'sv.tip_id IS NULL');
  if (filter.id) where.push(`t.id = ${add(filter.id)}`);
  if (filter.after)
    where.push(
      `(t.created_at, t.id) < (${add(filter.after.at)}::timestamptz, ${add(filter.after.id)})`,
    );
  const limit = add(filter.limit ?? 50);
  // Without a locale asked for, the reader's stored one.
  const match = languageMatch('x.locale', 'coalesce($2::text, r.locale)');
  const { rows } = await db.query<TipRow>(
    `SELECT t.id, t.category, t.regions,
            coalesce(tr.title, t.title) AS title, coalesce(tr.body, t.body) AS body,
            coalesce(tr.why_it_matters, t.why_it_matters) AS why_it_matters,
            coalesce(tr.try_saying, t.try_saying) AS try_saying, coalesce(tr.idioms, t.idioms) AS idioms,
            coalesce(tr.locale, t.locale) AS locale,
            fb.helpful, sv.tip_id IS NOT NULL AS saved, t.created_at::text AS cursor_at
     FROM program p CROSS JOIN tips t
     LEFT JOIN people r ON r.id = $1
     LEFT JOIN LATERAL (
       SELECT x.title, x.body, x.why_it_matters, x.try_saying, x.idioms, x.locale FROM tips x
       WHERE x.translation_of = t.id AND ${match} IS NOT NULL
       ORDER BY ${match} LIMIT 1
     ) tr ON true
     LEFT JOIN tip_feedback fb ON fb.tip_id = t.id AND fb.person_id = $1
     LEFT JOIN tip_saves sv ON sv.tip_id = t.id AND sv.person_id = $1
     WHERE ${where.join(' AND ')}
     ORDER BY t.created_at DESC, t.id DESC
     LIMIT ${limit}`,
    params,
  );
  return rows.map((row) => ({
    cursorAt: row.cursor_at,
    tip: {
      id: row.id,
      category: row.category,
      regions: row.regions,
      title: row.title,
      body: row.body,
      whyItMatters: row.why_it_matters,
      trySaying: row.try_saying,
      idioms: row.idioms,
      locale: row.locale,
      helpful: row.helpful,
      saved: row.saved,
    },
  }));
}

/** The original tip's id for a tip or a translation of it; undefined when there is no such tip. */
export async function originalTipId(db: Queryable, id: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT coalesce(translation_of, id) AS id FROM tips WHERE id = $1',
    [id],
  );
  return rows[0]?.id;
}

interface StoredTipRow extends TipColumns {
  translation_of: string | null;
}

/** A tip or translation exactly as stored, for the coordinators who edit it. */
export async function storedTip(
  db: Queryable,
  id: string,
): Promise<(Tip & { translationOf: string | null }) | undefined> {
  const { rows } = await db.query<StoredTipRow>(
    `SELECT id, category, regions, title, body, why_it_matters, try_saying, idioms, locale, translation_of
     FROM tips WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  return (
    row && {
      id: row.id,
      category: row.category,
      regions: row.regions,
      title: row.title,
      body: row.body,
      whyItMatters: row.why_it_matters,
      trySaying: row.try_saying,
      idioms: row.idioms,
      locale: row.locale,
      helpful: null,
      saved: false,
      translationOf: row.translation_of,
    }
  );
}
