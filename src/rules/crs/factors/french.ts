/**
 * CRS D, French-language skills: a bonus for NCLC 7 or more on all four French abilities, the
 * larger amount when English is also at CLB 5 or more on all four (crs-rules.md §D, "French-points
 * details"). The bonus comes on top of the official-language points, and whether French is the
 * first or the second official language does not matter.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Additional points"). Introduced at 15/30 points on 2017-06-06 by Ministerial Instructions
 * 2017-1 (https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/amending-express-entry-system-2017.html);
 * raised to 25/50 in October 2020 (announced 2020-10-27; crs-rules.md §F).
 */
import type { AbilityLevels } from '../../language/convert.js';
import type { Factor } from '../types.js';
import { lowestLevel } from './_lib/transferability.js';

/** The two amounts of the French bonus: with English below CLB 5 (or none), and with CLB 5+. */
export interface FrenchPoints {
  readonly withoutEnglish: number;
  readonly withEnglish: number;
}

/** MI 2017-1, in force 2017-06-06: 15 points, or 30 with English at CLB 5+ on all four. */
export const FRENCH_POINTS_2017: FrenchPoints = { withoutEnglish: 15, withEnglish: 30 };

/** October 2020: 25 points, or 50 with English at CLB 5+ on all four. */
export const FRENCH_POINTS_2020: FrenchPoints = { withoutEnglish: 25, withEnglish: 50 };

/** What the French bonus reads of one language: all four abilities at the level, some below, or no valid test. */
type LevelOnAllFour = 'all four' | 'not all four' | 'no test';

function onAllFour(levels: AbilityLevels | null, level: number): LevelOnAllFour {
  if (levels === null) return 'no test';
  return lowestLevel(levels) >= level ? 'all four' : 'not all four';
}

/**
 * The CRS D French-language factor for one table of amounts. NCLC 7+ on all four French abilities
 * earns `withEnglish` when English is CLB 5+ on all four, otherwise `withoutEnglish` — also for
 * mixed English such as L5 R4 W4 S5 (crs-rules.md §D: only "CLB 5 or higher on all four" earns the
 * larger amount). French below NCLC 7 on any ability, or no French test, earns none.
 * @example frenchLanguageSkills(FRENCH_POINTS_2020)(facts({ french: allAt(7), english: levels(5, 4, 4, 5) }))
 * //=> { factor: 'french', section: 'D', points: 25, max: 50,
 * //     facts: { frenchNclc7: 'all four', englishClb5: 'not all four' } }
 * @example frenchLanguageSkills(FRENCH_POINTS_2017)(facts({ french: allAt(8), english: allAt(5) })).points //=> 30
 */
export function frenchLanguageSkills(table: FrenchPoints): Factor {
  return (facts) => {
    const frenchNclc7 = onAllFour(facts.french, 7);
    const englishClb5 = onAllFour(facts.english, 5);
    let points = 0;
    if (frenchNclc7 === 'all four')
      points = englishClb5 === 'all four' ? table.withEnglish : table.withoutEnglish;
    return {
      factor: 'french',
      section: 'D',
      points,
      max: Math.max(table.withEnglish, table.withoutEnglish),
      facts: { frenchNclc7, englishClb5 },
    };
  };
}
