/**
 * The facts the CRS scores, derived from a profile on a date. Every factor reads these, never
 * the profile, so the counting rules (age, credited work, valid tests) live in one place.
 */
import { completedYears, type IsoDate } from '../_lib/dates.js';
import { highestLevel, recognizedCredentials } from '../education.js';
import { experienceProfile, teerOf } from '../experience/index.js';
import type { AbilityLevels } from '../language/convert.js';
import { languageLevels } from '../language/levels.js';
import type { OfficialLanguage } from '../language/tables.js';
import type { Education, Profile } from '../profile/schema.js';
import type { CrsFacts } from './types.js';

/** Whether the CRS scores a profile "with spouse" (crs-rules §A0). */
export function scoredWithSpouse(profile: Profile): boolean {
  const spouse = profile.spouse;
  const partnered = profile.maritalStatus === 'married' || profile.maritalStatus === 'common-law';
  return partnered && spouse?.accompanying === true && !spouse.canadianCitizenOrPR;
}

/**
 * The facts of `profile` on `on`, with `firstLanguage` as the first official language (when
 * the candidate has a valid result in it; otherwise the other language is first).
 * @example crsFacts(profile, { on: '2025-06-01', firstLanguage: 'english' }).age //=> 31
 */
export function crsFacts(
  profile: Profile,
  { on, firstLanguage }: { on: IsoDate; firstLanguage: OfficialLanguage },
): CrsFacts {
  const languages = languageLevels(profile.languageTests, { on });
  const english = languages.english?.levels ?? null;
  const french = languages.french?.levels ?? null;
  const [first, second, firstName] = orderLanguages(english, french, firstLanguage);
  const experience = experienceProfile(profile.work, { on });
  const withSpouse = scoredWithSpouse(profile);
  const spouse = withSpouse && profile.spouse ? profile.spouse : null;
  const spouseLanguages = spouse ? languageLevels(spouse.languageTests, { on }) : null;
  const offerTeer = profile.jobOffer ? teerOf(profile.jobOffer.noc) : null;
  return {
    on,
    withSpouse,
    age: completedYears(profile.birthDate, on),
    education: highestLevel(recognizedCredentials(profile.education, on)),
    canadianStudy: canadianStudy(profile.education, on),
    firstLanguage: firstName,
    first,
    second,
    english,
    french,
    canadianWorkYears: experience.skilledCanadian.years,
    foreignWorkYears: experience.skilledForeign.years,
    certificateOfQualification:
      profile.certificateOfQualification !== null && profile.certificateOfQualification.issued <= on,
    provincialNomination: profile.provincialNomination !== null && profile.provincialNomination.issued <= on,
    siblingInCanada: profile.siblingInCanada,
    jobOffer:
      profile.jobOffer && offerTeer !== null
        ? { noc: profile.jobOffer.noc, teer: offerTeer, lmia: profile.jobOffer.lmia }
        : null,
    spouse: spouse
      ? {
          education: highestLevel(recognizedCredentials(spouse.education, on)),
          english: spouseLanguages?.english?.levels ?? null,
          french: spouseLanguages?.french?.levels ?? null,
          canadianWorkYears: experienceProfile(spouse.work, { on }).skilledCanadian.years,
        }
      : null,
  };
}

function orderLanguages(
  english: AbilityLevels | null,
  french: AbilityLevels | null,
  firstLanguage: OfficialLanguage,
): [AbilityLevels | null, AbilityLevels | null, OfficialLanguage | null] {
  // A language without a valid result cannot be first: the other one is.
  if (firstLanguage === 'english' ? english : french) {
    return firstLanguage === 'english' ? [english, french, 'english'] : [french, english, 'french'];
  }
  if (english) return [english, null, 'english'];
  if (french) return [french, null, 'french'];
  return [null, null, null];
}

/**
 * The programme length a level stands for when the profile does not say: master's and doctoral
 * degrees earn the 3-year study points whatever their length (crs-rules §D).
 */
const LEVEL_LENGTH_YEARS: Partial<Record<Education['level'], number>> = {
  'one-year-post-secondary': 1,
  'two-year-post-secondary': 2,
  bachelors: 3,
  'two-or-more': 3,
  masters: 3,
  doctoral: 3,
};

function canadianStudy(education: readonly Education[], on: IsoDate): CrsFacts['canadianStudy'] {
  let best: CrsFacts['canadianStudy'] = null;
  for (const credential of education) {
    if (!credential.canadian || (credential.completed !== undefined && credential.completed > on)) continue;
    const levelLength = LEVEL_LENGTH_YEARS[credential.level];
    if (levelLength === undefined) continue; // secondary school earns no study points
    const lengthYears = Math.max(credential.lengthYears ?? 0, levelLength);
    if (!best || lengthYears > best.lengthYears) best = { level: credential.level, lengthYears };
  }
  return best;
}
