/**
 * What skill transferability rows C1 and C2 share (crs-rules.md §C): the first-language tier,
 * the Canadian-work column, and two rows scored under one cap.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import type { AbilityLevels } from '../../../language/convert.js';
import { abilities } from '../../../language/tables.js';
import type { FactorScore } from '../../types.js';

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
