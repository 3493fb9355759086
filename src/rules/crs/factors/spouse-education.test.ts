import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EducationLevel } from '../../profile/schema.js';
import { crsFactsArbitrary, facts, spouse } from './_test/facts.js';
import { spouseEducation } from './spouse-education.js';

// Table B1 as printed in crs-rules.md.
const B1: ReadonlyArray<readonly [EducationLevel, number]> = [
  ['less-than-secondary', 0],
  ['secondary', 2],
  ['one-year-post-secondary', 6],
  ['two-year-post-secondary', 7],
  ['bachelors', 8],
  ['two-or-more', 9],
  ['masters', 10],
  ['doctoral', 10],
];

describe('B1 spouse education', () => {
  it.each(B1)("the spouse's %s earns %i", (level, points) => {
    expect(spouseEducation(facts({ withSpouse: true, spouse: spouse({ education: level }) }))).toEqual({
      factor: 'spouse-education',
      section: 'B',
      points,
      max: 10,
      facts: { level },
    });
  });

  it('gives nothing for a spouse without a recognized credential', () => {
    expect(spouseEducation(facts({ withSpouse: true, spouse: spouse() }))).toMatchObject({
      points: 0,
      max: 10,
      facts: { level: null },
    });
  });

  it('gives 0 of 0 without spouse', () => {
    const none = {
      factor: 'spouse-education',
      section: 'B',
      points: 0,
      max: 0,
      facts: { withSpouse: false },
    };
    expect(spouseEducation(facts())).toEqual(none);
    expect(spouseEducation(facts({ withSpouse: true, spouse: null }))).toEqual(none);
    expect(spouseEducation(facts({ withSpouse: false, spouse: spouse({ education: 'doctoral' }) }))).toEqual(
      none,
    );
  });

  it('never gives more than its maximum', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = spouseEducation(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
      }),
    );
  });
});
