/** The service, the program and the signed-in person. */
import { personOf } from '../auth.js';
import { loadProgram } from '../data/program.js';
import { PROBLEM_TYPE, ProblemError } from '../problem.js';
import type { HandlerGroup } from './handler.js';

export const systemHandlers: HandlerGroup<'health' | 'program' | 'me'> = {
  async health({ app, db, now }) {
    try {
      await db.query('SELECT 1');
    } catch {
      throw new ProblemError(503, {
        type: PROBLEM_TYPE.unavailable,
        detail: 'The database is not answering.',
        headers: { 'Retry-After': '5' },
      });
    }
    return {
      status: 'ok',
      version: app.config.version,
      database: app.db.kind,
      time: now.toISOString(),
    };
  },

  // Without Accept-Language, in the person's stored language.
  program: ({ db, caller, language }) => loadProgram(db, language, caller.id),

  async me({ db, caller }) {
    const person = await personOf(db, caller);
    return {
      id: person.id,
      name: person.name,
      role: person.role,
      locale: person.locale,
      timeZone: person.timeZone,
    };
  },
};
