/**
 * CRS D, provincial or territorial nomination: 600 points for a nomination under an enhanced
 * (Express Entry-aligned) provincial nominee stream (crs-rules.md §D).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Additional points"); 600 points since Express Entry opened on 2015-01-01 (Ministerial
 * Instructions respecting the Express Entry system, signed 2014-11-28:
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html).
 */
import type { Factor } from '../types.js';

/** Points for a provincial or territorial nomination; alone it fills section D (max 600). */
export const PROVINCIAL_NOMINATION_POINTS = 600;

/**
 * CRS D: 600 points for a provincial or territorial nomination issued by the scoring date.
 * @example provincialNomination(facts({ provincialNomination: true }))
 * //=> { factor: 'provincial-nomination', section: 'D', points: 600, max: 600, facts: { provincialNomination: true } }
 * @example provincialNomination(facts({ provincialNomination: false })).points //=> 0
 */
export const provincialNomination: Factor = (facts) => ({
  factor: 'provincial-nomination',
  section: 'D',
  points: facts.provincialNomination ? PROVINCIAL_NOMINATION_POINTS : 0,
  max: PROVINCIAL_NOMINATION_POINTS,
  facts: { provincialNomination: facts.provincialNomination },
});
