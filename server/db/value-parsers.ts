/**
 * How both drivers turn PostgreSQL text values into JavaScript, so that the SQL means the same on
 * PGlite and on PostgreSQL: pg returns int8 and numeric as strings and `date` as a local-time Date,
 * PGlite returns int8 as a number. We pick one behaviour for both.
 */
export const PG_TYPE = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

export const valueParsers: Record<number, (text: string) => unknown> = {
  // Counts and sums; our values stay far below 2^53.
  [PG_TYPE.INT8]: (text) => Number(text),
  [PG_TYPE.NUMERIC]: (text) => Number(text),
  // A calendar day is a day, not an instant: keep `YYYY-MM-DD`.
  [PG_TYPE.DATE]: (text) => text,
};
