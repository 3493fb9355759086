/**
 * Rounds worked by hand on small pools (programs.md "Rounds of invitations"): rank by CRS, ties
 * by profile submission instant (earliest first), invite the top N eligible; publish the lowest
 * score and the tie-break instant of the last one invited.
 */
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../data/categories.js';
import { candidate, clb } from '../../rules/_test/profiles.js';
import { PROGRAM_BITS } from '../pool/assess-candidate.js';
import { Pool, type PoolColumns } from '../pool/pool.js';
import type { RoundInstruction } from '../types.js';
import { applyRound, runRound } from './select.js';

const { FSW, CEC, FST, PNP } = PROGRAM_BITS;
const CATEGORIES = ['french-language-proficiency@2026', 'healthcare@2026'];
const FRENCH = 1;
const HEALTHCARE = 2;

interface Row {
  id: string;
  crs: number;
  submittedAt: string;
  programs: number;
  categories?: number;
  invited?: boolean;
}

function poolOf(rows: Row[], on = '2026-03-02'): Pool {
  const columns: PoolColumns = {
    ids: rows.map((row) => row.id),
    crs: rows.map((row) => row.crs),
    submittedAt: rows.map((row) => Date.parse(row.submittedAt)),
    programBits: rows.map((row) => row.programs),
    categoryBits: rows.map((row) => row.categories ?? 0),
    status: rows.map((row) => (row.invited ? 1 : 0)),
  };
  return Pool.fromColumns(columns, { on, categories: CATEGORIES });
}

const AT = '2026-03-02T14:00:00Z';
const general = (size: number, at = AT): RoundInstruction => ({ at, kind: { type: 'general' }, size });

// Three tied on 495 at the cut-off: c (15 Jan), b (1 Feb), d (10 Feb).
const tiedPool = () =>
  poolOf([
    { id: 'a', crs: 520, submittedAt: '2026-01-20T10:00:00Z', programs: CEC },
    { id: 'b', crs: 495, submittedAt: '2026-02-01T09:00:00Z', programs: FSW },
    { id: 'c', crs: 495, submittedAt: '2026-01-15T08:30:00Z', programs: CEC | FSW },
    { id: 'd', crs: 495, submittedAt: '2026-02-10T00:00:00Z', programs: FST },
    { id: 'e', crs: 480, submittedAt: '2025-12-01T00:00:00Z', programs: CEC },
  ]);

describe('runRound', () => {
  it('breaks a tie at the cut-off score by submission instant, earliest first', () => {
    const result = runRound(tiedPool(), general(3));
    expect(result).toEqual({
      at: AT,
      kind: { type: 'general' },
      size: 3,
      invited: ['a', 'c', 'b'],
      lowestScore: 495,
      // Everyone on 495 who submitted on or before this instant was invited; d, later, was not.
      tieBreak: '2026-02-01T09:00:00Z',
      rankRequired: 3,
      eligibleCount: 5,
      countsByProgram: { FSW: 2, CEC: 2, FST: 0, PNP: 0 },
      countsByCategory: {},
    });
  });

  it('ranks profiles submitted at the same instant by id', () => {
    const pool = poolOf([
      { id: 'y', crs: 470, submittedAt: '2026-01-15T08:30:00Z', programs: CEC },
      { id: 'x', crs: 470, submittedAt: '2026-01-15T08:30:00Z', programs: CEC },
    ]);
    expect(runRound(pool, general(1)).invited).toEqual(['x']);
  });

  it('invites everyone eligible when the round is larger than the eligible pool', () => {
    const result = runRound(tiedPool(), general(10));
    expect(result.invited).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(result).toMatchObject({ lowestScore: 480, tieBreak: '2025-12-01T00:00:00Z', rankRequired: 5 });
  });

  it('invites nobody from an empty pool, or in a round of size 0', () => {
    const empty = {
      invited: [],
      lowestScore: null,
      tieBreak: null,
      rankRequired: null,
      eligibleCount: 0,
      countsByProgram: { FSW: 0, CEC: 0, FST: 0, PNP: 0 },
      countsByCategory: {},
    };
    expect(runRound(poolOf([]), general(3500))).toMatchObject(empty);
    expect(runRound(tiedPool(), general(0))).toMatchObject({ ...empty, eligibleCount: 5 });
  });

  it('leaves out profiles 12 months old, and profiles submitted after the round', () => {
    const pool = poolOf([
      // Received 2025-03-01: left the pool at the start of 2026-03-01.
      { id: 'old', crs: 600, submittedAt: '2025-03-01T23:00:00Z', programs: CEC },
      // Received 2025-03-02: leaves at the start of 2026-03-02, before a round that day.
      { id: 'anniversary', crs: 590, submittedAt: '2025-03-02T05:00:00Z', programs: CEC },
      // Received 2025-03-03: still in the pool until 2026-03-03.
      { id: 'last-day', crs: 580, submittedAt: '2025-03-03T01:00:00Z', programs: CEC },
      { id: 'at-the-round', crs: 570, submittedAt: AT, programs: CEC },
      { id: 'after', crs: 560, submittedAt: '2026-03-02T14:00:00.001Z', programs: CEC },
    ]);
    const result = runRound(pool, general(5));
    expect(result.invited).toEqual(['last-day', 'at-the-round']);
    expect(result.eligibleCount).toBe(2);
  });

  it('leaves out candidates invited in an earlier round, and those showing no program', () => {
    const pool = tiedPool();
    pool.addColumns({
      ids: ['none'],
      crs: [900],
      submittedAt: [Date.parse('2026-01-01T00:00:00Z')],
      programBits: [0],
      categoryBits: [0],
    });
    const first = runRound(pool, general(2));
    expect(first.invited).toEqual(['a', 'c']);
    expect(applyRound(pool, first)).toBe(2);
    expect(applyRound(pool, first)).toBe(0);
    const second = runRound(pool, general(2, '2026-03-16T14:00:00Z'));
    expect(second).toMatchObject({
      invited: ['b', 'd'],
      lowestScore: 495,
      rankRequired: 2,
      eligibleCount: 3,
    });
  });

  it('invites only the category version in a category round, ranked among everyone', () => {
    const pool = poolOf([
      { id: 'a', crs: 540, submittedAt: '2026-01-02T00:00:00Z', programs: CEC },
      { id: 'b', crs: 431, submittedAt: '2026-01-03T00:00:00Z', programs: FSW, categories: FRENCH },
      {
        id: 'c',
        crs: 431,
        submittedAt: '2026-01-02T12:00:00Z',
        programs: CEC,
        categories: FRENCH | HEALTHCARE,
      },
      { id: 'd', crs: 500, submittedAt: '2026-01-04T00:00:00Z', programs: CEC, categories: HEALTHCARE },
      // French, but eligible for no program: not in the pool.
      { id: 'e', crs: 600, submittedAt: '2026-01-01T00:00:00Z', programs: 0, categories: FRENCH },
      { id: 'f', crs: 410, submittedAt: '2026-01-01T00:00:00Z', programs: CEC, categories: FRENCH },
    ]);
    const result = runRound(pool, {
      at: AT,
      kind: { type: 'category', category: 'french-language-proficiency@2026' },
      size: 2,
    });
    // In the pool by rank: a 540, d 500, c 431 (2 Jan), b 431 (3 Jan), f 410.
    expect(result).toMatchObject({
      invited: ['c', 'b'],
      lowestScore: 431,
      tieBreak: '2026-01-03T00:00:00Z',
      rankRequired: 4,
      eligibleCount: 3,
      countsByProgram: { FSW: 1, CEC: 1, FST: 0, PNP: 0 },
      countsByCategory: { 'french-language-proficiency@2026': 2, 'healthcare@2026': 1 },
    });
  });

  it('invites provincial nominees in a PNP round, when they meet a program', () => {
    const pool = poolOf([
      { id: 'a', crs: 540, submittedAt: '2026-01-02T00:00:00Z', programs: CEC },
      { id: 'nominee', crs: 1100, submittedAt: '2026-01-05T00:00:00Z', programs: CEC | PNP },
      { id: 'nominee-no-program', crs: 1150, submittedAt: '2026-01-01T00:00:00Z', programs: PNP },
      { id: 'nominee-2', crs: 740, submittedAt: '2026-01-05T00:00:00Z', programs: FSW | PNP },
    ]);
    const result = runRound(pool, { at: AT, kind: { type: 'program', program: 'PNP' }, size: 100 });
    expect(result).toMatchObject({
      invited: ['nominee', 'nominee-2'],
      lowestScore: 740,
      rankRequired: 2,
      eligibleCount: 2,
      countsByProgram: { FSW: 1, CEC: 1, FST: 0, PNP: 2 },
    });
  });

  it('ranks by the score on the round date: a birthday between two rounds lowers it', () => {
    // Same facts; older was born 1996-04-10, younger 1996-09-01: both 29 on 2026-03-02, so tied,
    // and older submitted first. On 2026-04-10 older turns 30: CRS A1 without a spouse gives 105
    // points at 30 against 110 at 29, so older falls 5 points behind.
    const facts = {
      languageTests: [clb(9, 9, 9, 9)],
      education: [{ level: 'bachelors' as const, canadian: true }],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    };
    const pool = Pool.fromCandidates(
      [
        {
          ...candidate({ ...facts, birthDate: '1996-04-10' }),
          id: 'older',
          submittedAt: '2026-01-05T10:00:00Z',
        },
        {
          ...candidate({ ...facts, birthDate: '1996-09-01' }),
          id: 'younger',
          submittedAt: '2026-01-06T10:00:00Z',
        },
      ],
      { on: '2026-03-02', sets: bundledCategorySets() },
    );
    const first = runRound(pool, general(1));
    expect(first.invited).toEqual(['older']);
    const score = first.lowestScore as number;
    const second = runRound(pool, general(1, '2026-04-15T14:00:00Z'));
    expect(second).toMatchObject({ invited: ['younger'], lowestScore: score, rankRequired: 1 });
    expect(pool.view().crs[pool.indexOf('older')]).toBe(score - 5);
  });

  it('asks for the category version in force on the round date', () => {
    // A nurse (31301) in Canada since 2024-06-01, CLB 9: CEC, and healthcare@2025 (6 continuous
    // months) until the 2025 set ends on 2026-02-17; from 2026-02-18 healthcare@2026 (12 months).
    // Her CRS does not change that day: only her category bits do.
    const nurse = candidate({
      languageTests: [clb(9, 9, 9, 9)],
      jobs: [{ noc: '31301', start: '2024-06-01' }],
    });
    const pool = Pool.fromCandidates([{ ...nurse, id: 'nurse', submittedAt: '2026-01-05T10:00:00Z' }], {
      on: '2026-02-17',
      sets: bundledCategorySets(),
    });
    const round = (at: string, category: string) =>
      runRound(pool, { at, kind: { type: 'category', category }, size: 1 }).invited;
    expect(round('2026-02-17T14:00:00Z', 'healthcare@2025')).toEqual(['nurse']);
    expect(round('2026-02-18T14:00:00Z', 'healthcare@2025')).toEqual([]);
    expect(round('2026-02-18T15:00:00Z', 'healthcare@2026')).toEqual(['nurse']);
  });

  it('refuses a size that is not a whole number, an unknown category version, an earlier date', () => {
    const pool = tiedPool();
    expect(() => runRound(pool, general(-1))).toThrow(RangeError);
    expect(() => runRound(pool, general(2.5))).toThrow(RangeError);
    expect(() =>
      runRound(pool, { at: AT, kind: { type: 'category', category: 'stem@2019' }, size: 1 }),
    ).toThrow(/stem@2019/);
    runRound(pool, general(1, '2026-04-01T00:00:00Z'));
    expect(() => runRound(pool, general(1))).toThrow(RangeError);
  });
});

describe('applyRound', () => {
  it('marks by id a result that did not come from this pool object', () => {
    const pool = tiedPool();
    const result = runRound(tiedPool(), general(2));
    expect(applyRound(pool, result)).toBe(2);
    expect(runRound(pool, general(1)).invited).toEqual(['b']);
    expect(() => applyRound(poolOf([]), result)).toThrow(/not in the pool/);
  });
});
