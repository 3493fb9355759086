/**
 * CRS A2, level of education: points for the highest credential that counts, Canadian or
 * foreign with an ECA (crs-rules.md §A2, §E4).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Core / human capital factors", "Level of education").
 */
import type { EducationLevel } from '../../profile/schema.js';
import type { Factor } from '../types.js';

/** Table A2: points by level of education, with and without spouse. */
export const educationPoints: Readonly<
  Record<EducationLevel, { readonly withSpouse: number; readonly withoutSpouse: number }>
> = {
  'less-than-secondary': { withSpouse: 0, withoutSpouse: 0 },
  secondary: { withSpouse: 28, withoutSpouse: 30 },
  'one-year-post-secondary': { withSpouse: 84, withoutSpouse: 90 },
  'two-year-post-secondary': { withSpouse: 91, withoutSpouse: 98 },
  // A bachelor's degree or a programme of three years or more.
  bachelors: { withSpouse: 112, withoutSpouse: 120 },
  // Two or more credentials, at least one from a programme of three years or more.
  'two-or-more': { withSpouse: 119, withoutSpouse: 128 },
  // A master's, or an entry-to-practice professional degree for a licensed profession.
  masters: { withSpouse: 126, withoutSpouse: 135 },
  doctoral: { withSpouse: 140, withoutSpouse: 150 },
};

const EDUCATION_MAX = {
  withSpouse: Math.max(...Object.values(educationPoints).map((row) => row.withSpouse)),
  withoutSpouse: Math.max(...Object.values(educationPoints).map((row) => row.withoutSpouse)),
};

/**
 * CRS A2: points for the candidate's highest recognized credential, in the with- or
 * without-spouse column; no recognized credential earns none. Max 140 with spouse, 150 without.
 * @example educationLevel(facts({ education: 'masters', withSpouse: true }))
 * //=> { factor: 'education', section: 'A', points: 126, max: 140, facts: { level: 'masters' } }
 * @example educationLevel(facts({ education: null })).points //=> 0
 */
export const educationLevel: Factor = (facts) => {
  const column = facts.withSpouse ? 'withSpouse' : 'withoutSpouse';
  return {
    factor: 'education',
    section: 'A',
    points: facts.education === null ? 0 : educationPoints[facts.education][column],
    max: EDUCATION_MAX[column],
    facts: { level: facts.education },
  };
};
