/**
 * CRS facts builders for the factor tests: every figure a test depends on is written out by
 * the test itself, the rest is absent.
 */
import type { AbilityLevels } from '../../../language/convert.js';
import type { CrsFacts } from '../../types.js';

/**
 * Facts on 2025-06-01 for a candidate of 30 scored without spouse, with no credential, no
 * valid test, no work, no certificate, nomination, sibling, job offer or spouse, unless
 * `overrides` says otherwise. `withSpouse: true` does not add a spouse: pass `spouse` too.
 * @example facts({ age: 31, withSpouse: true }).age //=> 31
 */
export function facts(overrides: Partial<CrsFacts> = {}): CrsFacts {
  return {
    on: '2025-06-01',
    withSpouse: false,
    age: 30,
    education: null,
    canadianStudy: null,
    firstLanguage: null,
    first: null,
    second: null,
    english: null,
    french: null,
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    provincialNomination: false,
    siblingInCanada: false,
    jobOffer: null,
    spouse: null,
    ...overrides,
  };
}

/**
 * CLB/NCLC levels in the order listening, reading, writing, speaking.
 * @example levels(9, 8, 7, 7) //=> { listening: 9, reading: 8, writing: 7, speaking: 7 }
 */
export function levels(listening: number, reading: number, writing: number, speaking: number): AbilityLevels {
  return { listening, reading, writing, speaking };
}

/** The same CLB/NCLC level in all four abilities. */
export function allAt(level: number): AbilityLevels {
  return levels(level, level, level, level);
}

/** A spouse with nothing that scores, unless `overrides` says otherwise. */
export function spouse(overrides: Partial<NonNullable<CrsFacts['spouse']>> = {}): NonNullable<CrsFacts['spouse']> {
  return { education: null, english: null, french: null, canadianWorkYears: 0, ...overrides };
}
