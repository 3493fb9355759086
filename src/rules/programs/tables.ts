/**
 * The figures of the three Express Entry programs as dated data: the Federal Skilled Worker
 * selection grid (IRPR ss.78–83), the proof-of-funds tables and the eligible skilled trades.
 *
 * Sources:
 * - FSW six selection factors: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html
 * - Proof of funds: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html
 * - Eligible trades: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/skilled-trades.html
 * - Immigration and Refugee Protection Regulations, SOR/2002-227: https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/
 *
 * Released data: a new funds table is a new entry with its own date, never an edit of an old one.
 */
import type { IsoDate } from '../_lib/dates.js';
import type { EducationLevel } from '../profile/schema.js';

/** IRPR 76(2): the FSW pass mark, out of 100. */
export const FSW_PASS_MARK = 67;

/** The grid's factors, in the order IRPR ss.79–83 list them, with their maxima (sum 100). */
export const FSW_FACTOR_MAXIMA = {
  'first-language': 24,
  'second-language': 4,
  education: 25,
  experience: 15,
  age: 12,
  'arranged-employment': 10,
  adaptability: 10,
} as const;

export type FswFactor = keyof typeof FSW_FACTOR_MAXIMA;

/**
 * IRPR 79(2): points per ability in the first official language, by CLB/NCLC level. Below CLB 7
 * gives nothing (and fails the minimum of IRPR 75(2)(d) anyway).
 * @example firstLanguagePointsPerAbility(8) //=> 5
 */
export function firstLanguagePointsPerAbility(level: number): number {
  if (level >= 9) return 6;
  if (level === 8) return 5;
  if (level === 7) return 4;
  return 0;
}

/** IRPR 79(3): 4 points for CLB/NCLC 5 or higher in all four abilities of the second language. */
export const SECOND_LANGUAGE_POINTS = 4;
export const SECOND_LANGUAGE_MIN_LEVEL = 5;

/** IRPR 78(2): points by the highest recognized credential. */
export const FSW_EDUCATION_POINTS: Readonly<Record<EducationLevel, number>> = {
  'less-than-secondary': 0,
  secondary: 5,
  'one-year-post-secondary': 15,
  'two-year-post-secondary': 19,
  bachelors: 21,
  'two-or-more': 22,
  masters: 23,
  doctoral: 25,
};

/**
 * IRPR 80(1): points by completed years of skilled work within the 10 years before applying.
 * @example fswExperiencePoints(3) //=> 11
 */
export function fswExperiencePoints(years: number): number {
  if (years >= 6) return 15;
  if (years >= 4) return 13;
  if (years >= 2) return 11;
  if (years >= 1) return 9;
  return 0;
}

/**
 * IRPR 81: points by age in completed years: 12 from 18 to 35, one less each year from 36, none
 * under 18 or from 47.
 * @example fswAgePoints(36) //=> 11
 */
export function fswAgePoints(age: number): number {
  if (age < 18) return 0;
  if (age <= 35) return 12;
  return Math.max(0, 12 - (age - 35));
}

/** IRPR 82(2): arranged employment in a TEER 0–3 occupation. */
export const ARRANGED_EMPLOYMENT_POINTS = 10;

/** IRPR 83(1): adaptability points per element; the sum is capped at {@link FSW_FACTOR_MAXIMA}. */
export const ADAPTABILITY_POINTS = {
  'spouse-language': 5,
  'own-canadian-study': 5,
  'spouse-canadian-study': 5,
  'own-canadian-work': 10,
  'spouse-canadian-work': 5,
  'arranged-employment': 5,
  'relative-in-canada': 5,
} as const;

export type AdaptabilityElement = keyof typeof ADAPTABILITY_POINTS;

/** A proof-of-funds table: CAD required by number of family members, from a date. */
export interface FundsTable {
  /** The first day the figures apply. */
  readonly effectiveFrom: IsoDate;
  /** Funds for families of 1 to 7 members. */
  readonly upToSeven: readonly [number, number, number, number, number, number, number];
  /** Added for each member beyond seven. */
  readonly eachAdditional: number;
}

/**
 * IRCC's proof-of-funds figures (50% of the low-income cut-off, updated yearly), oldest first.
 * The 2025-07-07 update had to be reflected in profiles by 2025-07-28; the table applies from
 * its effective date.
 */
export const FUNDS_TABLES: readonly FundsTable[] = [
  {
    effectiveFrom: '2023-04-25',
    upToSeven: [13_757, 17_127, 21_055, 25_564, 28_994, 32_700, 36_407],
    eachAdditional: 3_706,
  },
  {
    effectiveFrom: '2024-05-28',
    upToSeven: [14_690, 18_288, 22_483, 27_297, 30_690, 34_917, 38_875],
    eachAdditional: 3_958,
  },
  {
    effectiveFrom: '2025-07-07',
    upToSeven: [15_263, 19_001, 23_360, 28_362, 32_168, 36_280, 40_392],
    eachAdditional: 4_112,
  },
];

/** Federal Skilled Trades: IRPR 87.2(1) and the NOC 2021 groups IRCC lists since 2022-11-16. */
export const SKILLED_TRADE_GROUPS = {
  /** Major groups (first two digits of the unit group). */
  majorGroups: ['72', '73', '82', '83', '92', '93'],
  /** Sub-major groups excluded from those major groups: transportation officers and controllers (726), aircraft assemblers and inspectors (932). */
  excludedSubMajorGroups: ['726', '932'],
  /** Minor group 6320: cooks, butchers and bakers. */
  minorGroups: ['6320'],
  /** Unit group 62200: chefs. */
  unitGroups: ['62200'],
} as const;
