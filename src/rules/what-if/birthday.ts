/** The next birthday: the day the age in completed years goes up (crs-rules.md §E3). */
import { addDays, completedYears, dateParts, type IsoDate, isIsoDate } from '../_lib/dates.js';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The first day after `on` on which someone born on `birthDate` is one year older. Age points
 * change on the birthday itself; a 29 February birthday is reached on 1 March in a common year,
 * as {@link completedYears} counts it.
 * @example nextBirthday('1996-03-15', '2025-09-01') //=> '2026-03-15'
 * @example nextBirthday('1996-03-15', '2025-03-15') //=> '2026-03-15'
 * @example nextBirthday('2000-02-29', '2029-06-01') //=> '2030-03-01'
 */
export function nextBirthday(birthDate: IsoDate, on: IsoDate): IsoDate {
  const birth = dateParts(birthDate);
  // Born after `on`: the day of birth is the first day the age (then 0) is reached.
  if (birthDate > on) return birthDate;
  const year = birth.year + completedYears(birthDate, on) + 1;
  const date = `${pad(year, 4)}-${pad(birth.month, 2)}-${pad(birth.day, 2)}`;
  return isIsoDate(date) ? date : addDays(`${pad(year, 4)}-02-28`, 1);
}
