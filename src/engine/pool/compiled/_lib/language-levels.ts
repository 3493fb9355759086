/**
 * convert.ts `levelsFromResult`, remembered: a result's levels depend only on its test, the chart
 * in force on its date and its four scores, and a pool of millions repeats the same few thousand
 * of those. The first result of each kind is converted by the rules themselves (which also check
 * it); the others with the same test, chart and scores reuse that answer.
 */
import { dayNumber } from '../../../../rules/_lib/dates.js';
import { levelsFromResult } from '../../../../rules/language/convert.js';
import { abilities, benchmarkScales, equivalencyTables } from '../../../../rules/language/tables.js';
import type { LanguageTestResult } from '../../../../rules/profile/schema.js';

/** French (1) or English (0), then the listening, reading, writing and speaking levels. */
export type CompiledLevels = readonly [number, number, number, number, number];

interface Chart {
  readonly fromDay: number;
  /** The first day the chart no longer applies. */
  readonly untilDay: number;
  readonly converted: Map<number, CompiledLevels>;
}

/** Per test name: its charts in `equivalencyTables` order, or one pseudo-chart for CLB/NCLC levels. */
const chartsByTest = new Map<string, readonly Chart[]>();
/** Distinct results kept per chart; past it, results are converted without being kept. */
const KEPT_PER_CHART = 100_000;
/** Scores are kept by a number made of four values in half steps below this. */
const HALF_STEPS = 2048;

function chartsOf(test: string): readonly Chart[] {
  let charts = chartsByTest.get(test);
  if (charts === undefined) {
    charts = Object.hasOwn(benchmarkScales, test)
      ? [{ fromDay: -(2 ** 31), untilDay: 2 ** 31, converted: new Map() }]
      : equivalencyTables
          .filter((table) => table.test === test)
          .map((table) => ({
            fromDay: table.from === null ? -(2 ** 31) : dayNumber(table.from),
            untilDay: table.until === null ? 2 ** 31 : dayNumber(table.until),
            converted: new Map(),
          }));
    chartsByTest.set(test, charts);
  }
  return charts;
}

/** The four scores as one number, or −1 when one is not a half step from 0 to 1023.5. */
function scoresKey(result: LanguageTestResult): number {
  let key = 0;
  for (const ability of abilities) {
    const halfSteps = result[ability] * 2;
    if (!(Number.isInteger(halfSteps) && halfSteps >= 0 && halfSteps < HALF_STEPS)) return -1;
    key = key * HALF_STEPS + halfSteps;
  }
  return key;
}

function convert(result: LanguageTestResult): CompiledLevels {
  const { language, levels } = levelsFromResult(result);
  return [language === 'french' ? 1 : 0, levels.listening, levels.reading, levels.writing, levels.speaking];
}

/**
 * The language and levels of `result`, taken on the day number `testDay` (its `date`).
 * @throws what `levelsFromResult` throws for a result a parsed profile cannot hold.
 * @example compiledLevels({ test: 'IELTS-GT', date: '2024-11-02', listening: 8, reading: 7, writing: 7, speaking: 7.5 }, dayNumber('2024-11-02'))
 * //=> [0, 9, 9, 9, 10]
 */
export function compiledLevels(result: LanguageTestResult, testDay: number): CompiledLevels {
  const charts = chartsOf(result.test);
  // convert.ts `equivalencyTableFor`: the first chart of the test in force on the test date.
  let chart: Chart | undefined;
  for (const candidate of charts) {
    if (candidate.fromDay <= testDay && testDay < candidate.untilDay) {
      chart = candidate;
      break;
    }
  }
  const key = chart === undefined ? -1 : scoresKey(result);
  if (chart === undefined || key < 0) return convert(result);
  let levels = chart.converted.get(key);
  if (levels === undefined) {
    levels = convert(result);
    if (chart.converted.size < KEPT_PER_CHART) chart.converted.set(key, levels);
  }
  return levels;
}
