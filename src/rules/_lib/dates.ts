/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, done on whole UTC days so that no
 * time zone or daylight-saving shift can move a date. Every rule takes its dates through here.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Year, month (1–12) and day of an ISO date; throws on a malformed date (a programming error). */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new TypeError(`not an ISO date: ${date}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days in a month of a year, leap years included. @example daysInMonth(2024, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. @example dayNumber('1970-01-02') //=> 1 */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The ISO date of a day number. @example fromDayNumber(1) //=> '1970-01-02' */
export function fromDayNumber(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` days (negative goes back). @example addDays('2024-02-28', 1) //=> '2024-02-29' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * `date` plus `months` calendar months; a day that the target month lacks is clamped to its
 * last day. @example addMonths('2024-01-31', 1) //=> '2024-02-29'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/**
 * `date` plus `years` years, 29 February landing on 28 February in a common year.
 * @example addYears('2024-02-29', 2) //=> '2026-02-28'
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/**
 * Completed years from `from` to `on`: one more each time the day and month of `from` are
 * reached. Someone born on 29 February completes a year on 1 March in a common year.
 * @example completedYears('1994-05-10', '2024-05-09') //=> 29
 */
export function completedYears(from: IsoDate, on: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(on);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/**
 * True once `years` full years have passed since `from`, on the same reading of an
 * anniversary as {@link completedYears}.
 * @example hasReachedAnniversary('2024-11-02', 2, '2026-11-02') //=> true
 */
export function hasReachedAnniversary(from: IsoDate, years: number, on: IsoDate): boolean {
  return completedYears(from, on) >= years;
}

/**
 * Calendar months from `start` (inclusive) to `endExclusive`: whole months counted by
 * anniversary of the start day, the rest as a fraction of the month that follows.
 * 1 January to 1 July is exactly 6; 15 February to 15 August is exactly 6.
 * @example monthsBetween('2023-01-01', '2023-06-30') //=> 5.966…
 */
export function monthsBetween(start: IsoDate, endExclusive: IsoDate): number {
  const startDay = dayNumber(start);
  const endDay = dayNumber(endExclusive);
  if (endDay <= startDay) return 0;
  const a = dateParts(start);
  const b = dateParts(endExclusive);
  let whole = (b.year - a.year) * 12 + (b.month - a.month);
  while (whole > 0 && dayNumber(addMonths(start, whole)) > endDay) whole -= 1;
  const anniversary = dayNumber(addMonths(start, whole));
  const next = dayNumber(addMonths(start, whole + 1));
  return whole + (endDay - anniversary) / (next - anniversary);
}

/** The earlier of two ISO dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
