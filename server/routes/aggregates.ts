/**
 * Check-in figures for coordinators, safe by construction rather than by a check on one query
 * (server/README.md, "Aggregates", gives the argument):
 *
 * - Periods are fixed: calendar months (or ISO weeks, a program setting) in the program's time zone,
 *   never a window the caller chooses, so no two answers cover time that differs by a sliver.
 * - A period is published only once it is over and no late delivery can be dated into it
 *   (`MAX_ANSWER_AGE_MS`), and its figures are computed once, stored, and served unchanged for
 *   ever after: asking before and after something changes reveals nothing.
 * - One figure per resident per period (their latest check-in in it), so a resident who checks in
 *   sixty times counts once.
 * - A cell describes at least `MIN_GROUP_SIZE` (5) residents. The total and the training-year groups
 *   of a period come from the same snapshot; a group below five is hidden, and more groups, smallest
 *   first, until the hidden ones together hold at least five and are at least two groups, so the
 *   total minus the shown groups describes at least five residents too.
 */
import type * as z from 'zod/mini';
import {
  MIN_GROUP_SIZE,
  type AggregateGroup,
  type AggregatePeriodKind,
} from '../../src/contract/coordinator.js';
import type { Queryable } from '../db/db.js';
import { json } from '../data/json.js';
import { loadProgram } from '../data/program.js';
import { addDays, addMs, atLocalTime, isoWeekday, localDate } from '../time.js';
import { MAX_ANSWER_AGE_MS } from './check-ins.js';
import type { HandlerGroup } from './handler.js';

type Group = z.output<typeof AggregateGroup>;
type PeriodKind = z.output<typeof AggregatePeriodKind>;

interface Figures {
  key: string;
  label: string;
  residents: number;
  mean_wellbeing: number;
  loneliness_share: number;
  support_share: number;
}

/** What one period's snapshot holds: the total and the training-year groups, made together. */
interface Snapshot {
  program: Group[];
  trainingYears: Group[];
}

const DEFAULT_PERIODS = 6;

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function shown(figures: Figures): Group {
  return {
    key: figures.key,
    label: figures.label,
    residents: figures.residents,
    suppressed: false,
    meanWellbeing: round(figures.mean_wellbeing, 1),
    lonelinessShare: round(figures.loneliness_share, 3),
    supportSuggestedShare: round(figures.support_share, 3),
  };
}

function suppressed(figures: Figures): Group {
  return {
    key: figures.key,
    label: figures.label,
    residents: null,
    suppressed: true,
    meanWellbeing: null,
    lonelinessShare: null,
    supportSuggestedShare: null,
  };
}

/** Which groups to hide, given the total is shown too: see the module comment. */
export function groupsToSuppress(
  groups: readonly { key: string; residents: number }[],
): Set<string> {
  const hidden = new Set(
    groups.filter((group) => group.residents < MIN_GROUP_SIZE).map((group) => group.key),
  );
  if (hidden.size === 0) return hidden;
  const bySize = [...groups].sort((a, b) => a.residents - b.residents || (a.key < b.key ? -1 : 1));
  const hiddenResidents = () =>
    groups
      .filter((group) => hidden.has(group.key))
      .reduce((sum, group) => sum + group.residents, 0);
  for (const group of bySize) {
    if (hidden.size >= 2 && hiddenResidents() >= MIN_GROUP_SIZE) break;
    hidden.add(group.key);
  }
  return hidden;
}

/** The first day of the period holding `date` (`YYYY-MM-DD`). */
function periodStart(date: string, kind: PeriodKind): string {
  return kind === 'week' ? addDays(date, 1 - isoWeekday(date)) : `${date.slice(0, 8)}01`;
}

/** The first day of the period `steps` periods after (or before, when negative) the one at `start`. */
function shiftPeriod(start: string, kind: PeriodKind, steps: number): string {
  if (kind === 'week') return addDays(start, 7 * steps);
  const [year, month] = start.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, month - 1 + steps, 1));
  return shifted.toISOString().slice(0, 10);
}

function periodLabel(start: string, kind: PeriodKind): string {
  if (kind === 'week') return `Week of ${start}`;
  return new Date(`${start}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The `count` latest periods that are published: over, and over for longer than a late delivery
 * may be dated back, so no check-in can still arrive in them. Newest first.
 */
export function publishedPeriods(
  now: Date,
  kind: PeriodKind,
  timeZone: string,
  count: number,
): string[] {
  const stillOpen = periodStart(localDate(addMs(now, -MAX_ANSWER_AGE_MS), timeZone), kind);
  return Array.from({ length: count }, (_, index) => shiftPeriod(stillOpen, kind, -1 - index));
}

/** One period's figures, as they are the first time anyone asks, from its check-ins. */
async function computeSnapshot(
  db: Queryable,
  from: Date,
  to: Date,
  lonelinessThreshold: number,
): Promise<Snapshot> {
  const figuresBy = async (key: string) =>
    (
      await db.query<Figures>(
        `WITH latest AS (
           SELECT DISTINCT ON (c.resident_id) c.resident_id, c.wellbeing, c.loneliness, c.support_suggested
           FROM check_ins c
           WHERE c.submitted_at >= $1 AND c.submitted_at < $2
           ORDER BY c.resident_id, c.submitted_at DESC, c.id DESC
         )
         SELECT ${key} AS key, '' AS label, count(*)::int AS residents,
                avg(l.wellbeing)::float8 AS mean_wellbeing,
                avg(CASE WHEN l.loneliness >= $3 THEN 1 ELSE 0 END)::float8 AS loneliness_share,
                avg(CASE WHEN l.support_suggested THEN 1 ELSE 0 END)::float8 AS support_share
         FROM latest l JOIN people p ON p.id = l.resident_id
         GROUP BY 1 ORDER BY 1`,
        [from.toISOString(), to.toISOString(), lonelinessThreshold],
      )
    ).rows;

  const [total] = await figuresBy(`'program'`);
  if (!total) return { program: [], trainingYears: [] };
  const years = (await figuresBy(`coalesce(p.training_year, 'unknown')`)).map((group) => ({
    ...group,
    label: group.key === 'unknown' ? 'Training year not recorded' : group.key,
  }));
  const programGroup = { ...total, label: 'All residents' };
  if (programGroup.residents < MIN_GROUP_SIZE) {
    // With the total hidden, every group is hidden too: each is a part of it.
    return { program: [suppressed(programGroup)], trainingYears: years.map(suppressed) };
  }
  const hidden = groupsToSuppress(years);
  return {
    program: [shown(programGroup)],
    trainingYears: years.map((group) => (hidden.has(group.key) ? suppressed(group) : shown(group))),
  };
}

/** The period's stored snapshot, made now if nobody asked before (the first instance to store it wins). */
async function snapshotFor(
  db: Queryable,
  kind: PeriodKind,
  start: string,
  timeZone: string,
  lonelinessThreshold: number,
  now: Date,
): Promise<Snapshot> {
  const select = () =>
    db.query<{ figures: Snapshot }>(
      'SELECT figures FROM aggregate_snapshots WHERE period = $1 AND period_start = $2',
      [kind, start],
    );
  const stored = (await select()).rows[0];
  if (stored) return stored.figures;
  const from = atLocalTime(start, '00:00', timeZone);
  const to = atLocalTime(shiftPeriod(start, kind, 1), '00:00', timeZone);
  const figures = await computeSnapshot(db, from, to, lonelinessThreshold);
  await db.query(
    `INSERT INTO aggregate_snapshots (period, period_start, figures, published_at)
     VALUES ($1, $2, $3::text::jsonb, $4) ON CONFLICT DO NOTHING`,
    [kind, start, json(figures), now.toISOString()],
  );
  return (await select()).rows[0]!.figures;
}

export const aggregateHandlers: HandlerGroup<'aggregates'> = {
  async aggregates({ app, db, query, now }) {
    const groupBy = query.groupBy ?? 'program';
    const kind = app.config.aggregatePeriod;
    const program = await loadProgram(db);
    const periods = [];
    for (const start of publishedPeriods(
      now,
      kind,
      program.timeZone,
      query.periods ?? DEFAULT_PERIODS,
    )) {
      const snapshot = await snapshotFor(
        db,
        kind,
        start,
        program.timeZone,
        app.config.lonelinessThreshold,
        now,
      );
      periods.push({
        start,
        end: shiftPeriod(start, kind, 1),
        label: periodLabel(start, kind),
        groups:
          groupBy === 'program'
            ? snapshot.program
            : [...snapshot.program, ...snapshot.trainingYears],
      });
    }
    const note = periods.some((period) => period.groups.some((group) => group.suppressed))
      ? `Figures are shown only for groups of at least ${MIN_GROUP_SIZE} residents. Smaller groups are hidden, and so ` +
        'is the next-smallest group where needed, so that hidden figures cannot be worked out from the total.'
      : null;
    return { minGroupSize: MIN_GROUP_SIZE, period: kind, groupBy, periods, note };
  },
};
