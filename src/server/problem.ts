/**
 * Errors as RFC 9457 problem details (`application/problem+json`): one shape for every failure,
 * with the JSON path, value and expectation of each invalid field. Stack traces never leave the
 * server; anything that is not a known error is logged and answered as a plain 500.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError, type InputErrorCode, type InputIssue } from '../errors.js';
import { StoreConflictError, StoreNotFoundError } from '../store/errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  /** A relative URI naming the kind of problem: `/problems/profile.invalid`. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** Every invalid field, for validation problems. */
  readonly errors?: readonly InputIssue[];
}

/** A failure the API answers as a problem: thrown by handlers, rendered by {@link problemResponse}. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors: readonly InputIssue[] = [],
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }
}

/**
 * Bad input as its status: a request body that parsed but breaks the rules is 422 (the profile,
 * an unknown NOC); a query or path value that cannot be read at all is 400.
 */
const INPUT_STATUS: Record<InputErrorCode, ContentfulStatusCode> = {
  'file.not-found': 422,
  'file.unreadable': 422,
  'json.invalid': 400,
  'profile.invalid': 422,
  'categories.invalid': 422,
  'noc.unknown': 422,
  'date.invalid': 400,
  'option.invalid': 400,
};

export function fromInputError(error: InputError, status?: ContentfulStatusCode): HttpProblem {
  return new HttpProblem(
    status ?? INPUT_STATUS[error.code],
    error.code,
    'Invalid input',
    error.message,
    error.issues,
  );
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Not found', `${what} does not exist`);
}

/** The problem as a response, with its content type and headers. */
export function problemResponse(c: Context, problem: HttpProblem): Response {
  const body: Problem = {
    type: `/problems/${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  };
  return c.body(JSON.stringify(body), problem.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    ...problem.headers,
  });
}

/** Any thrown value as a problem: known errors keep their status, the rest become a bare 500. */
export function toProblem(error: unknown): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InputError) return fromInputError(error);
  if (error instanceof StoreConflictError) return new HttpProblem(409, error.code, 'Conflict', error.message);
  // Another account's row is reported as missing: ids cannot be probed.
  if (error instanceof StoreNotFoundError)
    return new HttpProblem(404, error.code, 'Not found', error.message);
  return null;
}
