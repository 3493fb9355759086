/**
 * Category eligibility with program eligibility beside it: a category round invites only
 * candidates who meet the category *and* one of the programs (FSW, CEC, FST), but the two are
 * reported apart so that a user sees which one is missing.
 */
import type { IsoDate } from './_lib/dates.js';
import { type CategoryEligibility, categoryEligibility } from './categories/eligibility.js';
import type { CategorySet } from './categories/types.js';
import type { Profile } from './profile/schema.js';
import { type ProgramEligibility, programEligibility } from './programs/index.js';

export interface EligibilityReport extends CategoryEligibility {
  /** FSW, CEC and FST minimum requirements on the same date. */
  readonly programs: ProgramEligibility;
  /** True when at least one program is met: the condition every round adds. */
  readonly eligibleForAProgram: boolean;
}

/**
 * Categories and programs on `on`.
 * @example eligibilityReport(profile, { on: '2026-06-01', sets }).ruleset //=> 'categories@2026'
 */
export function eligibilityReport(
  profile: Profile,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): EligibilityReport {
  const programs = programEligibility(profile, { on });
  return {
    ...categoryEligibility(profile, { on, sets }),
    programs,
    eligibleForAProgram: programs.fsw.eligible || programs.cec.eligible || programs.fst.eligible,
  };
}
