/**
 * CRS B2, spouse's or common-law partner's official language proficiency: points for each of
 * the four abilities of the partner's first official language, summed; only when scored with
 * spouse (crs-rules.md §A0, §B).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Spouse or common-law partner factors", "Official languages proficiency – first official language").
 */
import type { AbilityLevels } from '../../language/convert.js';
import { abilities, type OfficialLanguage } from '../../language/tables.js';
import type { Factor } from '../types.js';
import { type AbilityPoints, pointsPerAbility } from './first-language.js';

/** One row of table B2: CLB/NCLC `fromLevel` or more (up to the next row) and its points per ability. */
export interface SpouseLanguageRow {
  readonly fromLevel: number;
  readonly points: number;
}

/** Table B2, highest level first; CLB 4 or less earns 0. */
export const spouseLanguagePoints: readonly SpouseLanguageRow[] = [
  { fromLevel: 9, points: 5 },
  { fromLevel: 7, points: 3 },
  { fromLevel: 5, points: 1 },
];

const TOP_PER_ABILITY = Math.max(...spouseLanguagePoints.map((row) => row.points));
const SPOUSE_LANGUAGE_MAX = abilities.length * TOP_PER_ABILITY;

const pointsAt = (level: number) => spouseLanguagePoints.find((row) => level >= row.fromLevel)?.points ?? 0;

/**
 * CRS B2: the points of each ability of the spouse's first official language, summed. The facts
 * hold no declared first language for the spouse, so both of the spouse's valid results are
 * scored and the higher kept (English on a tie); `facts.language` says which one scored. No
 * valid test earns none. Max 20 (4 × 5); without spouse (§A0) 0 of 0. `rows` gives each
 * ability's points.
 * @example spouseLanguage(facts({ withSpouse: true, spouse: spouse({ english: { listening: 5, reading: 5, writing: 5, speaking: 5 }, french: { listening: 7, reading: 7, writing: 9, speaking: 4 } }) }))
 * //=> { factor: 'spouse-language', section: 'B', points: 11, max: 20,
 * //     facts: { language: 'french', listening: 7, reading: 7, writing: 9, speaking: 4 }, rows: [...] } (English: 4)
 */
export const spouseLanguage: Factor = (facts) => {
  if (!facts.withSpouse || facts.spouse === null) {
    return { factor: 'spouse-language', section: 'B', points: 0, max: 0, facts: { withSpouse: false } };
  }
  let best: { language: OfficialLanguage; levels: AbilityLevels; scored: AbilityPoints } | null = null;
  for (const language of ['english', 'french'] as const) {
    const levels = facts.spouse[language];
    if (levels === null) continue;
    const scored = pointsPerAbility(levels, pointsAt, TOP_PER_ABILITY);
    if (best === null || scored.sum > best.scored.sum) best = { language, levels, scored };
  }
  if (best === null) {
    return {
      factor: 'spouse-language',
      section: 'B',
      points: 0,
      max: SPOUSE_LANGUAGE_MAX,
      facts: { language: null },
    };
  }
  return {
    factor: 'spouse-language',
    section: 'B',
    points: best.scored.sum,
    max: SPOUSE_LANGUAGE_MAX,
    facts: { language: best.language, ...best.levels },
    rows: best.scored.rows,
  };
};
