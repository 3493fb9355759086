/**
 * The spouse or partner as principal applicant: the two swap places, so the spouse's age,
 * education, tests and work are scored in section A and the candidate's in section B
 * (crs-rules.md §A0, §B).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import type { IsoDate } from '../_lib/dates.js';
import type { Profile, Spouse } from '../profile/schema.js';

/**
 * A copy of `profile` with the spouse as principal applicant, born on `spouse.birthDate`.
 * What belongs to the couple stays: marital status, nomination, sibling, settlement funds,
 * family size, id and submission time. What belongs to the former principal alone and has no
 * place in the spouse block is left out: the certificate of qualification, the job offer, the
 * military service and the choice of first official language (the new principal's tests decide).
 * @example
 * spouseAsPrincipal(profile, { ...profile.spouse, birthDate: '1995-06-01' }).birthDate //=> '1995-06-01'
 * spouseAsPrincipal(profile, { ...profile.spouse, birthDate: '1995-06-01' }).spouse?.birthDate //=> profile.birthDate
 */
export function spouseAsPrincipal(profile: Profile, spouse: Spouse & { birthDate: IsoDate }): Profile {
  return {
    ...profile,
    birthDate: spouse.birthDate,
    education: spouse.education,
    languageTests: spouse.languageTests,
    work: spouse.work,
    firstOfficialLanguage: undefined,
    certificateOfQualification: null,
    jobOffer: null,
    militaryService: null,
    spouse: {
      accompanying: true,
      birthDate: profile.birthDate,
      canadianCitizenOrPR: false,
      education: profile.education,
      languageTests: profile.languageTests,
      work: profile.work,
    },
  };
}
