/**
 * CRS B3, spouse's or common-law partner's Canadian work experience: points by the accompanying
 * partner's completed years of skilled Canadian work, only when scored with spouse
 * (crs-rules.md §A0, §B, §E1).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Spouse or common-law partner factors", "Canadian work experience").
 */
import type { Factor } from '../types.js';

/** One row of table B3: `fromYears` completed years or more (up to the next row) and its points. */
export interface SpouseCanadianWorkRow {
  readonly fromYears: number;
  readonly points: number;
}

/** Table B3, most years first; none or less than a year earns 0. */
export const spouseCanadianWorkPoints: readonly SpouseCanadianWorkRow[] = [
  { fromYears: 5, points: 10 },
  { fromYears: 4, points: 9 },
  { fromYears: 3, points: 8 },
  { fromYears: 2, points: 7 },
  { fromYears: 1, points: 5 },
];

const SPOUSE_CANADIAN_WORK_MAX = Math.max(...spouseCanadianWorkPoints.map((row) => row.points));

/**
 * CRS B3: points for the spouse's completed years of skilled Canadian work; 5 years or more earn
 * the top row. Max 10; without spouse (§A0) 0 of 0.
 * @example spouseCanadianWork(facts({ withSpouse: true, spouse: spouse({ canadianWorkYears: 2 }) }))
 * //=> { factor: 'spouse-canadian-work', section: 'B', points: 7, max: 10, facts: { years: 2 } }
 * @example spouseCanadianWork(facts({ withSpouse: false })).max //=> 0
 */
export const spouseCanadianWork: Factor = (facts) => {
  if (!facts.withSpouse || facts.spouse === null) {
    return { factor: 'spouse-canadian-work', section: 'B', points: 0, max: 0, facts: { withSpouse: false } };
  }
  const years = facts.spouse.canadianWorkYears;
  return {
    factor: 'spouse-canadian-work',
    section: 'B',
    points: spouseCanadianWorkPoints.find((row) => years >= row.fromYears)?.points ?? 0,
    max: SPOUSE_CANADIAN_WORK_MAX,
    facts: { years },
  };
};
