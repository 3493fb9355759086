/**
 * The English and French results a candidate can use on a date: each result counts for 2 years
 * from its test date, and a candidate uses one English and/or one French result.
 *
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html
 */
import { addDays, addYears, type IsoDate } from '../_lib/dates.js';
import type { LanguageTestName, LanguageTestResult } from '../profile/schema.js';
import { type AbilityLevels, levelsFromResult } from './convert.js';
import { abilities, type OfficialLanguage } from './tables.js';

/** Results stay valid for this many years from the test date. */
export const VALIDITY_YEARS = 2;

/** A result with the span in which it counts. */
export interface DatedLanguageResult {
  test: LanguageTestName;
  language: OfficialLanguage;
  /** The test date: the first day the result counts. */
  date: IsoDate;
  /** The last day the result counts: the day before the 2-year anniversary of `date`. */
  validUntil: IsoDate;
}

/** The result used for one language, with its level per ability. */
export interface ChosenLanguageResult extends DatedLanguageResult {
  levels: AbilityLevels;
  /** The chart that converted it (`EquivalencyTable.id`), `null` for CLB/NCLC levels. */
  table: string | null;
}

/** What {@link languageLevels} returns. */
export interface LanguageLevels {
  on: IsoDate;
  /** The valid English result used, or `null` when there is none on `on`. */
  english: ChosenLanguageResult | null;
  /** The valid French result used, or `null` when there is none on `on`. */
  french: ChosenLanguageResult | null;
  /** Results that no longer count on `on`, most recent test first. */
  expired: DatedLanguageResult[];
  /** Results dated after `on`: they do not count yet. Earliest first. */
  future: DatedLanguageResult[];
}

/**
 * The last day a result taken on `date` counts. It counts while less than 2 years old, so not on
 * the 2-year anniversary; a 29 February test's anniversary in a common year is 28 February.
 * @example validUntil('2024-11-02') //=> '2026-11-01'
 * @example validUntil('2024-02-29') //=> '2026-02-27'
 */
export function validUntil(date: IsoDate): IsoDate {
  // Not hasReachedAnniversary: it reads anniversaries as birthdays, reaching a 29 February one
  // on 1 March, which would keep a leap-day result valid one day past 28 February.
  return addDays(addYears(date, VALIDITY_YEARS), -1);
}

function sumOfLevels(levels: AbilityLevels): number {
  return abilities.reduce((sum, ability) => sum + levels[ability], 0);
}

/** True when `a` is the better result: the higher sum of the four levels, then the later test. */
function isBetter(a: ChosenLanguageResult, b: ChosenLanguageResult): boolean {
  const difference = sumOfLevels(a.levels) - sumOfLevels(b.levels);
  return difference !== 0 ? difference > 0 : a.date > b.date;
}

/**
 * The English and the French result a candidate uses on `on`, with a CLB/NCLC level per ability,
 * and the results that do not count: expired (2 years old or more) or taken after `on`. Among
 * several valid results for one language, the one with the highest sum of its four levels is
 * used; on a tie, the most recent (then the first listed).
 * @throws RangeError for a result a parsed profile cannot hold (see `scoreProblems`).
 * @example
 * languageLevels(
 *   [{ test: 'IELTS-GT', date: '2024-11-02', listening: 8, reading: 7, writing: 7, speaking: 7.5 }],
 *   { on: '2026-11-01' },
 * ).english
 * //=> { test: 'IELTS-GT', language: 'english', date: '2024-11-02', validUntil: '2026-11-01',
 * //     levels: { listening: 9, reading: 9, writing: 9, speaking: 10 }, table: 'IELTS-GT' }
 * // and on '2026-11-02' it is null, with the result listed in `expired`.
 */
export function languageLevels(
  tests: readonly LanguageTestResult[],
  { on }: { on: IsoDate },
): LanguageLevels {
  // The CRS, each program and each category read the same results on the same day: work them
  // out once per list of results and date. Only the most recent lists are kept (a pool of a
  // million profiles must not hold an entry for each). Readers never mutate results.
  const key = recent.get(tests);
  if (key && key.on === on) return key.result;
  const result = computeLanguageLevels(tests, on);
  if (recent.size >= RECENT_LISTS) {
    const oldest = recent.keys().next().value;
    if (oldest !== undefined) recent.delete(oldest);
  }
  recent.set(tests, { on, result });
  return result;
}

const RECENT_LISTS = 32;
const recent = new Map<readonly LanguageTestResult[], { on: IsoDate; result: LanguageLevels }>();

function computeLanguageLevels(tests: readonly LanguageTestResult[], on: IsoDate): LanguageLevels {
  const chosen: Record<OfficialLanguage, ChosenLanguageResult | null> = { english: null, french: null };
  const expired: DatedLanguageResult[] = [];
  const future: DatedLanguageResult[] = [];
  for (const test of tests) {
    const { language, levels, table } = levelsFromResult(test);
    const dated: DatedLanguageResult = {
      test: test.test,
      language,
      date: test.date,
      validUntil: validUntil(test.date),
    };
    if (on < dated.date) {
      future.push(dated);
    } else if (on > dated.validUntil) {
      expired.push(dated);
    } else {
      const candidate = { ...dated, levels, table };
      const current = chosen[language];
      if (current === null || isBetter(candidate, current)) chosen[language] = candidate;
    }
  }
  expired.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  future.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { on, english: chosen.english, french: chosen.french, expired, future };
}
