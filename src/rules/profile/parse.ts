import type { z } from 'zod';
import { InputError, type InputIssue, jsonPath } from '../../errors.js';
import { type Profile, profileSchema } from './schema.js';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod's issues into ours: the JSON path, the value found there and what was expected. */
export function toInputIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.flatMap((issue): InputIssue[] => {
    const path = issue.path as PropertyKey[];
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: jsonPath([...path, key]),
          value: valueAt(input, [...path, key]),
          expected: 'no such field (unknown fields are not allowed)',
        }));
      case 'invalid_type':
        return [
          {
            path: jsonPath(path),
            value: valueAt(input, path),
            expected:
              valueAt(input, path) === undefined ? `a ${issue.expected} (required)` : `a ${issue.expected}`,
          },
        ];
      case 'invalid_value':
        return [
          {
            path: jsonPath(path),
            value: valueAt(input, path),
            expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          },
        ];
      case 'too_small':
        return [
          {
            path: jsonPath(path),
            value: valueAt(input, path),
            expected: `${issue.origin === 'array' ? 'at least' : issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`,
          },
        ];
      case 'too_big':
        return [
          {
            path: jsonPath(path),
            value: valueAt(input, path),
            expected: `${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`,
          },
        ];
      default:
        return [{ path: jsonPath(path), value: valueAt(input, path), expected: issue.message }];
    }
  });
}

/**
 * Validates a profile (already parsed from JSON) and fills in defaults.
 * @throws InputError `profile.invalid` with one issue per invalid field.
 * @example parseProfile({ format: 'express-entry/profile@1', birthDate: '1994-05-10', maritalStatus: 'never-married' }).work //=> []
 */
export function parseProfile(input: unknown): Profile {
  const result = profileSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = toInputIssues(input, result.error.issues);
  throw new InputError(
    'profile.invalid',
    `The profile is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}).`,
    issues,
  );
}
