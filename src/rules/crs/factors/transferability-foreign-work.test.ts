/**
 * C2, foreign work with first-language proficiency and with Canadian work. Expected points are
 * typed from crs-rules.md §C and §C2: 1 or 2 years 13/25, 3 years or more 25/50 in both rows, the
 * two rows capped at 50. "CLB 6 on one ability" means three abilities at CLB 9 and one at 6.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { allAt, facts, levels } from './_test/facts.js';
import { foreignWorkTier, transferabilityForeignWork } from './transferability-foreign-work.js';

const CLB6_ON_ONE = levels(6, 9, 9, 9);
const CLB7_ONE_UNDER_9 = levels(9, 7, 9, 9);
const CLB9_ALL_FOUR = allAt(9);

describe('foreign work × first language (no Canadian work)', () => {
  it.each([
    [0, 0, 0, 0],
    [1, 0, 13, 25],
    [2, 0, 13, 25],
    [3, 0, 25, 50],
    [4, 0, 25, 50],
  ])('%i years: CLB 6 on one %i, CLB 7+ %i, CLB 9+ %i', (foreignWorkYears, at6, at7, at9) => {
    expect(transferabilityForeignWork(facts({ foreignWorkYears, first: CLB6_ON_ONE })).points).toBe(at6);
    expect(transferabilityForeignWork(facts({ foreignWorkYears, first: CLB7_ONE_UNDER_9 })).points).toBe(at7);
    const score = transferabilityForeignWork(facts({ foreignWorkYears, first: CLB9_ALL_FOUR }));
    expect(score.points).toBe(at9);
    expect(score.rows).toEqual([
      { row: 'foreign-work-language', points: at9, max: 50 },
      { row: 'foreign-work-canadian-work', points: 0, max: 50 },
    ]);
  });

  it('no valid test: the language row gives 0', () => {
    expect(transferabilityForeignWork(facts({ foreignWorkYears: 5, first: null })).points).toBe(0);
  });
});

describe('foreign work × Canadian work (no language)', () => {
  it.each([
    [0, 0, 0, 0, 0],
    [1, 0, 13, 25, 25],
    [2, 0, 13, 25, 25],
    [3, 0, 25, 50, 50],
    [4, 0, 25, 50, 50],
  ])('%i foreign years: Canadian 0 → %i, 1 → %i, 2 → %i, 3 → %i', (foreignWorkYears, ...expected) => {
    const points = [0, 1, 2, 3].map(
      (canadianWorkYears) =>
        transferabilityForeignWork(facts({ foreignWorkYears, canadianWorkYears })).points,
    );
    expect(points).toEqual(expected);
  });
});

describe('the 50-point sub-cap', () => {
  it.each([
    [2, CLB7_ONE_UNDER_9, 1, 13, 13, 26],
    [2, CLB9_ALL_FOUR, 1, 25, 13, 38],
    [1, CLB9_ALL_FOUR, 2, 25, 25, 50],
    [3, CLB7_ONE_UNDER_9, 1, 25, 25, 50],
    [3, CLB9_ALL_FOUR, 1, 50, 25, 50],
    [3, CLB9_ALL_FOUR, 2, 50, 50, 50],
  ] as const)(
    '%i foreign years, %o, %i Canadian: %i + %i → %i',
    (foreignWorkYears, first, canadianWorkYears, language, work, points) => {
      const score = transferabilityForeignWork(facts({ foreignWorkYears, first, canadianWorkYears }));
      expect(score.points).toBe(points);
      expect(score.rows?.map((row) => row.points)).toEqual([language, work]);
    },
  );

  it('reports the facts the points came from', () => {
    expect(
      transferabilityForeignWork(
        facts({ foreignWorkYears: 3, first: CLB7_ONE_UNDER_9, canadianWorkYears: 1 }),
      ),
    ).toEqual({
      factor: 'transferability-foreign-work',
      section: 'C',
      points: 50,
      max: 50,
      facts: {
        foreignWorkYears: 3,
        foreignWorkTier: '3 years or more',
        languageTier: 'CLB 7+',
        canadianWorkYears: 1,
      },
      rows: [
        { row: 'foreign-work-language', points: 25, max: 50 },
        { row: 'foreign-work-canadian-work', points: 25, max: 50 },
      ],
    });
  });

  it.each([
    [0, 'less than 1 year'],
    [1, '1 or 2 years'],
    [2, '1 or 2 years'],
    [3, '3 years or more'],
  ] as const)('%i years is the row %s', (years, tier) => {
    expect(foreignWorkTier(years)).toBe(tier);
  });
});

const level = fc.integer({ min: 0, max: 10 });
const abilityLevels = fc.tuple(level, level, level, level).map(([l, r, w, s]) => levels(l, r, w, s));
const foreignFacts = fc
  .record({
    first: fc.option(abilityLevels, { nil: null }),
    foreignWorkYears: fc.integer({ min: 0, max: 12 }),
    canadianWorkYears: fc.integer({ min: 0, max: 12 }),
  })
  .map((overrides) => facts(overrides));

describe('properties', () => {
  it('points stay within 0..max, each row within its own max', () => {
    fc.assert(
      fc.property(foreignFacts, (candidate) => {
        const score = transferabilityForeignWork(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        for (const row of score.rows ?? []) expect(row.points).toBeLessThanOrEqual(row.max);
      }),
    );
  });

  it('raising one first-language ability never lowers the points', () => {
    fc.assert(
      fc.property(foreignFacts, abilityLevels, fc.constantFrom(...abilities), (candidate, first, ability) => {
        const raised = { ...first, [ability]: Math.min(10, first[ability] + 1) };
        const before = transferabilityForeignWork({ ...candidate, first }).points;
        const after = transferabilityForeignWork({ ...candidate, first: raised }).points;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
