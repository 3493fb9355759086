/**
 * CRS A1, age: points by age in completed years on the day of scoring (crs-rules.md §A1, §E3).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Core / human capital factors", "Age").
 */
import type { Factor } from '../types.js';

/** One row of table A1: an age in completed years and its points in each column. */
export interface AgeRow {
  readonly age: number;
  readonly withSpouse: number;
  readonly withoutSpouse: number;
}

/** Table A1, ages 18 to 44; 17 or less and 45 or more earn 0 in both columns. */
export const agePoints: readonly AgeRow[] = [
  { age: 18, withSpouse: 90, withoutSpouse: 99 },
  { age: 19, withSpouse: 95, withoutSpouse: 105 },
  { age: 20, withSpouse: 100, withoutSpouse: 110 },
  { age: 21, withSpouse: 100, withoutSpouse: 110 },
  { age: 22, withSpouse: 100, withoutSpouse: 110 },
  { age: 23, withSpouse: 100, withoutSpouse: 110 },
  { age: 24, withSpouse: 100, withoutSpouse: 110 },
  { age: 25, withSpouse: 100, withoutSpouse: 110 },
  { age: 26, withSpouse: 100, withoutSpouse: 110 },
  { age: 27, withSpouse: 100, withoutSpouse: 110 },
  { age: 28, withSpouse: 100, withoutSpouse: 110 },
  { age: 29, withSpouse: 100, withoutSpouse: 110 },
  { age: 30, withSpouse: 95, withoutSpouse: 105 },
  { age: 31, withSpouse: 90, withoutSpouse: 99 },
  { age: 32, withSpouse: 85, withoutSpouse: 94 },
  { age: 33, withSpouse: 80, withoutSpouse: 88 },
  { age: 34, withSpouse: 75, withoutSpouse: 83 },
  { age: 35, withSpouse: 70, withoutSpouse: 77 },
  { age: 36, withSpouse: 65, withoutSpouse: 72 },
  { age: 37, withSpouse: 60, withoutSpouse: 66 },
  { age: 38, withSpouse: 55, withoutSpouse: 61 },
  { age: 39, withSpouse: 50, withoutSpouse: 55 },
  { age: 40, withSpouse: 45, withoutSpouse: 50 },
  { age: 41, withSpouse: 35, withoutSpouse: 39 },
  { age: 42, withSpouse: 25, withoutSpouse: 28 },
  { age: 43, withSpouse: 15, withoutSpouse: 17 },
  { age: 44, withSpouse: 5, withoutSpouse: 6 },
];

const AGE_MAX = {
  withSpouse: Math.max(...agePoints.map((row) => row.withSpouse)),
  withoutSpouse: Math.max(...agePoints.map((row) => row.withoutSpouse)),
};

/**
 * CRS A1: points for the candidate's age in completed years, in the with- or without-spouse
 * column; under 18 and 45 or over earn none. Max 100 with spouse, 110 without.
 * @example age(facts({ age: 31, withSpouse: false }))
 * //=> { factor: 'age', section: 'A', points: 99, max: 110, facts: { age: 31 } }
 * @example age(facts({ age: 31, withSpouse: true })).points //=> 90
 */
export const age: Factor = (facts) => {
  const column = facts.withSpouse ? 'withSpouse' : 'withoutSpouse';
  const row = agePoints.find((candidate) => candidate.age === facts.age);
  return {
    factor: 'age',
    section: 'A',
    points: row ? row[column] : 0,
    max: AGE_MAX[column],
    facts: { age: facts.age },
  };
};
