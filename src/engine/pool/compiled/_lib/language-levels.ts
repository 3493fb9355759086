/**
 * convert.ts `levelsFromResult`, remembered: a result's levels depend only on its test, the chart
 * in force on its date and its four scores, and a pool of millions repeats the same few thousand
 * of those. The first result of each kind is converted by the rules themselves (which also check
 * it); the others with the same test, chart and scores reuse that answer.
 */
import { dayNumber } from '../../../../rules/_lib/dates.js';
import { levelsFromResult } from '../../../../rules/language/convert.js';
import { benchmarkScales, equivalencyTables } from '../../../../rules/language/tables.js';
import type { LanguageTestResult } from '../../../../rules/profile/schema.js';

/** French (1) or English (0), then the listening, reading, writing and speaking levels. */
export type CompiledLevels = readonly [number, number, number, number, number];

interface Chart {
  readonly fromDay: number;
  /** The first day the chart no longer applies. */
  readonly untilDay: number;
  /**
   * By listening and reading scores, then by writing and speaking scores (each pair one small
   * integer: a key of all four would be a double, which V8 boxes on every lookup).
   */
  readonly converted: Map<number, Map<number, CompiledLevels>>;
  kept: number;
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
      ? [{ fromDay: -(2 ** 31), untilDay: 2 ** 31, converted: new Map(), kept: 0 }]
      : equivalencyTables
          .filter((table) => table.test === test)
          .map((table) => ({
            fromDay: table.from === null ? -(2 ** 31) : dayNumber(table.from),
            untilDay: table.until === null ? 2 ** 31 : dayNumber(table.until),
            converted: new Map(),
            kept: 0,
          }));
    chartsByTest.set(test, charts);
  }
  return charts;
}

/** Two scores as one number, or −1 when one is not a half step from 0 to 1023.5. */
function pairKey(first: number, second: number): number {
  const firstSteps = first * 2;
  const secondSteps = second * 2;
  if (!(Number.isInteger(firstSteps) && firstSteps >= 0 && firstSteps < HALF_STEPS)) return -1;
  if (!(Number.isInteger(secondSteps) && secondSteps >= 0 && secondSteps < HALF_STEPS)) return -1;
  return firstSteps * HALF_STEPS + secondSteps;
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
  if (chart === undefined) return convert(result);
  const listeningReading = pairKey(result.listening, result.reading);
  const writingSpeaking = pairKey(result.writing, result.speaking);
  if (listeningReading < 0 || writingSpeaking < 0) return convert(result);
  let byWritingSpeaking = chart.converted.get(listeningReading);
  let levels = byWritingSpeaking?.get(writingSpeaking);
  if (levels === undefined) {
    levels = convert(result);
    if (chart.kept < KEPT_PER_CHART) {
      if (byWritingSpeaking === undefined) {
        byWritingSpeaking = new Map();
        chart.converted.set(listeningReading, byWritingSpeaking);
      }
      byWritingSpeaking.set(writingSpeaking, levels);
      chart.kept += 1;
    }
  }
  return levels;
}
