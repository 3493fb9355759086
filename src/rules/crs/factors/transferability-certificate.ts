/**
 * CRS C3, skill transferability of a certificate of qualification: a trade certificate issued by
 * a Canadian province, territory or federal body, with first-language proficiency; max 50
 * (crs-rules.md §C, §C3).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Skill transferability factors", "Certificate of qualification"); in the CRS since Express
 * Entry opened on 2015-01-01 (Ministerial Instructions respecting the Express Entry system, signed
 * 2014-11-28: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 */
import type { AbilityLevels } from '../../language/convert.js';
import type { Factor } from '../types.js';
import { lowestLevel } from './_lib/transferability.js';

/**
 * The first official language on all four abilities, as C3 reads it: `CLB 7+` = every ability at
 * 7 or more; `CLB 5+` = every ability at 5 or more and one or more under 7; `below CLB 5` = an
 * ability under 5, or no valid test.
 */
export type CertificateLanguageTier = 'below CLB 5' | 'CLB 5+' | 'CLB 7+';

/**
 * The C3 first-language tier.
 * @example certificateLanguageTier({ listening: 7, reading: 6, writing: 7, speaking: 7 }) //=> 'CLB 5+'
 * @example certificateLanguageTier({ listening: 7, reading: 4, writing: 7, speaking: 7 }) //=> 'below CLB 5'
 */
export function certificateLanguageTier(first: AbilityLevels | null): CertificateLanguageTier {
  const lowest = lowestLevel(first);
  if (lowest >= 7) return 'CLB 7+';
  if (lowest >= 5) return 'CLB 5+';
  return 'below CLB 5';
}

/** Table C3: points with a certificate of qualification, by first-language tier. */
export const certificateTransferabilityPoints: Readonly<Record<CertificateLanguageTier, number>> = {
  'below CLB 5': 0,
  'CLB 5+': 25,
  'CLB 7+': 50,
};

const CERTIFICATE_MAX = Math.max(...Object.values(certificateTransferabilityPoints));

/**
 * CRS C3: a certificate of qualification with CLB 5+ on all four first-language abilities (one
 * or more under 7) earns 25, with CLB 7+ on all four 50; no certificate earns none.
 * @example transferabilityCertificate(facts({ certificateOfQualification: true, first: levels(7, 6, 7, 7) }))
 * //=> { factor: 'transferability-certificate', section: 'C', points: 25, max: 50,
 * //     facts: { certificateOfQualification: true, languageTier: 'CLB 5+' },
 * //     rows: [{ row: 'certificate-language', points: 25, max: 50 }] }
 * @example transferabilityCertificate(facts({ certificateOfQualification: false, first: allAt(9) })).points //=> 0
 */
export const transferabilityCertificate: Factor = (facts) => {
  const languageTier = certificateLanguageTier(facts.first);
  const points = facts.certificateOfQualification ? certificateTransferabilityPoints[languageTier] : 0;
  return {
    factor: 'transferability-certificate',
    section: 'C',
    points,
    max: CERTIFICATE_MAX,
    facts: { certificateOfQualification: facts.certificateOfQualification, languageTier },
    rows: [{ row: 'certificate-language', points, max: CERTIFICATE_MAX }],
  };
};
