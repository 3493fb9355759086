import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crsFactsArbitrary, facts, spouse } from './_test/facts.js';
import { spouseCanadianWork } from './spouse-canadian-work.js';

// Table B3 as printed in crs-rules.md: [completed years, points].
const B3: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1, 5],
  [2, 7],
  [3, 8],
  [4, 9],
  [5, 10],
  [6, 10],
  [10, 10],
];

describe('B3 spouse Canadian work experience', () => {
  it.each(B3)('%i years earn %i', (years, points) => {
    expect(
      spouseCanadianWork(facts({ withSpouse: true, spouse: spouse({ canadianWorkYears: years }) })),
    ).toEqual({
      factor: 'spouse-canadian-work',
      section: 'B',
      points,
      max: 10,
      facts: { years },
    });
  });

  it('gives 0 of 0 without spouse', () => {
    const none = {
      factor: 'spouse-canadian-work',
      section: 'B',
      points: 0,
      max: 0,
      facts: { withSpouse: false },
    };
    expect(spouseCanadianWork(facts({ canadianWorkYears: 5 }))).toEqual(none);
    expect(spouseCanadianWork(facts({ withSpouse: true, spouse: null }))).toEqual(none);
    expect(
      spouseCanadianWork(facts({ withSpouse: false, spouse: spouse({ canadianWorkYears: 5 }) })),
    ).toEqual(none);
  });

  it('never gives more than its maximum', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = spouseCanadianWork(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
      }),
    );
  });
});
