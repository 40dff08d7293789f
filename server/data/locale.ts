/**
 * Which translation a requested language reads: the exact tag (`pt-BR`), then the language alone
 * (`pt`), then the same language for another region (`pt-PT` for a `pt-BR` reader, `pt-BR` for a
 * `pt-PT` one), never another language. The check-in form, tips and support resources all choose
 * this way; what happens when nothing matches is each one's own (the form falls back to the
 * program's default language, tips and resources stay in the language they were written in).
 */

/** SQL for the stored language of the person `personId` (a SQL expression for their id), or NULL. */
export function storedLocaleOf(personId: string): string {
  return `(SELECT locale FROM people WHERE id = ${personId})`;
}

/**
 * SQL for how well `column` (a locale) matches `requested` (a SQL expression for the requested
 * tag): 0 exact, 1 the language alone, 2 the same language elsewhere, NULL no match. Sort
 * ascending, NULLS LAST. Both arguments are SQL written by this server, never input.
 */
export function languageMatch(column: string, requested: string): string {
  const language = (tag: string) => `split_part(lower(${tag}), '-', 1)`;
  return `(CASE WHEN lower(${column}) = lower(${requested}) THEN 0
    WHEN lower(${column}) = ${language(requested)} THEN 1
    WHEN ${language(column)} = ${language(requested)} THEN 2 END)`;
}
