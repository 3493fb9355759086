/**
 * Federal Skilled Worker Program (FSWP): the minimum requirements on a date.
 * Source: IRPR 75–83 (https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers.html
 *
 * 1. Skilled work: 12 FTE months (1,560 hours), continuous, in one TEER 0–3 occupation (the
 *    primary occupation), in the 10 years before `on`, in Canada or abroad. IRPR 75(2)(a) does not
 *    exclude self-employment (unlike 87.1(3)(b) for CEC), so self-employed work counts here.
 * 2. Language: CLB/NCLC 7 in all four abilities of the first official language (IRPR 75(2)(d)).
 * 3. Education: a Canadian credential, or a foreign one with an ECA (IRPR 75(2)(e)), completed by `on`.
 * 4. The selection grid: 67 points or more (IRPR 76(2)); see {@link fswGrid}.
 * 5. Proof of funds, unless authorized to work in Canada with arranged employment (IRPR 76(1)(b)).
 */
import type { IsoDate } from '../_lib/dates.js';
import { highestLevel, recognizedCredentials } from '../education.js';
import { experienceByNoc, isSkilled, lookbackWindow, meetsMonths } from '../experience/index.js';
import { languageLevels } from '../language/levels.js';
import type { Profile } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import { FSW_LOOKBACK_YEARS, fswGrid, hasArrangedEmployment } from './fsw-grid.js';
import { checkFunds } from './funds.js';
import { allFour, languageReason } from './language.js';
import { shownMonths } from './months.js';
import type { ProgramContext, ProgramResult } from './types.js';

/** IRPR 75(2)(a): one year of continuous full-time work (or the equal part-time amount). */
export const FSW_MIN_CONTINUOUS_MONTHS = 12;
/** IRPR 75(2)(d) and the Minister's threshold: CLB 7 in each ability. */
export const FSW_MIN_LANGUAGE_LEVEL = 7;

/**
 * The FSWP minimum requirements on `on`, one reason per requirement, with the grid and the funds.
 * @example
 * // The profile of fswGrid's example (67 points), declaring CAD 20,000 of settlement funds:
 * fswEligibility(profile, { on: '2025-08-01', firstLanguage: 'english' })
 * //=> { program: 'FSW', eligible: true, points: { total: 67, passMark: 67, factors: […] },
 * //     funds: { required: 15263, declared: 20000, familySize: 1, exempt: false, table: '2025-07-07' },
 * //     reasons: [{ code: 'fsw.experience.met', … }, { code: 'fsw.language.met', … }, …] }
 */
export function fswEligibility(profile: Profile, { on, firstLanguage }: ProgramContext): ProgramResult {
  const points = fswGrid(profile, { on, firstLanguage });
  const { funds, reason: fundsReason } = checkFunds(profile, {
    on,
    qualifyingOffer: hasArrangedEmployment(profile),
  });
  const reasons: Reason[] = [
    experienceReason(profile, on),
    languageReason(
      'fsw',
      languageLevels(profile.languageTests, { on }),
      firstLanguage,
      allFour(FSW_MIN_LANGUAGE_LEVEL),
    ),
    educationReason(profile, on),
    {
      code: points.total >= points.passMark ? 'fsw.grid.met' : 'fsw.grid.below-pass-mark',
      met: points.total >= points.passMark,
      have: { points: points.total },
      need: { points: points.passMark },
    },
    fundsReason,
  ];
  return { program: 'FSW', eligible: reasons.every((reason) => reason.met), points, funds, reasons };
}

/**
 * The primary occupation is the skilled NOC with the longest continuous stretch in the window;
 * a NOC with enough months in total but no 12-month stretch gives `fsw.experience.not-continuous`.
 */
function experienceReason(profile: Profile, on: IsoDate): Reason {
  const window = lookbackWindow(on, FSW_LOOKBACK_YEARS);
  const windowField = [window.from, window.to] as const;
  const need = { months: FSW_MIN_CONTINUOUS_MONTHS, continuous: true };
  const occupations = [...experienceByNoc(profile.work, window, (job) => isSkilled(job.noc))].map(
    ([noc, summary]) => ({ noc, months: summary.longestContinuousMonths, totalMonths: summary.months }),
  );
  const best = occupations.reduce<(typeof occupations)[number] | undefined>(
    (top, row) =>
      !top || row.months > top.months || (row.months === top.months && row.totalMonths > top.totalMonths)
        ? row
        : top,
    undefined,
  );
  if (!best) return { code: 'fsw.experience.none', met: false, need, window: windowField };
  const shown = (row: typeof best) => ({
    months: shownMonths(row.months),
    totalMonths: shownMonths(row.totalMonths),
  });
  if (meetsMonths(best.months, FSW_MIN_CONTINUOUS_MONTHS)) {
    return {
      code: 'fsw.experience.met',
      met: true,
      noc: best.noc,
      have: shown(best),
      need,
      window: windowField,
    };
  }
  // An occupation with 12 months in total but only in broken stretches fails on continuity.
  const broken = occupations.find((row) => meetsMonths(row.totalMonths, FSW_MIN_CONTINUOUS_MONTHS));
  const row = broken ?? best;
  return {
    code: broken ? 'fsw.experience.not-continuous' : 'fsw.experience.too-short',
    met: false,
    noc: row.noc,
    have: shown(row),
    need,
    window: windowField,
  };
}

function educationReason(profile: Profile, on: IsoDate): Reason {
  const recognized = recognizedCredentials(profile.education, on).filter(
    (credential) => credential.level !== 'less-than-secondary',
  );
  const level = highestLevel(recognized);
  if (level !== null) return { code: 'fsw.education.met', met: true, have: { level } };
  const foreignWithoutEca = profile.education.some(
    (credential) =>
      !credential.canadian &&
      credential.eca !== true &&
      credential.level !== 'less-than-secondary' &&
      (credential.completed === undefined || credential.completed <= on),
  );
  return { code: foreignWithoutEca ? 'fsw.education.no-eca' : 'fsw.education.none', met: false };
}
