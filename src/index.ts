/**
 * express-entry: the public library API. Everything exported here is stable; everything else
 * is internal. Functions that need the bundled data (category lists, NOC) take it by default.
 */
import { bundledCategorySets } from './data/categories.js';
import type { IsoDate } from './rules/_lib/dates.js';
import { assess as assessWith } from './rules/assess.js';
import { categoryEligibility as categoryEligibilityWith } from './rules/categories/eligibility.js';
import type { CategorySet } from './rules/categories/types.js';
import { eligibilityReport as eligibilityReportWith } from './rules/eligibility.js';
import type { Profile } from './rules/profile/schema.js';
import { whatIf as whatIfWith } from './rules/what-if/index.js';

export { bundledCategorySets, parseCategorySet } from './data/categories.js';
export {
  concordanceFrom2016,
  concordanceTo2021,
  hierarchy,
  requireUnitGroup,
  type UnitGroup,
  unitGroup,
  unitGroups,
} from './data/noc.js';
export { type PoolProfile, readPoolFile, writePoolFile } from './data/pool-file.js';
export { checkProfileNocs, loadProfileFile } from './data/profile-file.js';
export { bundledRounds } from './engine/draws/history.js';
export { mergeRounds, parseIrccFeed } from './engine/draws/ircc-feed.js';
export type { PoolDistribution, Round } from './engine/draws/round.js';
export { roundStats } from './engine/draws/stats.js';
export { Pool, type PoolCandidate } from './engine/pool/index.js';
export { applyRound, runRound } from './engine/round/index.js';
export { type Simulation, simulate } from './engine/simulate.js';
export { type Standing, standing } from './engine/standing.js';
export { generatePool } from './engine/synthetic/generate.js';
export type { RoundInstruction, RoundKind, RoundResult } from './engine/types.js';
export { InputError, type InputIssue } from './errors.js';
export { type Lang, t } from './i18n/index.js';
export { searchNoc } from './noc/search.js';
export type { IsoDate } from './rules/_lib/dates.js';
export type { Assessment } from './rules/assess.js';
export {
  type CategoryEligibility,
  type CategoryResult,
  categorySetOn,
} from './rules/categories/eligibility.js';
export type { Category, CategorySet, Criterion, Occupation } from './rules/categories/types.js';
export { CRS_RULESETS, crsRulesetOn } from './rules/crs/rulesets.js';
export { type CrsScore, crsScore } from './rules/crs/score.js';
export type { CrsFacts, CrsRuleset, FactorScore } from './rules/crs/types.js';
export type { EligibilityReport } from './rules/eligibility.js';
export { experienceByNoc, lookbackWindow, summarizeExperience } from './rules/experience/index.js';
export { levelsFromResult } from './rules/language/convert.js';
export { languageLevels } from './rules/language/levels.js';
export { parseProfile } from './rules/profile/parse.js';
export { PROFILE_FORMAT, type Profile, type ProfileInput, profileSchema } from './rules/profile/schema.js';
export { programEligibility } from './rules/programs/index.js';
export type { Reason } from './rules/reasons.js';
export type { WhatIfResult, WhatIfSuggestion } from './rules/what-if/index.js';

interface Options {
  on: IsoDate;
  /** Category sets to choose from; the bundled 2023–2026 sets by default. */
  categorySets?: readonly CategorySet[];
}

/**
 * Which category-based rounds a profile is eligible for on `on`, and why.
 * @example categoryEligibility(profile, { on: '2023-06-28' }).ruleset //=> 'categories@2023'
 */
export function categoryEligibility(profile: Profile, { on, categorySets = bundledCategorySets() }: Options) {
  return categoryEligibilityWith(profile, { on, sets: categorySets });
}

/**
 * Categories, with FSW/CEC/FST program eligibility beside them.
 * @example eligibilityReport(profile, { on: '2026-06-01' }).eligibleForAProgram //=> true
 */
export function eligibilityReport(profile: Profile, { on, categorySets = bundledCategorySets() }: Options) {
  return eligibilityReportWith(profile, { on, sets: categorySets });
}

/**
 * The full assessment: age, language levels, experience, CRS with its breakdown, programs and
 * categories, with the rule sets used.
 * @example assess(profile, { on: '2026-06-01' }).crs.total //=> 485
 */
export function assess(profile: Profile, { on, categorySets = bundledCategorySets() }: Options) {
  return assessWith(profile, { on, sets: categorySets });
}

/**
 * The single changes that would gain the most CRS points or open a category or program, ranked.
 * @example whatIf(profile, { on: '2026-06-01' }).suggestions[0]?.code //=> 'whatif.provincial-nomination'
 */
export function whatIf(profile: Profile, { on, categorySets = bundledCategorySets() }: Options) {
  return whatIfWith(profile, { on, sets: categorySets });
}
