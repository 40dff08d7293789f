/**
 * Check-in figures for coordinators, never about fewer than `MIN_GROUP_SIZE` (5) residents. A group
 * below that is suppressed. Because a program total is shown next to the groups, one suppressed
 * group could be recovered by subtracting the others from the total; so more groups are suppressed,
 * smallest first, until the suppressed ones together hold at least five residents and are at least
 * two groups (server/README.md, "Aggregates").
 */
import type * as z from 'zod/mini';
import { MIN_GROUP_SIZE, type AggregateGroup } from '../../src/contract/coordinator.js';
import { loadProgram } from '../data/program.js';
import { badRequest } from '../problem.js';
import { addMs, DAY_MS } from '../time.js';
import type { HandlerGroup } from './handler.js';

type Group = z.output<typeof AggregateGroup>;

interface Figures {
  key: string;
  label: string;
  residents: number;
  mean_wellbeing: number;
  loneliness_share: number;
  support_share: number;
}

/** The default span: the last twelve weeks. */
const DEFAULT_RANGE_MS = 84 * DAY_MS;

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

const GROUP_KEY = {
  program: `'program'`,
  'training-year': `coalesce(p.training_year, 'unknown')`,
  // Weeks start on Monday in the program's time zone ($4).
  week: `to_char(date_trunc('week', c.submitted_at AT TIME ZONE $4::text), 'YYYY-MM-DD')`,
} as const;

export const aggregateHandlers: HandlerGroup<'aggregates'> = {
  async aggregates({ app, db, query, now }) {
    const groupBy = query.groupBy ?? 'program';
    const to = query.to ? new Date(query.to) : now;
    const from = query.from ? new Date(query.from) : addMs(to, -DEFAULT_RANGE_MS);
    if (to <= from) throw badRequest([{ field: 'to', message: 'must be after from' }]);
    const program = await loadProgram(db);
    const threshold = app.config.lonelinessThreshold;
    const figuresBy = async (key: string) =>
      (
        await db.query<Figures>(
          `SELECT ${key} AS key, '' AS label, count(DISTINCT c.resident_id)::int AS residents,
                  avg(c.wellbeing)::float8 AS mean_wellbeing,
                  avg(CASE WHEN c.loneliness >= $3 THEN 1 ELSE 0 END)::float8 AS loneliness_share,
                  avg(CASE WHEN c.support_suggested THEN 1 ELSE 0 END)::float8 AS support_share
           FROM check_ins c JOIN people p ON p.id = c.resident_id
           WHERE c.submitted_at >= $1 AND c.submitted_at < $2
           GROUP BY 1 ORDER BY 1`,
          [
            from.toISOString(),
            to.toISOString(),
            threshold,
            ...(key.includes('$4') ? [program.timeZone] : []),
          ],
        )
      ).rows;

    const [total] = await figuresBy(GROUP_KEY.program);
    const programGroup = total ? { ...total, label: 'All residents' } : undefined;
    const groups = (groupBy === 'program' ? [] : await figuresBy(GROUP_KEY[groupBy])).map(
      (group) => ({
        ...group,
        label:
          groupBy === 'week'
            ? `Week of ${group.key}`
            : group.key === 'unknown'
              ? 'Training year not recorded'
              : group.key,
      }),
    );
    const totalHidden = !programGroup || programGroup.residents < MIN_GROUP_SIZE;
    // With the total hidden, every group is hidden too: each is a part of it.
    const hidden = totalHidden
      ? new Set(groups.map((group) => group.key))
      : groupsToSuppress(groups);

    const result: Group[] = [];
    if (programGroup) result.push(totalHidden ? suppressed(programGroup) : shown(programGroup));
    for (const group of groups)
      result.push(hidden.has(group.key) ? suppressed(group) : shown(group));
    const note = result.some((group) => group.suppressed)
      ? `Figures are shown only for groups of at least ${MIN_GROUP_SIZE} residents. Smaller groups are hidden, and so ` +
        'is the next-smallest group where needed, so that hidden figures cannot be worked out from the total.'
      : null;
    return { minGroupSize: MIN_GROUP_SIZE, groupBy, groups: result, note };
  },
};
