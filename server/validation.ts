/**
 * Request validation with the contract's schemas: every failure becomes a 400 problem whose
 * `errors` name each field (`answers.2.value`), unknown fields included.
 */
import * as z from 'zod/mini';
import { badRequest, type FieldError } from './problem.js';

// English messages for zod/mini's issues ("expected number, received string"). This configures the
// server's zod only; the browser bundle is a separate program.
z.config(z.locales.en());

function fieldName(path: readonly PropertyKey[], root: string): string {
  return path.length === 0 ? root : path.map(String).join('.');
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[], root: string): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key], root),
        message: 'unknown field',
      }));
    }
    if (issue.code === 'invalid_union') {
      // "Invalid input" says nothing; name what each alternative expected instead.
      const expected = issue.errors
        .flatMap((alternative) =>
          alternative.map((inner) => (inner.code === 'invalid_type' ? inner.expected : null)),
        )
        .filter((type): type is NonNullable<typeof type> => type !== null);
      const message =
        expected.length > 0 ? `expected ${[...new Set(expected)].join(' or ')}` : issue.message;
      return [{ field: fieldName(issue.path, root), message }];
    }
    return [{ field: fieldName(issue.path, root), message: issue.message }];
  });
}

/** Parses `value` with `schema`, or throws a 400 problem naming each bad field. */
export function validate<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  root: string,
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw badRequest(fieldErrors(result.error.issues, root));
  return result.data;
}
