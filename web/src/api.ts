/**
 * The HTTP API (same origin, /api). Errors come back as RFC 9457 problems; every state-changing
 * call while logged in carries the session's CSRF token in X-CSRF-Token.
 */

export interface ProblemIssue {
  readonly path: string;
  readonly value?: unknown;
  readonly expected: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly ProblemIssue[];
}

/** A refused call: its status and the problem the API answered with. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the session (from signup, login or /api/auth/me); null on logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | undefined | null>;

function withQuery(path: string, query: Query = {}): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls the API and returns its JSON answer (undefined for 204). @throws ApiError */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  { query, body }: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(withQuery(path, query), {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as Partial<Problem>;
    throw new ApiError({
      type: problem.type ?? '/problems/http',
      title: problem.title ?? response.statusText,
      status: response.status,
      detail: problem.detail ?? (text.slice(0, 200) || response.statusText),
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
  }
  return json as T;
}
