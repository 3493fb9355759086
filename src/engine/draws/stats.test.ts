/**
 * Expected values are computed here from the raw `rounds.json` with a plain loop, or written
 * out from IRCC's published rounds, never by calling the code under test.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS_PATH, bundledRounds } from './history.js';
import type { Round } from './round.js';
import { median, roundStats } from './stats.js';

interface RawRound {
  date: string;
  type: string;
  program: string | null;
  category_id: string | null;
  size: number;
  cutoff_crs: number;
}
const raw = JSON.parse(readFileSync(BUNDLED_ROUNDS_PATH, 'utf8')) as RawRound[];

describe('median', () => {
  it.each([
    [[470], 470],
    [[470, 431, 486], 470],
    [[1, 2, 3, 10], 2.5],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('lies between the minimum and the maximum, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1 }), (values) => {
        const middle = median(values);
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(middle);
      }),
    );
  });
});

describe('roundStats', () => {
  const rows = roundStats(bundledRounds());
  const row = (year: number, kind: string, group: string | null) =>
    rows.find((entry) => entry.year === year && entry.kind === kind && entry.group === group);

  it('counts the 2023 category rounds as a plain loop over the file does', () => {
    let count = 0;
    let invitations = 0;
    const scores: number[] = [];
    for (const round of raw) {
      if (round.type !== 'category' || !round.date.startsWith('2023')) continue;
      count++;
      invitations += round.size;
      scores.push(round.cutoff_crs);
    }
    scores.sort((a, b) => a - b);
    expect(row(2023, 'category', null)).toEqual({
      year: 2023,
      kind: 'category',
      group: null,
      rounds: count,
      invitations,
      lowestScore: { min: scores[0], median: scores[(count - 1) / 2], max: scores.at(-1) },
    });
    expect(count).toBe(17);
  });

  it('gives the 2023 healthcare rounds as IRCC published them: #252 (500, 476), #255 (1,500, 463), #271 (3,600, 431)', () => {
    expect(row(2023, 'category', 'healthcare')).toEqual({
      year: 2023,
      kind: 'category',
      group: 'healthcare',
      rounds: 3,
      invitations: 5600,
      lowestScore: { min: 431, median: 463, max: 476 },
    });
  });

  it('matches a plain loop for every year, kind and group', () => {
    const expected = new Map<string, { rounds: number; invitations: number }>();
    for (const round of raw) {
      const year = round.date.slice(0, 4);
      const group = round.program ?? round.category_id;
      for (const key of [`${year}/${round.type}/all`, ...(group ? [`${year}/${round.type}/${group}`] : [])]) {
        const entry = expected.get(key) ?? { rounds: 0, invitations: 0 };
        expected.set(key, { rounds: entry.rounds + 1, invitations: entry.invitations + round.size });
      }
    }
    const actual = new Map(
      rows.map((entry) => [
        `${entry.year}/${entry.kind}/${entry.group ?? 'all'}`,
        { rounds: entry.rounds, invitations: entry.invitations },
      ]),
    );
    expect(actual).toEqual(expected);
    const kindTotals = rows.filter((entry) => entry.group === null);
    expect(kindTotals.reduce((sum, entry) => sum + entry.rounds, 0)).toBe(435);
  });

  it('orders rows by year, then general, program, category, the kind total before its groups', () => {
    expect(
      roundStats(bundledRounds(), { year: 2024 }).map((entry) => `${entry.kind}/${entry.group ?? 'all'}`),
    ).toEqual([
      'general/all',
      'program/all',
      'program/CEC',
      'program/PNP',
      'category/all',
      'category/agriculture-agri-food',
      'category/french-language-proficiency',
      'category/healthcare',
      'category/stem',
      'category/trade',
      'category/transport',
    ]);
  });

  it('has no row for a year without rounds', () => {
    expect(roundStats(bundledRounds(), { year: 2014 })).toEqual([]);
    expect(roundStats([] as Round[])).toEqual([]);
  });
});
