/**
 * CRS C2, skill transferability of foreign work experience: foreign work with first-language
 * proficiency, and foreign work with Canadian work experience, 50 points at most for the two
 * rows together (crs-rules.md §C, §C2).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Skill transferability factors", "Foreign work experience"); in the CRS since Express Entry
 * opened on 2015-01-01 (Ministerial Instructions respecting the Express Entry system, signed
 * 2014-11-28: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 */
import type { Factor } from '../types.js';
import { scoreTransferabilityRows, type TransferabilityTable } from './_lib/transferability.js';

/** The foreign-work rows of C2: completed years of skilled foreign work in the last 10 (§E1). */
export type ForeignWorkTier = 'less than 1 year' | '1 or 2 years' | '3 years or more';

/**
 * The C2 tier of completed years of foreign work.
 * @example foreignWorkTier(2) //=> '1 or 2 years'
 * @example foreignWorkTier(3) //=> '3 years or more'
 */
export function foreignWorkTier(years: number): ForeignWorkTier {
  if (years >= 3) return '3 years or more';
  if (years >= 1) return '1 or 2 years';
  return 'less than 1 year';
}

/** Table C2: foreign work with first-language proficiency and with Canadian work; cap 50. */
export const foreignWorkTransferabilityPoints: TransferabilityTable<ForeignWorkTier> = {
  withLanguage: {
    'less than 1 year': { 'CLB 7+': 0, 'CLB 9+': 0 },
    '1 or 2 years': { 'CLB 7+': 13, 'CLB 9+': 25 },
    '3 years or more': { 'CLB 7+': 25, 'CLB 9+': 50 },
  },
  withCanadianWork: {
    'less than 1 year': { '1 year': 0, '2 years or more': 0 },
    '1 or 2 years': { '1 year': 13, '2 years or more': 25 },
    '3 years or more': { '1 year': 25, '2 years or more': 50 },
  },
  cap: 50,
};

/**
 * CRS C2: foreign work × first-language tier plus foreign work × Canadian work, capped at 50.
 * @example transferabilityForeignWork(facts({ foreignWorkYears: 3, first: levels(9, 9, 8, 9), canadianWorkYears: 1 }))
 * //=> { factor: 'transferability-foreign-work', section: 'C', points: 50, max: 50,
 * //     facts: { foreignWorkYears: 3, foreignWorkTier: '3 years or more', languageTier: 'CLB 7+', canadianWorkYears: 1 },
 * //     rows: [{ row: 'foreign-work-language', points: 25, max: 50 },
 * //            { row: 'foreign-work-canadian-work', points: 25, max: 50 }] }
 * @example transferabilityForeignWork(facts({ foreignWorkYears: 1, first: allAt(7) })).points //=> 13
 */
export const transferabilityForeignWork: Factor = (facts) => {
  const tier = foreignWorkTier(facts.foreignWorkYears);
  const { points, languageTier, rows } = scoreTransferabilityRows(foreignWorkTransferabilityPoints, tier, {
    first: facts.first,
    canadianWorkYears: facts.canadianWorkYears,
    rowNames: { language: 'foreign-work-language', canadianWork: 'foreign-work-canadian-work' },
  });
  return {
    factor: 'transferability-foreign-work',
    section: 'C',
    points,
    max: foreignWorkTransferabilityPoints.cap,
    facts: {
      foreignWorkYears: facts.foreignWorkYears,
      foreignWorkTier: tier,
      languageTier,
      canadianWorkYears: facts.canadianWorkYears,
    },
    rows,
  };
};
