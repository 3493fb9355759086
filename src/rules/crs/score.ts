/**
 * The CRS score of a profile on a date: the rule set in force, every factor with its points, the
 * section totals with their caps, and the first official language that scores higher when the
 * candidate has not chosen one (crs-rules.md §E2).
 */
import type { IsoDate } from '../_lib/dates.js';
import type { OfficialLanguage } from '../language/tables.js';
import type { Profile } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import { crsFacts } from './facts.js';
import { CRS_RULESETS, crsRulesetOn } from './rulesets.js';
import { type CrsFacts, type CrsRuleset, type FactorScore, SECTION_CAPS, type Section } from './types.js';

export interface CrsScore {
  readonly on: IsoDate;
  /** The rule set used, e.g. `crs@2025-03-25`. */
  readonly ruleset: string;
  /** The last day its tables are confirmed; a later `on` gets a `crs.unconfirmed` warning. */
  readonly confirmedThrough: IsoDate;
  readonly total: number;
  /** Each section after its cap (C ≤ 100, D ≤ 600). */
  readonly sections: Readonly<Record<Section, number>>;
  /** Each section's maximum in the candidate's column (A 460 or 500, B 40 or 0, C 100, D 600). */
  readonly sectionMax: Readonly<Record<Section, number>>;
  readonly factors: readonly FactorScore[];
  readonly withSpouse: boolean;
  /** The first official language scored, and whether the candidate chose it. */
  readonly firstLanguage: OfficialLanguage | null;
  readonly firstLanguageDeclared: boolean;
  readonly facts: CrsFacts;
  readonly warnings: readonly Reason[];
}

/**
 * Scores the facts under one rule set.
 * @example scoreFacts(facts, crsRulesetOn('2025-06-01')).total //=> 471
 */
export function scoreFacts(facts: CrsFacts, ruleset: CrsRuleset): Omit<CrsScore, 'firstLanguageDeclared'> {
  const factors = ruleset.factors.map((factor) => factor(facts));
  const raw: Record<Section, number> = { A: 0, B: 0, C: 0, D: 0 };
  const rawMax: Record<Section, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const factor of factors) {
    raw[factor.section] += factor.points;
    rawMax[factor.section] += factor.max;
  }
  const sections = capped(raw);
  const sectionMax = capped(rawMax);
  const warnings: Reason[] = [];
  if (ruleset.confirmedThrough && facts.on > ruleset.confirmedThrough) {
    warnings.push({
      code: 'crs.unconfirmed',
      met: false,
      ruleset: ruleset.id,
      have: { on: facts.on },
      need: { confirmedThrough: ruleset.confirmedThrough },
    });
  }
  return {
    on: facts.on,
    ruleset: ruleset.id,
    confirmedThrough: ruleset.confirmedThrough ?? facts.on,
    total: sections.A + sections.B + sections.C + sections.D,
    sections,
    sectionMax,
    factors,
    withSpouse: facts.withSpouse,
    firstLanguage: facts.firstLanguage,
    facts,
    warnings,
  };
}

function capped(values: Record<Section, number>): Record<Section, number> {
  return {
    A: Math.min(SECTION_CAPS.A, values.A),
    B: Math.min(SECTION_CAPS.B, values.B),
    C: Math.min(SECTION_CAPS.C, values.C),
    D: Math.min(SECTION_CAPS.D, values.D),
  };
}

/**
 * The CRS score of `profile` on `on`. The first official language is the candidate's choice
 * when given, otherwise the assignment (English or French first) that scores higher; a tie
 * keeps English.
 * @example crsScore(profile, { on: '2025-06-01' }).ruleset //=> 'crs@2025-03-25'
 */
export function crsScore(
  profile: Profile,
  { on, rulesets = CRS_RULESETS }: { on: IsoDate; rulesets?: readonly CrsRuleset[] },
): CrsScore {
  const ruleset = crsRulesetOn(on, rulesets);
  const declared = profile.firstOfficialLanguage;
  const scoreWith = (firstLanguage: OfficialLanguage) =>
    scoreFacts(crsFacts(profile, { on, firstLanguage }), ruleset);
  if (declared)
    return { ...scoreWith(declared === 'fr' ? 'french' : 'english'), firstLanguageDeclared: true };
  const english = scoreWith('english');
  // With no valid French result both assignments give the same facts (facts.ts puts the language
  // that has a result first), so there is nothing to compare.
  if (!english.facts.french || !english.facts.english) return { ...english, firstLanguageDeclared: false };
  const french = scoreWith('french');
  return { ...(french.total > english.total ? french : english), firstLanguageDeclared: false };
}
