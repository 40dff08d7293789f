/**
 * Mentors from a CSV file (RFC 4180: a header row, fields quoted when they hold commas, quotes or
 * line breaks). Parsing is csv-parse's; each record is then checked with the contract's
 * `MentorInput`, and a record that fails is reported by its line and skipped, so one bad row never
 * stops the good ones. The columns are documented in server/README.md.
 */
import { parse } from 'csv-parse/sync';
import * as z from 'zod/mini';
import { MentorInput } from '../../src/contract/coordinator.js';
import type { ImportReport } from '../../src/contract/coordinator.js';
import { badRequest } from '../problem.js';
import { fieldErrors } from '../validation.js';

const CONTACT_KINDS = ['email', 'phone', 'pager', 'teams', 'slack', 'chat'] as const;

export const MENTOR_CSV_COLUMNS = [
  'id',
  'name',
  'pronouns',
  'photoUrl',
  'trainingYear',
  'specialty',
  'homeCountry',
  'languages',
  'timeZone',
  'topics',
  'bio',
  ...CONTACT_KINDS,
] as const;

export const REQUIRED_MENTOR_COLUMNS = [
  'name',
  'trainingYear',
  'specialty',
  'homeCountry',
  'languages',
  'timeZone',
] as const;

/** Separates the items of a list column (languages, topics). */
const LIST_SEPARATOR = ';';

export interface MentorRow {
  /** `line 4`, or `lines 4–6` for a record with line breaks inside quotes. */
  where: string;
  input: z.output<typeof MentorInput>;
}

export interface ParsedMentorCsv {
  rows: MentorRow[];
  skipped: ImportReport['skipped'];
}

function list(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function lines(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** Reads the header, refusing the file (400) when a column is unknown or a required one missing. */
function columnIndexes(header: string[]): Map<string, number> {
  const known = new Map(MENTOR_CSV_COLUMNS.map((name) => [name.toLowerCase(), name]));
  const indexes = new Map<string, number>();
  const problems: { field: string; message: string }[] = [];
  header.forEach((raw, index) => {
    const name = known.get(raw.trim().toLowerCase());
    if (!name)
      problems.push({ field: `header.${index + 1}`, message: `unknown column "${raw.trim()}"` });
    else indexes.set(name, index);
  });
  for (const required of REQUIRED_MENTOR_COLUMNS) {
    if (!indexes.has(required))
      problems.push({ field: 'header', message: `missing column "${required}"` });
  }
  if (problems.length > 0) {
    throw badRequest(
      problems,
      `The first row must name the columns: ${MENTOR_CSV_COLUMNS.join(', ')}.`,
    );
  }
  return indexes;
}

function toMentorInput(record: string[], columns: Map<string, number>): unknown {
  const cell = (name: string) => {
    const index = columns.get(name);
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  const optional = (name: string) => cell(name) || undefined;
  return {
    id: optional('id'),
    name: cell('name'),
    pronouns: optional('pronouns') ?? null,
    photoUrl: optional('photoUrl') ?? null,
    trainingYear: cell('trainingYear'),
    specialty: cell('specialty'),
    homeCountry: cell('homeCountry').toUpperCase(),
    languages: list(cell('languages')),
    timeZone: cell('timeZone'),
    topics: list(cell('topics')),
    bio: optional('bio') ?? null,
    contactMethods: CONTACT_KINDS.filter((kind) => cell(kind)).map((kind) => ({
      kind,
      label: null,
      value: cell(kind),
    })),
  };
}

export function parseMentorCsv(text: string): ParsedMentorCsv {
  const skipped: ImportReport['skipped'] = [];
  // Where each record starts: the line after the previous record ended, past skipped blank lines.
  let lastEnd = 0;
  let lastBlank = 0;
  const records: { record: string[]; where: string }[] = [];
  parse(text.replace(/\r\n?/g, '\n'), {
    // Line breaks become \n first: csv-parse counts a CRLF inside quotes as two lines, which would
    // put every later report one line off (and a bio's line breaks are stored alike either way).
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A stray quote inside an unquoted field is kept as text rather than failing the record.
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      const start = lastEnd + 1 + (context.empty_lines - lastBlank);
      records.push({ record, where: lines(start, context.lines) });
      lastEnd = context.lines;
      lastBlank = context.empty_lines;
      return record;
    },
    on_skip: (error) => {
      const end = Number(error?.lines ?? lastEnd + 1);
      skipped.push({
        where: lines(lastEnd + 1, end),
        reason: `not readable as CSV: ${error?.message ?? 'unknown error'}`,
      });
      lastEnd = end;
      return undefined;
    },
  });

  const [header, ...body] = records;
  if (!header)
    throw badRequest([
      { field: 'body', message: 'the file is empty: it needs a header row and one row per mentor' },
    ]);
  const columns = columnIndexes(header.record);

  const rows: MentorRow[] = [];
  for (const { record, where } of body) {
    if (record.length !== header.record.length) {
      skipped.push({
        where,
        reason: `has ${record.length} fields; the header has ${header.record.length}`,
      });
      continue;
    }
    const result = z.safeParse(MentorInput, toMentorInput(record, columns));
    if (!result.success) {
      const reasons = fieldErrors(result.error.issues, 'row').map(
        ({ field, message }) => `${field}: ${message}`,
      );
      skipped.push({ where, reason: reasons.join('; ') });
      continue;
    }
    rows.push({ where, input: result.data });
  }
  return { rows, skipped };
}
