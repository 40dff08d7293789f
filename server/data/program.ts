import type { Program } from '../../src/contract/index.js';
import type { Queryable } from '../db/db.js';
import { PROBLEM_TYPE, ProblemError } from '../problem.js';

interface ProgramRow {
  id: string;
  name: string;
  time_zone: string;
  region: string;
  locales: string[];
  default_locale: string;
  support_resources: Program['supportResources'];
}

/** The answer of every route that needs the program before one has been seeded. */
export function noProgramYet(): ProblemError {
  return new ProblemError(503, {
    type: PROBLEM_TYPE.unavailable,
    detail: 'No program is set up in this database yet (see server/README.md, "Seeding").',
  });
}

/** The database's one program; a 503 until it has been seeded. */
export async function loadProgram(db: Queryable): Promise<Program> {
  const { rows } = await db.query<ProgramRow>(
    'SELECT id, name, time_zone, region, locales, default_locale, support_resources FROM program',
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
    supportResources: row.support_resources,
  };
}
