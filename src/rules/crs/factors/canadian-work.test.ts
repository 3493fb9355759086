import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crsFactsArbitrary, facts } from './_test/facts.js';
import { canadianWorkExperience } from './canadian-work.js';

// Table A5 as printed in crs-rules.md: [completed years, with spouse, without spouse].
const A5: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [1, 35, 40],
  [2, 46, 53],
  [3, 56, 64],
  [4, 63, 72],
  [5, 70, 80],
  [6, 70, 80],
  [10, 70, 80],
];

describe('A5 Canadian work experience', () => {
  it.each(A5)('%i years earn %i with spouse and %i without', (years, withSpouse, withoutSpouse) => {
    expect(canadianWorkExperience(facts({ canadianWorkYears: years, withSpouse: true }))).toEqual({
      factor: 'canadian-work',
      section: 'A',
      points: withSpouse,
      max: 70,
      facts: { years },
    });
    expect(canadianWorkExperience(facts({ canadianWorkYears: years, withSpouse: false }))).toEqual({
      factor: 'canadian-work',
      section: 'A',
      points: withoutSpouse,
      max: 80,
      facts: { years },
    });
  });

  it('never gives more than its maximum, nor more with spouse than without', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = canadianWorkExperience(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        expect(canadianWorkExperience({ ...candidate, withSpouse: true }).points).toBeLessThanOrEqual(
          canadianWorkExperience({ ...candidate, withSpouse: false }).points,
        );
      }),
    );
  });
});
