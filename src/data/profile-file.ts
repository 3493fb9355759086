import { InputError, type InputIssue } from '../errors.js';
import { parseProfile } from '../rules/profile/parse.js';
import type { Profile } from '../rules/profile/schema.js';
import { readJsonFile } from './files.js';
import { unitGroup } from './noc.js';

/**
 * Every NOC code a profile names must be a NOC 2021 unit group; the schema checks only the
 * shape (five digits), the data decides whether the code exists.
 * @throws InputError `noc.unknown` with the JSON path of each unknown code.
 */
export function checkProfileNocs(profile: Profile): void {
  const issues: InputIssue[] = [];
  const check = (code: string | undefined, path: string) => {
    if (code !== undefined && !unitGroup(code)) {
      issues.push({ path, value: code, expected: 'a NOC 2021 unit group code (see `ee noc search`)' });
    }
  };
  for (const [index, job] of profile.work.entries()) check(job.noc, `$.work[${index}].noc`);
  for (const [index, job] of (profile.spouse?.work ?? []).entries())
    check(job.noc, `$.spouse.work[${index}].noc`);
  check(profile.jobOffer?.noc, '$.jobOffer.noc');
  check(profile.certificateOfQualification?.trade, '$.certificateOfQualification.trade');
  check(
    profile.militaryService?.canadianArmedForcesOffer?.noc,
    '$.militaryService.canadianArmedForcesOffer.noc',
  );
  if (issues.length > 0) {
    throw new InputError(
      'noc.unknown',
      `The profile names ${issues.length === 1 ? 'a NOC code that does' : 'NOC codes that do'} not exist in NOC 2021.`,
      issues,
    );
  }
}

/** Reads, validates and checks a profile file. @throws InputError */
export function loadProfileFile(path: string): Profile {
  const profile = parseProfile(readJsonFile(path, 'profile'));
  checkProfileNocs(profile);
  return profile;
}
