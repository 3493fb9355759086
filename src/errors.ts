/**
 * Errors that reach a user. Each has a stable `code`; the CLI maps every one to exit code 2
 * and the HTTP API to a 4xx problem+json, in one place each. Anything else is a bug.
 */

/** One invalid value in the input: where it is, what it was, what was expected. */
export interface InputIssue {
  /** JSONPath-like location, e.g. `$.work[0].noc`. */
  readonly path: string;
  readonly value: unknown;
  readonly expected: string;
}

export type InputErrorCode =
  | 'file.not-found'
  | 'file.unreadable'
  | 'json.invalid'
  | 'profile.invalid'
  | 'categories.invalid'
  | 'noc.unknown'
  | 'date.invalid'
  | 'option.invalid';

/** Bad input from a user: a file, a profile, an option. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}

/** Renders a value short enough for one line of an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `$.work[0].noc` from `['work', 0, 'noc']`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number'
        ? `${text}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${text}.${String(key)}`
          : `${text}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

/** One line per issue: `$.work[0].noc: got "2123", expected a NOC 2021 unit group code…`. */
export function formatIssues(issues: readonly InputIssue[]): string {
  return issues
    .map((issue) => `  ${issue.path}: got ${describeValue(issue.value)}, expected ${issue.expected}`)
    .join('\n');
}
