/**
 * Demo mode's sign-in: list the seeded people, and hand out a token for any of them. Only the
 * people the seed created: someone a token or an import added later is no demo account.
 */
import type { demoRoutes } from '../demo-contract.js';
import { notFound } from '../problem.js';
import type { Handler } from './handler.js';

type DemoHandlers = { [K in keyof typeof demoRoutes]: Handler<(typeof demoRoutes)[K]> };

interface PersonRow {
  id: string;
  name: string;
  role: 'resident' | 'mentor' | 'coordinator';
}

export const demoHandlers: DemoHandlers = {
  async demoPeople({ db }) {
    // Seeding order, so the demo lists people as the seed does.
    const { rows } = await db.query<PersonRow>(
      'SELECT id, name, role FROM people WHERE seeded ORDER BY created_at, id',
    );
    return { items: rows };
  },

  async demoToken({ app, db, query }) {
    const { rows } = await db.query<PersonRow>(
      query.resident
        ? 'SELECT id, name, role FROM people WHERE id = $1 AND seeded'
        : `SELECT id, name, role FROM people WHERE seeded AND role = 'resident' ORDER BY created_at, id LIMIT 1`,
      query.resident ? [query.resident] : [],
    );
    const person = rows[0];
    if (!person)
      throw notFound(
        query.resident
          ? `No seeded person has the id "${query.resident}".`
          : 'No resident is seeded.',
      );
    const token = await app.auth.sign!({ sub: person.id, role: person.role, name: person.name });
    return { token, person };
  },
};
