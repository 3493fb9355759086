/**
 * D, post-secondary education in Canada. Expected points are typed from crs-rules.md §D: 15 for a
 * one- or two-year credential, 30 for three years or more or a master's, professional or doctoral
 * degree; one award only.
 */
import { describe, expect, it } from 'vitest';
import { facts } from './_test/facts.js';
import { CANADIAN_STUDY_POINTS_2016, canadianStudyPoints } from './canadian-study.js';

const canadianStudy2016 = canadianStudyPoints(CANADIAN_STUDY_POINTS_2016);

describe('canadianStudyPoints (2016 table)', () => {
  it.each([
    ['one-year-post-secondary', 1, 15],
    ['two-year-post-secondary', 2, 15],
    ['two-year-post-secondary', 2.5, 15],
    ['bachelors', 3, 30],
    ['bachelors', 4, 30],
    ['masters', 1, 30],
    ['masters', 2, 30],
    ['doctoral', 3, 30],
  ] as const)('%s of %s years → %i', (level, lengthYears, points) => {
    expect(canadianStudy2016(facts({ canadianStudy: { level, lengthYears } })).points).toBe(points);
  });

  it('no Canadian credential, or Canadian secondary school, earns 0 out of 30', () => {
    expect(canadianStudy2016(facts({ canadianStudy: null }))).toEqual({
      factor: 'canadian-study',
      section: 'D',
      points: 0,
      max: 30,
      facts: { level: null, lengthYears: null, length: 'none' },
    });
    expect(canadianStudy2016(facts({ canadianStudy: { level: 'secondary', lengthYears: 4 } })).points).toBe(
      0,
    );
  });

  it('reports the facts the points came from', () => {
    expect(canadianStudy2016(facts({ canadianStudy: { level: 'masters', lengthYears: 1 } }))).toEqual({
      factor: 'canadian-study',
      section: 'D',
      points: 30,
      max: 30,
      facts: { level: 'masters', lengthYears: 1, length: '3 years or more' },
    });
  });
});
