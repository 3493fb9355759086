/**
 * CRS A3, first official language: points for each of the four abilities at its CLB (English)
 * or NCLC (French) level, summed (crs-rules.md §A3, §E2).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * ("Core / human capital factors", "Official languages proficiency – first official language").
 */
import type { AbilityLevels } from '../../language/convert.js';
import { type Ability, abilities } from '../../language/tables.js';
import type { Factor } from '../types.js';

/** One row of table A3: CLB/NCLC `fromLevel` or more (up to the next row) and its points per ability. */
export interface FirstLanguageRow {
  readonly fromLevel: number;
  readonly withSpouse: number;
  readonly withoutSpouse: number;
}

/** Table A3, highest level first; below CLB 4 earns 0 in both columns. */
export const firstLanguagePoints: readonly FirstLanguageRow[] = [
  { fromLevel: 10, withSpouse: 32, withoutSpouse: 34 },
  { fromLevel: 9, withSpouse: 29, withoutSpouse: 31 },
  { fromLevel: 8, withSpouse: 22, withoutSpouse: 23 },
  { fromLevel: 7, withSpouse: 16, withoutSpouse: 17 },
  { fromLevel: 6, withSpouse: 8, withoutSpouse: 9 },
  { fromLevel: 4, withSpouse: 6, withoutSpouse: 6 },
];

/** Each ability's points (a `FactorScore` row) and their sum, before any cap. */
export interface AbilityPoints {
  readonly rows: ReadonlyArray<{ readonly row: Ability; readonly points: number; readonly max: number }>;
  readonly sum: number;
}

/**
 * Scores each ability on its own — the CRS never averages them — with `pointsAt(level)`; every
 * row's `max` is `maxPerAbility`. Shared by the language factors A3, A4 and B2.
 * @example pointsPerAbility({ listening: 9, reading: 8, writing: 7, speaking: 7 }, (level) => (level >= 9 ? 6 : 0), 6).sum //=> 6
 */
export function pointsPerAbility(
  levels: AbilityLevels,
  pointsAt: (level: number) => number,
  maxPerAbility: number,
): AbilityPoints {
  const rows = abilities.map((ability) => ({
    row: ability,
    points: pointsAt(levels[ability]),
    max: maxPerAbility,
  }));
  return { rows, sum: rows.reduce((total, row) => total + row.points, 0) };
}

/**
 * CRS A3: the points of each ability of the first official language, in the with- or
 * without-spouse column, summed; no valid test earns none. Max 128 with spouse (4 × 32), 136
 * without (4 × 34). `rows` gives each ability's points.
 * @example firstOfficialLanguage(facts({ firstLanguage: 'english', first: { listening: 9, reading: 8, writing: 7, speaking: 7 } })).points
 * //=> 88 (31 + 23 + 17 + 17, without spouse)
 * @example firstOfficialLanguage(facts({ firstLanguage: 'english', first: { listening: 9, reading: 8, writing: 7, speaking: 7 } })).facts
 * //=> { language: 'english', listening: 9, reading: 8, writing: 7, speaking: 7 }
 */
export const firstOfficialLanguage: Factor = (facts) => {
  const side = facts.withSpouse ? 'withSpouse' : 'withoutSpouse';
  const top = Math.max(...firstLanguagePoints.map((row) => row[side]));
  const max = abilities.length * top;
  if (facts.first === null) {
    return { factor: 'first-language', section: 'A', points: 0, max, facts: { language: null } };
  }
  const scored = pointsPerAbility(
    facts.first,
    (level) => firstLanguagePoints.find((row) => level >= row.fromLevel)?.[side] ?? 0,
    top,
  );
  return {
    factor: 'first-language',
    section: 'A',
    points: scored.sum,
    max,
    facts: { language: facts.firstLanguage, ...facts.first },
    rows: scored.rows,
  };
};
