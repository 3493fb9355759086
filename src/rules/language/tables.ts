/**
 * Language test equivalency charts for Express Entry: the lowest score of each ability that
 * reaches each CLB (English) or NCLC (French) level, one table per test and scoring scale.
 *
 * Source: IRCC, "Language test equivalency charts"
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html
 * French version, with the TEF Canada tables before and after 2023-12-11:
 * https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/demande/qualifier/tests-langue/equivalence-nclc.html
 *
 * Released data: a change of chart is a new table with its own dates, never an edit of one below.
 */
import type { IsoDate } from '../_lib/dates.js';
import type { LanguageTestName } from '../profile/schema.js';

/** The four abilities, each converted on its own: the CRS never averages them. */
export const abilities = ['listening', 'reading', 'writing', 'speaking'] as const;
export type Ability = (typeof abilities)[number];

export type OfficialLanguage = 'english' | 'french';

/** The raw scores a test can print for one ability: `min`, `min + step`, … up to `max`. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** One row of a chart: the lowest score per ability that reaches `level`. */
export interface EquivalencyRow {
  readonly level: number;
  readonly listening: number;
  readonly reading: number;
  readonly writing: number;
  readonly speaking: number;
}

/** Tests converted through a chart; `CLB` and `NCLC` results already are levels. */
export type ChartedTestName = Exclude<LanguageTestName, 'CLB' | 'NCLC'>;

export interface EquivalencyTable {
  /** `<test>@<first test date>`, e.g. `TEF-Canada@2023-12-11`: the table a conversion used. */
  readonly id: string;
  readonly test: ChartedTestName;
  /** How the test is named in messages, e.g. `PTE Core`. */
  readonly name: string;
  /** How its scale is named in messages, e.g. `the TEF Canada scale of tests taken before 2023-12-11`. */
  readonly scaleName: string;
  readonly language: OfficialLanguage;
  /** First test date the table applies to, inclusive; `null` when it has no start. */
  readonly from: IsoDate | null;
  /** Test dates before this one use the table; `null` when it is still in force. */
  readonly until: IsoDate | null;
  readonly scales: Readonly<Record<Ability, ScoreScale>>;
  /**
   * Rows from level 10 ("10 or more") down to level 4. A score between two rows takes the
   * lower level; a score below the level-4 row is below CLB 4, level 0.
   */
  readonly rows: readonly EquivalencyRow[];
}

/** The same scale for all four abilities. */
function sameScale(scale: ScoreScale): Record<Ability, ScoreScale> {
  return { listening: scale, reading: scale, writing: scale, speaking: scale };
}

/** IRCC accepts PTE Core for Express Entry from this test date. */
export const PTE_CORE_ACCEPTED_FROM: IsoDate = '2024-01-30';

/** TEF Canada moved to its 0–699 scale for tests taken on or after this date. */
export const TEF_CANADA_NEW_SCALE_FROM: IsoDate = '2023-12-11';

/** IELTS General Training (not Academic): band scores 0–9 in half bands. */
export const ieltsGeneralTraining: EquivalencyTable = {
  id: 'IELTS-GT',
  test: 'IELTS-GT',
  name: 'IELTS General Training',
  scaleName: 'the IELTS General Training band scale',
  language: 'english',
  from: null,
  until: null,
  scales: sameScale({ min: 0, max: 9, step: 0.5 }),
  rows: [
    // Listening 7.0 is CLB 7 (CLB 8 needs 7.5); reading 7.0 is already CLB 9.
    { level: 10, listening: 8.5, reading: 8, writing: 7.5, speaking: 7.5 },
    { level: 9, listening: 8, reading: 7, writing: 7, speaking: 7 },
    { level: 8, listening: 7.5, reading: 6.5, writing: 6.5, speaking: 6.5 },
    { level: 7, listening: 6, reading: 6, writing: 6, speaking: 6 },
    { level: 6, listening: 5.5, reading: 5, writing: 5.5, speaking: 5.5 },
    { level: 5, listening: 5, reading: 4, writing: 5, speaking: 5 },
    { level: 4, listening: 4.5, reading: 3.5, writing: 4, speaking: 4 },
  ],
};

/** CELPIP-General (not CELPIP-General LS): levels M (written 0) and 1–12; 10–12 are all CLB 10. */
export const celpipGeneral: EquivalencyTable = {
  id: 'CELPIP-G',
  test: 'CELPIP-G',
  name: 'CELPIP-General',
  scaleName: 'the CELPIP-General scale (0 stands for "M")',
  language: 'english',
  from: null,
  until: null,
  scales: sameScale({ min: 0, max: 12, step: 1 }),
  rows: [
    { level: 10, listening: 10, reading: 10, writing: 10, speaking: 10 },
    { level: 9, listening: 9, reading: 9, writing: 9, speaking: 9 },
    { level: 8, listening: 8, reading: 8, writing: 8, speaking: 8 },
    { level: 7, listening: 7, reading: 7, writing: 7, speaking: 7 },
    { level: 6, listening: 6, reading: 6, writing: 6, speaking: 6 },
    { level: 5, listening: 5, reading: 5, writing: 5, speaking: 5 },
    { level: 4, listening: 4, reading: 4, writing: 4, speaking: 4 },
  ],
};

/** PTE Core (not PTE Academic): 10–90 per skill, accepted for tests taken from 2024-01-30. */
export const pteCore: EquivalencyTable = {
  id: `PTE-Core@${PTE_CORE_ACCEPTED_FROM}`,
  test: 'PTE-Core',
  name: 'PTE Core',
  scaleName: 'the PTE Core scale',
  language: 'english',
  from: PTE_CORE_ACCEPTED_FROM,
  until: null,
  scales: sameScale({ min: 10, max: 90, step: 1 }),
  rows: [
    { level: 10, listening: 89, reading: 88, writing: 90, speaking: 89 },
    { level: 9, listening: 82, reading: 78, writing: 88, speaking: 84 },
    { level: 8, listening: 71, reading: 69, writing: 79, speaking: 76 },
    { level: 7, listening: 60, reading: 60, writing: 69, speaking: 68 },
    // Reading CLB 6 starts at 51 in IRCC's chart (one public ruleset says 50: wrong).
    { level: 6, listening: 50, reading: 51, writing: 60, speaking: 59 },
    { level: 5, listening: 39, reading: 42, writing: 51, speaking: 51 },
    { level: 4, listening: 28, reading: 33, writing: 41, speaking: 42 },
  ],
};

/** TEF Canada, tests taken before 2023-12-11: listening /360, reading /300, writing and speaking /450. */
export const tefCanadaBefore20231211: EquivalencyTable = {
  id: 'TEF-Canada@before-2023-12-11',
  test: 'TEF-Canada',
  name: 'TEF Canada',
  scaleName: `the TEF Canada scale of tests taken before ${TEF_CANADA_NEW_SCALE_FROM}`,
  language: 'french',
  from: null,
  until: TEF_CANADA_NEW_SCALE_FROM,
  scales: {
    listening: { min: 0, max: 360, step: 1 },
    reading: { min: 0, max: 300, step: 1 },
    writing: { min: 0, max: 450, step: 1 },
    speaking: { min: 0, max: 450, step: 1 },
  },
  rows: [
    { level: 10, listening: 316, reading: 263, writing: 393, speaking: 393 },
    { level: 9, listening: 298, reading: 248, writing: 371, speaking: 371 },
    { level: 8, listening: 280, reading: 233, writing: 349, speaking: 349 },
    { level: 7, listening: 249, reading: 207, writing: 310, speaking: 310 },
    { level: 6, listening: 217, reading: 181, writing: 271, speaking: 271 },
    { level: 5, listening: 181, reading: 151, writing: 226, speaking: 226 },
    { level: 4, listening: 145, reading: 121, writing: 181, speaking: 181 },
  ],
};

/**
 * TEF Canada, tests taken on or after 2023-12-11: every ability 0–699. The ranges overlap the
 * old scale's (393 speaking is NCLC 10 there, NCLC 5 here): the test date picks the table.
 */
export const tefCanadaFrom20231211: EquivalencyTable = {
  id: `TEF-Canada@${TEF_CANADA_NEW_SCALE_FROM}`,
  test: 'TEF-Canada',
  name: 'TEF Canada',
  scaleName: `the TEF Canada scale of tests taken on or after ${TEF_CANADA_NEW_SCALE_FROM}`,
  language: 'french',
  from: TEF_CANADA_NEW_SCALE_FROM,
  until: null,
  scales: sameScale({ min: 0, max: 699, step: 1 }),
  rows: [
    { level: 10, listening: 546, reading: 546, writing: 558, speaking: 556 },
    { level: 9, listening: 503, reading: 503, writing: 512, speaking: 518 },
    { level: 8, listening: 462, reading: 462, writing: 472, speaking: 494 },
    { level: 7, listening: 434, reading: 434, writing: 428, speaking: 456 },
    { level: 6, listening: 393, reading: 393, writing: 379, speaking: 422 },
    { level: 5, listening: 352, reading: 352, writing: 330, speaking: 387 },
    { level: 4, listening: 306, reading: 306, writing: 268, speaking: 328 },
  ],
};

/** TCF Canada: listening and reading 0–699, writing and speaking 0–20. */
export const tcfCanada: EquivalencyTable = {
  id: 'TCF-Canada',
  test: 'TCF-Canada',
  name: 'TCF Canada',
  scaleName: 'the TCF Canada scale',
  language: 'french',
  from: null,
  until: null,
  scales: {
    listening: { min: 0, max: 699, step: 1 },
    reading: { min: 0, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  },
  rows: [
    { level: 10, listening: 549, reading: 549, writing: 16, speaking: 16 },
    { level: 9, listening: 523, reading: 524, writing: 14, speaking: 14 },
    { level: 8, listening: 503, reading: 499, writing: 12, speaking: 12 },
    { level: 7, listening: 458, reading: 453, writing: 10, speaking: 10 },
    { level: 6, listening: 398, reading: 406, writing: 7, speaking: 7 },
    { level: 5, listening: 369, reading: 375, writing: 6, speaking: 6 },
    { level: 4, listening: 331, reading: 342, writing: 4, speaking: 4 },
  ],
};

/** Every chart, English then French. */
export const equivalencyTables: readonly EquivalencyTable[] = [
  ieltsGeneralTraining,
  celpipGeneral,
  pteCore,
  tefCanadaBefore20231211,
  tefCanadaFrom20231211,
  tcfCanada,
];

/** A result given directly as benchmark levels: CLB for English, NCLC for French. */
export interface BenchmarkScale {
  readonly test: Exclude<LanguageTestName, ChartedTestName>;
  readonly language: OfficialLanguage;
  readonly scaleName: string;
  /** Levels 0–12 per ability; 11 and 12 count as 10 ("10 or more"), like every chart's top row. */
  readonly scale: ScoreScale;
}

export const benchmarkScales: Readonly<Record<BenchmarkScale['test'], BenchmarkScale>> = {
  CLB: { test: 'CLB', language: 'english', scaleName: 'the CLB scale', scale: { min: 0, max: 12, step: 1 } },
  NCLC: {
    test: 'NCLC',
    language: 'french',
    scaleName: 'the NCLC scale',
    scale: { min: 0, max: 12, step: 1 },
  },
};

/** The highest level a conversion gives: "CLB 10 or more". */
export const TOP_LEVEL = 10;
