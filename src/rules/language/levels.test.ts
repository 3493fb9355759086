import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LanguageTestResult } from '../profile/schema.js';
import { languageLevels, validUntil } from './levels.js';

const ielts: LanguageTestResult = {
  test: 'IELTS-GT',
  date: '2024-11-02',
  listening: 8,
  reading: 7,
  writing: 7,
  speaking: 7.5,
};
// IELTS-GT: listening 8 → CLB 9, reading 7 → 9, writing 7 → 9, speaking 7.5 → 10.
const ieltsLevels = { listening: 9, reading: 9, writing: 9, speaking: 10 };

describe('validUntil', () => {
  it('is the day before the 2-year anniversary', () => {
    expect(validUntil('2024-11-02')).toBe('2026-11-01');
    expect(validUntil('2023-12-31')).toBe('2025-12-30');
    expect(validUntil('2024-03-01')).toBe('2026-02-28');
  });
  it('ends a 29 February test on 27 February, its anniversary being 28 February', () => {
    expect(validUntil('2024-02-29')).toBe('2026-02-27');
    expect(validUntil('2022-02-28')).toBe('2024-02-27');
  });
});

describe('languageLevels', () => {
  it('uses a result from its test date', () => {
    expect(languageLevels([ielts], { on: '2024-11-02' })).toEqual({
      on: '2024-11-02',
      english: {
        test: 'IELTS-GT',
        language: 'english',
        date: '2024-11-02',
        validUntil: '2026-11-01',
        levels: ieltsLevels,
        table: 'IELTS-GT',
      },
      french: null,
      expired: [],
      future: [],
    });
  });

  it('does not use a result before its test date', () => {
    expect(languageLevels([ielts], { on: '2024-11-01' })).toEqual({
      on: '2024-11-01',
      english: null,
      french: null,
      expired: [],
      future: [{ test: 'IELTS-GT', language: 'english', date: '2024-11-02', validUntil: '2026-11-01' }],
    });
  });

  it('uses a result the day before its 2-year anniversary, not on it', () => {
    expect(languageLevels([ielts], { on: '2026-11-01' }).english?.levels).toEqual(ieltsLevels);
    expect(languageLevels([ielts], { on: '2026-11-02' })).toEqual({
      on: '2026-11-02',
      english: null,
      french: null,
      expired: [{ test: 'IELTS-GT', language: 'english', date: '2024-11-02', validUntil: '2026-11-01' }],
      future: [],
    });
  });

  it('expires a 29 February result on 28 February two years on', () => {
    const leapDay: LanguageTestResult = { ...ielts, date: '2024-02-29' };
    expect(languageLevels([leapDay], { on: '2026-02-27' }).english).toMatchObject({
      date: '2024-02-29',
      validUntil: '2026-02-27',
    });
    const expired = languageLevels([leapDay], { on: '2026-02-28' });
    expect(expired.english).toBeNull();
    expect(expired.expired).toEqual([
      { test: 'IELTS-GT', language: 'english', date: '2024-02-29', validUntil: '2026-02-27' },
    ]);
  });

  it('keeps one English and one French result apart', () => {
    const tef: LanguageTestResult = {
      test: 'TEF-Canada',
      date: '2025-01-20',
      listening: 500,
      reading: 460,
      writing: 420,
      speaking: 450,
    };
    const result = languageLevels([ielts, tef], { on: '2025-06-01' });
    expect(result.english?.test).toBe('IELTS-GT');
    // TEF Canada, new scale: CO 500 → NCLC 8, CE 460 → 7, EE 420 → 6, EO 450 → 6.
    expect(result.french).toEqual({
      test: 'TEF-Canada',
      language: 'french',
      date: '2025-01-20',
      validUntil: '2027-01-19',
      levels: { listening: 8, reading: 7, writing: 6, speaking: 6 },
      table: 'TEF-Canada@2023-12-11',
    });
  });

  it('uses the valid result with the highest sum of levels, even an older one', () => {
    // CELPIP 10/10/10/10 sums 40; the IELTS result sums 37.
    const celpip: LanguageTestResult = {
      test: 'CELPIP-G',
      date: '2024-03-01',
      listening: 10,
      reading: 10,
      writing: 10,
      speaking: 10,
    };
    for (const order of [
      [ielts, celpip],
      [celpip, ielts],
    ]) {
      const result = languageLevels(order, { on: '2025-06-01' });
      expect(result.english).toMatchObject({ test: 'CELPIP-G', date: '2024-03-01' });
    }
    // Once the CELPIP result expires (2026-03-01), the IELTS result is used.
    expect(languageLevels([celpip, ielts], { on: '2026-03-01' }).english).toMatchObject({ test: 'IELTS-GT' });
  });

  it('breaks a tie in the sum of levels by the most recent test', () => {
    // CLB 9/9/9/10 sums 37, as the IELTS result does; the CLB result is more recent.
    const clb: LanguageTestResult = {
      test: 'CLB',
      date: '2025-01-10',
      listening: 10,
      reading: 9,
      writing: 9,
      speaking: 9,
    };
    for (const order of [
      [ielts, clb],
      [clb, ielts],
    ]) {
      expect(languageLevels(order, { on: '2025-06-01' }).english).toMatchObject({
        test: 'CLB',
        date: '2025-01-10',
        levels: { listening: 10, reading: 9, writing: 9, speaking: 9 },
        table: null,
      });
    }
  });

  it('reads a TEF Canada result with the scale in force on its test date', () => {
    const scores = { listening: 316, reading: 263, writing: 393, speaking: 393 };
    const old: LanguageTestResult = { test: 'TEF-Canada', date: '2023-12-10', ...scores };
    const recent: LanguageTestResult = { test: 'TEF-Canada', date: '2023-12-11', ...scores };
    expect(languageLevels([old], { on: '2024-06-01' }).french?.levels).toEqual({
      listening: 10,
      reading: 10,
      writing: 10,
      speaking: 10,
    });
    expect(languageLevels([recent], { on: '2024-06-01' }).french?.levels).toEqual({
      listening: 4,
      reading: 0,
      writing: 6,
      speaking: 5,
    });
    // The last old-scale results stopped counting in December 2025.
    expect(languageLevels([old], { on: '2025-12-09' }).french?.validUntil).toBe('2025-12-09');
    expect(languageLevels([old], { on: '2025-12-10' }).french).toBeNull();
  });

  it('lists expired results most recent first and future ones earliest first', () => {
    const tests: LanguageTestResult[] = [
      { ...ielts, date: '2020-05-01' },
      { ...ielts, date: '2026-09-01' },
      { test: 'NCLC', date: '2021-07-01', listening: 12, reading: 7, writing: 7, speaking: 7 },
      { ...ielts, date: '2026-08-01' },
    ];
    const result = languageLevels(tests, { on: '2026-01-01' });
    expect(result.english).toBeNull();
    expect(result.french).toBeNull();
    expect(result.expired.map((test) => test.date)).toEqual(['2021-07-01', '2020-05-01']);
    expect(result.expired[0]).toEqual({
      test: 'NCLC',
      language: 'french',
      date: '2021-07-01',
      validUntil: '2023-06-30',
    });
    expect(result.future.map((test) => test.date)).toEqual(['2026-08-01', '2026-09-01']);
  });

  it('gives nothing for no results', () => {
    expect(languageLevels([], { on: '2025-01-01' })).toEqual({
      on: '2025-01-01',
      english: null,
      french: null,
      expired: [],
      future: [],
    });
  });

  it('property: a result counts on exactly the days from its date to the day before its 2-year anniversary', () => {
    const day = fc
      .integer({ min: 0, max: 365 * 40 })
      .map((n) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (date, on) => {
        const result = languageLevels([{ ...ielts, date }], { on });
        const counted = result.english !== null;
        const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
        // The anniversary: same month and day two years on, 29 February falling back to the 28th.
        const anniversary = rest === '-02-29' ? `${year + 2}-02-28` : `${year + 2}${rest}`;
        const uncounted = result.expired.length + result.future.length;
        return counted === (on >= date && on < anniversary) && uncounted === (counted ? 0 : 1);
      }),
    );
  });
});
