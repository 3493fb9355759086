/**
 * What-if: the single changes that would gain the most CRS points or open a category or a
 * program, ranked. Every suggestion applies ONE change to a copy of the profile and re-runs the
 * rules themselves — `crsScore`, `categoryEligibility`, `programEligibility` — on the same date;
 * no rule is recomputed here. Only the birthday deadline looks at another date.
 *
 * Changes tried, in this order (the order breaks ties in the ranking):
 * 1. the first official language one level higher in each ability, and CLB 9 / CLB 10 in all
 *    four (or, without a valid first-language test, a test at CLB 7 / CLB 9);
 * 2. the other official language at NCLC/CLB 7 and at 5, when there is no valid result in it;
 * 3. one more completed year of skilled Canadian work (work-change.ts says which job);
 * 4. an ECA for a foreign credential without one; the next education level; a Canadian
 *    credential of 2 and of 3 years when no Canadian study earns points;
 * 5. a provincial nomination issued on `on`;
 * 6. the spouse or partner as principal applicant (scored with spouse only; without the
 *    spouse's birth date, a notice instead of a guess);
 * 7. the next birthday, when it lowers the age points: a deadline.
 *
 * Ranking, kept simple to explain: most CRS points first; on equal points, the one that opens
 * more categories and programs; then the order above. Points come first because the CRS ranks
 * every round, category rounds included, while whether an opened category's cut-off is within
 * reach is not known here. A change that neither gains points nor opens anything is dropped.
 * The notice and the deadline are not changes to make: they come last, the deadline at the end.
 *
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import { addDays, type IsoDate } from '../_lib/dates.js';
import { categoryEligibility } from '../categories/eligibility.js';
import type { CategorySet } from '../categories/types.js';
import { type CrsScore, crsScore } from '../crs/score.js';
import type { Profile } from '../profile/schema.js';
import { programEligibility } from '../programs/index.js';
import type { ProgramName } from '../programs/types.js';
import { nextBirthday } from './birthday.js';
import { educationChanges } from './education-changes.js';
import { firstLanguageChanges, secondLanguageChanges } from './language-changes.js';
import { spouseAsPrincipal } from './spouse-swap.js';
import type { ProposedChange, WhatIfResult, WhatIfSuggestion } from './types.js';
import { canadianWorkYearChange } from './work-change.js';

/** The CRS score and what is open, for one profile on one date. */
interface Outcome {
  readonly score: CrsScore;
  readonly categories: ReadonlySet<string>;
  readonly programs: ReadonlySet<ProgramName>;
}

function assess(profile: Profile, on: IsoDate, sets: readonly CategorySet[]): Outcome {
  const programs = programEligibility(profile, { on });
  return {
    score: crsScore(profile, { on }),
    categories: new Set(
      categoryEligibility(profile, { on, sets })
        .categories.filter((category) => category.eligible)
        .map((category) => category.version),
    ),
    programs: new Set(
      [programs.fsw, programs.cec, programs.fst].filter((p) => p.eligible).map((p) => p.program),
    ),
  };
}

function opened(before: Outcome, after: Outcome): WhatIfSuggestion['opens'] {
  return {
    categories: [...after.categories].filter((version) => !before.categories.has(version)),
    programs: (['FSW', 'CEC', 'FST'] as const).filter(
      (program) => after.programs.has(program) && !before.programs.has(program),
    ),
  };
}

function openedCount(suggestion: WhatIfSuggestion): number {
  return suggestion.opens.categories.length + suggestion.opens.programs.length;
}

function agePoints(score: CrsScore): number {
  return score.factors.find((factor) => factor.factor === 'age')?.points ?? 0;
}

/** Every single change to try, in the order of the module comment (1–6). */
function proposedChanges(profile: Profile, on: IsoDate, current: CrsScore): ProposedChange[] {
  const { facts } = current;
  const second = facts.firstLanguage === 'english' ? facts.french : facts.english;
  const changes = [
    ...firstLanguageChanges(profile, { on, firstLanguage: facts.firstLanguage }),
    ...secondLanguageChanges(profile, { on, firstLanguage: facts.firstLanguage, hasSecond: second !== null }),
    ...canadianWorkYearChange(profile, { on }),
    ...educationChanges(profile, { on, education: facts.education, canadianStudy: facts.canadianStudy }),
  ];
  if (!facts.provincialNomination) {
    changes.push({
      code: 'whatif.provincial-nomination',
      change: { issued: on },
      // Any province or territory: the 600 points do not depend on which (§D). A nomination
      // dated after `on` is brought forward; without one, Ontario stands in for any.
      profile: {
        ...profile,
        provincialNomination: { province: profile.provincialNomination?.province ?? 'ON', issued: on },
      },
    });
  }
  const spouse = profile.spouse;
  if (current.withSpouse && spouse?.birthDate !== undefined) {
    changes.push({
      code: 'whatif.spouse-principal',
      change: { birthDate: spouse.birthDate },
      profile: spouseAsPrincipal(profile, { ...spouse, birthDate: spouse.birthDate }),
    });
  }
  return changes;
}

/** Change 7: the next birthday, scored against the day before it, when it costs age points. */
function birthdayDeadline(
  profile: Profile,
  on: IsoDate,
  sets: readonly CategorySet[],
): WhatIfSuggestion | null {
  const birthday = nextBirthday(profile.birthDate, on);
  const before = assess(profile, addDays(birthday, -1), sets);
  const after = assess(profile, birthday, sets);
  if (agePoints(after.score) >= agePoints(before.score)) return null;
  return {
    code: 'whatif.birthday-deadline',
    change: { birthday, fromAge: before.score.facts.age, toAge: after.score.facts.age },
    crsGain: after.score.total - before.score.total,
    newTotal: after.score.total,
    opens: opened(before, after),
    deadline: birthday,
  };
}

/** Most points first, then most opened, then the order tried (the sort is stable). */
function byRank(a: WhatIfSuggestion, b: WhatIfSuggestion): number {
  return b.crsGain - a.crsGain || openedCount(b) - openedCount(a);
}

/**
 * The single changes that would raise the CRS total of `profile` on `on` or open a category
 * (of the set in force in `sets`) or a program, ranked as the module comment says, with the
 * next-birthday deadline last.
 * @example
 * // Born 1996-03-15 (29), no spouse, a foreign master's with an ECA, English CLB 9 in all four
 * // (2025-01-15), no work: 110 + 135 + 124 + 50 (C) = 419.
 * const result = whatIf(profile, { on: '2025-09-01', sets: bundledCategorySets() });
 * result.currentTotal //=> 419
 * result.suggestions.map((s) => [s.code, s.crsGain])
 * //=> [['whatif.provincial-nomination', 600], ['whatif.second-language', 62], ['whatif.canadian-study', 30],
 * //    ['whatif.education-level', 15], ['whatif.canadian-study', 15], ['whatif.language-all', 12],
 * //    ['whatif.second-language', 4], ['whatif.language-band', 3], … (×4),
 * //    ['whatif.birthday-deadline', -5]]
 * result.suggestions[1]?.opens //=> { categories: ['french-language-proficiency@2025'], programs: [] }
 */
export function whatIf(
  profile: Profile,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): WhatIfResult {
  const current = assess(profile, on, sets);
  const suggestions: WhatIfSuggestion[] = [];
  for (const { code, change, profile: changed } of proposedChanges(profile, on, current.score)) {
    const after = assess(changed, on, sets);
    const suggestion = {
      code,
      change,
      crsGain: after.score.total - current.score.total,
      newTotal: after.score.total,
      opens: opened(current, after),
    };
    if (suggestion.crsGain > 0 || openedCount(suggestion) > 0) suggestions.push(suggestion);
  }
  const ranked = suggestions.toSorted(byRank);
  if (current.score.withSpouse && profile.spouse?.birthDate === undefined) {
    ranked.push({
      code: 'whatif.spouse-principal-needs-birth-date',
      change: {},
      crsGain: 0,
      newTotal: current.score.total,
      opens: { categories: [], programs: [] },
    });
  }
  const deadline = birthdayDeadline(profile, on, sets);
  if (deadline) ranked.push(deadline);
  return { on, currentTotal: current.score.total, ruleset: current.score.ruleset, suggestions: ranked };
}
