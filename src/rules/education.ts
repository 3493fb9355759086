/**
 * The credentials the programs recognize: Canadian ones, and foreign ones with an educational
 * credential assessment (ECA), completed by the assessment date.
 * Source: IRPR 75(2)(e) and 78; https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers.html
 */
import type { IsoDate } from './_lib/dates.js';

import { type Education, type EducationLevel, educationLevels } from './profile/schema.js';

/** Every level above secondary school (educationLevels runs from lowest to highest). */
const POST_SECONDARY: ReadonlySet<EducationLevel> = new Set(
  educationLevels.slice(educationLevels.indexOf('secondary') + 1),
);

/** Levels that are by definition a programme of three years or more. */
const THREE_YEARS_OR_MORE: ReadonlySet<EducationLevel> = new Set([
  'bachelors',
  'two-or-more',
  'masters',
  'doctoral',
]);

/** True when a credential finished after `on` cannot count yet; one without a date counts. */
function completedBy(credential: Education, on: IsoDate): boolean {
  return credential.completed === undefined || credential.completed <= on;
}

/**
 * Credentials completed by `on` that are Canadian or have an ECA.
 * @example recognizedCredentials([{ level: 'masters', canadian: false }], '2025-01-01') //=> []
 */
export function recognizedCredentials(credentials: readonly Education[], on: IsoDate): Education[] {
  return credentials.filter(
    (credential) => completedBy(credential, on) && (credential.canadian || credential.eca === true),
  );
}

/**
 * The level the FSW grid scores (IRPR 78(2)): the highest listed level, raised to
 * "two or more credentials" when two or more post-secondary credentials are listed and one is a
 * programme of three years or more. `null` when the list is empty.
 * @example
 * highestLevel([
 *   { level: 'bachelors', canadian: true },
 *   { level: 'one-year-post-secondary', canadian: true },
 * ]) //=> 'two-or-more'
 */
export function highestLevel(credentials: readonly Education[]): EducationLevel | null {
  let highest: EducationLevel | null = null;
  for (const { level } of credentials) {
    if (highest === null || educationLevels.indexOf(level) > educationLevels.indexOf(highest))
      highest = level;
  }
  const postSecondary = credentials.filter((credential) => POST_SECONDARY.has(credential.level));
  const oneLong = postSecondary.some(
    (credential) => THREE_YEARS_OR_MORE.has(credential.level) || (credential.lengthYears ?? 0) >= 3,
  );
  if (postSecondary.length >= 2 && oneLong && highest !== null) {
    if (educationLevels.indexOf('two-or-more') > educationLevels.indexOf(highest)) highest = 'two-or-more';
  }
  return highest;
}

/**
 * True when a Canadian credential completed by `on` came from a programme of two years or more:
 * the FSW adaptability test for past study in Canada (IRPR 83(1)(a)(ii), 83(1)(b)).
 * @example hasCanadianStudyOfTwoYears([{ level: 'two-year-post-secondary', canadian: true, lengthYears: 2 }], '2025-01-01') //=> true
 */
export function hasCanadianStudyOfTwoYears(credentials: readonly Education[], on: IsoDate): boolean {
  return credentials.some(
    (credential) => credential.canadian && completedBy(credential, on) && (credential.lengthYears ?? 0) >= 2,
  );
}
