/**
 * The CRS rule sets, side by side, each in force from its date until the next. A released set
 * is never edited: a change of rule is a new set (crs-rules.md §F records the history).
 */
import { addDays, type IsoDate } from '../_lib/dates.js';
import { age } from './factors/age.js';
import {
  ARRANGED_EMPLOYMENT_2015,
  ARRANGED_EMPLOYMENT_2016,
  arrangedEmployment,
} from './factors/arranged-employment.js';
import { CANADIAN_STUDY_POINTS_2016, canadianStudyPoints } from './factors/canadian-study.js';
import { canadianWorkExperience } from './factors/canadian-work.js';
import { educationLevel } from './factors/education.js';
import { firstOfficialLanguage } from './factors/first-language.js';
import { FRENCH_POINTS_2017, FRENCH_POINTS_2020, frenchLanguageSkills } from './factors/french.js';
import { provincialNomination } from './factors/provincial-nomination.js';
import { secondOfficialLanguage } from './factors/second-language.js';
import { siblingInCanada } from './factors/sibling.js';
import { spouseCanadianWork } from './factors/spouse-canadian-work.js';
import { spouseEducation } from './factors/spouse-education.js';
import { spouseLanguage } from './factors/spouse-language.js';
import { transferabilityCertificate } from './factors/transferability-certificate.js';
import { transferabilityEducation } from './factors/transferability-education.js';
import { transferabilityForeignWork } from './factors/transferability-foreign-work.js';
import type { CrsRuleset, Factor } from './types.js';

/** Sections A, B and C have not changed since 2015. */
const CORE_SPOUSE_AND_TRANSFERABILITY: readonly Factor[] = [
  age,
  educationLevel,
  firstOfficialLanguage,
  secondOfficialLanguage,
  canadianWorkExperience,
  spouseEducation,
  spouseLanguage,
  spouseCanadianWork,
  transferabilityEducation,
  transferabilityForeignWork,
  transferabilityCertificate,
];

const CRS_CRITERIA =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html';
const MI =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system';

/**
 * The tables of the current set were last confirmed against IRCC's criteria page on this day
 * (crs-rules.md, "Status" and §G: an unconfirmed high-wage-occupation factor is reported from
 * 2026-11-03). A score for a later date says so.
 */
export const CURRENT_RULES_CONFIRMED_THROUGH: IsoDate = '2026-07-31';

const definitions: Array<Omit<CrsRuleset, 'confirmedThrough'>> = [
  {
    id: 'crs@2015-01-01',
    effectiveFrom: '2015-01-01',
    change: 'Express Entry launched: 600 points for a provincial nomination or an LMIA-supported job offer.',
    source: `${MI}/current.html`,
    factors: [
      ...CORE_SPOUSE_AND_TRANSFERABILITY,
      provincialNomination,
      arrangedEmployment(ARRANGED_EMPLOYMENT_2015),
    ],
  },
  {
    id: 'crs@2016-11-19',
    effectiveFrom: '2016-11-19',
    change:
      'Arranged employment cut to 200 (major group 00) and 50 points; Canadian study points 15/30 added.',
    source: `${MI}/30-may-2015-18-november-2016.html`,
    factors: [
      ...CORE_SPOUSE_AND_TRANSFERABILITY,
      provincialNomination,
      arrangedEmployment(ARRANGED_EMPLOYMENT_2016),
      canadianStudyPoints(CANADIAN_STUDY_POINTS_2016),
    ],
  },
  {
    id: 'crs@2017-06-06',
    effectiveFrom: '2017-06-06',
    change: 'MI 2017-1: a sibling in Canada earns 15 points; French-language skills earn 15 or 30.',
    source: `${MI}/amending-express-entry-system-2017.html`,
    factors: [
      ...CORE_SPOUSE_AND_TRANSFERABILITY,
      provincialNomination,
      arrangedEmployment(ARRANGED_EMPLOYMENT_2016),
      canadianStudyPoints(CANADIAN_STUDY_POINTS_2016),
      siblingInCanada,
      frenchLanguageSkills(FRENCH_POINTS_2017),
    ],
  },
  {
    id: 'crs@2020-10-27',
    effectiveFrom: '2020-10-27',
    change: 'French-language skills raised from 15/30 to 25/50 points.',
    source: CRS_CRITERIA,
    factors: [
      ...CORE_SPOUSE_AND_TRANSFERABILITY,
      provincialNomination,
      arrangedEmployment(ARRANGED_EMPLOYMENT_2016),
      canadianStudyPoints(CANADIAN_STUDY_POINTS_2016),
      siblingInCanada,
      frenchLanguageSkills(FRENCH_POINTS_2020),
    ],
  },
  {
    id: 'crs@2025-03-25',
    effectiveFrom: '2025-03-25',
    change: 'Arranged-employment (job offer) points removed for every candidate in the pool.',
    source: CRS_CRITERIA,
    factors: [
      ...CORE_SPOUSE_AND_TRANSFERABILITY,
      provincialNomination,
      canadianStudyPoints(CANADIAN_STUDY_POINTS_2016),
      siblingInCanada,
      frenchLanguageSkills(FRENCH_POINTS_2020),
    ],
  },
];

/** Every CRS rule set, oldest first; each set's period is confirmed up to the next one's start. */
export const CRS_RULESETS: readonly CrsRuleset[] = definitions.map((set, index) => {
  const next = definitions[index + 1];
  return {
    ...set,
    confirmedThrough: next ? addDays(next.effectiveFrom, -1) : CURRENT_RULES_CONFIRMED_THROUGH,
  };
});

/**
 * The rule set in force on `on`; before 2015-01-01 (no Express Entry) the first one.
 * @example crsRulesetOn('2025-03-24').id //=> 'crs@2020-10-27'
 */
export function crsRulesetOn(on: IsoDate, rulesets: readonly CrsRuleset[] = CRS_RULESETS): CrsRuleset {
  let found = rulesets[0] as CrsRuleset;
  for (const set of rulesets) if (set.effectiveFrom <= on) found = set;
  return found;
}
