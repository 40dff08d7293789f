/**
 * Mentors from a CSV file (RFC 4180: a header row, fields quoted when they hold commas, quotes or
 * line breaks). Parsing is csv-parse's; each record is then checked with the contract's
 * `MentorInput`, and a record that fails is reported by its line and skipped, so one bad row never
 * stops the good ones. The columns are documented in server/README.md.
 *
 * A file may be 2 MB (some 7,000 mentors): it is read and checked a slice at a time, giving the
 * event loop back between slices, so other requests are answered while it is read.
 */
import { parse } from 'csv-parse';
import { finished } from 'node:stream/promises';
import * as z from 'zod/mini';
import { MentorInput } from '../../src/contract/coordinator.js';
import type { ImportReport } from '../../src/contract/coordinator.js';
import { badRequest } from '../problem.js';
import { fieldErrors } from '../validation.js';
import { giveWay } from './give-way.js';

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

/**
 * Bytes of CSV read, and rows checked, between two turns of the event loop. csv-parse takes some
 * 7 µs a record, but 70 µs for one whose field count differs from the header's (it makes an error
 * of it): a slice is bytes enough for a dozen mentors, and never more than 4,096 records of junk
 * (one a line), a few tens to a few hundred milliseconds.
 */
const READ_SLICE_BYTES = 4 * 1024;
const CHECK_SLICE_ROWS = 250;

/**
 * The most records a file may hold: 2 MB of mentors is about 9,000, while 2 MB of one-character
 * lines is a million, each costing csv-parse 70 µs. A larger file is refused as it is read.
 */
export const MAX_CSV_RECORDS = 20_000;

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

interface CsvRecord {
  record: string[];
  where: string;
}

/** The file's records, with where each is; a record csv-parse cannot read goes to `skipped`. */
async function readRecords(text: string, skipped: ImportReport['skipped']): Promise<CsvRecord[]> {
  // Where each record starts: the line after the previous record ended, past skipped blank lines.
  let lastEnd = 0;
  let lastBlank = 0;
  const records: CsvRecord[] = [];
  const parser = parse({
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
      // Kept here rather than passed down the stream, which would hold them until read.
      return null;
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
  // Records are not read from the stream (there are none in it), but it must flow to end.
  parser.resume();
  let failure: Error | undefined;
  parser.on('error', (error) => (failure ??= error));
  // Line breaks become \n first: csv-parse counts a CRLF inside quotes as two lines, which would
  // put every later report one line off (and a bio's line breaks are stored alike either way).
  const bytes = Buffer.from(text.replace(/\r\n?/g, '\n'));
  for (let start = 0; start < bytes.length && !failure; start += READ_SLICE_BYTES) {
    parser.write(bytes.subarray(start, start + READ_SLICE_BYTES));
    if (records.length + skipped.length > MAX_CSV_RECORDS) {
      parser.destroy();
      throw badRequest([
        {
          field: 'body',
          message: `more than ${MAX_CSV_RECORDS} rows: split the file and import each part`,
        },
      ]);
    }
    await giveWay();
  }
  if (!failure) {
    parser.end();
    await finished(parser);
  }
  if (failure) throw failure;
  return records;
}

export async function parseMentorCsv(text: string): Promise<ParsedMentorCsv> {
  const skipped: ImportReport['skipped'] = [];
  const records = await readRecords(text, skipped);
  const [header, ...body] = records;
  if (!header)
    throw badRequest([
      { field: 'body', message: 'the file is empty: it needs a header row and one row per mentor' },
    ]);
  const columns = columnIndexes(header.record);

  const rows: MentorRow[] = [];
  for (const [index, { record, where }] of body.entries()) {
    if (index % CHECK_SLICE_ROWS === CHECK_SLICE_ROWS - 1) await giveWay();
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
