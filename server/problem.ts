/**
 * RFC 9457 problem details: the body of every error response, `application/problem+json`.
 * Handlers throw a `ProblemError`; the app turns it into the response.
 */
import type { Problem } from '../src/contract/index.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Problem types specific to Kinship. Plain HTTP failures (404, 405, 413, 415) use `about:blank`,
 * whose meaning is the status code itself (RFC 9457 §4.2.1).
 */
export const PROBLEM_TYPE = {
  validation: 'urn:kinship:problem:validation',
  unauthorized: 'urn:kinship:problem:unauthorized',
  forbidden: 'urn:kinship:problem:forbidden',
  idempotencyKeyMissing: 'urn:kinship:problem:idempotency-key-missing',
  idempotencyKeyReused: 'urn:kinship:problem:idempotency-key-reused',
  conflict: 'urn:kinship:problem:conflict',
  slotTaken: 'urn:kinship:problem:slot-taken',
  rateLimited: 'urn:kinship:problem:rate-limited',
  unavailable: 'urn:kinship:problem:unavailable',
  noCheckInForm: 'urn:kinship:problem:no-check-in-form',
  internal: 'urn:kinship:problem:internal',
} as const;

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    options: {
      type?: string;
      title?: string;
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    const title = options.title ?? STATUS_TITLES[status] ?? 'Error';
    super(options.detail ?? title);
    this.problem = {
      type: options.type ?? 'about:blank',
      title,
      status,
      ...(options.detail === undefined ? {} : { detail: options.detail }),
      ...(options.errors === undefined ? {} : { errors: options.errors }),
    };
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return this.problem.status;
  }
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A `Response` carrying `problem`, for the given request path (its `instance`). */
export function problemResponse(
  problem: Problem,
  instance: string,
  headers: Record<string, string> = {},
): Response {
  const body = JSON.stringify({ ...problem, instance });
  return new Response(body, {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_MEDIA_TYPE,
      'Content-Length': String(Buffer.byteLength(body)),
      ...headers,
    },
  });
}

export function badRequest(
  errors: FieldError[],
  detail = 'The request is not valid.',
): ProblemError {
  return new ProblemError(400, {
    type: PROBLEM_TYPE.validation,
    title: 'Invalid request',
    detail,
    errors,
  });
}

export function notFound(detail: string): ProblemError {
  return new ProblemError(404, { detail });
}

export function conflict(detail: string, type: string = PROBLEM_TYPE.conflict): ProblemError {
  return new ProblemError(409, { type, title: 'Conflict', detail });
}
