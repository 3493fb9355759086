/**
 * Federal Skilled Trades Program (FSTP): the minimum requirements on a date.
 * Source: IRPR 87.2 (https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/skilled-trades.html
 *
 * 1. Language: CLB/NCLC 5 listening and speaking, 4 reading and writing, in the first official language.
 * 2. Work: 24 FTE months (2 × 1,560 hours) in one eligible skilled trade in the 5 years before
 *    `on`, not necessarily continuous, in Canada or abroad. Like IRPR 75 for FSW, IRPR 87.2 does not
 *    exclude self-employment, so it counts. "After becoming qualified to practise independently"
 *    is not in the profile and is left to the candidate.
 * 3. A job offer in that trade, or a certificate of qualification in that trade issued by a
 *    Canadian authority on or before `on`.
 * 4. Proof of funds, unless working in Canada with a job offer in the trade (IRPR 87.2(3)(b)).
 *
 * The trade "in respect of which the application is made" is chosen among the trades with the
 * most months: a trade with 24 months and an offer or certificate first, then any trade with 24
 * months, then the trade with the most months.
 */
import type { IsoDate } from '../_lib/dates.js';
import { type ExperienceWindow, experienceByNoc, lookbackWindow, meetsMonths } from '../experience/index.js';
import { languageLevels } from '../language/levels.js';
import type { Profile } from '../profile/schema.js';
import type { Reason } from '../reasons.js';
import { checkFunds } from './funds.js';
import { languageReason } from './language.js';
import { shownMonths } from './months.js';
import { SKILLED_TRADE_GROUPS } from './tables.js';
import type { ProgramContext, ProgramResult } from './types.js';

/** IRPR 87.2(3)(b): two years of work within the 5 years before applying. */
export const FST_LOOKBACK_YEARS = 5;
export const FST_MIN_MONTHS = 24;
/** The Minister's thresholds per ability for the FSTP. */
export const FST_LANGUAGE_LEVELS = { listening: 5, reading: 4, writing: 4, speaking: 5 } as const;

/**
 * True for a NOC 2021 unit group in an FSTP trade group: major groups 72 (but not sub-major 726),
 * 73, 82, 83, 92, 93 (but not sub-major 932), minor group 6320 and unit group 62200.
 * @example isSkilledTrade('72310') //=> true (carpenters)
 * @example isSkilledTrade('72600') //=> false (air pilots, sub-major 726)
 */
export function isSkilledTrade(noc: string): boolean {
  const { majorGroups, excludedSubMajorGroups, minorGroups, unitGroups } = SKILLED_TRADE_GROUPS;
  if ((unitGroups as readonly string[]).includes(noc)) return true;
  if ((minorGroups as readonly string[]).includes(noc.slice(0, 4))) return true;
  return (
    (majorGroups as readonly string[]).includes(noc.slice(0, 2)) &&
    !(excludedSubMajorGroups as readonly string[]).includes(noc.slice(0, 3))
  );
}

type Basis = 'certificate' | 'job-offer';

/** How the candidate meets requirement 3 in `trade`, if at all. */
function basisIn(profile: Profile, trade: string, on: IsoDate): Basis | null {
  const certificate = profile.certificateOfQualification;
  if (certificate && certificate.trade === trade && certificate.issued <= on) return 'certificate';
  if (profile.jobOffer?.noc === trade) return 'job-offer';
  return null;
}

/**
 * The FSTP minimum requirements on `on`: language, experience, offer or certificate, funds.
 * @example
 * // A carpenter (72310) abroad from 2023-08-01 to 2025-07-31 (24 months), CLB L5 R4 W4 S5, an
 * // Ontario certificate of qualification in 72310, CAD 15,263 declared, single:
 * fstEligibility(carpenter, { on: '2025-08-01', firstLanguage: 'english' })
 * //=> { program: 'FST', eligible: true, funds: { required: 15263, … },
 * //     reasons: [{ code: 'fst.language.met', … }, { code: 'fst.experience.met', noc: '72310', … },
 * //               { code: 'fst.offer-or-certificate.met', noc: '72310', have: { basis: 'certificate' } }, { code: 'funds.met', … }] }
 */
export function fstEligibility(profile: Profile, { on, firstLanguage }: ProgramContext): ProgramResult {
  const window = lookbackWindow(on, FST_LOOKBACK_YEARS);
  const trades = [...experienceByNoc(profile.work, window, (job) => isSkilledTrade(job.noc))]
    .map(([noc, summary]) => ({ noc, months: summary.months, basis: basisIn(profile, noc, on) }))
    .sort((a, b) => b.months - a.months);
  const enough = trades.filter((trade) => meetsMonths(trade.months, FST_MIN_MONTHS));
  const trade = enough.find((row) => row.basis !== null) ?? enough[0] ?? trades[0];

  const offer = profile.jobOffer;
  const qualifyingOffer = offer !== null && (trade ? offer.noc === trade.noc : isSkilledTrade(offer.noc));
  const { funds, reason: fundsReason } = checkFunds(profile, { on, qualifyingOffer });
  const reasons: Reason[] = [
    languageReason('fst', languageLevels(profile.languageTests, { on }), firstLanguage, FST_LANGUAGE_LEVELS),
    experienceReason(trade, window),
    offerOrCertificateReason(profile, trade, on),
    fundsReason,
  ];
  return { program: 'FST', eligible: reasons.every((reason) => reason.met), funds, reasons };
}

function experienceReason(
  trade: { noc: string; months: number } | undefined,
  window: ExperienceWindow,
): Reason {
  const windowField = [window.from, window.to] as const;
  const need = { months: FST_MIN_MONTHS, continuous: false };
  if (!trade) return { code: 'fst.experience.none', met: false, need, window: windowField };
  const met = meetsMonths(trade.months, FST_MIN_MONTHS);
  return {
    code: met ? 'fst.experience.met' : 'fst.experience.too-short',
    met,
    noc: trade.noc,
    have: { months: shownMonths(trade.months) },
    need,
    window: windowField,
  };
}

/**
 * Requirement 3 in the chosen trade. Without trade experience, an offer or a certificate in any
 * skilled trade meets it (the experience reason already fails).
 */
function offerOrCertificateReason(
  profile: Profile,
  trade: { noc: string; basis: Basis | null } | undefined,
  on: IsoDate,
): Reason {
  const certificate = profile.certificateOfQualification;
  const heldCertificate = certificate && certificate.issued <= on ? certificate : null;
  const offerNoc = profile.jobOffer?.noc ?? null;
  if (trade?.basis) {
    return { code: 'fst.offer-or-certificate.met', met: true, noc: trade.noc, have: { basis: trade.basis } };
  }
  if (!trade) {
    if (heldCertificate && isSkilledTrade(heldCertificate.trade)) {
      return {
        code: 'fst.offer-or-certificate.met',
        met: true,
        noc: heldCertificate.trade,
        have: { basis: 'certificate' },
      };
    }
    if (offerNoc !== null && isSkilledTrade(offerNoc)) {
      return { code: 'fst.offer-or-certificate.met', met: true, noc: offerNoc, have: { basis: 'job-offer' } };
    }
  }
  if (trade && (heldCertificate || offerNoc !== null)) {
    return {
      code: 'fst.offer-or-certificate.other-trade',
      met: false,
      noc: trade.noc,
      have: { certificateTrade: heldCertificate?.trade ?? null, offerNoc },
    };
  }
  return { code: 'fst.offer-or-certificate.missing', met: false, ...(trade ? { noc: trade.noc } : {}) };
}
