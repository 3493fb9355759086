/**
 * CRS C1, skill transferability of education: education with first-language proficiency, and
 * education with Canadian work experience, 50 points at most for the two rows together
 * (crs-rules.md §C, §C1).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Skill transferability factors", "Education"); in the CRS since Express Entry opened on
 * 2015-01-01 (Ministerial Instructions respecting the Express Entry system, signed 2014-11-28:
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 *
 * The rows shared by C1 and C2 (the first-language tier, the Canadian-work column, the two rows
 * under one cap) are defined here once and imported by transferability-foreign-work.ts.
 */
import type { AbilityLevels } from '../../language/convert.js';
import { abilities } from '../../language/tables.js';
import type { EducationLevel } from '../../profile/schema.js';
import type { Factor, FactorScore } from '../types.js';

/**
 * The first official language on all four abilities, as skill transferability reads it (§C):
 * `CLB 9+` = every ability at CLB 9 or more; `CLB 7+` = every ability at CLB 7 or more and one
 * or more under 9; `below CLB 7` = an ability under 7, or no valid test. Only the first two pay.
 */
export type TransferabilityLanguageTier = 'below CLB 7' | 'CLB 7+' | 'CLB 9+';

/** The Canadian-work columns of C1 and C2: less than a year pays nothing. */
export type TransferabilityCanadianWork = '1 year' | '2 years or more';

/**
 * A two-row transferability table (C1, C2): points by the row's own tier, once against the
 * first-language tier and once against Canadian work, the two rows capped together.
 */
export interface TransferabilityTable<Tier extends string> {
  readonly withLanguage: Readonly<
    Record<Tier, Readonly<Record<Exclude<TransferabilityLanguageTier, 'below CLB 7'>, number>>>
  >;
  readonly withCanadianWork: Readonly<Record<Tier, Readonly<Record<TransferabilityCanadianWork, number>>>>;
  /** The most the two rows give together. */
  readonly cap: number;
}

/**
 * The lowest CLB/NCLC level of the four abilities; 0 without a valid test. "On all four
 * abilities" conditions are a test of this one number.
 * @example lowestLevel({ listening: 9, reading: 8, writing: 7, speaking: 9 }) //=> 7
 * @example lowestLevel(null) //=> 0
 */
export function lowestLevel(levels: AbilityLevels | null): number {
  return levels === null ? 0 : Math.min(...abilities.map((ability) => levels[ability]));
}

/**
 * The first-language tier of skill transferability (§C): CLB 9+ on all four, CLB 7+ on all four
 * with one or more under 9, or below CLB 7 (an ability under 7, or no valid test).
 * @example transferabilityLanguageTier({ listening: 9, reading: 9, writing: 8, speaking: 9 }) //=> 'CLB 7+'
 * @example transferabilityLanguageTier({ listening: 10, reading: 9, writing: 9, speaking: 9 }) //=> 'CLB 9+'
 * @example transferabilityLanguageTier({ listening: 9, reading: 9, writing: 6, speaking: 9 }) //=> 'below CLB 7'
 */
export function transferabilityLanguageTier(first: AbilityLevels | null): TransferabilityLanguageTier {
  const lowest = lowestLevel(first);
  if (lowest >= 9) return 'CLB 9+';
  if (lowest >= 7) return 'CLB 7+';
  return 'below CLB 7';
}

/**
 * The Canadian-work column of C1 and C2 for completed years of Canadian work (§E1), or null for
 * less than a year.
 * @example transferabilityCanadianWork(1) //=> '1 year'
 * @example transferabilityCanadianWork(3) //=> '2 years or more'
 * @example transferabilityCanadianWork(0) //=> null
 */
export function transferabilityCanadianWork(years: number): TransferabilityCanadianWork | null {
  if (years >= 2) return '2 years or more';
  if (years >= 1) return '1 year';
  return null;
}

type Row = Readonly<Record<string, Readonly<Record<string, number>>>>;
const rowMaxima = new WeakMap<Row, number>();

/** The most any cell of a row gives: the row's `max` (tables are constants: worked out once). */
function rowMax(row: Row): number {
  let max = rowMaxima.get(row);
  if (max === undefined) {
    max = Math.max(...Object.values(row).flatMap((cells) => Object.values(cells)));
    rowMaxima.set(row, max);
  }
  return max;
}

/**
 * Scores a two-row transferability factor (C1, C2): the `tier` row against the first-language
 * tier and against Canadian work, each row reported with its points and max, the sum capped at
 * `table.cap`.
 * @example
 * scoreTransferabilityRows(educationTransferabilityPoints, 'U', {
 *   first: { listening: 9, reading: 9, writing: 9, speaking: 9 }, canadianWorkYears: 2,
 *   rowNames: { language: 'education-language', canadianWork: 'education-canadian-work' } })
 * //=> { points: 50, languageTier: 'CLB 9+', rows: [
 * //     { row: 'education-language', points: 50, max: 50 },
 * //     { row: 'education-canadian-work', points: 50, max: 50 }] }
 */
export function scoreTransferabilityRows<Tier extends string>(
  table: TransferabilityTable<Tier>,
  tier: Tier,
  {
    first,
    canadianWorkYears,
    rowNames,
  }: {
    first: AbilityLevels | null;
    canadianWorkYears: number;
    rowNames: { readonly language: string; readonly canadianWork: string };
  },
): { points: number; languageTier: TransferabilityLanguageTier; rows: NonNullable<FactorScore['rows']> } {
  const languageTier = transferabilityLanguageTier(first);
  const canadianWork = transferabilityCanadianWork(canadianWorkYears);
  const withLanguage = languageTier === 'below CLB 7' ? 0 : table.withLanguage[tier][languageTier];
  const withCanadianWork = canadianWork === null ? 0 : table.withCanadianWork[tier][canadianWork];
  return {
    points: Math.min(table.cap, withLanguage + withCanadianWork),
    languageTier,
    rows: [
      { row: rowNames.language, points: withLanguage, max: rowMax(table.withLanguage) },
      { row: rowNames.canadianWork, points: withCanadianWork, max: rowMax(table.withCanadianWork) },
    ],
  };
}

/**
 * The education tiers of C1. `0`: secondary or less. `L`: a post-secondary credential of one
 * year or longer — a single bachelor's degree included. `U`: two or more post-secondary
 * credentials with one of three years or longer, a master's or entry-to-practice professional
 * degree, or a doctorate.
 */
export type EducationTier = '0' | 'L' | 'U';

/**
 * Each education level's C1 tier. A bachelor's is `L` (13/25), not `U`: IRCC's 2016 clarification
 * reserves 25/50 for master's, professional and doctoral degrees (crs-rules.md §C1 note; S3,
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/30-may-2015-18-november-2016.html),
 * and, per the criteria page, two or more credentials.
 */
export const educationTiers: Readonly<Record<EducationLevel, EducationTier>> = {
  'less-than-secondary': '0',
  secondary: '0',
  'one-year-post-secondary': 'L',
  'two-year-post-secondary': 'L',
  bachelors: 'L',
  'two-or-more': 'U',
  masters: 'U',
  doctoral: 'U',
};

/** Table C1: education with first-language proficiency and with Canadian work; cap 50. */
export const educationTransferabilityPoints: TransferabilityTable<EducationTier> = {
  withLanguage: {
    '0': { 'CLB 7+': 0, 'CLB 9+': 0 },
    L: { 'CLB 7+': 13, 'CLB 9+': 25 },
    U: { 'CLB 7+': 25, 'CLB 9+': 50 },
  },
  withCanadianWork: {
    '0': { '1 year': 0, '2 years or more': 0 },
    L: { '1 year': 13, '2 years or more': 25 },
    U: { '1 year': 25, '2 years or more': 50 },
  },
  cap: 50,
};

/**
 * CRS C1: education × first-language tier plus education × Canadian work, capped at 50. No
 * recognized credential is tier 0.
 * @example transferabilityEducation(facts({ education: 'masters', first: allAt(9), canadianWorkYears: 2 }))
 * //=> { factor: 'transferability-education', section: 'C', points: 50, max: 50,
 * //     facts: { education: 'masters', tier: 'U', languageTier: 'CLB 9+', canadianWorkYears: 2 },
 * //     rows: [{ row: 'education-language', points: 50, max: 50 },
 * //            { row: 'education-canadian-work', points: 50, max: 50 }] }
 * @example transferabilityEducation(facts({ education: 'bachelors', first: allAt(9), canadianWorkYears: 1 })).points
 * //=> 38 (25 + 13)
 */
export const transferabilityEducation: Factor = (facts) => {
  const tier = facts.education === null ? '0' : educationTiers[facts.education];
  const { points, languageTier, rows } = scoreTransferabilityRows(educationTransferabilityPoints, tier, {
    first: facts.first,
    canadianWorkYears: facts.canadianWorkYears,
    rowNames: { language: 'education-language', canadianWork: 'education-canadian-work' },
  });
  return {
    factor: 'transferability-education',
    section: 'C',
    points,
    max: educationTransferabilityPoints.cap,
    facts: { education: facts.education, tier, languageTier, canadianWorkYears: facts.canadianWorkYears },
    rows,
  };
};
