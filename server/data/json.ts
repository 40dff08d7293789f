/**
 * Values for jsonb columns. Both drivers are given JSON text and the SQL casts it
 * (`$1::text::jsonb`): pg would otherwise turn a JavaScript array into a PostgreSQL array.
 */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

export function iso(value: Date): string {
  return value.toISOString();
}
