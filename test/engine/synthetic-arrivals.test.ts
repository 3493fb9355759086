import { describe, expect, it } from 'vitest';
import { arrivalsBetween } from '../../src/engine/synthetic/arrivals.js';
import { crsScore } from '../../src/rules/crs/score.js';

describe('arrivalsBetween', () => {
  const from = '2024-03-01T00:00:00Z';
  const to = '2024-03-15T00:00:00Z';

  it('brings perWeek profiles a week, submitted inside the interval, and the nominees asked for', () => {
    const arriving = arrivalsBetween({ from, to, perWeek: 30, nominees: 12, seed: 4 });
    // Two weeks at 30 a week, plus 12 nominees.
    expect(arriving.filter((p) => p.id.startsWith('arrival-'))).toHaveLength(60);
    const nominees = arriving.filter((p) => p.id.startsWith('nominee-'));
    expect(nominees).toHaveLength(12);
    for (const profile of arriving) {
      expect(profile.submittedAt >= from && profile.submittedAt < to).toBe(true);
    }
    // A nominee holds a nomination: 600 points plus the rest, so 601 or more on the day.
    for (const nominee of nominees)
      expect(crsScore(nominee, { on: '2024-03-15' }).total).toBeGreaterThan(600);
  });

  it('is the same for the same seed', () => {
    const ids = (seed: number) =>
      arrivalsBetween({ from, to, perWeek: 10, nominees: 2, seed }).map((p) => p.birthDate);
    expect(ids(4)).toEqual(ids(4));
    expect(ids(4)).not.toEqual(ids(5));
  });
});
