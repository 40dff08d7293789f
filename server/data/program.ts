import type { Program } from '../../src/contract/index.js';
import type { Queryable } from '../db/db.js';
import type { SupportResourceWords } from '../db/seed/types.js';
import { PROBLEM_TYPE, ProblemError } from '../problem.js';
import { languageMatch, storedLocaleOf } from './locale.js';

interface ProgramRow {
  id: string;
  name: string;
  time_zone: string;
  region: string;
  locales: string[];
  default_locale: string;
  support_resources: Program['supportResources'];
  /** The translations that match the requested language, best first. */
  translations: { locale: string; words: Record<string, SupportResourceWords> }[];
}

/** The answer of every route that needs the program before one has been seeded. */
export function noProgramYet(): ProblemError {
  return new ProblemError(503, {
    type: PROBLEM_TYPE.unavailable,
    detail: 'No program is set up in this database yet (see server/README.md, "Seeding").',
  });
}

/** Nothing, once a program has been seeded; until then a 503, as `loadProgram` answers. */
export async function requireProgram(db: Queryable): Promise<void> {
  const { rows } = await db.query('SELECT 1 FROM program');
  if (rows.length === 0) throw noProgramYet();
}

/**
 * The database's one program; a 503 until it has been seeded. With a `language` (or, without one,
 * the stored language of the person `readerId`), each support resource is in the best translation
 * of it into that language (see `locale.ts`), or as written; its numbers, links and kind are
 * always its own.
 */
export async function loadProgram(
  db: Queryable,
  language: string | null = null,
  readerId: string | null = null,
): Promise<Program> {
  const match = languageMatch('t.key', `coalesce($1::text, ${storedLocaleOf('$2::text')})`);
  const { rows } = await db.query<ProgramRow>(
    `SELECT id, name, time_zone, region, locales, default_locale, support_resources,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('locale', t.key, 'words', t.value)
                                  ORDER BY ${match}), '[]'::jsonb)
        FROM jsonb_each(support_resource_translations) t WHERE ${match} IS NOT NULL) AS translations
     FROM program`,
    [language, readerId],
  );
  const row = rows[0];
  if (!row) throw noProgramYet();
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    region: row.region,
    locales: row.locales,
    defaultLocale: row.default_locale,
    // A resource is written in the program's default language.
    supportResources: row.support_resources.map((resource) => {
      const translation = row.translations.find(({ words }) => words[resource.id]);
      const words = translation?.words[resource.id];
      return translation && words
        ? {
            ...resource,
            name: words.name,
            description: words.description,
            hours: resource.hours === null ? null : (words.hours ?? resource.hours),
            locale: translation.locale,
          }
        : { ...resource, locale: row.default_locale };
    }),
  };
}
