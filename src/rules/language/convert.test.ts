import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rejectionIssues } from '../_test/profiles.js';
import { parseProfile } from '../profile/parse.js';
import type { LanguageTestResult } from '../profile/schema.js';
import { equivalencyTableFor, levelsFromResult, scoreProblems } from './convert.js';
import { type Ability, abilities, equivalencyTables } from './tables.js';

/** `[level, lowest score, highest score]`, copied row by row from the charts in language-tests.md. */
type Ranges = ReadonlyArray<readonly [level: number, low: number, high: number]>;

interface Chart {
  name: string;
  /** A valid result of the test, on a date the chart applies to; each case changes one ability. */
  base: LanguageTestResult;
  /** The smallest difference between two scores the test prints. */
  step: number;
  ranges: Record<Ability, Ranges>;
}

// CELPIP-General: the same rows for all four components.
const celpipRanges: Ranges = [
  [10, 10, 12],
  [9, 9, 9],
  [8, 8, 8],
  [7, 7, 7],
  [6, 6, 6],
  [5, 5, 5],
  [4, 4, 4],
];

const charts: Chart[] = [
  {
    name: 'IELTS General Training',
    base: { test: 'IELTS-GT', date: '2024-06-01', listening: 6, reading: 6, writing: 6, speaking: 6 },
    step: 0.5,
    ranges: {
      listening: [
        [10, 8.5, 9],
        [9, 8, 8],
        [8, 7.5, 7.5],
        [7, 6, 7],
        [6, 5.5, 5.5],
        [5, 5, 5],
        [4, 4.5, 4.5],
      ],
      reading: [
        [10, 8, 9],
        [9, 7, 7.5],
        [8, 6.5, 6.5],
        [7, 6, 6],
        [6, 5, 5.5],
        [5, 4, 4.5],
        [4, 3.5, 3.5],
      ],
      writing: [
        [10, 7.5, 9],
        [9, 7, 7],
        [8, 6.5, 6.5],
        [7, 6, 6],
        [6, 5.5, 5.5],
        [5, 5, 5],
        [4, 4, 4.5],
      ],
      speaking: [
        [10, 7.5, 9],
        [9, 7, 7],
        [8, 6.5, 6.5],
        [7, 6, 6],
        [6, 5.5, 5.5],
        [5, 5, 5],
        [4, 4, 4.5],
      ],
    },
  },
  {
    name: 'CELPIP-General',
    base: { test: 'CELPIP-G', date: '2024-06-01', listening: 7, reading: 7, writing: 7, speaking: 7 },
    step: 1,
    ranges: { listening: celpipRanges, reading: celpipRanges, writing: celpipRanges, speaking: celpipRanges },
  },
  {
    name: 'PTE Core',
    base: { test: 'PTE-Core', date: '2024-06-01', listening: 60, reading: 60, writing: 60, speaking: 60 },
    step: 1,
    ranges: {
      listening: [
        [10, 89, 90],
        [9, 82, 88],
        [8, 71, 81],
        [7, 60, 70],
        [6, 50, 59],
        [5, 39, 49],
        [4, 28, 38],
      ],
      reading: [
        [10, 88, 90],
        [9, 78, 87],
        [8, 69, 77],
        [7, 60, 68],
        [6, 51, 59],
        [5, 42, 50],
        [4, 33, 41],
      ],
      writing: [
        [10, 90, 90],
        [9, 88, 89],
        [8, 79, 87],
        [7, 69, 78],
        [6, 60, 68],
        [5, 51, 59],
        [4, 41, 50],
      ],
      speaking: [
        [10, 89, 90],
        [9, 84, 88],
        [8, 76, 83],
        [7, 68, 75],
        [6, 59, 67],
        [5, 51, 58],
        [4, 42, 50],
      ],
    },
  },
  {
    name: 'TEF Canada, tests on or after 2023-12-11',
    base: {
      test: 'TEF-Canada',
      date: '2024-06-01',
      listening: 450,
      reading: 450,
      writing: 450,
      speaking: 450,
    },
    step: 1,
    ranges: {
      listening: [
        [10, 546, 699],
        [9, 503, 545],
        [8, 462, 502],
        [7, 434, 461],
        [6, 393, 433],
        [5, 352, 392],
        [4, 306, 351],
      ],
      reading: [
        [10, 546, 699],
        [9, 503, 545],
        [8, 462, 502],
        [7, 434, 461],
        [6, 393, 433],
        [5, 352, 392],
        [4, 306, 351],
      ],
      writing: [
        [10, 558, 699],
        [9, 512, 557],
        [8, 472, 511],
        [7, 428, 471],
        [6, 379, 427],
        [5, 330, 378],
        [4, 268, 329],
      ],
      speaking: [
        [10, 556, 699],
        [9, 518, 555],
        [8, 494, 517],
        [7, 456, 493],
        [6, 422, 455],
        [5, 387, 421],
        [4, 328, 386],
      ],
    },
  },
  {
    name: 'TEF Canada, tests before 2023-12-11',
    base: {
      test: 'TEF-Canada',
      date: '2023-06-01',
      listening: 250,
      reading: 250,
      writing: 250,
      speaking: 250,
    },
    step: 1,
    ranges: {
      listening: [
        [10, 316, 360],
        [9, 298, 315],
        [8, 280, 297],
        [7, 249, 279],
        [6, 217, 248],
        [5, 181, 216],
        [4, 145, 180],
      ],
      reading: [
        [10, 263, 300],
        [9, 248, 262],
        [8, 233, 247],
        [7, 207, 232],
        [6, 181, 206],
        [5, 151, 180],
        [4, 121, 150],
      ],
      writing: [
        [10, 393, 450],
        [9, 371, 392],
        [8, 349, 370],
        [7, 310, 348],
        [6, 271, 309],
        [5, 226, 270],
        [4, 181, 225],
      ],
      speaking: [
        [10, 393, 450],
        [9, 371, 392],
        [8, 349, 370],
        [7, 310, 348],
        [6, 271, 309],
        [5, 226, 270],
        [4, 181, 225],
      ],
    },
  },
  {
    name: 'TCF Canada',
    base: { test: 'TCF-Canada', date: '2024-06-01', listening: 450, reading: 450, writing: 10, speaking: 10 },
    step: 1,
    ranges: {
      listening: [
        [10, 549, 699],
        [9, 523, 548],
        [8, 503, 522],
        [7, 458, 502],
        [6, 398, 457],
        [5, 369, 397],
        [4, 331, 368],
      ],
      reading: [
        [10, 549, 699],
        [9, 524, 548],
        [8, 499, 523],
        [7, 453, 498],
        [6, 406, 452],
        [5, 375, 405],
        [4, 342, 374],
      ],
      writing: [
        [10, 16, 20],
        [9, 14, 15],
        [8, 12, 13],
        [7, 10, 11],
        [6, 7, 9],
        [5, 6, 6],
        [4, 4, 5],
      ],
      speaking: [
        [10, 16, 20],
        [9, 14, 15],
        [8, 12, 13],
        [7, 10, 11],
        [6, 7, 9],
        [5, 6, 6],
        [4, 4, 5],
      ],
    },
  },
];

/**
 * Both ends of every row, and the score just below each row's lowest, which belongs to the row
 * underneath (or, under the CLB 4 row, to "below CLB 4", level 0).
 */
function bandEdges({ ranges, step }: Chart, ability: Ability): Array<[score: number, level: number]> {
  const rows = ranges[ability];
  const edges = new Map<number, number>();
  rows.forEach(([level, low, high], index) => {
    const below = rows[index + 1];
    // The charts' rows meet without gap or overlap; anything else is a slip in copying them.
    if (below && below[2] !== low - step)
      throw new Error(`${ability}: rows ${level} and ${below[0]} do not meet`);
    edges.set(high, level);
    edges.set(low, level);
    edges.set(low - step, below?.[0] ?? 0);
  });
  return [...edges];
}

function levelOf(chart: Chart, ability: Ability, score: number): number {
  return levelsFromResult({ ...chart.base, [ability]: score }).levels[ability];
}

describe('levelsFromResult: every band edge of every chart', () => {
  for (const chart of charts) {
    for (const ability of abilities) {
      it.each(bandEdges(chart, ability))(`${chart.name} ${ability} %s → level %s`, (score, level) => {
        expect(levelOf(chart, ability, score)).toBe(level);
      });
    }
  }
});

describe('levelsFromResult', () => {
  const ielts = charts[0] as Chart;
  const celpip = charts[1] as Chart;
  const pte = charts[2] as Chart;
  const tefNew = charts[3] as Chart;
  const tefOld = charts[4] as Chart;
  const tcf = charts[5] as Chart;

  it('reads the watch-outs of the charts', () => {
    expect(levelOf(ielts, 'listening', 7)).toBe(7);
    expect(levelOf(ielts, 'listening', 7.5)).toBe(8);
    expect(levelOf(ielts, 'reading', 7)).toBe(9);
    expect(levelOf(pte, 'reading', 50)).toBe(5);
    expect(levelOf(pte, 'reading', 51)).toBe(6);
    expect(levelOf(tefNew, 'writing', 427)).toBe(6);
    expect(levelOf(tefNew, 'writing', 428)).toBe(7);
    expect(levelOf(tefOld, 'listening', 248)).toBe(6);
    expect(levelOf(tefOld, 'listening', 249)).toBe(7);
    expect(levelOf(tcf, 'writing', 9)).toBe(6);
    expect(levelOf(tcf, 'writing', 10)).toBe(7);
  });

  it('gives CELPIP M–3 as below CLB 4, 4–9 as themselves, 10–12 as CLB 10', () => {
    expect(levelOf(celpip, 'speaking', 0)).toBe(0);
    expect(levelOf(celpip, 'speaking', 3)).toBe(0);
    expect(levelOf(celpip, 'speaking', 4)).toBe(4);
    expect(levelOf(celpip, 'speaking', 9)).toBe(9);
    expect(levelOf(celpip, 'speaking', 11)).toBe(10);
    expect(levelOf(celpip, 'speaking', 12)).toBe(10);
  });

  it('converts each ability on its own, never averaging', () => {
    expect(
      levelsFromResult({
        test: 'IELTS-GT',
        date: '2024-11-02',
        listening: 8,
        reading: 7,
        writing: 7,
        speaking: 7.5,
      }),
    ).toEqual({
      language: 'english',
      levels: { listening: 9, reading: 9, writing: 9, speaking: 10 },
      table: 'IELTS-GT',
    });
    expect(
      levelsFromResult({
        test: 'TCF-Canada',
        date: '2025-01-20',
        listening: 330,
        reading: 699,
        writing: 20,
        speaking: 3,
      }),
    ).toEqual({
      language: 'french',
      levels: { listening: 0, reading: 10, writing: 10, speaking: 0 },
      table: 'TCF-Canada',
    });
  });

  it('picks the TEF Canada chart by test date, not by score', () => {
    const scores = { listening: 316, reading: 263, writing: 393, speaking: 393 };
    const before = levelsFromResult({ test: 'TEF-Canada', date: '2023-12-10', ...scores });
    const after = levelsFromResult({ test: 'TEF-Canada', date: '2023-12-11', ...scores });
    expect(before).toEqual({
      language: 'french',
      levels: { listening: 10, reading: 10, writing: 10, speaking: 10 },
      table: 'TEF-Canada@before-2023-12-11',
    });
    // New scale: listening 316 and reading 263 are NCLC 4 and below 4; writing 393 is 6; speaking 393 is 5.
    expect(after).toEqual({
      language: 'french',
      levels: { listening: 4, reading: 0, writing: 6, speaking: 5 },
      table: 'TEF-Canada@2023-12-11',
    });
  });

  it('takes CLB and NCLC levels as given, 11 and 12 counting as 10', () => {
    expect(
      levelsFromResult({
        test: 'CLB',
        date: '2024-01-01',
        listening: 12,
        reading: 11,
        writing: 10,
        speaking: 3,
      }),
    ).toEqual({
      language: 'english',
      levels: { listening: 10, reading: 10, writing: 10, speaking: 3 },
      table: null,
    });
    expect(
      levelsFromResult({
        test: 'NCLC',
        date: '2024-01-01',
        listening: 7,
        reading: 0,
        writing: 9,
        speaking: 4,
      }),
    ).toEqual({
      language: 'french',
      levels: { listening: 7, reading: 0, writing: 9, speaking: 4 },
      table: null,
    });
  });

  it('throws on a result a parsed profile cannot hold (a programming error)', () => {
    expect(() =>
      levelsFromResult({
        test: 'IELTS-GT',
        date: '2024-06-01',
        listening: 7.25,
        reading: 7,
        writing: 7,
        speaking: 7,
      }),
    ).toThrow(RangeError);
    expect(() =>
      levelsFromResult({
        test: 'PTE-Core',
        date: '2024-01-29',
        listening: 60,
        reading: 60,
        writing: 60,
        speaking: 60,
      }),
    ).toThrow(/2024-01-30/);
  });
});

describe('equivalencyTableFor', () => {
  it('switches TEF Canada on 2023-12-11 and accepts PTE Core from 2024-01-30', () => {
    expect(equivalencyTableFor('TEF-Canada', '2023-12-10')?.id).toBe('TEF-Canada@before-2023-12-11');
    expect(equivalencyTableFor('TEF-Canada', '2023-12-11')?.id).toBe('TEF-Canada@2023-12-11');
    expect(equivalencyTableFor('PTE-Core', '2024-01-29')).toBeUndefined();
    expect(equivalencyTableFor('PTE-Core', '2024-01-30')?.id).toBe('PTE-Core@2024-01-30');
    expect(equivalencyTableFor('CLB', '2024-01-30')).toBeUndefined();
  });
});

describe('scoreProblems', () => {
  const valid = (result: LanguageTestResult) => expect(scoreProblems(result)).toEqual([]);
  const fields = (result: LanguageTestResult) => scoreProblems(result).map((problem) => problem.ability);

  it('accepts the lowest and highest score of every scale', () => {
    valid({ test: 'IELTS-GT', date: '2024-06-01', listening: 0, reading: 9, writing: 0.5, speaking: 8.5 });
    valid({ test: 'CELPIP-G', date: '2024-06-01', listening: 0, reading: 12, writing: 1, speaking: 11 });
    valid({ test: 'PTE-Core', date: '2024-01-30', listening: 10, reading: 90, writing: 11, speaking: 89 });
    valid({ test: 'TEF-Canada', date: '2023-12-11', listening: 0, reading: 699, writing: 699, speaking: 1 });
    valid({
      test: 'TEF-Canada',
      date: '2023-12-10',
      listening: 360,
      reading: 300,
      writing: 450,
      speaking: 0,
    });
    valid({ test: 'TCF-Canada', date: '2024-06-01', listening: 699, reading: 0, writing: 20, speaking: 0 });
    valid({ test: 'CLB', date: '2024-06-01', listening: 0, reading: 12, writing: 4, speaking: 10 });
    valid({ test: 'NCLC', date: '2024-06-01', listening: 12, reading: 0, writing: 4, speaking: 10 });
  });

  it('rejects IELTS scores off the half-band grid or above 9', () => {
    expect(
      scoreProblems({
        test: 'IELTS-GT',
        date: '2024-06-01',
        listening: 7.25,
        reading: 9.5,
        writing: 7,
        speaking: 6.9,
      }),
    ).toEqual([
      {
        ability: 'listening',
        expected:
          'a number from 0 to 9 in steps of 0.5 for listening on the IELTS General Training band scale',
      },
      {
        ability: 'reading',
        expected: 'a number from 0 to 9 in steps of 0.5 for reading on the IELTS General Training band scale',
      },
      {
        ability: 'speaking',
        expected:
          'a number from 0 to 9 in steps of 0.5 for speaking on the IELTS General Training band scale',
      },
    ]);
  });

  it('rejects CELPIP above 12 or fractional, PTE below 10 or above 90', () => {
    expect(
      fields({ test: 'CELPIP-G', date: '2024-06-01', listening: 13, reading: 7.5, writing: 12, speaking: 0 }),
    ).toEqual(['listening', 'reading']);
    expect(
      fields({
        test: 'PTE-Core',
        date: '2024-06-01',
        listening: 9,
        reading: 91,
        writing: 50.5,
        speaking: 10,
      }),
    ).toEqual(['listening', 'reading', 'writing']);
  });

  it('holds a TEF Canada result to the maxima of the scale in force on its date', () => {
    expect(
      scoreProblems({
        test: 'TEF-Canada',
        date: '2023-12-10',
        listening: 361,
        reading: 301,
        writing: 451,
        speaking: 450,
      }),
    ).toEqual([
      {
        ability: 'listening',
        expected:
          'a whole number from 0 to 360 for listening on the TEF Canada scale of tests taken before 2023-12-11',
      },
      {
        ability: 'reading',
        expected:
          'a whole number from 0 to 300 for reading on the TEF Canada scale of tests taken before 2023-12-11',
      },
      {
        ability: 'writing',
        expected:
          'a whole number from 0 to 450 for writing on the TEF Canada scale of tests taken before 2023-12-11',
      },
    ]);
    valid({
      test: 'TEF-Canada',
      date: '2023-12-11',
      listening: 361,
      reading: 301,
      writing: 451,
      speaking: 450,
    });
    expect(
      fields({
        test: 'TEF-Canada',
        date: '2024-06-01',
        listening: 700,
        reading: 500.5,
        writing: 0,
        speaking: 0,
      }),
    ).toEqual(['listening', 'reading']);
  });

  it('holds TCF Canada writing and speaking to 0–20', () => {
    expect(
      fields({
        test: 'TCF-Canada',
        date: '2024-06-01',
        listening: 700,
        reading: 20,
        writing: 21,
        speaking: 20,
      }),
    ).toEqual(['listening', 'writing']);
    expect(
      scoreProblems({
        test: 'TCF-Canada',
        date: '2024-06-01',
        listening: 400,
        reading: 400,
        writing: 10,
        speaking: 21,
      }),
    ).toEqual([
      { ability: 'speaking', expected: 'a whole number from 0 to 20 for speaking on the TCF Canada scale' },
    ]);
  });

  it('holds CLB and NCLC levels to whole numbers 0–12', () => {
    expect(
      scoreProblems({ test: 'CLB', date: '2024-06-01', listening: 13, reading: 7, writing: 7, speaking: 7 }),
    ).toEqual([
      { ability: 'listening', expected: 'a whole number from 0 to 12 for listening on the CLB scale' },
    ]);
    expect(
      fields({ test: 'NCLC', date: '2024-06-01', listening: 7, reading: 7.5, writing: 7, speaking: 7 }),
    ).toEqual(['reading']);
  });

  it('rejects a PTE Core test taken before IRCC accepted it on 2024-01-30', () => {
    const scores = { listening: 60, reading: 60, writing: 60, speaking: 60 };
    expect(scoreProblems({ test: 'PTE-Core', date: '2024-01-29', ...scores })).toEqual([
      {
        ability: 'date',
        expected: 'a PTE Core test taken on or after 2024-01-30, when IRCC began accepting it',
      },
    ]);
    valid({ test: 'PTE-Core', date: '2024-01-30', ...scores });
  });
});

describe('parseProfile with language tests', () => {
  const minimal = {
    format: 'express-entry/profile@1',
    birthDate: '1994-05-10',
    maritalStatus: 'never-married',
  };

  const issuesOf = rejectionIssues;

  it('rejects a PTE Core result dated before 2024-01-30 at its date', () => {
    const issues = issuesOf({
      ...minimal,
      languageTests: [
        { test: 'PTE-Core', date: '2024-01-29', listening: 70, reading: 70, writing: 70, speaking: 70 },
      ],
    });
    expect(issues).toEqual([
      {
        path: '$.languageTests[0].date',
        value: '2024-01-29',
        expected: 'a PTE Core test taken on or after 2024-01-30, when IRCC began accepting it',
      },
    ]);
  });

  it('rejects an impossible IELTS band at its ability', () => {
    const issues = issuesOf({
      ...minimal,
      languageTests: [
        { test: 'IELTS-GT', date: '2024-11-02', listening: 7.25, reading: 7, writing: 7, speaking: 7.5 },
      ],
    });
    expect(issues).toEqual([
      {
        path: '$.languageTests[0].listening',
        value: 7.25,
        expected:
          'a number from 0 to 9 in steps of 0.5 for listening on the IELTS General Training band scale',
      },
    ]);
  });

  it("checks the spouse's results too, and reports every problem at once", () => {
    const issues = issuesOf({
      ...minimal,
      maritalStatus: 'married',
      languageTests: [
        { test: 'TEF-Canada', date: '2023-11-01', listening: 400, reading: 250, writing: 300, speaking: 300 },
      ],
      spouse: {
        accompanying: true,
        languageTests: [
          { test: 'TCF-Canada', date: '2024-06-01', listening: 500, reading: 500, writing: 12, speaking: 25 },
        ],
      },
    });
    expect(issues.map((issue) => [issue.path, issue.value])).toEqual([
      ['$.languageTests[0].listening', 400],
      ['$.spouse.languageTests[0].speaking', 25],
    ]);
  });

  it('accepts valid results of every test, the TEF on either scale', () => {
    const profile = parseProfile({
      ...minimal,
      languageTests: [
        { test: 'IELTS-GT', date: '2024-11-02', listening: 8, reading: 7, writing: 7, speaking: 7.5 },
        { test: 'CELPIP-G', date: '2024-10-12', listening: 9, reading: 8, writing: 8, speaking: 9 },
        { test: 'PTE-Core', date: '2024-01-30', listening: 89, reading: 88, writing: 90, speaking: 89 },
        { test: 'TEF-Canada', date: '2023-12-10', listening: 360, reading: 300, writing: 450, speaking: 450 },
        { test: 'TEF-Canada', date: '2025-01-20', listening: 500, reading: 460, writing: 420, speaking: 450 },
        { test: 'TCF-Canada', date: '2025-01-20', listening: 549, reading: 549, writing: 16, speaking: 16 },
        { test: 'CLB', date: '2025-01-20', listening: 9, reading: 9, writing: 9, speaking: 9 },
      ],
    });
    expect(profile.languageTests).toHaveLength(7);
  });
});

describe('property: a higher raw score never gives a lower level', () => {
  const variants: LanguageTestResult[] = [
    ...equivalencyTables.map((table) => ({
      test: table.test,
      date: table.from ?? '2023-01-01',
      listening: table.scales.listening.min,
      reading: table.scales.reading.min,
      writing: table.scales.writing.min,
      speaking: table.scales.speaking.min,
    })),
    { test: 'CLB', date: '2024-06-01', listening: 0, reading: 0, writing: 0, speaking: 0 },
    { test: 'NCLC', date: '2024-06-01', listening: 0, reading: 0, writing: 0, speaking: 0 },
  ];

  for (const base of variants) {
    const table = equivalencyTableFor(base.test, base.date);
    for (const ability of abilities) {
      const scale = table?.scales[ability] ?? { min: 0, max: 12, step: 1 };
      const steps = Math.round((scale.max - scale.min) / scale.step);
      it(`${table?.id ?? base.test} ${ability}`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: steps }), fc.integer({ min: 0, max: steps }), (a, b) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            const level = (index: number) =>
              levelsFromResult({ ...base, [ability]: scale.min + index * scale.step }).levels[ability];
            const lower = level(low);
            const higher = level(high);
            // A chart gives 0 (below CLB 4) or 4–10; CLB/NCLC results give 0–10.
            const possible = (x: number) =>
              (x === 0 || x >= (table ? 4 : 1)) && x <= 10 && Number.isInteger(x);
            return lower <= higher && possible(lower) && possible(higher);
          }),
        );
      });
    }
  }
});
