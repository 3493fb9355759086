/**
 * CRS A5, Canadian work experience: points by completed years of skilled (TEER 0–3) work in
 * Canada in the 10 years before the day of scoring (crs-rules.md §A5, §E1).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Core / human capital factors", "Canadian work experience").
 */
import type { Factor } from '../types.js';

/** One row of table A5: `fromYears` completed years or more (up to the next row) and its points. */
export interface CanadianWorkRow {
  readonly fromYears: number;
  readonly withSpouse: number;
  readonly withoutSpouse: number;
}

/** Table A5, most years first; none or less than a year earns 0 in both columns. */
export const canadianWorkPoints: readonly CanadianWorkRow[] = [
  { fromYears: 5, withSpouse: 70, withoutSpouse: 80 },
  { fromYears: 4, withSpouse: 63, withoutSpouse: 72 },
  { fromYears: 3, withSpouse: 56, withoutSpouse: 64 },
  { fromYears: 2, withSpouse: 46, withoutSpouse: 53 },
  { fromYears: 1, withSpouse: 35, withoutSpouse: 40 },
];

/**
 * CRS A5: points for the candidate's completed years of skilled Canadian work, in the with- or
 * without-spouse column; 5 years or more earn the top row. Max 70 with spouse, 80 without.
 * @example canadianWorkExperience(facts({ canadianWorkYears: 3 }))
 * //=> { factor: 'canadian-work', section: 'A', points: 64, max: 80, facts: { years: 3 } }
 * @example canadianWorkExperience(facts({ canadianWorkYears: 7, withSpouse: true })).points //=> 70
 */
export const canadianWorkExperience: Factor = (facts) => {
  const side = facts.withSpouse ? 'withSpouse' : 'withoutSpouse';
  const row = canadianWorkPoints.find((candidate) => facts.canadianWorkYears >= candidate.fromYears);
  return {
    factor: 'canadian-work',
    section: 'A',
    points: row ? row[side] : 0,
    max: Math.max(...canadianWorkPoints.map((candidate) => candidate[side])),
    facts: { years: facts.canadianWorkYears },
  };
};
