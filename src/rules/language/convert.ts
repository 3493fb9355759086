/**
 * One language test result → a CLB (English) or NCLC (French) level per ability, through the
 * IRCC equivalency chart in force on the test date; and the raw scores a test cannot print.
 *
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html
 */
import { isIsoDate } from '../_lib/dates.js';
// Types only: schema.ts imports scoreProblems from this module, so a value import would be a cycle.
import type { LanguageTestName, LanguageTestResult } from '../profile/schema.js';
import {
  type Ability,
  abilities,
  benchmarkScales,
  type EquivalencyTable,
  equivalencyTables,
  type OfficialLanguage,
  type ScoreScale,
  TOP_LEVEL,
} from './tables.js';

/** A CLB/NCLC level per ability: 4–10 from a chart (0 = below CLB 4), 0–10 from a CLB/NCLC result. */
export type AbilityLevels = Record<Ability, number>;

/** What {@link levelsFromResult} returns. */
export interface ConvertedResult {
  language: OfficialLanguage;
  levels: AbilityLevels;
  /** The chart used (`EquivalencyTable.id`), or `null` for a result given as CLB/NCLC levels. */
  table: string | null;
}

/** A raw value a test cannot produce: which field, and what it should have been. */
export interface ScoreProblem {
  ability: Ability | 'date';
  expected: string;
}

function isBenchmark(test: string): test is keyof typeof benchmarkScales {
  return Object.hasOwn(benchmarkScales, test);
}

/**
 * The chart that converts a `test` result taken on `date`, or `undefined` when no chart
 * applies: a result given as CLB/NCLC levels, or a test IRCC did not accept on that date.
 * @example equivalencyTableFor('TEF-Canada', '2023-12-10')?.id //=> 'TEF-Canada@before-2023-12-11'
 * @example equivalencyTableFor('PTE-Core', '2024-01-29') //=> undefined
 */
export function equivalencyTableFor(test: LanguageTestName, date: string): EquivalencyTable | undefined {
  // ISO dates compare as strings.
  return equivalencyTables.find(
    (table) =>
      table.test === test &&
      (table.from === null || date >= table.from) &&
      (table.until === null || date < table.until),
  );
}

/**
 * The level a raw score reaches in one ability: the first row, from the top, whose minimum the
 * score meets; a score between rows takes the lower level; below the level-4 row, 0.
 * @example levelFromScore(ieltsGeneralTraining, 'listening', 7) //=> 7
 */
export function levelFromScore(table: EquivalencyTable, ability: Ability, score: number): number {
  return table.rows.find((row) => score >= row[ability])?.level ?? 0;
}

function isOnScale(score: number, { min, max, step }: ScoreScale): boolean {
  return score >= min && score <= max && Number.isInteger((score - min) / step);
}

function describeScale({ min, max, step }: ScoreScale): string {
  return step === 1
    ? `a whole number from ${min} to ${max}`
    : `a number from ${min} to ${max} in steps of ${step}`;
}

/**
 * The raw values in `result` that its test cannot produce (IELTS 7.25, a TEF score above 360
 * in listening before 2023-12-11, …), and a test date IRCC did not accept it on (PTE Core
 * before 2024-01-30). Empty for a valid result. The profile schema reports each one.
 * @example scoreProblems({ test: 'IELTS-GT', date: '2024-11-02', listening: 7.25, reading: 7, writing: 7, speaking: 7 })
 * //=> [{ ability: 'listening', expected: 'a number from 0 to 9 in steps of 0.5 for listening on the IELTS General Training band scale' }]
 */
export function scoreProblems(result: LanguageTestResult): ScoreProblem[] {
  let scale: (ability: Ability) => ScoreScale;
  let scaleName: string;
  const problems: ScoreProblem[] = [];
  if (isBenchmark(result.test)) {
    const benchmark = benchmarkScales[result.test];
    scale = () => benchmark.scale;
    scaleName = benchmark.scaleName;
  } else {
    const tables = equivalencyTables.filter((table) => table.test === result.test);
    const current = tables.find((table) => table.until === null);
    // An unknown test name is reported by the schema's enum; nothing to check here.
    if (current === undefined) return [];
    // A malformed date is reported by the schema: check the scores on the current scale.
    const table = isIsoDate(result.date) ? equivalencyTableFor(result.test, result.date) : current;
    if (table === undefined) {
      const accepted = tables.map((t) => t.from).find((from) => from !== null);
      problems.push({
        ability: 'date',
        expected: `a ${current.name} test taken on or after ${accepted}, when IRCC began accepting it`,
      });
    }
    const used = table ?? current;
    scale = (ability) => used.scales[ability];
    scaleName = used.scaleName;
  }
  for (const ability of abilities) {
    if (!isOnScale(result[ability], scale(ability))) {
      problems.push({ ability, expected: `${describeScale(scale(ability))} for ${ability} on ${scaleName}` });
    }
  }
  return problems;
}

/**
 * The CLB (English) or NCLC (French) level of each ability of one result, through the chart in
 * force on the test date (TEF Canada changed scale on 2023-12-11). Levels top out at 10 ("10 or
 * more"); a score below a chart's CLB 4 row gives 0. A CLB/NCLC result gives its own levels,
 * 11 and 12 counting as 10.
 * @throws RangeError when {@link scoreProblems} finds a problem: a parsed profile has none.
 * @example levelsFromResult({ test: 'IELTS-GT', date: '2024-11-02', listening: 8, reading: 7, writing: 7, speaking: 7.5 })
 * //=> { language: 'english', levels: { listening: 9, reading: 9, writing: 9, speaking: 10 }, table: 'IELTS-GT' }
 */
export function levelsFromResult(result: LanguageTestResult): ConvertedResult {
  const problems = scoreProblems(result);
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.ability}: expected ${problem.expected}`).join('; ');
    throw new RangeError(`not a valid ${result.test} result (${list})`);
  }
  if (isBenchmark(result.test)) {
    return {
      language: benchmarkScales[result.test].language,
      levels: levelsBy((ability) => Math.min(result[ability], TOP_LEVEL)),
      table: null,
    };
  }
  const table = equivalencyTableFor(result.test, result.date);
  // scoreProblems found a chart for this test and date, or reported one above.
  if (table === undefined) throw new RangeError(`no chart for ${result.test} on ${result.date}`);
  return {
    language: table.language,
    levels: levelsBy((ability) => levelFromScore(table, ability, result[ability])),
    table: table.id,
  };
}

function levelsBy(level: (ability: Ability) => number): AbilityLevels {
  return {
    listening: level('listening'),
    reading: level('reading'),
    writing: level('writing'),
    speaking: level('speaking'),
  };
}
