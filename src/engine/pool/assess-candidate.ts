/**
 * One candidate on one date, reduced to what a round reads: the CRS total, the programs as bits,
 * the category versions as bits, and the day this may next change. Every figure comes from the
 * rules (crsScore, programEligibility, categoryEligibility); this module only packs them.
 */
import type { IsoDate } from '../../rules/_lib/dates.js';
import { categoryEligibility } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { crsScore } from '../../rules/crs/score.js';
import type { Profile } from '../../rules/profile/schema.js';
import { programEligibility } from '../../rules/programs/index.js';
import type { CategoryRegistry } from './category-registry.js';
import { nextChangeOn } from './valid-until.js';

/** Program bits: FSW, CEC and FST eligibility, and PNP for a provincial nomination held. */
export const PROGRAM_BITS = { FSW: 1, CEC: 2, FST: 4, PNP: 8 } as const;
export type ProgramBitName = keyof typeof PROGRAM_BITS;
/** To be in the pool a profile must meet one of FSW, CEC, FST (programs.md "Express Entry pool"). */
export const ANY_PROGRAM = PROGRAM_BITS.FSW | PROGRAM_BITS.CEC | PROGRAM_BITS.FST;

export interface CandidateAssessment {
  readonly crs: number;
  /** {@link PROGRAM_BITS} of the programs met on the date. */
  readonly programBits: number;
  /** The registry's bits of the category versions met on the date (category criteria only). */
  readonly categoryBits: number;
  /** The earliest day any of the above may change; the same on every day before it. */
  readonly validUntil: IsoDate;
}

/**
 * The CRS score, programs and categories of `profile` on `on`, packed for the pool.
 * PNP is the CRS's own reading of a nomination: issued on or before `on` (CRS §D).
 * @throws RangeError when the category set in force names a version the registry lacks.
 * @example
 * // Born 1990-01-01, CLB 9 in all four (2025-01-15), NOC 21232 in Canada since 2023-01-01, a
 * // Canadian bachelor's, no proof of funds: CEC only; no 2026 category lists 21232.
 * assessCandidate(profile, { on: '2026-03-02', sets, registry })
 * //=> { crs: 460, programBits: 0b0010, categoryBits: 0, validUntil: '2026-11-29' }
 */
export function assessCandidate(
  profile: Profile,
  { on, sets, registry }: { on: IsoDate; sets: readonly CategorySet[]; registry: CategoryRegistry },
): CandidateAssessment {
  const crs = crsScore(profile, { on });
  const programs = programEligibility(profile, { on });
  let programBits = 0;
  if (programs.fsw.eligible) programBits |= PROGRAM_BITS.FSW;
  if (programs.cec.eligible) programBits |= PROGRAM_BITS.CEC;
  if (programs.fst.eligible) programBits |= PROGRAM_BITS.FST;
  if (crs.facts.provincialNomination) programBits |= PROGRAM_BITS.PNP;
  let categoryBits = 0;
  for (const category of categoryEligibility(profile, { on, sets }).categories) {
    if (!category.eligible) continue;
    const bit = registry.bitOf(category.version);
    if (bit === undefined)
      throw new RangeError(`category version ${category.version} is not in the pool's registry`);
    categoryBits |= 1 << bit;
  }
  return {
    crs: crs.total,
    programBits,
    categoryBits: categoryBits >>> 0,
    validUntil: nextChangeOn(profile, { on, sets }),
  };
}
