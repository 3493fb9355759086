/**
 * New profiles for a simulation: the candidates who enter the pool between two rounds.
 * Regular arrivals follow the published pool distribution of their day. Nominees are added
 * apart: IRCC invites nearly every nominee within weeks, so the standing pool holds few of them
 * while hundreds arrive before each PNP round; a PNP round's own size is their inflow.
 */
import type { PoolProfile } from '../../data/pool-file.js';
import { isoInstant } from '../pool/time.js';
import { CRS_RANGES, type PublishedPoolDistribution, publishedPoolDistributionNear } from './distribution.js';
import { poolGenerator } from './generate.js';

export interface ArrivalsOptions {
  /** The interval `[from, to)` the profiles are submitted in, ISO instants. */
  readonly from: string;
  readonly to: string;
  /** Regular arrivals a week. */
  readonly perWeek: number;
  /** Nominees (CRS 601+) arriving in the interval. */
  readonly nominees: number;
  readonly seed: number;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The profiles submitted in `[from, to)`, spread evenly over it, generated for the day of `to`.
 * @example arrivalsBetween({ from: '2024-01-01T00:00:00Z', to: '2024-01-08T00:00:00Z', perWeek: 100, nominees: 0, seed: 1 }).length //=> 100
 */
export function arrivalsBetween({ from, to, perWeek, nominees, seed }: ArrivalsOptions): PoolProfile[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const day = to.slice(0, 10);
  const regular = Math.round(((end - start) / WEEK_MS) * perWeek);
  const published = publishedPoolDistributionNear(day);
  return [
    ...generate(regular, published, 'arrival'),
    ...generate(nominees, nomineesOnly(published), 'nominee'),
  ];

  function generate(count: number, distribution: PublishedPoolDistribution, prefix: string): PoolProfile[] {
    if (count <= 0) return [];
    const generator = poolGenerator({
      size: count,
      asOf: day,
      seed: (seed * 7919 + end / 1000 + prefix.length) | 0,
      distribution,
    });
    return Array.from({ length: count }, (_, index) => ({
      ...generator.profileAt(index).profile,
      id: `${prefix}-${day}-${index + 1}`,
      submittedAt: isoInstant(start + ((index + 0.5) / count) * (end - start)),
    }));
  }
}

/** The same distribution with every candidate in the 601–1200 range. */
function nomineesOnly(distribution: PublishedPoolDistribution): PublishedPoolDistribution {
  const top = CRS_RANGES.length - 1;
  return {
    ...distribution,
    ranges: distribution.ranges.map((range, index) => ({ ...range, share: index === top ? 1 : 0 })),
  };
}
