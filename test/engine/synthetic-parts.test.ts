/**
 * The pieces of the synthetic pool generator: the seeded random generator, the published
 * distributions it reads, where inside a range it aims, and the pool summary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRS_RANGES,
  crsRangeIndex,
  publishedPoolDistributionNear,
  publishedPoolDistributions,
} from '../../src/engine/synthetic/distribution.js';
import { createRandom, tilt, WeightedTable } from '../../src/engine/synthetic/random.js';
import { PoolSummaryBuilder } from '../../src/engine/synthetic/summary.js';
import { targetScoreSampler } from '../../src/engine/synthetic/target-score.js';
import { parseProfile } from '../../src/rules/profile/parse.js';

describe('createRandom', () => {
  it('repeats for a seed and stream, and differs for another seed or stream', () => {
    const draw = (seed: number, stream: number) => {
      const random = createRandom(seed, stream);
      return Array.from({ length: 8 }, () => random.next());
    };
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
  });

  it('stays in bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.nat(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(100),
        (seed, stream, min, span) => {
          const random = createRandom(seed, stream);
          const value = random.int(min, min + span);
          const unit = random.next();
          return Number.isInteger(value) && value >= min && value <= min + span && unit >= 0 && unit < 1;
        },
      ),
    );
  });

  it('draws a weighted table in proportion and never a zero weight', () => {
    const table = new WeightedTable<'a' | 'b' | 'never'>([
      ['a', 3],
      ['b', 1],
      ['never', 0],
    ]);
    const random = createRandom(7);
    const counts = { a: 0, b: 0, never: 0 };
    for (let draw = 0; draw < 20_000; draw++) counts[table.draw(random)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
  });

  it('tilts weights towards the later items as strength grows', () => {
    expect(tilt([1, 1, 1], 0.5, 2)).toEqual([1, 1, 1]);
    const strong = tilt([1, 1, 1], 1, 2);
    expect(strong[2]).toBeGreaterThan(strong[0] as number);
  });
});

describe('published pool distributions', () => {
  it('cover 0 to 1200 once with the 15 finest ranges', () => {
    expect(CRS_RANGES.map((range) => range.label)).toEqual([
      '0-300',
      '301-350',
      '351-400',
      '401-410',
      '411-420',
      '421-430',
      '431-440',
      '441-450',
      '451-460',
      '461-470',
      '471-480',
      '481-490',
      '491-500',
      '501-600',
      '601-1200',
    ]);
    for (const [index, range] of CRS_RANGES.entries()) {
      expect(range.min).toBe(index === 0 ? 0 : (CRS_RANGES[index - 1]?.max ?? 0) + 1);
    }
    expect(CRS_RANGES.at(-1)?.max).toBe(1200);
  });

  it('put each score in its range, ends included', () => {
    const label = (score: number) => CRS_RANGES[crsRangeIndex(score)]?.label;
    expect([0, 300, 301, 400, 401, 410, 500, 501, 600, 601, 1200].map(label)).toEqual([
      '0-300',
      '0-300',
      '301-350',
      '351-400',
      '401-410',
      '401-410',
      '491-500',
      '501-600',
      '501-600',
      '601-1200',
      '601-1200',
    ]);
  });

  it('reads the 2026-08-03 distribution of rounds #431–#434 (data/rounds/rounds.json)', () => {
    const latest = publishedPoolDistributionNear('2026-08-07');
    expect(latest).toMatchObject({ asOf: '2026-08-03', total: 229_100 });
    // IRCC's figures for 2026-08-03: 601-1200 500, 501-600 19,705, 0-300 7,683.
    expect(latest.ranges.map((range) => range.count)).toEqual([
      7683, 17101, 50107, 10775, 11326, 11942, 13267, 13595, 14845, 16057, 16368, 12890, 12939, 19705, 500,
    ]);
    expect(latest.ranges.reduce((sum, range) => sum + range.share, 0)).toBeCloseTo(1, 12);
  });

  it('picks the distribution closest to the date, the earlier on a tie', () => {
    const all = publishedPoolDistributions();
    expect(all[0]?.asOf).toBe('2022-01-17');
    expect(publishedPoolDistributionNear('2015-06-01').asOf).toBe('2022-01-17');
    const [a, b] = [all[10], all[11]];
    if (!a || !b || a.asOf === b.asOf) throw new Error('two distinct dates expected');
    expect(publishedPoolDistributionNear(a.asOf).asOf).toBe(a.asOf);
    expect(publishedPoolDistributionNear(b.asOf).asOf).toBe(b.asOf);
  });
});

describe('targetScoreSampler', () => {
  const distribution = publishedPoolDistributionNear('2026-08-07');
  const draw = targetScoreSampler(distribution);
  const scores = (rangeIndex: number) => {
    const random = createRandom(11);
    return Array.from({ length: 4000 }, () => draw(rangeIndex, random));
  };

  it('stays inside the range', () => {
    for (const [index, range] of CRS_RANGES.entries()) {
      for (const score of scores(index).slice(0, 500)) {
        expect(score).toBeGreaterThanOrEqual(range.min);
        expect(score).toBeLessThanOrEqual(range.max);
      }
    }
  });

  it('leans towards the busy middle of the pool inside the wide ranges', () => {
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    // 501-600 holds 197 profiles a point against 1,294 in 491-500: most sit just above 500.
    expect(mean(scores(13))).toBeLessThan(540);
    // 0-300: 26 a point against 342 in 301-350: most sit just below 300.
    expect(mean(scores(0))).toBeGreaterThan(250);
    // 441-450 is sampled evenly.
    expect(mean(scores(7))).toBeCloseTo(445.5, 0);
  });
});

describe('PoolSummaryBuilder', () => {
  const single = parseProfile({
    format: 'express-entry/profile@1',
    birthDate: '1994-05-10',
    maritalStatus: 'never-married',
    languageTests: [{ test: 'CLB', date: '2026-01-10', listening: 9, reading: 9, writing: 9, speaking: 9 }],
    work: [{ noc: '31301', country: 'CA', start: '2024-01-01', hoursPerWeek: 40 }],
  });

  it('counts scores per range against the target and checks a sample for programs and categories', () => {
    const target = publishedPoolDistributionNear('2026-08-07');
    const summary = new PoolSummaryBuilder({ on: '2026-08-07', target, sampleSize: 2 });
    let read = 0;
    const lazily = () => {
      read += 1;
      return single;
    };
    for (const score of [455, 455, 302, 700]) summary.add(score, lazily);
    const result = summary.result();
    expect(result.count).toBe(4);
    expect(result.meanCrs).toBe(478);
    expect(result.ranges.find((range) => range.label === '451-460')).toMatchObject({ count: 2, share: 0.5 });
    expect(result.ranges.find((range) => range.label === '601-1200')?.target).toBeCloseTo(500 / 229_100, 9);
    // The sample keeps 2 of 4 profiles, and reads only the ones it keeps.
    expect(result.sampled).toBe(2);
    expect(read).toBeLessThanOrEqual(4);
    expect(read).toBeGreaterThanOrEqual(2);
    // A nurse with 2½ years in Canada at CLB 9 meets CEC and the healthcare category.
    expect(result.programs.find((row) => row.id === 'CEC')).toMatchObject({ count: 2, share: 1 });
    expect(result.programs.find((row) => row.id === 'none')?.count).toBe(0);
    expect(result.categorySet).toBe('categories@2026');
    expect(result.categories.find((row) => row.id === 'healthcare')?.share).toBe(1);
    expect(result.categories.find((row) => row.id === 'stem')?.share).toBe(0);
    expect(result.frenchNclc7.count).toBe(0);
  });
});
