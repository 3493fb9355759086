/**
 * CRS A4, second official language: points for each of the four abilities at its CLB/NCLC
 * level, summed, then capped at 22 with spouse and 24 without (crs-rules.md §A4, §E2).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Core / human capital factors", "Official languages proficiency – second official language").
 */
import type { OfficialLanguage } from '../../language/tables.js';
import type { Factor } from '../types.js';
import { pointsPerAbility } from './first-language.js';

/** One row of table A4: CLB/NCLC `fromLevel` or more (up to the next row) and its points per ability. */
export interface SecondLanguageRow {
  readonly fromLevel: number;
  readonly withSpouse: number;
  readonly withoutSpouse: number;
}

/**
 * Table A4, highest level first; CLB 4 or less earns 0. Both columns hold the same points: only
 * the cap differs. There is no "all four at CLB 5" precondition in the CRS (crs-rules.md §A4).
 */
export const secondLanguagePoints: readonly SecondLanguageRow[] = [
  { fromLevel: 9, withSpouse: 6, withoutSpouse: 6 },
  { fromLevel: 7, withSpouse: 3, withoutSpouse: 3 },
  { fromLevel: 5, withSpouse: 1, withoutSpouse: 1 },
];

/** A4's cap on the sum of the four abilities: 4 × 6 = 24 is more than the 22 allowed with spouse. */
export const SECOND_LANGUAGE_CAP = { withSpouse: 22, withoutSpouse: 24 } as const;

const otherLanguage = (language: OfficialLanguage | null): OfficialLanguage | null =>
  language === null ? null : language === 'english' ? 'french' : 'english';

/**
 * CRS A4: the points of each ability of the second official language, summed, then capped at 22
 * with spouse or 24 without; no valid test in the second language earns none. `rows` gives each
 * ability's points before the cap.
 * @example secondOfficialLanguage(facts({ withSpouse: true, firstLanguage: 'english', second: { listening: 9, reading: 9, writing: 9, speaking: 10 } }))
 * //=> { factor: 'second-language', section: 'A', points: 22, max: 22,
 * //     facts: { language: 'french', listening: 9, reading: 9, writing: 9, speaking: 10 }, rows: [...] } (24 capped to 22)
 * @example secondOfficialLanguage(facts({ firstLanguage: 'french', second: { listening: 7, reading: 5, writing: 4, speaking: 9 } })).points
 * //=> 10 (3 + 1 + 0 + 6)
 */
export const secondOfficialLanguage: Factor = (facts) => {
  const side = facts.withSpouse ? 'withSpouse' : 'withoutSpouse';
  const max = SECOND_LANGUAGE_CAP[side];
  if (facts.second === null) {
    return { factor: 'second-language', section: 'A', points: 0, max, facts: { language: null } };
  }
  const scored = pointsPerAbility(
    facts.second,
    (level) => secondLanguagePoints.find((row) => level >= row.fromLevel)?.[side] ?? 0,
    Math.max(...secondLanguagePoints.map((row) => row[side])),
  );
  return {
    factor: 'second-language',
    section: 'A',
    points: Math.min(max, scored.sum),
    max,
    facts: { language: otherLanguage(facts.firstLanguage), ...facts.second },
    rows: scored.rows,
  };
};
