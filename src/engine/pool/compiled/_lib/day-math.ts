/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) with no strings and no objects,
 * for the compiled assessment. Each function reads a date the way dates.ts does: `addYears`
 * clamps 29 February to 28 February, `completedYears` reaches a 29 February birthday on 1 March.
 */

import {
  civilFromDays,
  daysFromCivil as computeDaysFromCivil,
  daysInMonth,
} from '../../../../rules/_lib/dates.js';

export { daysInMonth };

/** The civil date of the last {@link toCivil} call: read its fields straight after the call. */
export const civil = { year: 0, month: 0, day: 0 };

function computeCivil(days: number): void {
  const { year, month, day } = civilFromDays(days);
  civil.year = year;
  civil.month = month;
  civil.day = day;
}

// The compiled assessment turns days into dates and back millions of times a round, nearly all
// between 1900 and 2200: tables made by dates.ts's own conversions answer those.
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const TABLE_FIRST_DAY = computeDaysFromCivil(TABLE_FIRST_YEAR, 1, 1);
const TABLE_DAYS = computeDaysFromCivil(TABLE_FIRST_YEAR + TABLE_YEARS, 1, 1) - TABLE_FIRST_DAY;
/** Per month from January 1900: its first day number. */
const monthStarts = new Int32Array(TABLE_YEARS * 12);
/** Per day from 1900-01-01: year × 512 + month × 32 + day. */
const packedDates = new Int32Array(TABLE_DAYS);
for (let month = 0; month < TABLE_YEARS * 12; month += 1)
  monthStarts[month] = computeDaysFromCivil(TABLE_FIRST_YEAR + Math.floor(month / 12), (month % 12) + 1, 1);
for (let index = 0; index < TABLE_DAYS; index += 1) {
  computeCivil(TABLE_FIRST_DAY + index);
  packedDates[index] = civil.year * 512 + civil.month * 32 + civil.day;
}

/** Days since 1970-01-01 of a valid date. @example daysFromCivil(1970, 1, 2) //=> 1 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index >= 0 && index < TABLE_YEARS * 12) return (monthStarts[index] as number) + day - 1;
  return computeDaysFromCivil(year, month, day);
}

/** Sets {@link civil} to the date of `days`. @example toCivil(0); civil //=> { year: 1970, month: 1, day: 1 } */
export function toCivil(days: number): void {
  const index = days - TABLE_FIRST_DAY;
  if (index >= 0 && index < TABLE_DAYS) {
    const packed = packedDates[index] as number;
    civil.year = packed >> 9;
    civil.month = (packed >> 5) & 15;
    civil.day = packed & 31;
    return;
  }
  computeCivil(days);
}

/** dates.ts `addYears` on a civil date: 29 February lands on 28 February in a common year. */
export function addYearsToCivil(year: number, month: number, day: number, years: number): number {
  const target = year + years;
  // Every month has 28 days: only a later day needs the month's length.
  return daysFromCivil(target, month, day <= 28 ? day : Math.min(day, daysInMonth(target, month)));
}

/** dates.ts `addYears` on a day number. @example addYearsToDay(dayNumber('2024-02-29'), 2) === dayNumber('2026-02-28') */
export function addYearsToDay(days: number, years: number): number {
  toCivil(days);
  return addYearsToCivil(civil.year, civil.month, civil.day, years);
}

/**
 * dates.ts `completedYears` from a civil date to another: one more each time the month and day
 * are reached.
 */
export function completedYearsBetween(
  fromYear: number,
  fromMonth: number,
  fromDay: number,
  onYear: number,
  onMonth: number,
  onDay: number,
): number {
  const beforeAnniversary = onMonth < fromMonth || (onMonth === fromMonth && onDay < fromDay);
  return onYear - fromYear - (beforeAnniversary ? 1 : 0);
}

/** dates.ts `anniversaryDay`: day `day` of the month `monthIndex` (year × 12 + month − 1), clamped. */
function anniversaryDay(monthIndex: number, day: number): number {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return daysFromCivil(year, month, day <= 28 ? day : Math.min(day, daysInMonth(year, month)));
}

/**
 * dates.ts `monthsBetweenDays` with no objects: the same integer steps and the same final
 * division, so the very same number.
 * @example monthsBetween(daysFromCivil(2023, 1, 1), daysFromCivil(2023, 7, 1)) //=> 6
 */
export function monthsBetween(startDay: number, endDay: number): number {
  if (endDay <= startDay) return 0;
  toCivil(startDay);
  return monthsFromCivil(civil.year, civil.month, civil.day, startDay, endDay);
}

/** {@link monthsBetween} from a start already read as a civil date (`startDay` is its day number). */
export function monthsFromCivil(
  startYear: number,
  startMonth: number,
  startDayOfMonth: number,
  startDay: number,
  endDay: number,
): number {
  if (endDay <= startDay) return 0;
  toCivil(endDay);
  const monthIndex = startYear * 12 + (startMonth - 1);
  let whole = (civil.year - startYear) * 12 + (civil.month - startMonth);
  while (whole > 0 && anniversaryDay(monthIndex + whole, startDayOfMonth) > endDay) whole -= 1;
  const from = anniversaryDay(monthIndex + whole, startDayOfMonth);
  return whole + (endDay - from) / (anniversaryDay(monthIndex + whole + 1, startDayOfMonth) - from);
}
