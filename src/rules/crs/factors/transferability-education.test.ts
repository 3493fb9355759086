/**
 * C1, education with first-language proficiency and with Canadian work. Expected points are typed
 * from crs-rules.md §C and §C1: tier L 13/25, tier U 25/50 in both rows, the two rows capped at 50.
 * "CLB 6 on one ability" means three abilities at CLB 9 and one at 6 (the rows pay nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { educationLevels } from '../../profile/schema.js';
import {
  lowestLevel,
  transferabilityCanadianWork,
  transferabilityLanguageTier,
} from './_lib/transferability.js';
import { allAt, facts, levels } from './_test/facts.js';
import { transferabilityEducation } from './transferability-education.js';

const CLB6_ON_ONE = levels(9, 9, 6, 9);
const CLB7_ONE_UNDER_9 = levels(9, 9, 8, 9);
const CLB9_ALL_FOUR = allAt(9);

function rowPoints(score: ReturnType<typeof transferabilityEducation>, row: string): number | undefined {
  return score.rows?.find((candidate) => candidate.row === row)?.points;
}

describe('first-language tier (§C)', () => {
  it.each([
    ['L9 R9 W6 S9 (CLB 6 on one)', CLB6_ON_ONE, 'below CLB 7'],
    ['L10 R10 W10 S6', levels(10, 10, 10, 6), 'below CLB 7'],
    ['CLB 7 on all four', allAt(7), 'CLB 7+'],
    ['L9 R9 W8 S9 (one under 9)', CLB7_ONE_UNDER_9, 'CLB 7+'],
    ['CLB 9 on all four', CLB9_ALL_FOUR, 'CLB 9+'],
    ['L10 R9 W9 S10', levels(10, 9, 9, 10), 'CLB 9+'],
    ['no valid test', null, 'below CLB 7'],
  ] as const)('%s → %s', (_, first, tier) => {
    expect(transferabilityLanguageTier(first)).toBe(tier);
  });

  it('reads the lowest of the four abilities, 0 without a test', () => {
    expect(lowestLevel(levels(9, 8, 7, 9))).toBe(7);
    expect(lowestLevel(null)).toBe(0);
  });

  it.each([
    [0, null],
    [1, '1 year'],
    [2, '2 years or more'],
    [3, '2 years or more'],
  ] as const)('%i years of Canadian work → %s', (years, column) => {
    expect(transferabilityCanadianWork(years)).toBe(column);
  });
});

describe('education × first language (no Canadian work)', () => {
  it.each([
    // tier 0
    ['secondary', CLB6_ON_ONE, 0],
    ['secondary', CLB7_ONE_UNDER_9, 0],
    ['secondary', CLB9_ALL_FOUR, 0],
    // tier L, a single bachelor's included
    ['one-year-post-secondary', CLB6_ON_ONE, 0],
    ['one-year-post-secondary', CLB7_ONE_UNDER_9, 13],
    ['one-year-post-secondary', CLB9_ALL_FOUR, 25],
    ['bachelors', CLB6_ON_ONE, 0],
    ['bachelors', CLB7_ONE_UNDER_9, 13],
    ['bachelors', CLB9_ALL_FOUR, 25],
    // tier U
    ['masters', CLB6_ON_ONE, 0],
    ['masters', CLB7_ONE_UNDER_9, 25],
    ['masters', CLB9_ALL_FOUR, 50],
  ] as const)('%s with %o → %i', (education, first, points) => {
    const score = transferabilityEducation(facts({ education, first }));
    expect(score.points).toBe(points);
    expect(rowPoints(score, 'education-language')).toBe(points);
    expect(rowPoints(score, 'education-canadian-work')).toBe(0);
  });

  it.each([
    ['less-than-secondary', 0, 0],
    ['secondary', 0, 0],
    ['one-year-post-secondary', 13, 25],
    ['two-year-post-secondary', 13, 25],
    ['bachelors', 13, 25],
    ['two-or-more', 25, 50],
    ['masters', 25, 50],
    ['doctoral', 25, 50],
  ] as const)('every level: %s → %i at CLB 7+, %i at CLB 9+', (education, at7, at9) => {
    expect(transferabilityEducation(facts({ education, first: allAt(7) })).points).toBe(at7);
    expect(transferabilityEducation(facts({ education, first: allAt(10) })).points).toBe(at9);
  });

  it('no recognized credential is tier 0', () => {
    const score = transferabilityEducation(
      facts({ education: null, first: CLB9_ALL_FOUR, canadianWorkYears: 5 }),
    );
    expect(score.points).toBe(0);
    expect(score.facts).toMatchObject({ tier: '0' });
  });

  it('uses the first official language only', () => {
    const englishFirstLow = facts({
      education: 'masters',
      first: CLB6_ON_ONE,
      english: CLB6_ON_ONE,
      french: allAt(10),
    });
    expect(transferabilityEducation(englishFirstLow).points).toBe(0);
  });
});

describe('education × Canadian work (no language)', () => {
  it.each([
    ['secondary', 0, 0],
    ['secondary', 1, 0],
    ['secondary', 2, 0],
    ['secondary', 3, 0],
    ['two-year-post-secondary', 0, 0],
    ['two-year-post-secondary', 1, 13],
    ['two-year-post-secondary', 2, 25],
    ['two-year-post-secondary', 3, 25],
    ['bachelors', 1, 13],
    ['bachelors', 2, 25],
    ['doctoral', 0, 0],
    ['doctoral', 1, 25],
    ['doctoral', 2, 50],
    ['doctoral', 3, 50],
  ] as const)('%s with %i years → %i', (education, canadianWorkYears, points) => {
    const score = transferabilityEducation(facts({ education, canadianWorkYears }));
    expect(score.points).toBe(points);
    expect(rowPoints(score, 'education-canadian-work')).toBe(points);
    expect(rowPoints(score, 'education-language')).toBe(0);
  });
});

describe('the 50-point sub-cap', () => {
  it.each([
    ['bachelors', CLB9_ALL_FOUR, 1, 25, 13, 38],
    ['bachelors', CLB9_ALL_FOUR, 2, 25, 25, 50],
    ['masters', CLB7_ONE_UNDER_9, 1, 25, 25, 50],
    ['masters', CLB9_ALL_FOUR, 1, 50, 25, 50],
    ['two-or-more', CLB7_ONE_UNDER_9, 2, 25, 50, 50],
    ['masters', CLB9_ALL_FOUR, 2, 50, 50, 50],
  ] as const)(
    '%s, %o, %i years: %i + %i → %i',
    (education, first, canadianWorkYears, language, work, points) => {
      const score = transferabilityEducation(facts({ education, first, canadianWorkYears }));
      expect(score.points).toBe(points);
      expect(score.rows).toEqual([
        { row: 'education-language', points: language, max: 50 },
        { row: 'education-canadian-work', points: work, max: 50 },
      ]);
    },
  );

  it('reports the facts the points came from', () => {
    expect(
      transferabilityEducation(facts({ education: 'masters', first: CLB9_ALL_FOUR, canadianWorkYears: 2 })),
    ).toEqual({
      factor: 'transferability-education',
      section: 'C',
      points: 50,
      max: 50,
      facts: { education: 'masters', tier: 'U', languageTier: 'CLB 9+', canadianWorkYears: 2 },
      rows: [
        { row: 'education-language', points: 50, max: 50 },
        { row: 'education-canadian-work', points: 50, max: 50 },
      ],
    });
  });
});

const level = fc.integer({ min: 0, max: 10 });
const abilityLevels = fc.tuple(level, level, level, level).map(([l, r, w, s]) => levels(l, r, w, s));
const educationFacts = fc
  .record({
    education: fc.constantFrom(null, ...educationLevels),
    first: fc.option(abilityLevels, { nil: null }),
    canadianWorkYears: fc.integer({ min: 0, max: 12 }),
  })
  .map((overrides) => facts(overrides));

describe('properties', () => {
  it('points stay within 0..max, each row within its own max', () => {
    fc.assert(
      fc.property(educationFacts, (candidate) => {
        const score = transferabilityEducation(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        for (const row of score.rows ?? []) expect(row.points).toBeLessThanOrEqual(row.max);
      }),
    );
  });

  it('raising one first-language ability never lowers the points', () => {
    fc.assert(
      fc.property(
        educationFacts,
        abilityLevels,
        fc.constantFrom(...abilities),
        (candidate, first, ability) => {
          const raised = { ...first, [ability]: Math.min(10, first[ability] + 1) };
          const before = transferabilityEducation({ ...candidate, first }).points;
          const after = transferabilityEducation({ ...candidate, first: raised }).points;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
