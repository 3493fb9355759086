/** Profile builders for the program tests: every date and figure is written out by the test. */
import { InputError, type InputIssue } from '../../errors.js';
import { parseProfile } from '../profile/parse.js';
import type { LanguageTestResult, Profile, ProfileInput } from '../profile/schema.js';

export type Job = {
  noc: string;
  start: string;
  end?: string | null;
  hoursPerWeek?: number;
  country?: string;
  selfEmployed?: boolean;
};

/**
 * A validated profile: born 1990-01-01, never married, no credential, no test, no work unless
 * given. Jobs default to Canada, 40 h/week, ongoing.
 */
export function candidate(extra: Partial<ProfileInput> & { jobs?: Job[] } = {}): Profile {
  const { jobs = [], ...rest } = extra;
  return parseProfile({
    format: 'express-entry/profile@1',
    birthDate: '1990-01-01',
    maritalStatus: 'never-married',
    work: jobs.map((job) => ({ country: 'CA', hoursPerWeek: 40, end: null, ...job })),
    ...rest,
  });
}

/** An English result given directly as CLB levels, taken on 2025-01-15 unless `date` says otherwise. */
export function clb(
  listening: number,
  reading: number,
  writing: number,
  speaking: number,
  date = '2025-01-15',
): LanguageTestResult {
  return { test: 'CLB', date, listening, reading, writing, speaking };
}

/** A French result given directly as NCLC levels, taken on 2025-01-15 unless `date` says otherwise. */
export function nclc(
  listening: number,
  reading: number,
  writing: number,
  speaking: number,
  date = '2025-01-15',
): LanguageTestResult {
  return { test: 'NCLC', date, listening, reading, writing, speaking };
}

/** The codes of the unmet reasons. */
export function unmet(result: { reasons: readonly { code: string; met: boolean }[] }): string[] {
  return result.reasons.filter((reason) => !reason.met).map((reason) => reason.code);
}

/** The reason with a code starting with `prefix`; throws when there is none. */
export function reason<R extends { code: string }>(result: { reasons: readonly R[] }, prefix: string): R {
  const found = result.reasons.find((r) => r.code.startsWith(prefix));
  if (!found) throw new Error(`no reason ${prefix}* in ${result.reasons.map((r) => r.code).join(', ')}`);
  return found;
}

/** The issues `parseProfile` rejects `input` with; fails the test when it accepts it. */
export function rejectionIssues(input: unknown): readonly InputIssue[] {
  try {
    parseProfile(input);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected the profile to be rejected');
}
