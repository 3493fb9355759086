/**
 * "Where do I stand": a profile's estimated rank in the latest published pool distribution, and
 * for each recent round whether it would have been invited — eligible for the round on its date,
 * and at or above the cut-off, the tie-break deciding at the cut-off score itself.
 * Tie-break rule (since 2017-06-06): candidates with the cut-off score who submitted their profile
 * at or before the published instant were invited.
 */
import type { IsoDate } from '../rules/_lib/dates.js';
import { categoryVersionEligibility } from '../rules/categories/eligibility.js';
import type { CategorySet } from '../rules/categories/types.js';
import { crsScore } from '../rules/crs/score.js';
import type { Profile } from '../rules/profile/schema.js';
import { programEligibility } from '../rules/programs/index.js';
import { POOL_RANGES, type PoolDistribution, type Round } from './draws/round.js';
import { expiryOf } from './pool/time.js';

export interface PoolRank {
  /** The round whose published distribution was used, and the day it describes. */
  readonly round: string;
  readonly asOf: IsoDate;
  readonly total: number;
  /** Candidates above the score, with those of the same score's range spread evenly. */
  readonly rank: number;
  /** Share of the pool at or above the score, 0–100. */
  readonly topPercent: number;
}

export type RoundOutcome =
  | 'invited'
  | 'below-cut-off'
  | 'tie-lost'
  /** At the cut-off score with no `submittedAt` in the profile to apply the tie-break. */
  | 'tie-unknown'
  | 'not-eligible';

export interface RoundStanding {
  readonly number: string;
  readonly date: IsoDate;
  readonly round: string;
  readonly lowestScore: number;
  readonly tieBreak: string | null;
  /** The profile's CRS on the round day, under the rules of that day. */
  readonly crs: number;
  readonly outcome: RoundOutcome;
  /** Why it was not eligible: the program or category it missed. */
  readonly missing?: string;
}

export interface Standing {
  readonly on: IsoDate;
  readonly crs: number;
  readonly ruleset: string;
  readonly rank: PoolRank | null;
  readonly rounds: readonly RoundStanding[];
}

/** The finest non-overlapping ranges of a distribution: [low, high, count]. */
function finestRanges(distribution: PoolDistribution): Array<[number, number, number]> {
  return POOL_RANGES.filter((range) => !['451-500', '401-450'].includes(range.range)).map((range) => {
    const [low, high] = range.range.split('-').map(Number) as [number, number];
    return [low, high, distribution.ranges[range.range]];
  });
}

/**
 * The estimated rank of `score` in a published distribution: everyone in the ranges above, plus
 * the part of its own range above it (candidates spread evenly over the range's scores).
 * @example estimatedRank(distribution, 490) //=> about 20,200 + 1,294 of the 491-500 range…
 */
export function estimatedRank(
  distribution: PoolDistribution,
  score: number,
): { rank: number; topPercent: number } {
  let above = 0;
  for (const [low, high, count] of finestRanges(distribution)) {
    if (score < low) above += count;
    else if (score <= high) above += (count * (high - score)) / (high - low + 1);
  }
  const rank = Math.floor(above) + 1;
  return { rank, topPercent: Math.min(100, (rank / distribution.total) * 100) };
}

/**
 * Where a profile stands on `on`: rank in the latest distribution published on or before `on`,
 * and the outcome of each of the last `recent` rounds held on or before `on`.
 * @example standing(profile, { on: '2026-08-07', rounds, sets }).rounds[0]?.outcome //=> 'invited'
 */
export function standing(
  profile: Profile,
  {
    on,
    rounds,
    sets,
    recent = 10,
  }: { on: IsoDate; rounds: readonly Round[]; sets: readonly CategorySet[]; recent?: number },
): Standing {
  const score = crsScore(profile, { on });
  const past = rounds.filter((round) => round.date <= on);
  const published = [...past].reverse().find((round) => round.poolDistribution !== null);
  const rank =
    published?.poolDistribution != null
      ? {
          round: published.number,
          asOf: published.poolDistribution.asOf,
          total: published.poolDistribution.total,
          ...estimatedRank(published.poolDistribution, score.total),
        }
      : null;
  const latest = past.slice(-recent).reverse();
  return {
    on,
    crs: score.total,
    ruleset: score.ruleset,
    rank,
    rounds: latest.map((round) => roundStanding(profile, round, sets)),
  };
}

function roundLabel(round: Round): string {
  const kind = round.kind;
  return kind.type === 'general' ? 'general' : kind.type === 'program' ? kind.program : kind.category;
}

function roundStanding(profile: Profile, round: Round, sets: readonly CategorySet[]): RoundStanding {
  // Scored under the rules and facts of the round day (a birthday or an expired test counts).
  const score = crsScore(profile, { on: round.date });
  const crs = score.total;
  const base = {
    number: round.number,
    date: round.date,
    round: roundLabel(round),
    lowestScore: round.lowestScore,
    tieBreak: round.tieBreak,
    crs,
  };
  const missing = missingEligibility(profile, round, sets, score.facts.provincialNomination);
  if (missing) return { ...base, outcome: 'not-eligible', missing };
  if (crs > round.lowestScore) return { ...base, outcome: 'invited' };
  if (crs < round.lowestScore) return { ...base, outcome: 'below-cut-off' };
  if (!profile.submittedAt || !round.tieBreak) return { ...base, outcome: 'tie-unknown' };
  const submitted = Date.parse(profile.submittedAt);
  return { ...base, outcome: submitted <= Date.parse(round.tieBreak) ? 'invited' : 'tie-lost' };
}

/** What the profile lacked for the round on its day, or undefined when it was eligible. */
function missingEligibility(
  profile: Profile,
  round: Round,
  sets: readonly CategorySet[],
  nominated: boolean,
): string | undefined {
  if (profile.submittedAt) {
    // In the pool from its submission until 12 months after it, as the pool itself counts it.
    const submitted = Date.parse(profile.submittedAt);
    if (submitted > Date.parse(round.instant)) return 'profile-not-yet-submitted';
    if (expiryOf(submitted) <= Date.parse(round.instant)) return 'profile-expired';
  }
  const programs = programEligibility(profile, { on: round.date });
  const eligible = { FSW: programs.fsw.eligible, CEC: programs.cec.eligible, FST: programs.fst.eligible };
  const anyProgram = round.eligiblePrograms.some(
    (program) => program !== 'PNP' && eligible[program as 'FSW'],
  );
  const kind = round.kind;
  if (kind.type === 'program') {
    if (kind.program === 'PNP') {
      return nominated && (eligible.FSW || eligible.CEC || eligible.FST) ? undefined : 'PNP';
    }
    return eligible[kind.program] ? undefined : kind.program;
  }
  if (!(eligible.FSW || eligible.CEC || eligible.FST) || (!anyProgram && round.eligiblePrograms.length > 0))
    return 'program';
  if (kind.type === 'category') {
    return categoryVersionEligibility(profile, kind.category, { on: round.date, sets })?.eligible
      ? undefined
      : kind.category;
  }
  return undefined;
}
