import { MONTH_TOLERANCE } from '../experience/index.js';

/**
 * Months as reasons show them: rounded down to two decimals, so 11.999 shows as 11.99 and never
 * as a "12" that still fails; a hair under a whole number from floating point (within the
 * experience module's tolerance) shows as that number.
 * @example shownMonths(5 + 29 / 30) //=> 5.96
 * @example shownMonths(11.9999999999) //=> 12
 */
export function shownMonths(months: number): number {
  return Math.floor((months + MONTH_TOLERANCE) * 100) / 100;
}
