/**
 * CRS D, post-secondary education in Canada: points for a Canadian credential, more for a programme
 * of three years or longer or a master's, entry-to-practice professional or doctoral degree; one
 * award only, the higher (crs-rules.md §D).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Additional points"). Introduced on 2016-11-19 by the amended Ministerial Instructions (notice:
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/30-may-2015-18-november-2016.html).
 */
import type { EducationLevel } from '../../profile/schema.js';
import type { CrsFacts, Factor } from '../types.js';

/** The two amounts of Canadian-study points: a one- or two-year credential, and three years or more. */
export interface CanadianStudyPoints {
  readonly oneOrTwoYears: number;
  readonly threeYearsOrMore: number;
}

/** MI amendments of 2016-11-19: 15 points for a one- or two-year credential, 30 for three years or more. */
export const CANADIAN_STUDY_POINTS_2016: CanadianStudyPoints = { oneOrTwoYears: 15, threeYearsOrMore: 30 };

/** Levels that earn the three-year amount whatever the programme's length (crs-rules.md §D). */
const THREE_YEAR_LEVELS: ReadonlySet<EducationLevel> = new Set(['masters', 'doctoral']);

/** Secondary school is not post-secondary education: it earns no study points. */
const NOT_POST_SECONDARY: ReadonlySet<EducationLevel> = new Set(['less-than-secondary', 'secondary']);

/** The length band a Canadian credential earns points in; `none` for no post-secondary credential. */
export type CanadianStudyLength = 'none' | '1 or 2 years' | '3 years or more';

/**
 * The band of the Canadian credential in the facts.
 * @example canadianStudyLength({ level: 'bachelors', lengthYears: 4 }) //=> '3 years or more'
 * @example canadianStudyLength({ level: 'one-year-post-secondary', lengthYears: 1 }) //=> '1 or 2 years'
 */
export function canadianStudyLength(study: CrsFacts['canadianStudy']): CanadianStudyLength {
  if (study === null || NOT_POST_SECONDARY.has(study.level)) return 'none';
  return study.lengthYears >= 3 || THREE_YEAR_LEVELS.has(study.level) ? '3 years or more' : '1 or 2 years';
}

/**
 * The CRS D Canadian-study factor for one table of amounts: `threeYearsOrMore` for a Canadian
 * credential from a programme of three years or longer, or a master's or doctoral degree;
 * `oneOrTwoYears` for a shorter post-secondary one; none without a Canadian post-secondary credential.
 * @example canadianStudyPoints(CANADIAN_STUDY_POINTS_2016)(facts({ canadianStudy: { level: 'two-year-post-secondary', lengthYears: 2 } }))
 * //=> { factor: 'canadian-study', section: 'D', points: 15, max: 30,
 * //     facts: { level: 'two-year-post-secondary', lengthYears: 2, length: '1 or 2 years' } }
 * @example canadianStudyPoints(CANADIAN_STUDY_POINTS_2016)(facts({ canadianStudy: { level: 'masters', lengthYears: 1 } })).points //=> 30
 */
export function canadianStudyPoints(table: CanadianStudyPoints): Factor {
  const pointsFor: Readonly<Record<CanadianStudyLength, number>> = {
    none: 0,
    '1 or 2 years': table.oneOrTwoYears,
    '3 years or more': table.threeYearsOrMore,
  };
  const max = Math.max(...Object.values(pointsFor));
  return (facts) => {
    const study = facts.canadianStudy;
    const length = canadianStudyLength(study);
    return {
      factor: 'canadian-study',
      section: 'D',
      points: pointsFor[length],
      max,
      facts: { level: study?.level ?? null, lengthYears: study?.lengthYears ?? null, length },
    };
  };
}
