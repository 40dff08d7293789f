/**
 * The two routes demo mode adds (never mounted outside it), described like the contract's routes
 * so they are validated the same way and appear in the OpenAPI document.
 */
import * as z from 'zod/mini';
import { Id } from '../src/contract/common.js';
import { PeopleList, PersonSummary } from '../src/contract/coordinator.js';
import type { RouteSpec } from '../src/contract/routes.js';

export const DemoTokenQuery = z.strictObject({
  /** Any seeded person's id (a resident, a mentor or a coordinator); default: the first resident. */
  resident: z.optional(Id),
});

export const DemoToken = z.object({ token: z.string(), person: PersonSummary });

export const demoRoutes = {
  demoPeople: {
    method: 'get',
    path: '/demo/people',
    summary: 'Demo mode only: the seeded people, to sign in as',
    roles: 'public',
    status: 200,
    response: PeopleList,
  },
  demoToken: {
    method: 'get',
    path: '/demo/token',
    summary: 'Demo mode only: a signed token for a seeded person',
    roles: 'public',
    query: DemoTokenQuery,
    status: 200,
    response: DemoToken,
  },
} as const satisfies Record<string, RouteSpec>;
