/**
 * The one call every surface makes: a profile on a date, assessed in full. Age, language levels,
 * experience, the CRS with its breakdown, the three programs and the categories, with the rule
 * sets used. Surfaces render this object; none recomputes a rule.
 */
import { completedYears, type IsoDate } from './_lib/dates.js';
import { type CategoryResult, categoryEligibility } from './categories/eligibility.js';
import type { CategorySet } from './categories/types.js';
import { type CrsScore, crsScore } from './crs/score.js';
import {
  type ExperienceTotal,
  experienceByNoc,
  experienceProfile,
  isCanadianExperience,
  lookbackWindow,
} from './experience/index.js';
import { type LanguageLevels, languageLevels } from './language/levels.js';
import type { Profile } from './profile/schema.js';
import { type ProgramEligibility, programEligibility } from './programs/index.js';
import type { Reason } from './reasons.js';

/** Experience in one NOC unit group over the last 3 years (the category window). */
export interface OccupationExperience {
  readonly noc: string;
  readonly months: number;
  readonly longestContinuousMonths: number;
  readonly canadianMonths: number;
}

export interface Assessment {
  readonly on: IsoDate;
  /** The rule sets used, e.g. `{ crs: 'crs@2025-03-25', categories: 'categories@2026' }`. */
  readonly ruleset: { readonly crs: string; readonly categories: string | null };
  readonly age: number;
  readonly languages: LanguageLevels;
  readonly experience: {
    readonly skilledCanadian: ExperienceTotal;
    readonly skilledForeign: ExperienceTotal;
    /** Per NOC over the 3 years before `on`, most months first. */
    readonly lastThreeYears: readonly OccupationExperience[];
  };
  readonly crs: CrsScore;
  readonly programs: ProgramEligibility;
  readonly eligibleForAProgram: boolean;
  readonly categories: readonly CategoryResult[];
  /** Notices about the assessment itself (rules not confirmed for the date, expired tests). */
  readonly reasons: readonly Reason[];
}

/**
 * Assesses a profile on `on` against the CRS rule set and the category set in force that day.
 * @example assess(profile, { on: '2026-06-01', sets }).crs.total //=> 478
 */
export function assess(
  profile: Profile,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): Assessment {
  const languages = languageLevels(profile.languageTests, { on });
  const experience = experienceProfile(profile.work, { on });
  const crs = crsScore(profile, { on });
  const programs = programEligibility(profile, { on });
  const categories = categoryEligibility(profile, { on, sets });
  const window = lookbackWindow(on, 3);
  const canadian = experienceByNoc(profile.work, window, isCanadianExperience);
  const lastThreeYears = [...experienceByNoc(profile.work, window)]
    .map(([noc, summary]) => ({
      noc,
      months: summary.months,
      longestContinuousMonths: summary.longestContinuousMonths,
      canadianMonths: canadian.get(noc)?.months ?? 0,
    }))
    .sort((a, b) => b.months - a.months);
  const expiredTests: Reason[] = languages.expired.map((test) => ({
    code: 'language.expired',
    met: false,
    language: test.language,
    test: test.test,
    have: { validUntil: test.validUntil },
  }));
  return {
    on,
    ruleset: { crs: crs.ruleset, categories: categories.ruleset },
    age: completedYears(profile.birthDate, on),
    languages,
    experience: {
      skilledCanadian: experience.skilledCanadian,
      skilledForeign: experience.skilledForeign,
      lastThreeYears,
    },
    crs,
    programs,
    eligibleForAProgram: programs.fsw.eligible || programs.cec.eligible || programs.fst.eligible,
    categories: categories.categories,
    reasons: [...crs.warnings, ...expiredTests],
  };
}
