/**
 * Proof of funds: figures from IRCC's tables of 2023-04-25, 2024-05-28 and 2025-07-07
 * (reference/programs.md), "each additional member" added beyond seven.
 */
import { describe, expect, it } from 'vitest';
import { candidate } from '../_test/profiles.js';
import { checkFunds, familySizeOf, fundsTableOn, isWorkingInCanada, requiredFunds } from './funds.js';

describe('the table in force', () => {
  it.each([
    ['2020-01-01', '2023-04-25'],
    ['2023-04-25', '2023-04-25'],
    ['2024-05-27', '2023-04-25'],
    ['2024-05-28', '2024-05-28'],
    ['2025-07-06', '2024-05-28'],
    ['2025-07-07', '2025-07-07'],
    ['2026-11-01', '2025-07-07'],
  ])('on %s: the table of %s', (on, table) => {
    expect(fundsTableOn(on).effectiveFrom).toBe(table);
  });
});

describe('funds by family size', () => {
  it.each([
    [1, 13_757, 14_690, 15_263],
    [2, 17_127, 18_288, 19_001],
    [3, 21_055, 22_483, 23_360],
    [4, 25_564, 27_297, 28_362],
    [5, 28_994, 30_690, 32_168],
    [6, 32_700, 34_917, 36_280],
    [7, 36_407, 38_875, 40_392],
    // 7 members + 1 × each additional member.
    [8, 36_407 + 3_706, 38_875 + 3_958, 40_392 + 4_112],
    // 7 members + 3 × each additional member.
    [10, 36_407 + 3 * 3_706, 38_875 + 3 * 3_958, 40_392 + 3 * 4_112],
  ])('%i: %i (2023), %i (2024), %i (2025)', (size, in2023, in2024, in2025) => {
    expect(requiredFunds(size, fundsTableOn('2023-04-25'))).toBe(in2023);
    expect(requiredFunds(size, fundsTableOn('2024-05-28'))).toBe(in2024);
    expect(requiredFunds(size, fundsTableOn('2025-07-07'))).toBe(in2025);
  });

  it('rejects a family of no one (a programming error)', () => {
    expect(() => requiredFunds(0, fundsTableOn('2025-07-07'))).toThrow(RangeError);
  });
});

describe('family size', () => {
  it('is the declared size when given', () => {
    expect(familySizeOf(candidate({ familySize: 4 }))).toBe(4);
  });

  it('is 1, or 2 with a spouse or partner, accompanying or not', () => {
    expect(familySizeOf(candidate())).toBe(1);
    expect(familySizeOf(candidate({ maritalStatus: 'married', spouse: { accompanying: false } }))).toBe(2);
    expect(
      familySizeOf(
        candidate({ maritalStatus: 'married', spouse: { accompanying: true, canadianCitizenOrPR: true } }),
      ),
    ).toBe(2);
  });
});

describe('declared funds against the table', () => {
  const couple = (amount: number) =>
    candidate({
      maritalStatus: 'married',
      spouse: { accompanying: true },
      settlementFunds: { amount, currency: 'CAD' },
    });

  it('19,000 for two is enough on 2025-07-06 (18,288) and short on 2025-07-07 (19,001)', () => {
    expect(checkFunds(couple(19_000), { on: '2025-07-06', qualifyingOffer: false })).toEqual({
      funds: { required: 18_288, declared: 19_000, familySize: 2, exempt: false, table: '2024-05-28' },
      reason: {
        code: 'funds.met',
        met: true,
        have: { amount: 19_000 },
        need: { amount: 18_288, familySize: 2, table: '2024-05-28' },
      },
    });
    expect(checkFunds(couple(19_000), { on: '2025-07-07', qualifyingOffer: false }).reason).toEqual({
      code: 'funds.insufficient',
      met: false,
      have: { amount: 19_000 },
      need: { amount: 19_001, familySize: 2, table: '2025-07-07' },
    });
  });

  it('exactly the figure is enough', () => {
    expect(checkFunds(couple(19_001), { on: '2025-07-07', qualifyingOffer: false }).reason.code).toBe(
      'funds.met',
    );
  });

  it('no declared funds is unmet', () => {
    const result = checkFunds(candidate(), { on: '2025-08-01', qualifyingOffer: false });
    expect(result.funds).toEqual({
      required: 15_263,
      declared: null,
      familySize: 1,
      exempt: false,
      table: '2025-07-07',
    });
    expect(result.reason).toEqual({
      code: 'funds.not-declared',
      met: false,
      need: { amount: 15_263, familySize: 1, table: '2025-07-07' },
    });
  });
});

describe('the exemption: working in Canada with a qualifying job offer', () => {
  const working = candidate({ jobs: [{ noc: '21232', start: '2024-01-01', end: null }] });

  it('exempts a candidate working in Canada on the date with a qualifying offer', () => {
    const result = checkFunds(working, { on: '2025-08-01', qualifyingOffer: true });
    expect(result.funds.exempt).toBe(true);
    expect(result.reason).toEqual({
      code: 'funds.exempt',
      met: true,
      need: { amount: 15_263, familySize: 1, table: '2025-07-07' },
    });
  });

  it('does not exempt without the offer, or without work in Canada on the date', () => {
    expect(checkFunds(working, { on: '2025-08-01', qualifyingOffer: false }).funds.exempt).toBe(false);
    const ended = candidate({ jobs: [{ noc: '21232', start: '2024-01-01', end: '2025-07-31' }] });
    expect(checkFunds(ended, { on: '2025-08-01', qualifyingOffer: true }).funds.exempt).toBe(false);
    const abroad = candidate({ jobs: [{ noc: '21232', start: '2024-01-01', end: null, country: 'IN' }] });
    expect(checkFunds(abroad, { on: '2025-08-01', qualifyingOffer: true }).funds.exempt).toBe(false);
  });

  it('reads "working on the date" inclusively at both ends of the job', () => {
    const job = candidate({ jobs: [{ noc: '21232', start: '2025-08-01', end: '2025-08-31' }] });
    expect(isWorkingInCanada(job, '2025-07-31')).toBe(false);
    expect(isWorkingInCanada(job, '2025-08-01')).toBe(true);
    expect(isWorkingInCanada(job, '2025-08-31')).toBe(true);
    expect(isWorkingInCanada(job, '2025-09-01')).toBe(false);
  });
});
