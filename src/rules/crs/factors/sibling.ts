/**
 * CRS D, brother or sister living in Canada: 15 points for a sibling of the candidate or of the
 * accompanying partner who is a Canadian citizen or permanent resident, lives in Canada and is 18
 * or older; 15 at most whatever the number of siblings (crs-rules.md §D).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Additional points"). Introduced on 2017-06-06 by Ministerial Instructions 2017-1:
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/amending-express-entry-system-2017.html
 * Only the rule sets from 2017-06-06 list this factor, so it reads no date itself.
 */
import type { Factor } from '../types.js';

/** MI 2017-1: siblings earn 15 points. */
export const SIBLING_POINTS = 15;

/**
 * CRS D: 15 points for a brother or sister in Canada (the candidate's or the partner's).
 * @example siblingInCanada(facts({ siblingInCanada: true }))
 * //=> { factor: 'sibling', section: 'D', points: 15, max: 15, facts: { siblingInCanada: true } }
 * @example siblingInCanada(facts({ siblingInCanada: false })).points //=> 0
 */
export const siblingInCanada: Factor = (facts) => ({
  factor: 'sibling',
  section: 'D',
  points: facts.siblingInCanada ? SIBLING_POINTS : 0,
  max: SIBLING_POINTS,
  facts: { siblingInCanada: facts.siblingInCanada },
});
