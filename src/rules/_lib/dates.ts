/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, done on whole UTC days so that no
 * time zone or daylight-saving shift can move a date. Every rule takes its dates through here.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

interface Parsed {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly dayNumber: number;
}

// Rules compare and count dates millions of times over a pool, and the same few thousand dates
// recur (job starts, test dates, round days): parse each string once. The caches are bounded.
const CACHE_LIMIT = 200_000;
const parsed = new Map<string, Parsed | null>();
const printed = new Map<number, IsoDate>();

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

function parse(value: string): Parsed | null {
  const cached = parsed.get(value);
  if (cached !== undefined) return cached;
  let result: Parsed | null = null;
  if (value.length === 10 && value[4] === '-' && value[7] === '-') {
    const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
    const month = digit(value, 5) * 10 + digit(value, 6);
    const day = digit(value, 8) * 10 + digit(value, 9);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      result = { year, month, day, dayNumber: daysFromCivil(year, month, day) };
    }
  }
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(value, result);
  return result;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic.
// Exported for the pool's compiled assessment, which tabulates them.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is not). */
export function isIsoDate(value: string): boolean {
  return parse(value) !== null;
}

/** Year, month (1–12) and day of an ISO date; throws on a malformed date (a programming error). */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const result = parse(date);
  if (!result) throw new TypeError(`not an ISO date: ${date}`);
  return result;
}

/** Days in a month of a year, leap years included. @example daysInMonth(2024, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01. @example dayNumber('1970-01-02') //=> 1 */
export function dayNumber(date: IsoDate): number {
  const result = parse(date);
  if (!result) throw new TypeError(`not an ISO date: ${date}`);
  return result.dayNumber;
}

/** The ISO date of a day number. @example fromDayNumber(1) //=> '1970-01-02' */
export function fromDayNumber(days: number): IsoDate {
  const cached = printed.get(days);
  if (cached !== undefined) return cached;
  const { year, month, day } = civilFromDays(days);
  const text = format(year, month, day);
  if (printed.size >= CACHE_LIMIT) printed.clear();
  printed.set(days, text);
  return text;
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
  // Before year 0 the month index is negative and `format` prints what it is given.
  if (index < 0) return format(targetYear, targetMonth, targetDay);
  // Printed through fromDayNumber's cache: the same text as `format`, one string per day.
  return fromDayNumber(daysFromCivil(targetYear, targetMonth, targetDay));
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
  return monthsBetweenDays(dayNumber(start), dayNumber(endExclusive));
}

/**
 * {@link monthsBetween} on day numbers, for the rules that count months over many stretches.
 * @example monthsBetweenDays(dayNumber('2023-01-01'), dayNumber('2023-07-01')) //=> 6
 */
export function monthsBetweenDays(startDay: number, endDay: number): number {
  if (endDay <= startDay) return 0;
  const a = civilFromDays(startDay);
  const b = civilFromDays(endDay);
  const monthIndex = a.year * 12 + (a.month - 1);
  let whole = (b.year - a.year) * 12 + (b.month - a.month);
  while (whole > 0 && anniversaryDay(monthIndex + whole, a.day) > endDay) whole -= 1;
  const from = anniversaryDay(monthIndex + whole, a.day);
  return whole + (endDay - from) / (anniversaryDay(monthIndex + whole + 1, a.day) - from);
}

/** The day number of day `day` of the month `monthIndex` (year × 12 + month − 1), clamped to its last day. */
function anniversaryDay(monthIndex: number, day: number): number {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return daysFromCivil(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The earlier of two ISO dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
