import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  completedYears,
  dayNumber,
  fromDayNumber,
  hasReachedAnniversary,
  isIsoDate,
  monthsBetween,
  monthsBetweenDays,
} from './dates.js';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
  });
});

describe('addMonths / addYears', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
  });
  it('moves a leap day to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-06-28', -3)).toBe('2020-06-28');
  });
});

describe('completedYears', () => {
  it('changes on the birthday itself', () => {
    expect(completedYears('1994-05-10', '2024-05-09')).toBe(29);
    expect(completedYears('1994-05-10', '2024-05-10')).toBe(30);
  });
  it('reaches a 29 February birthday on 1 March in a common year', () => {
    expect(completedYears('2000-02-29', '2018-02-28')).toBe(17);
    expect(completedYears('2000-02-29', '2018-03-01')).toBe(18);
    expect(completedYears('2000-02-29', '2020-02-29')).toBe(20);
  });
  it('anniversaries', () => {
    expect(hasReachedAnniversary('2024-11-02', 2, '2026-11-01')).toBe(false);
    expect(hasReachedAnniversary('2024-11-02', 2, '2026-11-02')).toBe(true);
  });
});

describe('monthsBetween', () => {
  it('counts whole calendar months by anniversary', () => {
    expect(monthsBetween('2023-01-01', '2023-07-01')).toBe(6);
    expect(monthsBetween('2023-02-15', '2023-08-15')).toBe(6);
    expect(monthsBetween('2023-01-31', '2023-07-31')).toBe(6);
    expect(monthsBetween('2022-01-01', '2023-01-01')).toBe(12);
  });
  it('adds the remainder as a fraction of the next month', () => {
    // 1 Jan to 30 Jun inclusive is 6 months; a day short is 5 + 29/30.
    expect(monthsBetween('2023-01-01', '2023-06-30')).toBeCloseTo(5 + 29 / 30, 12);
    expect(monthsBetween('2023-01-01', '2023-01-16')).toBeCloseTo(15 / 31, 12);
  });
  it('is zero for an empty or reversed interval', () => {
    expect(monthsBetween('2023-01-01', '2023-01-01')).toBe(0);
    expect(monthsBetween('2023-02-01', '2023-01-01')).toBe(0);
  });
});

describe('day numbers', () => {
  it('agree with the platform calendar on every day from 1900 to 2100', () => {
    for (let days = -25_567; days <= 47_482; days++) {
      const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(days) !== expected || dayNumber(expected) !== days) {
        throw new Error(`day ${days}: ${fromDayNumber(days)} vs ${expected}`);
      }
    }
  });
});

describe('monthsBetweenDays', () => {
  it('equals a count by anniversaries done on ISO dates', () => {
    // Independent reference: step whole months with addMonths, then the fraction of the next one.
    const reference = (start: string, end: string) => {
      if (end <= start) return 0;
      let whole = 0;
      while (addMonths(start, whole + 1) <= end) whole += 1;
      const from = dayNumber(addMonths(start, whole));
      return whole + (dayNumber(end) - from) / (dayNumber(addMonths(start, whole + 1)) - from);
    };
    for (let start = dayNumber('2023-01-25'); start < dayNumber('2023-03-05'); start += 3) {
      for (let end = start - 2; end < start + 800; end += 17) {
        expect(monthsBetweenDays(start, end)).toBeCloseTo(
          reference(fromDayNumber(start), fromDayNumber(end)),
          12,
        );
      }
    }
  });
});
