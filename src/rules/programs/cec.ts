/**
 * Canadian Experience Class (CEC): the minimum requirements on a date.
 * Source: IRPR 87.1 (https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/canadian-experience-class.html
 *
 * 1. Canadian skilled work: 12 FTE months (1,560 hours) of TEER 0–3 work in Canada in the 3 years
 *    before `on`, in one or more occupations, not necessarily continuous. Self-employment does not
 *    count (IRPR 87.1(3)(b)). Work while a full-time student does not count either; the profile
 *    does not record student status, so that exclusion is left to the candidate.
 * 2. Language: CLB/NCLC 7 in all four abilities of the first official language when the qualifying
 *    experience is TEER 0 or 1, CLB/NCLC 5 when it is TEER 2 or 3.
 * No education and no proof of funds are required.
 *
 * Mixed experience: the TEER 2/3 threshold of CLB 5 applies only when the TEER 2 and 3 months
 * reach 12 on their own; otherwise some TEER 0/1 months are needed to qualify, so CLB 7 applies.
 * Thus the candidate qualifies with CLB 7 when all skilled months reach 12 (TEER 0/1 months alone
 * reaching 12 included), or with CLB 5 when the TEER 2/3 months alone reach 12. A candidate with no
 * TEER 0/1 months at all is held to CLB 5 even while the experience falls short.
 */
import type { IsoDate } from '../_lib/dates.js';
import {
  type ExperienceWindow,
  isCanadianExperience,
  isSkilled,
  lookbackWindow,
  meetsMonths,
  summarizeExperience,
  teerOf,
} from '../experience/index.js';
import { languageLevels } from '../language/levels.js';
import type { Profile, WorkPeriod } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import { allFour, languageReason } from './language.js';
import { shownMonths } from './months.js';
import type { ProgramContext, ProgramResult } from './types.js';

/** IRPR 87.1(2)(a): work within the 3 years before applying. */
export const CEC_LOOKBACK_YEARS = 3;
/** IRPR 87.1(2)(a): one year of full-time work (or the equal part-time amount). */
export const CEC_MIN_MONTHS = 12;
/** The Minister's thresholds: CLB 7 for TEER 0/1 experience, CLB 5 for TEER 2/3. */
export const CEC_LANGUAGE_LEVEL_TEER_0_1 = 7;
export const CEC_LANGUAGE_LEVEL_TEER_2_3 = 5;

/** Skilled Canadian months in the window, in all and split by TEER. */
export interface CecExperience {
  readonly window: ExperienceWindow;
  readonly months: number;
  readonly monthsTeer0And1: number;
  readonly monthsTeer2And3: number;
}

/**
 * Skilled (TEER 0–3) Canadian work, not self-employed, in the 3 years before `on`.
 * @example
 * cecExperience([{ noc: '21232', country: 'CA', start: '2023-01-01', end: '2023-12-31', hoursPerWeek: 40, selfEmployed: false }], '2025-06-01')
 * //=> { window: { from: '2022-06-01', to: '2025-06-01' }, months: 12, monthsTeer0And1: 12, monthsTeer2And3: 0 }
 */
export function cecExperience(work: readonly WorkPeriod[], on: IsoDate): CecExperience {
  const window = lookbackWindow(on, CEC_LOOKBACK_YEARS);
  const counts = (job: WorkPeriod) => isCanadianExperience(job) && isSkilled(job.noc);
  const months = (where: (job: WorkPeriod) => boolean) => summarizeExperience(work, window, where).months;
  return {
    window,
    months: months(counts),
    monthsTeer0And1: months((job) => counts(job) && teerOf(job.noc) <= 1),
    monthsTeer2And3: months((job) => counts(job) && teerOf(job.noc) >= 2),
  };
}

/**
 * The CLB/NCLC level asked in all four abilities for this experience (see the module comment):
 * 5 when the TEER 2/3 months reach 12 on their own or there are no TEER 0/1 months, else 7.
 * @example cecLanguageLevel({ monthsTeer0And1: 6, monthsTeer2And3: 6 }) //=> 7
 */
export function cecLanguageLevel(
  experience: Pick<CecExperience, 'monthsTeer0And1' | 'monthsTeer2And3'>,
): number {
  const teer2And3Alone = meetsMonths(experience.monthsTeer2And3, CEC_MIN_MONTHS);
  return teer2And3Alone || experience.monthsTeer0And1 <= 0
    ? CEC_LANGUAGE_LEVEL_TEER_2_3
    : CEC_LANGUAGE_LEVEL_TEER_0_1;
}

/**
 * The CEC minimum requirements on `on`: experience and language, one reason each.
 * @example
 * // NOC 22310 (TEER 2) in Canada from 2024-08-01 to 2025-07-31 (12 months), CLB 5 in all four:
 * cecEligibility(profile, { on: '2025-08-01', firstLanguage: 'english' })
 * //=> { program: 'CEC', eligible: true, reasons: [
 * //     { code: 'cec.experience.met', have: { months: 12, monthsTeer0And1: 0, monthsTeer2And3: 12 }, … },
 * //     { code: 'cec.language.met', need: { listening: 5, reading: 5, writing: 5, speaking: 5 }, … } ] }
 */
export function cecEligibility(profile: Profile, { on, firstLanguage }: ProgramContext): ProgramResult {
  const experience = cecExperience(profile.work, on);
  const level = cecLanguageLevel(experience);
  const reasons: Reason[] = [
    experienceReason(experience),
    languageReason('cec', languageLevels(profile.languageTests, { on }), firstLanguage, allFour(level)),
  ];
  return { program: 'CEC', eligible: reasons.every((reason) => reason.met), reasons };
}

function experienceReason(experience: CecExperience): Reason {
  const window = [experience.window.from, experience.window.to] as const;
  const need = { months: CEC_MIN_MONTHS, continuous: false, location: 'canada-only' };
  if (experience.months <= 0) return { code: 'cec.experience.none', met: false, need, window };
  const met = meetsMonths(experience.months, CEC_MIN_MONTHS);
  return {
    code: met ? 'cec.experience.met' : 'cec.experience.too-short',
    met,
    have: {
      months: shownMonths(experience.months),
      monthsTeer0And1: shownMonths(experience.monthsTeer0And1),
      monthsTeer2And3: shownMonths(experience.monthsTeer2And3),
    },
    need,
    window,
  };
}
