/**
 * The Federal Skilled Worker selection grid: six factors out of 100, pass mark 67.
 * Source: IRPR ss.76–83 (https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html
 */
import { completedYears, type IsoDate } from '../_lib/dates.js';
import { hasCanadianStudyOfTwoYears, highestLevel, recognizedCredentials } from '../education.js';
import {
  completedWorkYears,
  type ExperienceWindow,
  isCanadianExperience,
  isSkilled,
  lookbackWindow,
  meetsMonths,
  summarizeExperience,
} from '../experience/index.js';
import { type LanguageLevels, languageLevels } from '../language/levels.js';
import { abilities, type OfficialLanguage } from '../language/tables.js';
import type { Profile } from '../profile/schema.js';
import { allFour, meetsLevels } from './language.js';
import {
  ADAPTABILITY_POINTS,
  type AdaptabilityElement,
  ARRANGED_EMPLOYMENT_POINTS,
  FSW_EDUCATION_POINTS,
  FSW_FACTOR_MAXIMA,
  FSW_PASS_MARK,
  type FswFactor,
  firstLanguagePointsPerAbility,
  fswAgePoints,
  fswExperiencePoints,
  SECOND_LANGUAGE_MIN_LEVEL,
  SECOND_LANGUAGE_POINTS,
} from './tables.js';
import type { GridFactor, GridPoints } from './types.js';

/** IRPR 75(2)(a), 80(1): work experience counts within the 10 years before applying. */
export const FSW_LOOKBACK_YEARS = 10;

/** Past work in Canada (IRPR 83(1)(c), 83(1)(d)) has no time limit: count from this day. */
const ALL_TIME_FROM: IsoDate = '1900-01-01';

/** A grid factor, with the adaptability elements that earned its points. */
export interface FswGridFactor extends GridFactor {
  readonly factor: FswFactor;
  /** Adaptability only: the elements found, before the cap of 10. */
  readonly elements?: readonly AdaptabilityElement[];
}

export interface FswGrid extends GridPoints {
  readonly factors: readonly FswGridFactor[];
}

/** The other official language. @example otherLanguage('english') //=> 'french' */
export function otherLanguage(language: OfficialLanguage): OfficialLanguage {
  return language === 'english' ? 'french' : 'english';
}

/**
 * True when the profile's job offer is arranged employment under IRPR 82: a TEER 0–3 occupation.
 * @example hasArrangedEmployment({ jobOffer: { noc: '64100', lmia: true } }) //=> false (TEER 4)
 */
export function hasArrangedEmployment(profile: Pick<Profile, 'jobOffer'>): boolean {
  return profile.jobOffer !== null && isSkilled(profile.jobOffer.noc);
}

/**
 * The six factors of the FSW grid on `on`, with `firstLanguage` as the first official language.
 * Every factor is scored even when a minimum requirement fails, so a candidate sees the whole grid.
 *
 * - Language (IRPR 79): per ability of the first language, CLB 9+ 6, CLB 8 5, CLB 7 4; the second
 *   language 4 when CLB 5+ in all four.
 * - Education (IRPR 78): the highest credential that is Canadian or has an ECA.
 * - Experience (IRPR 80): completed years of skilled (TEER 0–3) work in the 10 years before `on`.
 * - Age (IRPR 81): completed years on `on`.
 * - Arranged employment (IRPR 82): a job offer in a TEER 0–3 occupation.
 * - Adaptability (IRPR 83), capped at 10: an accompanying spouse's language (CLB 4+ in all four of
 *   English or French), past study in Canada of 2 years or more (own, spouse's), 12 months of
 *   skilled work in Canada (own; spouse's in any occupation), arranged employment, a relative in Canada.
 *
 * @example
 * // Born 1990-01-01, a foreign bachelor's with an ECA, NOC 21232 in India from 2021-08-01 to
 * // 2024-07-31, CLB L9 R9 W9 S8, single, no offer:
 * fswGrid(profile, { on: '2025-08-01', firstLanguage: 'english' })
 * //=> { total: 67, passMark: 67, factors: [
 * //     { factor: 'first-language', points: 23, max: 24 },    // 6 + 6 + 6 + 5
 * //     { factor: 'second-language', points: 0, max: 4 },
 * //     { factor: 'education', points: 21, max: 25 },
 * //     { factor: 'experience', points: 11, max: 15 },        // 36 months: 3 years
 * //     { factor: 'age', points: 12, max: 12 },               // 35
 * //     { factor: 'arranged-employment', points: 0, max: 10 },
 * //     { factor: 'adaptability', points: 0, max: 10, elements: [] } ] }
 */
export function fswGrid(
  profile: Profile,
  { on, firstLanguage }: { on: IsoDate; firstLanguage: OfficialLanguage },
): FswGrid {
  const levels = languageLevels(profile.languageTests, { on });
  const arranged = hasArrangedEmployment(profile);
  const factors: FswGridFactor[] = [
    factor('first-language', firstLanguagePoints(levels, firstLanguage)),
    factor('second-language', secondLanguagePoints(levels, otherLanguage(firstLanguage))),
    factor('education', educationPoints(profile, on)),
    factor('experience', experiencePoints(profile, on)),
    factor('age', fswAgePoints(completedYears(profile.birthDate, on))),
    factor('arranged-employment', arranged ? ARRANGED_EMPLOYMENT_POINTS : 0),
    adaptability(adaptabilityElements(profile, on, arranged)),
  ];
  return { total: factors.reduce((sum, row) => sum + row.points, 0), passMark: FSW_PASS_MARK, factors };
}

function factor(name: FswFactor, points: number): FswGridFactor {
  return { factor: name, points, max: FSW_FACTOR_MAXIMA[name] };
}

function firstLanguagePoints(levels: LanguageLevels, language: OfficialLanguage): number {
  const result = levels[language];
  if (!result) return 0;
  return abilities.reduce((sum, ability) => sum + firstLanguagePointsPerAbility(result.levels[ability]), 0);
}

function secondLanguagePoints(levels: LanguageLevels, language: OfficialLanguage): number {
  const result = levels[language];
  return result && meetsLevels(result.levels, allFour(SECOND_LANGUAGE_MIN_LEVEL))
    ? SECOND_LANGUAGE_POINTS
    : 0;
}

function educationPoints(profile: Profile, on: IsoDate): number {
  const level = highestLevel(recognizedCredentials(profile.education, on));
  return level === null ? 0 : FSW_EDUCATION_POINTS[level];
}

function experiencePoints(profile: Profile, on: IsoDate): number {
  const { months } = summarizeExperience(profile.work, lookbackWindow(on, FSW_LOOKBACK_YEARS), (job) =>
    isSkilled(job.noc),
  );
  return fswExperiencePoints(completedWorkYears(months));
}

/**
 * The adaptability elements present on `on`, in the order IRPR 83(1) lists them. The spouse's
 * elements count only for a spouse or partner who accompanies the candidate and is not already a
 * Canadian citizen or permanent resident (IRPR 83(1) speaks of the "accompanying" spouse).
 * @example
 * adaptabilityElements({ ...profile, siblingInCanada: true, jobOffer: { noc: '21232', lmia: true } }, '2025-08-01')
 * //=> ['arranged-employment', 'relative-in-canada'] (5 + 5 = 10 points)
 */
export function adaptabilityElements(
  profile: Profile,
  on: IsoDate,
  arranged = hasArrangedEmployment(profile),
): AdaptabilityElement[] {
  const elements: AdaptabilityElement[] = [];
  const spouse = profile.spouse?.accompanying && !profile.spouse.canadianCitizenOrPR ? profile.spouse : null;
  const allTime: ExperienceWindow = { from: ALL_TIME_FROM, to: on };
  if (spouse) {
    const spouseLevels = languageLevels(spouse.languageTests, { on });
    const atFour = [spouseLevels.english, spouseLevels.french].some(
      (result) => result !== null && meetsLevels(result.levels, allFour(4)),
    );
    if (atFour) elements.push('spouse-language');
  }
  if (hasCanadianStudyOfTwoYears(profile.education, on)) elements.push('own-canadian-study');
  if (spouse && hasCanadianStudyOfTwoYears(spouse.education, on)) elements.push('spouse-canadian-study');
  const ownCanadian = summarizeExperience(
    profile.work,
    allTime,
    (job) => isCanadianExperience(job) && isSkilled(job.noc),
  ).months;
  if (meetsMonths(ownCanadian, 12)) elements.push('own-canadian-work');
  if (spouse && meetsMonths(summarizeExperience(spouse.work, allTime, isCanadianExperience).months, 12)) {
    elements.push('spouse-canadian-work');
  }
  if (arranged) elements.push('arranged-employment');
  if (profile.siblingInCanada) elements.push('relative-in-canada');
  return elements;
}

function adaptability(elements: AdaptabilityElement[]): FswGridFactor {
  const max = FSW_FACTOR_MAXIMA.adaptability;
  const points = Math.min(
    max,
    elements.reduce((sum, element) => sum + ADAPTABILITY_POINTS[element], 0),
  );
  return { factor: 'adaptability', points, max, elements };
}
