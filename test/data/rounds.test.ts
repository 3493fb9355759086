/**
 * Tests on the bundled round history itself. Expected values come from data/SOURCES.md §1
 * (counts, the pool-distribution nesting, the documented #247 discrepancy) and IRCC's
 * announcement of the first category round, not from the code under test. Sums are computed
 * from the raw file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../src/data/categories.js';
import { BUNDLED_ROUNDS_PATH, bundledRounds } from '../../src/engine/draws/history.js';

interface RawRound {
  number: string;
  number_int: number;
  date: string;
  datetime_utc: string;
  type: 'general' | 'program' | 'category';
  program: string | null;
  category_id: string | null;
  category_version: string | null;
  size: number;
  tie_break: string | null;
  pool_distribution: { as_of: string; total: number; ranges: Record<string, number> } | null;
}

const raw = JSON.parse(readFileSync(BUNDLED_ROUNDS_PATH, 'utf8')) as RawRound[];
const rounds = bundledRounds();

// The IRCC page's table: sub-ranges nested in two parents; the top-level ranges add up to the total.
const NESTED: Record<string, string[]> = {
  '451-500': ['491-500', '481-490', '471-480', '461-470', '451-460'],
  '401-450': ['441-450', '431-440', '421-430', '411-420', '401-410'],
};
const TOP_LEVEL = ['601-1200', '501-600', '451-500', '401-450', '351-400', '301-350', '0-300'];
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const name = key(item) ?? 'none';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe('data/rounds/rounds.json', () => {
  it('has 435 rounds: #1 to #434, with #91 published as 91a and 91b', () => {
    expect(raw).toHaveLength(435);
    expect(rounds).toHaveLength(435);
    const expected = new Set(Array.from({ length: 434 }, (_, index) => String(index + 1)));
    expected.delete('91');
    expected.add('91a');
    expected.add('91b');
    expect(new Set(raw.map((round) => round.number))).toEqual(expected);
    expect(rounds.map((round) => round.number)).toEqual(raw.map((round) => round.number));
    expect(raw.filter((round) => round.number.startsWith('91')).map((round) => round.date)).toEqual([
      '2018-05-30',
      '2018-05-30',
    ]);
  });

  it('counts 178 general, 184 program (110 PNP, 66 CEC, 7 FST, 1 FSW) and 73 category rounds', () => {
    expect(countBy(raw, (round) => round.type)).toEqual({ general: 178, program: 184, category: 73 });
    expect(
      countBy(
        raw.filter((round) => round.type === 'program'),
        (round) => round.program,
      ),
    ).toEqual({
      PNP: 110,
      CEC: 66,
      FST: 7,
      FSW: 1,
    });
    expect(countBy(rounds, (round) => round.kind.type)).toEqual({ general: 178, program: 184, category: 73 });
  });

  it('has a pool distribution for the 220 rounds #214 to #434 except #226', () => {
    const withDistribution = raw
      .filter((round) => round.pool_distribution !== null)
      .map((round) => round.number);
    const expected = Array.from({ length: 434 - 214 + 1 }, (_, index) => String(214 + index)).filter(
      (number) => number !== '226',
    );
    expect(withDistribution).toEqual(expected);
    expect(withDistribution).toHaveLength(220);
  });

  it('every distribution adds up: parents = their sub-ranges, total = the top-level ranges', () => {
    const inconsistent: string[] = [];
    for (const round of raw) {
      const ranges = round.pool_distribution?.ranges;
      if (!ranges || !round.pool_distribution) continue;
      const parentsAddUp = Object.entries(NESTED).every(
        ([parent, children]) => ranges[parent] === sum(children.map((child) => ranges[child] ?? Number.NaN)),
      );
      const totalAddsUp =
        round.pool_distribution.total === sum(TOP_LEVEL.map((range) => ranges[range] ?? Number.NaN));
      if (!parentsAddUp || !totalAddsUp) inconsistent.push(round.number);
    }
    expect(inconsistent).toEqual(['247']);
  });

  it('keeps #247 as IRCC published it: 491-500…451-460 add up to 55,687, not 55,867', () => {
    const ranges = raw.find((round) => round.number === '247')?.pool_distribution?.ranges ?? {};
    expect(ranges['451-500']).toBe(55_867);
    expect(sum((NESTED['451-500'] ?? []).map((range) => ranges[range] ?? 0))).toBe(55_687);
    expect(sum((NESTED['401-450'] ?? []).map((range) => ranges[range] ?? 0))).toBe(ranges['401-450']);
  });

  it('lists rounds by number with dates never going back', () => {
    const dates = raw.map((round) => round.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2015-01-31');
    expect(dates.at(-1)).toBe('2026-08-07');
  });

  it('has every tie-break before its round and every distribution counted by the round date', () => {
    const tieBreakAtRoundInstant: string[] = [];
    for (const round of raw) {
      if (round.tie_break !== null) expect(round.tie_break <= round.datetime_utc, round.number).toBe(true);
      if (round.tie_break === round.datetime_utc) tieBreakAtRoundInstant.push(round.number);
      if (round.pool_distribution)
        expect(round.pool_distribution.as_of <= round.date, round.number).toBe(true);
    }
    // As published: #139's tie-break is the round's own instant, to the second.
    expect(tieBreakAtRoundInstant).toEqual(['139']);
    // IRCC published no tie-break for rounds 1–76.
    expect(raw.filter((round) => round.tie_break === null).map((round) => round.number_int)).toEqual(
      Array.from({ length: 76 }, (_, index) => index + 1),
    );
  });

  it('began category-based selection with round #252 (healthcare) on 2023-06-28', () => {
    const first = rounds.find((round) => round.kind.type === 'category');
    expect(first).toMatchObject({
      number: '252',
      date: '2023-06-28',
      kind: { type: 'category', category: 'healthcare@2023', categoryId: 'healthcare' },
    });
  });

  it('maps every category round to a category version defined in that year’s set', () => {
    const versions = new Set(bundledCategorySets().flatMap((set) => set.categories.map((c) => c.version)));
    const categoryRounds = rounds.filter((round) => round.kind.type === 'category');
    expect(categoryRounds).toHaveLength(73);
    for (const round of categoryRounds) {
      if (round.kind.type !== 'category') continue;
      expect(versions.has(round.kind.category), `#${round.number} ${round.kind.category}`).toBe(true);
      expect(round.kind.category.startsWith(`${round.kind.categoryId}@`)).toBe(true);
    }
  });

  it('holds each category round under the year whose file lists it, and every 2026-* label under 2026', () => {
    const listed = new Map<string, string>();
    for (const year of [2023, 2024, 2025, 2026]) {
      const file = JSON.parse(
        readFileSync(new URL(`../../data/categories/${year}.json`, import.meta.url), 'utf8'),
      ) as { categories: { id: string; rounds: string[] }[] };
      for (const category of file.categories)
        for (const number of category.rounds) listed.set(number, `${category.id}@${year}`);
    }
    const categoryRaw = raw.filter((round) => round.type === 'category');
    expect(new Set(listed.keys())).toEqual(new Set(categoryRaw.map((round) => round.number)));
    for (const round of rounds) {
      if (round.kind.type !== 'category') continue;
      expect(round.kind.category, `#${round.number}`).toBe(listed.get(round.number));
      if (round.kind.versionLabel?.startsWith('2026-')) expect(round.kind.category).toMatch(/@2026$/);
    }
    // Labelled 2026 twelve days before the 2026 set took effect (2026-02-18).
    expect(rounds.find((round) => round.number === '394')?.kind).toMatchObject({
      category: 'french-language-proficiency@2026',
      versionLabel: '2026-Version 2',
    });
  });

  it('counts 17 category rounds in 2023, 19 in 2024, 19 in 2025 and 18 in 2026', () => {
    const byYear = countBy(
      raw.filter((round) => round.type === 'category'),
      (round) => round.date.slice(0, 4),
    );
    expect(byYear).toEqual({ '2023': 17, '2024': 19, '2025': 19, '2026': 18 });
  });
});
