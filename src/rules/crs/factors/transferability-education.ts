/**
 * CRS C1, skill transferability of education: education with first-language proficiency, and
 * education with Canadian work experience, 50 points at most for the two rows together
 * (crs-rules.md §C, §C1).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Skill transferability factors", "Education"); in the CRS since Express Entry opened on
 * 2015-01-01 (Ministerial Instructions respecting the Express Entry system, signed 2014-11-28:
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 *
 * The rows it shares with C2 are in _lib/transferability.ts.
 */
import type { EducationLevel } from '../../profile/schema.js';
import type { Factor } from '../types.js';
import { scoreTransferabilityRows, type TransferabilityTable } from './_lib/transferability.js';

/**
 * The education tiers of C1. `0`: secondary or less. `L`: a post-secondary credential of one
 * year or longer — a single bachelor's degree included. `U`: two or more post-secondary
 * credentials with one of three years or longer, a master's or entry-to-practice professional
 * degree, or a doctorate.
 */
export type EducationTier = '0' | 'L' | 'U';

/**
 * Each education level's C1 tier. A bachelor's is `L` (13/25), not `U`: IRCC's 2016 clarification
 * reserves 25/50 for master's, professional and doctoral degrees (crs-rules.md §C1 note; S3,
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/30-may-2015-18-november-2016.html),
 * and, per the criteria page, two or more credentials.
 */
export const educationTiers: Readonly<Record<EducationLevel, EducationTier>> = {
  'less-than-secondary': '0',
  secondary: '0',
  'one-year-post-secondary': 'L',
  'two-year-post-secondary': 'L',
  bachelors: 'L',
  'two-or-more': 'U',
  masters: 'U',
  doctoral: 'U',
};

/** Table C1: education with first-language proficiency and with Canadian work; cap 50. */
export const educationTransferabilityPoints: TransferabilityTable<EducationTier> = {
  withLanguage: {
    '0': { 'CLB 7+': 0, 'CLB 9+': 0 },
    L: { 'CLB 7+': 13, 'CLB 9+': 25 },
    U: { 'CLB 7+': 25, 'CLB 9+': 50 },
  },
  withCanadianWork: {
    '0': { '1 year': 0, '2 years or more': 0 },
    L: { '1 year': 13, '2 years or more': 25 },
    U: { '1 year': 25, '2 years or more': 50 },
  },
  cap: 50,
};

/**
 * CRS C1: education × first-language tier plus education × Canadian work, capped at 50. No
 * recognized credential is tier 0.
 * @example transferabilityEducation(facts({ education: 'masters', first: allAt(9), canadianWorkYears: 2 }))
 * //=> { factor: 'transferability-education', section: 'C', points: 50, max: 50,
 * //     facts: { education: 'masters', tier: 'U', languageTier: 'CLB 9+', canadianWorkYears: 2 },
 * //     rows: [{ row: 'education-language', points: 50, max: 50 },
 * //            { row: 'education-canadian-work', points: 50, max: 50 }] }
 * @example transferabilityEducation(facts({ education: 'bachelors', first: allAt(9), canadianWorkYears: 1 })).points
 * //=> 38 (25 + 13)
 */
export const transferabilityEducation: Factor = (facts) => {
  const tier = facts.education === null ? '0' : educationTiers[facts.education];
  const { points, languageTier, rows } = scoreTransferabilityRows(educationTransferabilityPoints, tier, {
    first: facts.first,
    canadianWorkYears: facts.canadianWorkYears,
    rowNames: { language: 'education-language', canadianWork: 'education-canadian-work' },
  });
  return {
    factor: 'transferability-education',
    section: 'C',
    points,
    max: educationTransferabilityPoints.cap,
    facts: { education: facts.education, tier, languageTier, canadianWorkYears: facts.canadianWorkYears },
    rows,
  };
};
