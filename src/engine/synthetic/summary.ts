/**
 * What a pool looks like on a date, so that a user can check a generated (or any) pool: its
 * CRS distribution beside the published one it should match, and the share of its profiles
 * that meet each program, hold a nomination, speak French at NCLC 7+ and meet each category.
 *
 * Scores are counted for every profile. Program and category eligibility cost far more, so
 * they are checked on a sample (reservoir sampling with a fixed seed: the same pool gives the
 * same sample), all profiles when the pool is no larger than the sample.
 */
import { bundledCategorySets } from '../../data/categories.js';
import type { IsoDate } from '../../rules/_lib/dates.js';
import { categoryEligibility, categorySetOn } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { crsScore } from '../../rules/crs/score.js';
import { languageLevels } from '../../rules/language/levels.js';
import { abilities } from '../../rules/language/tables.js';
import type { Profile } from '../../rules/profile/schema.js';
import { programEligibility } from '../../rules/programs/index.js';
import { CRS_RANGES, type CrsRange, crsRangeIndex, type PublishedPoolDistribution } from './distribution.js';
import { createRandom } from './random.js';

/** One CRS range: the published share and the pool's. */
export interface RangeComparison extends CrsRange {
  /** Share in the published distribution (0–1). */
  readonly target: number;
  readonly count: number;
  /** Share in the pool (0–1). */
  readonly share: number;
}

/** A count and its share of the profiles checked. */
export interface ShareRow {
  readonly id: string;
  readonly count: number;
  readonly share: number;
}

export interface PoolSummary {
  /** The date the pool was scored and checked on. */
  readonly on: IsoDate;
  readonly count: number;
  /** The published distribution compared with. */
  readonly target: Pick<PublishedPoolDistribution, 'asOf' | 'round' | 'roundDate' | 'total'>;
  /** {@link CRS_RANGES}, lowest first. */
  readonly ranges: readonly RangeComparison[];
  /** The largest gap between a range's share and its target, in percentage points. */
  readonly largestGap: number;
  readonly meanCrs: number;
  /** Profiles checked for programs, nomination, French and categories. */
  readonly sampled: number;
  /** FSW, CEC, FST: meets the program; PNP: holds a nomination; none: meets no program. */
  readonly programs: readonly ShareRow[];
  /** NCLC 7 or higher in all four French abilities, on a valid test. */
  readonly frenchNclc7: ShareRow;
  /** The category set in force, or null before June 2023. */
  readonly categorySet: string | null;
  /** Each category: meets its criteria and a program (what a category round asks). */
  readonly categories: readonly ShareRow[];
}

export interface PoolSummaryOptions {
  readonly on: IsoDate;
  readonly target: PublishedPoolDistribution;
  /** Profiles checked for eligibility (default 10,000). */
  readonly sampleSize?: number;
  readonly categorySets?: readonly CategorySet[];
}

/** Default number of profiles checked for programs and categories. */
export const SUMMARY_SAMPLE_SIZE = 10_000;

/**
 * Collects a pool one profile at a time and summarizes it.
 * @example
 * const summary = new PoolSummaryBuilder({ on: '2026-08-07', target: publishedPoolDistributionNear('2026-08-07') });
 * for (const profile of generatePool({ size: 1000, asOf: '2026-08-07', seed: 1 })) summary.addProfile(profile);
 * summary.result().ranges.at(-1)?.label //=> '601-1200'
 */
export class PoolSummaryBuilder {
  private readonly counts = new Array<number>(CRS_RANGES.length).fill(0);
  private readonly sample: Profile[] = [];
  private readonly sampleSize: number;
  private readonly random = createRandom(0x5eed, 0);
  private count = 0;
  private crsSum = 0;

  constructor(private readonly options: PoolSummaryOptions) {
    this.sampleSize = options.sampleSize ?? SUMMARY_SAMPLE_SIZE;
  }

  /**
   * Adds a profile with its CRS total on the summary's date. The profile may be given as a
   * function that reads it, called only when the profile is kept in the sample.
   */
  add(crs: number, profile: Profile | (() => Profile)): void {
    const range = crsRangeIndex(crs);
    this.counts[range] = (this.counts[range] as number) + 1;
    this.crsSum += crs;
    this.count += 1;
    // Reservoir sampling (Algorithm R): every profile has the same chance to be checked.
    let slot = this.sample.length;
    if (slot >= this.sampleSize) {
      slot = Math.floor(this.random.next() * this.count);
      if (slot >= this.sampleSize) return;
    }
    this.sample[slot] = typeof profile === 'function' ? profile() : profile;
  }

  /** Adds a profile, scoring it on the summary's date. */
  addProfile(profile: Profile): void {
    this.add(crsScore(profile, { on: this.options.on }).total, profile);
  }

  /** The summary of the profiles added so far. */
  result(): PoolSummary {
    const { on, target } = this.options;
    const share = (value: number, of: number) => (of === 0 ? 0 : value / of);
    const ranges = CRS_RANGES.map((range, index) => ({
      ...range,
      target: target.ranges[index]?.share ?? 0,
      count: this.counts[index] as number,
      share: share(this.counts[index] as number, this.count),
    }));
    const sets = this.options.categorySets ?? bundledCategorySets();
    const programCounts = { FSW: 0, CEC: 0, FST: 0, PNP: 0, none: 0 };
    const categoryCounts = new Map<string, number>();
    let french = 0;
    for (const profile of this.sample) {
      const programs = programEligibility(profile, { on });
      const anyProgram = programs.fsw.eligible || programs.cec.eligible || programs.fst.eligible;
      if (programs.fsw.eligible) programCounts.FSW += 1;
      if (programs.cec.eligible) programCounts.CEC += 1;
      if (programs.fst.eligible) programCounts.FST += 1;
      if (!anyProgram) programCounts.none += 1;
      if (profile.provincialNomination && profile.provincialNomination.issued <= on) programCounts.PNP += 1;
      const levels = languageLevels(profile.languageTests, { on }).french?.levels;
      if (levels && abilities.every((ability) => levels[ability] >= 7)) french += 1;
      const categories = categoryEligibility(profile, { on, sets });
      for (const category of categories.categories) {
        const met = category.eligible && anyProgram ? 1 : 0;
        categoryCounts.set(category.id, (categoryCounts.get(category.id) ?? 0) + met);
      }
    }
    const sampled = this.sample.length;
    const row = (id: string, count: number): ShareRow => ({ id, count, share: share(count, sampled) });
    return {
      on,
      count: this.count,
      target: { asOf: target.asOf, round: target.round, roundDate: target.roundDate, total: target.total },
      ranges,
      largestGap: Math.max(0, ...ranges.map((range) => Math.abs(range.share - range.target) * 100)),
      meanCrs: share(this.crsSum, this.count),
      sampled,
      programs: Object.entries(programCounts).map(([id, count]) => row(id, count)),
      frenchNclc7: row('french-nclc-7', french),
      categorySet: categorySetOn(sets, on)?.id ?? null,
      categories: [...categoryCounts].map(([id, count]) => row(id, count)),
    };
  }
}
