import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EducationLevel } from '../../profile/schema.js';
import { crsFactsArbitrary, facts } from './_test/facts.js';
import { educationLevel } from './education.js';

// Table A2 as printed in crs-rules.md: [level, with spouse, without spouse].
const A2: ReadonlyArray<readonly [EducationLevel, number, number]> = [
  ['less-than-secondary', 0, 0],
  ['secondary', 28, 30],
  ['one-year-post-secondary', 84, 90],
  ['two-year-post-secondary', 91, 98],
  ['bachelors', 112, 120],
  ['two-or-more', 119, 128],
  ['masters', 126, 135],
  ['doctoral', 140, 150],
];

describe('A2 level of education', () => {
  it.each(A2)('%s earns %i with spouse and %i without', (level, withSpouse, withoutSpouse) => {
    expect(educationLevel(facts({ education: level, withSpouse: true }))).toEqual({
      factor: 'education',
      section: 'A',
      points: withSpouse,
      max: 140,
      facts: { level },
    });
    expect(educationLevel(facts({ education: level, withSpouse: false }))).toEqual({
      factor: 'education',
      section: 'A',
      points: withoutSpouse,
      max: 150,
      facts: { level },
    });
  });

  it('gives nothing without a recognized credential', () => {
    expect(educationLevel(facts({ education: null, withSpouse: true }))).toMatchObject({
      points: 0,
      max: 140,
      facts: { level: null },
    });
    expect(educationLevel(facts({ education: null }))).toMatchObject({ points: 0, max: 150 });
  });

  it('never gives more than its maximum, nor more with spouse than without', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = educationLevel(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        expect(educationLevel({ ...candidate, withSpouse: true }).points).toBeLessThanOrEqual(
          educationLevel({ ...candidate, withSpouse: false }).points,
        );
      }),
    );
  });
});
