/**
 * CRS D, arranged employment (a job offer): points for an offer in a skilled occupation (NOC 2021
 * TEER 0–3), more for senior management (TEER 0, major group 00) from 2016-11-19 (crs-rules.md §D, §F).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * History: 600 points for an LMIA-supported offer when Express Entry opened on 2015-01-01
 * (Ministerial Instructions signed 2014-11-28: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html);
 * 200 (major group 00) and 50 from 2016-11-19, when some LMIA-exempt offers began to qualify
 * (https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/30-may-2015-18-november-2016.html).
 * Removed on 2025-03-25: the rule sets from that date do not list this factor.
 */
import type { CrsFacts, Factor } from '../types.js';

/** The amounts of arranged-employment points, and whether the offer must be LMIA-supported. */
export interface ArrangedEmploymentPoints {
  /** An offer in NOC 2021 major group 00 (senior management, TEER 0). */
  readonly majorGroup00: number;
  /** An offer in any other TEER 0, 1, 2 or 3 occupation. */
  readonly otherSkilled: number;
  /** True while only an offer supported by a Labour Market Impact Assessment counted (2015). */
  readonly lmiaRequired: boolean;
}

/** Express Entry at launch, 2015-01-01: 600 points for an LMIA-supported skilled offer. */
export const ARRANGED_EMPLOYMENT_2015: ArrangedEmploymentPoints = {
  majorGroup00: 600,
  otherSkilled: 600,
  lmiaRequired: true,
};

/**
 * From 2016-11-19: 200 points in major group 00, 50 otherwise. Some LMIA-exempt offers qualify from
 * this date (crs-rules.md §F); the facts do not say which exemption an offer rests on, so any
 * skilled offer is accepted.
 */
export const ARRANGED_EMPLOYMENT_2016: ArrangedEmploymentPoints = {
  majorGroup00: 200,
  otherSkilled: 50,
  lmiaRequired: false,
};

/** The highest skilled TEER: TEER 4 and 5 offers earn nothing. */
const HIGHEST_SKILLED_TEER = 3;

/** What a job offer counts as under one table. */
export type JobOfferKind = 'none' | 'major group 00' | 'other TEER 0–3' | 'TEER 4–5' | 'no LMIA';

function jobOfferKind(offer: CrsFacts['jobOffer'], table: ArrangedEmploymentPoints): JobOfferKind {
  if (offer === null) return 'none';
  if (offer.teer > HIGHEST_SKILLED_TEER) return 'TEER 4–5';
  if (table.lmiaRequired && !offer.lmia) return 'no LMIA';
  return offer.noc.startsWith('00') ? 'major group 00' : 'other TEER 0–3';
}

/**
 * The CRS D arranged-employment factor for one table of amounts: `majorGroup00` for an offer whose
 * NOC code starts with "00", `otherSkilled` for any other TEER 0–3 offer, none for TEER 4–5, no
 * offer, or (when the table requires one) an offer without an LMIA.
 * @example arrangedEmployment(ARRANGED_EMPLOYMENT_2016)(facts({ jobOffer: { noc: '00012', teer: 0, lmia: false } }))
 * //=> { factor: 'arranged-employment', section: 'D', points: 200, max: 200,
 * //     facts: { noc: '00012', teer: 0, lmia: false, offer: 'major group 00' } }
 * @example arrangedEmployment(ARRANGED_EMPLOYMENT_2015)(facts({ jobOffer: { noc: '21232', teer: 1, lmia: false } })).points
 * //=> 0 (no LMIA)
 */
export function arrangedEmployment(table: ArrangedEmploymentPoints): Factor {
  const max = Math.max(table.majorGroup00, table.otherSkilled);
  const pointsFor: Readonly<Record<JobOfferKind, number>> = {
    'major group 00': table.majorGroup00,
    'other TEER 0–3': table.otherSkilled,
    'TEER 4–5': 0,
    'no LMIA': 0,
    none: 0,
  };
  return (facts) => {
    const offer = facts.jobOffer;
    const kind = jobOfferKind(offer, table);
    return {
      factor: 'arranged-employment',
      section: 'D',
      points: pointsFor[kind],
      max,
      facts: { noc: offer?.noc ?? null, teer: offer?.teer ?? null, lmia: offer?.lmia ?? null, offer: kind },
    };
  };
}
