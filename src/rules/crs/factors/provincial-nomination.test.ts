/** D, provincial nomination: 600 points (crs-rules.md §D). */
import { describe, expect, it } from 'vitest';
import { facts } from './_test/facts.js';
import { provincialNomination } from './provincial-nomination.js';

describe('provincialNomination', () => {
  it('a nomination earns 600', () => {
    expect(provincialNomination(facts({ provincialNomination: true }))).toEqual({
      factor: 'provincial-nomination',
      section: 'D',
      points: 600,
      max: 600,
      facts: { provincialNomination: true },
    });
  });

  it('no nomination earns 0 out of 600', () => {
    const score = provincialNomination(facts({ provincialNomination: false }));
    expect([score.points, score.max]).toEqual([0, 600]);
  });
});
