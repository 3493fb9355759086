/**
 * The CRS distribution of the Express Entry pool as IRCC publishes it with each round
 * (data/rounds/rounds.json, `pool_distribution`; data/SOURCES.md §1): the number of profiles per
 * CRS range on an "as of" date. The published ranges nest (451-500 holds 491-500 … 451-460);
 * the synthetic pool uses the finest ranges that do not overlap.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../../data/paths.js';
import { dayNumber, type IsoDate, isIsoDate } from '../../rules/_lib/dates.js';

/** One CRS range, both ends included. */
export interface CrsRange {
  /** As IRCC writes it: `451-460`. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

function range(min: number, max: number): CrsRange {
  return { label: `${min}-${max}`, min, max };
}

/**
 * The finest published ranges that do not overlap, lowest first (dd17, dd16, dd15, dd14…dd10,
 * dd8…dd4, dd2, dd1 of the IRCC feed). Together they cover 0–1200 once.
 */
export const CRS_RANGES: readonly CrsRange[] = [
  range(0, 300),
  range(301, 350),
  range(351, 400),
  range(401, 410),
  range(411, 420),
  range(421, 430),
  range(431, 440),
  range(441, 450),
  range(451, 460),
  range(461, 470),
  range(471, 480),
  range(481, 490),
  range(491, 500),
  range(501, 600),
  range(601, 1200),
];

/**
 * The index in {@link CRS_RANGES} of the range holding `score`.
 * @example CRS_RANGES[crsRangeIndex(455)]?.label //=> '451-460'
 */
export function crsRangeIndex(score: number): number {
  for (let index = 0; index < CRS_RANGES.length; index++) {
    if (score <= (CRS_RANGES[index] as CrsRange).max) return index;
  }
  return CRS_RANGES.length - 1;
}

/** A range with its published count and its share of the finest ranges' sum. */
export interface RangeShare extends CrsRange {
  readonly count: number;
  /** count ÷ the sum of the finest ranges (0–1). */
  readonly share: number;
}

/** One published distribution, cut into {@link CRS_RANGES}. */
export interface PublishedPoolDistribution {
  /** The day the counts describe (`drawDistributionAsOn`). */
  readonly asOf: IsoDate;
  /** The round that published it, e.g. `434`, and its date. */
  readonly round: string;
  readonly roundDate: IsoDate;
  /** The total IRCC states; the finest ranges add up to it except in round #247. */
  readonly total: number;
  /** {@link CRS_RANGES}, lowest first, with counts and shares. */
  readonly ranges: readonly RangeShare[];
}

const isoDate = z.string().refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' });

/** The fields of rounds.json this module reads; the file has more. */
const roundsFileSchema = z.array(
  z.object({
    number: z.string(),
    date: isoDate,
    pool_distribution: z
      .object({
        as_of: isoDate,
        total: z.number().int().nonnegative(),
        ranges: z.record(z.string(), z.number().int().nonnegative()),
      })
      .nullable(),
  }),
);

let bundled: readonly PublishedPoolDistribution[] | undefined;

/**
 * Every distribution published in data/rounds/rounds.json, oldest first.
 * @throws Error when the bundled file does not have the expected shape (a packaging bug).
 */
export function publishedPoolDistributions(): readonly PublishedPoolDistribution[] {
  bundled ??= parseRounds(JSON.parse(readFileSync(join(DATA_DIR, 'rounds', 'rounds.json'), 'utf8')));
  return bundled;
}

/**
 * The distributions in a rounds file's parsed JSON, oldest first; rounds without one are skipped.
 * @example parseRounds([{ number: '1', date: '2015-01-31', pool_distribution: null }]) //=> []
 */
export function parseRounds(input: unknown): PublishedPoolDistribution[] {
  const rounds = roundsFileSchema.parse(input);
  const found: PublishedPoolDistribution[] = [];
  for (const round of rounds) {
    const published = round.pool_distribution;
    if (!published) continue;
    const counts = CRS_RANGES.map((crsRange) => {
      const count = published.ranges[crsRange.label];
      if (count === undefined) {
        throw new Error(`round ${round.number}: pool_distribution has no range ${crsRange.label}`);
      }
      return count;
    });
    const sum = counts.reduce((total, count) => total + count, 0);
    if (sum === 0) continue;
    found.push({
      asOf: published.as_of,
      round: round.number,
      roundDate: round.date,
      total: published.total,
      ranges: CRS_RANGES.map((crsRange, index) => ({
        ...crsRange,
        count: counts[index] as number,
        share: (counts[index] as number) / sum,
      })),
    });
  }
  return found.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}

/**
 * The published distribution whose "as of" date is closest to `on`; on a tie, the earlier one
 * (it was known on `on`).
 * @example publishedPoolDistributionNear('2026-08-07').asOf //=> '2026-08-03' (round 434)
 */
export function publishedPoolDistributionNear(
  on: IsoDate,
  distributions: readonly PublishedPoolDistribution[] = publishedPoolDistributions(),
): PublishedPoolDistribution {
  const day = dayNumber(on);
  let best: PublishedPoolDistribution | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const distribution of distributions) {
    const distance = Math.abs(dayNumber(distribution.asOf) - day);
    if (distance < bestDistance) {
      best = distribution;
      bestDistance = distance;
    }
  }
  if (!best) throw new Error('no published pool distribution');
  return best;
}
