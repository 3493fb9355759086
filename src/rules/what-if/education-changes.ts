/**
 * Education what-ifs: an ECA for a foreign credential that has none, the next level up, and a
 * Canadian credential for the Canadian-study points (crs-rules.md §A2, §D, §E4).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import { addDays, type IsoDate } from '../_lib/dates.js';
import type { CrsFacts } from '../crs/types.js';
import { type Education, type EducationLevel, educationLevels, type Profile } from '../profile/schema.js';
import type { ProposedChange } from './types.js';

/**
 * The Canadian credentials tried when no Canadian study earns points: one for the 1–2 year
 * award (15) and one for the 3-year-or-more award (30).
 */
const CANADIAN_STUDY: readonly Education[] = [
  { level: 'two-year-post-secondary', canadian: true, lengthYears: 2 },
  { level: 'bachelors', canadian: true, lengthYears: 3 },
];

function withCredential(profile: Profile, credential: Education): Profile {
  return { ...profile, education: [...profile.education, credential] };
}

/**
 * - `whatif.eca`: each foreign credential completed by `on` without an ECA, assessed.
 * - `whatif.education-level`: a credential of the level after the highest recognized one (after
 *   none: secondary), foreign with an ECA so that only the level changes, completed the day
 *   before `on`. `two-or-more` is added as the profile format's summary entry.
 * - `whatif.canadian-study`: when no Canadian credential earns study points, a Canadian two-year
 *   programme and a Canadian programme of three years (a bachelor's), completed the day before `on`.
 * @example
 * // Foreign master's with an ECA, no Canadian study, on 2025-09-01:
 * educationChanges(profile, { on: '2025-09-01', education: 'masters', canadianStudy: null }).map((c) => c.change)
 * //=> [{ from: 'masters', to: 'doctoral', canadian: false, eca: true, completed: '2025-08-31' },
 * //    { level: 'two-year-post-secondary', canadian: true, lengthYears: 2, completed: '2025-08-31' },
 * //    { level: 'bachelors', canadian: true, lengthYears: 3, completed: '2025-08-31' }]
 */
export function educationChanges(
  profile: Profile,
  {
    on,
    education,
    canadianStudy,
  }: { on: IsoDate; education: EducationLevel | null; canadianStudy: CrsFacts['canadianStudy'] },
): ProposedChange[] {
  const completed = addDays(on, -1);
  const changes: ProposedChange[] = [];
  profile.education.forEach((credential, index) => {
    const done = credential.completed === undefined || credential.completed <= on;
    if (credential.canadian || credential.eca === true || !done) return;
    changes.push({
      code: 'whatif.eca',
      change: { level: credential.level, eca: true },
      profile: {
        ...profile,
        education: profile.education.map((other, i) => (i === index ? { ...other, eca: true } : other)),
      },
    });
  });
  const next = educationLevels[education === null ? 1 : educationLevels.indexOf(education) + 1];
  if (next !== undefined) {
    changes.push({
      code: 'whatif.education-level',
      change: { from: education, to: next, canadian: false, eca: true, completed },
      profile: withCredential(profile, { level: next, canadian: false, eca: true, completed }),
    });
  }
  if (canadianStudy === null) {
    for (const credential of CANADIAN_STUDY) {
      changes.push({
        code: 'whatif.canadian-study',
        change: { ...credential, completed },
        profile: withCredential(profile, { ...credential, completed }),
      });
    }
  }
  return changes;
}
