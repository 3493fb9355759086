/**
 * The tables of day-math.ts must give what dates.ts computes, on every day they cover and on
 * both sides of their edges (1900-01-01 and 2199-12-31), where the arithmetic takes over.
 */
import { describe, expect, it } from 'vitest';
import { dateParts, dayNumber, fromDayNumber, monthsBetweenDays } from '../../../../rules/_lib/dates.js';
import { civil, daysFromCivil, monthsBetween, toCivil } from './day-math.js';

describe('day-math', () => {
  it('reads every day from 1899 to 2200 as dates.ts does, both ways', () => {
    const first = dayNumber('1899-12-01');
    const last = dayNumber('2200-01-31');
    let mismatches = 0;
    for (let day = first; day <= last; day += 1) {
      const expected = dateParts(fromDayNumber(day));
      toCivil(day);
      if (civil.year !== expected.year || civil.month !== expected.month || civil.day !== expected.day)
        mismatches += 1;
      if (daysFromCivil(expected.year, expected.month, expected.day) !== day) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });

  it('counts months as dates.ts does, to the last bit', () => {
    const cases: [string, string][] = [
      ['2023-01-01', '2023-07-01'],
      ['2023-01-31', '2023-03-01'],
      ['2020-02-29', '2024-02-28'],
      ['1899-12-15', '1900-02-14'],
      ['2199-11-30', '2200-01-30'],
    ];
    for (const [from, to] of cases)
      expect(monthsBetween(dayNumber(from), dayNumber(to))).toBe(
        monthsBetweenDays(dayNumber(from), dayNumber(to)),
      );
    expect(monthsBetween(dayNumber('2023-01-01'), dayNumber('2023-07-01'))).toBe(6);
  });
});
