/**
 * Program eligibility: the minimum requirements of the three Express Entry programs on a date.
 * To enter the pool a profile must meet at least one of them.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility.html
 */
import type { IsoDate } from '../_lib/dates.js';
import { languageLevels } from '../language/levels.js';
import { abilities } from '../language/tables.js';
import type { Profile } from '../profile/schema.js';
import { cecEligibility } from './cec.js';
import { chooseFirstLanguage, type ProgramsOutcome } from './first-language.js';
import { fstEligibility } from './fst.js';
import { fswEligibility } from './fsw.js';

export { cecEligibility } from './cec.js';
export { PROGRAM_REASON_CODES, type ProgramReasonCode } from './codes.js';
export { fstEligibility, isSkilledTrade } from './fst.js';
export { fswEligibility } from './fsw.js';
export { fswGrid } from './fsw-grid.js';
export { checkFunds, familySizeOf, fundsTableOn, requiredFunds } from './funds.js';
export type { FundsAssessment, GridFactor, GridPoints, ProgramName, ProgramResult } from './types.js';

/**
 * The three programs on one date. All three were assessed with the same first official language
 * (declared, or chosen as first-language.ts explains); each language reason names it in `language`.
 */
export type ProgramEligibility = ProgramsOutcome;

/**
 * FSW, CEC and FST minimum requirements on `on`, each with one reason per requirement.
 * @example
 * // fswGrid's 67-point profile (work abroad only), CAD 20,000 declared, no language declared first:
 * const result = programEligibility(profile, { on: '2025-08-01' });
 * result.fsw.reasons[1] //=> { code: 'fsw.language.met', language: 'english', … }
 * result.fsw.eligible //=> true
 * result.fsw.points?.total //=> 67
 * result.cec.reasons[0] //=> { code: 'cec.experience.none', met: false, … }
 */
export function programEligibility(profile: Profile, { on }: { on: IsoDate }): ProgramEligibility {
  const levels = languageLevels(profile.languageTests, { on });
  // With a valid result in one language only, that language is first under every rule of
  // first-language.ts: assessing the other assignment could only lose, so it is skipped.
  const onlyOne = levels.english && levels.french ? undefined : levels.french ? 'fr' : 'en';
  const choice = chooseFirstLanguage(
    profile.firstOfficialLanguage ?? onlyOne,
    (firstLanguage) => ({
      fsw: fswEligibility(profile, { on, firstLanguage }),
      cec: cecEligibility(profile, { on, firstLanguage }),
      fst: fstEligibility(profile, { on, firstLanguage }),
    }),
    (language) => {
      const result = levels[language];
      return result ? abilities.reduce((sum, ability) => sum + result.levels[ability], 0) : 0;
    },
  );
  return choice.outcome;
}
