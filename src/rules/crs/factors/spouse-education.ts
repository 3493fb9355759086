/**
 * CRS B1, spouse's or common-law partner's level of education: points for the accompanying
 * partner's highest recognized credential, only when scored with spouse (crs-rules.md §A0, §B).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Spouse or common-law partner factors", "Level of education").
 */
import type { EducationLevel } from '../../profile/schema.js';
import type { Factor } from '../types.js';

/** Table B1: points by the spouse's level of education. */
export const spouseEducationPoints: Readonly<Record<EducationLevel, number>> = {
  'less-than-secondary': 0,
  secondary: 2,
  'one-year-post-secondary': 6,
  'two-year-post-secondary': 7,
  bachelors: 8,
  'two-or-more': 9,
  masters: 10,
  doctoral: 10,
};

const SPOUSE_EDUCATION_MAX = Math.max(...Object.values(spouseEducationPoints));

/**
 * CRS B1: points for the spouse's highest recognized credential; none for no recognized
 * credential. Max 10; without spouse (§A0) 0 of 0.
 * @example spouseEducation(facts({ withSpouse: true, spouse: spouse({ education: 'bachelors' }) }))
 * //=> { factor: 'spouse-education', section: 'B', points: 8, max: 10, facts: { level: 'bachelors' } }
 * @example spouseEducation(facts({ withSpouse: false })) //=> { …, points: 0, max: 0, facts: { withSpouse: false } }
 */
export const spouseEducation: Factor = (facts) => {
  if (!facts.withSpouse || facts.spouse === null) {
    return { factor: 'spouse-education', section: 'B', points: 0, max: 0, facts: { withSpouse: false } };
  }
  const level = facts.spouse.education;
  return {
    factor: 'spouse-education',
    section: 'B',
    points: level === null ? 0 : spouseEducationPoints[level],
    max: SPOUSE_EDUCATION_MAX,
    facts: { level },
  };
};
