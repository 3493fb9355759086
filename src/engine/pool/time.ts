/**
 * Instants as the pool stores them: milliseconds since 1970 UTC in a `Float64Array`. A round is
 * at an instant; rules are assessed on the UTC calendar day of that instant.
 */
import type { IsoDate } from '../../rules/_lib/dates.js';

export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// An ISO-8601 instant with a time and a zone (`Z` or an offset), as the profile schema asks.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * The instant of an ISO date (its first millisecond, UTC) or of an ISO instant with a zone.
 * @throws RangeError for anything else: a date-time without a zone would depend on the machine.
 * @example instantOf('2024-05-30') //=> 1717027200000
 * @example instantOf('2024-05-30T14:00:00Z') //=> 1717077600000
 */
export function instantOf(value: string): number {
  // Profiles' submission instants are mostly in the form isoInstant writes: read those directly.
  const read = utcInstantByDigits(value);
  if (!Number.isNaN(read)) return read;
  const ms = ISO_DATE.test(value) || ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`not an ISO date or instant with a zone: ${value}`);
  return ms;
}

function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

function twoDigits(value: string, index: number): number {
  return digit(value, index) * 10 + digit(value, index + 1);
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.mmmZ` (years 1000 to 9999) with every field in
 * range, read digit by digit: what `Date.parse` gives for it. NaN for anything else, left to
 * {@link instantOf}'s regular expressions and `Date.parse`.
 */
function utcInstantByDigits(value: string): number {
  const length = value.length;
  if (length !== 20 && length !== 24) return Number.NaN;
  if (
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 || // :
    value.charCodeAt(16) !== 58 ||
    value.charCodeAt(length - 1) !== 90 || // Z
    (length === 24 && value.charCodeAt(19) !== 46) // .
  )
    return Number.NaN;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  const ms = length === 24 ? digit(value, 20) * 100 + twoDigits(value, 21) : 0;
  if (
    !(
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0
    )
  )
    return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first millisecond of the UTC day of `ms`. @example dayStartOf(Date.UTC(2024, 4, 30, 14)) //=> Date.UTC(2024, 4, 30) */
export function dayStartOf(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** The UTC calendar date of an instant. @example isoDateOf(Date.UTC(2024, 4, 30, 14)) //=> '2024-05-30' */
export function isoDateOf(ms: number): IsoDate {
  return new Date(dayStartOf(ms)).toISOString().slice(0, 10);
}

/** The first millisecond of an ISO date, UTC. @example startOfDate('1970-01-02') //=> 86400000 */
export function startOfDate(date: IsoDate): number {
  return instantOf(date);
}

/**
 * When a profile leaves the pool by age: the first instant of the 12-month anniversary (UTC) of
 * the day it was received. A profile stays in the pool until one year after the day it was
 * received (programs.md "Express Entry pool and profile"; MI, P6 s.4(1)); a 29 February
 * submission's anniversary in a common year is 28 February, as `addYears` reads it. Counting
 * from the start of that day, not the time of submission, keeps expiry monotone in submission
 * instant, which lets the pool find everyone in the pool at an instant with two binary searches.
 * @example new Date(expiryOf(Date.parse('2024-02-29T18:30:00Z'))).toISOString() //=> '2025-02-28T00:00:00.000Z'
 */
export function expiryOf(submittedMs: number): number {
  const day = Math.floor(submittedMs / MS_PER_DAY);
  // A pool's profiles were submitted on a few hundred days: remember each day's answer.
  let expiry = expiryByDay.get(day);
  if (expiry === undefined) {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear() + 1;
    const month = date.getUTCMonth();
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    expiry = Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
    if (expiryByDay.size < 100_000) expiryByDay.set(day, expiry);
  }
  return expiry;
}

/** Expiry instants by submission day number. */
const expiryByDay = new Map<number, number>();

/**
 * An instant as IRCC publishes it: ISO-8601 UTC to the second, milliseconds only when present.
 * @example isoInstant(Date.UTC(2025, 9, 11, 14, 55, 49)) //=> '2025-10-11T14:55:49Z'
 */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
