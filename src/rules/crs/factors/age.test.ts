import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crsFactsArbitrary, facts } from './_test/facts.js';
import { age } from './age.js';

// Table A1 as printed in crs-rules.md: [age, with spouse, without spouse].
const A1: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [16, 0, 0],
  [17, 0, 0],
  [18, 90, 99],
  [19, 95, 105],
  [20, 100, 110],
  [21, 100, 110],
  [22, 100, 110],
  [23, 100, 110],
  [24, 100, 110],
  [25, 100, 110],
  [26, 100, 110],
  [27, 100, 110],
  [28, 100, 110],
  [29, 100, 110],
  [30, 95, 105],
  [31, 90, 99],
  [32, 85, 94],
  [33, 80, 88],
  [34, 75, 83],
  [35, 70, 77],
  [36, 65, 72],
  [37, 60, 66],
  [38, 55, 61],
  [39, 50, 55],
  [40, 45, 50],
  [41, 35, 39],
  [42, 25, 28],
  [43, 15, 17],
  [44, 5, 6],
  [45, 0, 0],
  [46, 0, 0],
  [70, 0, 0],
];

describe('A1 age', () => {
  it.each(A1)('at %i earns %i with spouse and %i without', (years, withSpouse, withoutSpouse) => {
    expect(age(facts({ age: years, withSpouse: true }))).toEqual({
      factor: 'age',
      section: 'A',
      points: withSpouse,
      max: 100,
      facts: { age: years },
    });
    expect(age(facts({ age: years, withSpouse: false }))).toEqual({
      factor: 'age',
      section: 'A',
      points: withoutSpouse,
      max: 110,
      facts: { age: years },
    });
  });

  it('never gives more than its maximum', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = age(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
      }),
    );
  });

  it('never gives more with spouse than without', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const withSpouse = age({ ...candidate, withSpouse: true }).points;
        expect(withSpouse).toBeLessThanOrEqual(age({ ...candidate, withSpouse: false }).points);
      }),
    );
  });
});
