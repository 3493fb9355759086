/**
 * How long an assessment stays true: the earliest day on which anything a candidate's CRS score,
 * program eligibility or category eligibility reads may change. Before that day the pool need not
 * re-assess the candidate; on it, it must (DESIGN.md "Rounds at scale": eligibility that depends
 * on the date changes on known dates, so it is scheduled rather than recomputed for everyone).
 *
 * Scores change with time (programs.md "Express Entry pool and profile": "scores are recalculated
 * automatically when rules change or when time-dependent inputs change (age, expiring results)").
 * The time-dependent inputs, and how each is bounded here:
 *
 * - Dated events, exact: the next birthday (CRS A1, FSW grid age); a language result starting to
 *   count on its test date or ceasing to count 2 years later (P6 s.3(4)); a credential completed,
 *   a certificate of qualification or a provincial nomination issued; a job starting or ending
 *   (whether the candidate works in Canada, for the proof-of-funds exemption); a job's last day
 *   leaving a 3-, 5- or 10-year window (months turning to 0, e.g. CEC's TEER 0/1 months); military
 *   service anniversaries; the next CRS rule set, category set or category. A new proof-of-funds
 *   table changes only whether the declared funds suffice (funds.ts `checkFunds`), so it counts
 *   only for a candidate whose declared amount meets the one and not the other: on 2024-05-28 the
 *   figure for one person rose from 13,757 to 14,690, which moves nobody who declared 20,000.
 * - Months of work, bounded by rate: months in a window move by at most one month per calendar
 *   month (work entering the window at one end, leaving at the other, at most full time), taken
 *   as 28 days to stay on the safe side. They grow only while a job runs on or after the day, and
 *   shrink only once the window's start reaches a day worked. So a quantity `d` months below a
 *   threshold it must reach cannot do so for `d × 28` days, and one `d` months above a threshold
 *   it must stay at cannot fall below it for `d × 28` days after its window starts eating into
 *   work. A window worked full time from end to end (10 years in the same job) stays full while
 *   the job runs: each day gained is worked like each day lost. The thresholds: a completed year for CRS and FSW-grid years; 12 months for CEC, FSW
 *   and adaptability; 24 for FST; each category's minimum (one occupation at a time). Anniversary
 *   months are not all the same length, so the count can jump a little more when a window's start
 *   skips a day (28 February to 1 March); {@link CALENDAR_SLACK_MONTHS} absorbs that. A quantity
 *   growing towards a threshold the bound puts fewer than {@link SEARCH_DAYS} days away is then
 *   followed day by day: it cannot fall while the window's start has not reached work, so the
 *   first day it meets the threshold is found by a binary search, and taken exactly.
 * - Which FST trade is assessed: the one with the most months, so two trades' months crossing can
 *   change whose offer or certificate counts; their difference moves at most twice as fast.
 *
 * The result is never earlier than the day after `on`.
 */
import {
  addDays,
  addYears,
  completedYears,
  dayNumber,
  type IsoDate,
  maxDate,
  monthsBetween,
} from '../../rules/_lib/dates.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { CRS_RULESETS } from '../../rules/crs/rulesets.js';
import {
  completedWorkYears,
  type ExperienceSummary,
  type ExperienceWindow,
  isCanadianExperience,
  isSkilled,
  lookbackWindow,
  meetsMonths,
  summarizeExperience,
  teerOf,
} from '../../rules/experience/index.js';
import { validUntil as languageValidUntil } from '../../rules/language/levels.js';
import type { Profile, WorkPeriod } from '../../rules/profile/schema.js';
import { CEC_LOOKBACK_YEARS, CEC_MIN_MONTHS } from '../../rules/programs/cec.js';
import { FST_LOOKBACK_YEARS, FST_MIN_MONTHS, isSkilledTrade } from '../../rules/programs/fst.js';
import { FSW_MIN_CONTINUOUS_MONTHS } from '../../rules/programs/fsw.js';
import { FSW_LOOKBACK_YEARS } from '../../rules/programs/fsw-grid.js';
import { familySizeOf, fundsTableOn, requiredFunds } from '../../rules/programs/funds.js';
import { FUNDS_TABLES, type FundsTable } from '../../rules/programs/tables.js';

/** Months of work gained or lost in a day, at most: one month per month, months of 28 days. */
export const MAX_MONTHS_PER_DAY = 1 / 28;

/**
 * Anniversary months (dates.ts `monthsBetween`) make a window's months jump by up to about 0.13
 * month in a day when the window's start skips 29 February, and drift up to about 0.1 month
 * beyond the 1/28-a-day rate over longer spans (measured over random work histories); a
 * quantity this close to a threshold is re-assessed the next day.
 */
export const CALENDAR_SLACK_MONTHS = 0.25;

/**
 * A quantity the rate bound puts fewer than this many days from reaching a threshold is followed
 * day by day instead: while it only grows, it meets the threshold from the first day it does, so
 * a binary search over its values finds that day (one re-assessment, on the day, rather than a
 * chain of ever shorter bounds).
 */
export const SEARCH_DAYS = 62;

/** Never look further ahead than this; a birthday comes sooner anyway. */
const MAX_HORIZON_DAYS = 366;

/** The lookback windows the rules count work in: categories and CEC 3 years, FST 5, CRS and FSW 10. */
const WINDOW_YEARS = [CEC_LOOKBACK_YEARS, FST_LOOKBACK_YEARS, FSW_LOOKBACK_YEARS] as const;

/** FSW adaptability counts past work in Canada with no time limit (IRPR 83(1)(c), (d)). */
const ALL_TIME_FROM: IsoDate = '1900-01-01';

interface OccupationThresholds {
  /** Each category's minimum months in one occupation (6 until 2025, 12 from 2026). */
  readonly category: readonly number[];
}

interface RuleDates {
  /** Every day a CRS rule set, category set or category starts or ends, sorted. */
  readonly changes: readonly IsoDate[];
  readonly thresholds: OccupationThresholds;
}

const ruleDatesCache = new WeakMap<readonly CategorySet[], RuleDates>();

function ruleDates(sets: readonly CategorySet[]): RuleDates {
  const cached = ruleDatesCache.get(sets);
  if (cached) return cached;
  const changes = new Set<IsoDate>();
  for (const ruleset of CRS_RULESETS) changes.add(ruleset.effectiveFrom);
  const thresholds = new Set<number>();
  for (const set of sets) {
    changes.add(set.effectiveFrom);
    if (set.effectiveTo !== null) changes.add(addDays(set.effectiveTo, 1));
    for (const category of set.categories) {
      if (category.effectiveFrom) changes.add(category.effectiveFrom);
      for (const criterion of category.criteria)
        if (criterion.kind === 'work-experience') thresholds.add(criterion.minMonths);
    }
  }
  const found: RuleDates = {
    changes: [...changes].sort(),
    thresholds: { category: [...thresholds].sort((a, b) => a - b) },
  };
  ruleDatesCache.set(sets, found);
  return found;
}

/**
 * The earliest day after `on` on which the assessment of `profile` may differ from the one on
 * `on`: its CRS total, its program eligibility (and nomination) or any category's eligibility.
 * Conservative: nothing changes before it, something may change on it.
 * @example
 * // Born 1990-07-01, nothing else dated, assessed on 2026-03-02 (categories@2026 in force):
 * nextChangeOn(profile, { on: '2026-03-02', sets: bundledCategorySets() }) //=> '2026-07-01'
 */
export function nextChangeOn(
  profile: Profile,
  { on, sets }: { on: IsoDate; sets: readonly CategorySet[] },
): IsoDate {
  const tomorrow = addDays(on, 1);
  let earliest = addDays(on, workDays(profile, on, ruleDates(sets).thresholds));
  const consider = (date: IsoDate | null | undefined) => {
    if (date && date > on && date < earliest) earliest = date;
  };
  // A day read as a birthday (completed years) and the same day read by addYears can differ by
  // one around 29 February: take both the anniversary and the day after it.
  const considerAround = (date: IsoDate) => {
    consider(date);
    consider(addDays(date, 1));
  };

  for (const date of ruleDates(sets).changes) {
    if (date > on) {
      consider(date);
      break;
    }
  }
  consider(fundsOutcomeChange(profile, on));
  // CRS A1 and FSW grid age: one more completed year on each birthday.
  considerAround(addYears(profile.birthDate, completedYears(profile.birthDate, on) + 1));
  for (const person of [profile, profile.spouse]) {
    if (!person) continue;
    // A result counts from its test date until its 2-year anniversary (P6 s.3(4)).
    for (const test of person.languageTests) {
      consider(test.date);
      consider(addDays(languageValidUntil(test.date), 1));
    }
    for (const credential of person.education) consider(credential.completed);
    for (const job of person.work) jobEvents(job, on).forEach(considerAround);
  }
  consider(profile.certificateOfQualification?.issued);
  consider(profile.provincialNomination?.issued);
  const service = profile.militaryService;
  if (service) {
    considerAround(service.start);
    if (service.end !== null) considerAround(addDays(service.end, 1));
    const served = service.start <= on ? completedYears(service.start, on) : 0;
    considerAround(addYears(service.start, served + 1));
  }
  return maxDate(earliest, tomorrow);
}

/** The proof-of-funds tables, oldest first. */
const FUNDS_TABLES_BY_DATE = [...FUNDS_TABLES].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));

/**
 * The first day after `on` on which a new proof-of-funds table turns the declared funds from
 * enough to short or back (funds.ts `checkFunds`: the amount and the family are the profile's,
 * only the table moves), or null. Without declared funds every table says "not declared".
 * @example
 * // 14,000 for one person: enough under the 2023-04-25 table (13,757), short from 2024-05-28 (14,690).
 * fundsOutcomeChange({ ...profile, settlementFunds: { amount: 14_000, currency: 'CAD' } }, '2024-01-01') //=> '2024-05-28'
 */
export function fundsOutcomeChange(
  profile: Pick<Profile, 'familySize' | 'spouse' | 'settlementFunds'>,
  on: IsoDate,
): IsoDate | null {
  const declared = profile.settlementFunds?.amount;
  if (declared === undefined) return null;
  const familySize = familySizeOf(profile);
  const today = fundsTableOn(on);
  for (const table of FUNDS_TABLES_BY_DATE)
    if (table.effectiveFrom > on && fundsTurn(declared, familySize, today, table)) return table.effectiveFrom;
  return null;
}

/** True when `declared` funds for `familySize` meet one of the two tables and not the other. */
export function fundsTurn(declared: number, familySize: number, from: FundsTable, to: FundsTable): boolean {
  return declared >= requiredFunds(familySize, from) !== declared >= requiredFunds(familySize, to);
}

/** A job's start and end, and the days its last day leaves each lookback window. */
function jobEvents(job: WorkPeriod, on: IsoDate): IsoDate[] {
  const events = [job.start];
  if (job.end !== null) {
    const afterEnd = addDays(job.end, 1);
    events.push(afterEnd);
    for (const years of WINDOW_YEARS) {
      const leaves = addYears(afterEnd, years);
      if (leaves > on) events.push(leaves);
    }
  }
  return events;
}

/** Which work a quantity counts: a predicate of the experience rules. */
type Counts = (job: WorkPeriod) => boolean;

/**
 * The work totals the rules compare with thresholds, each with the jobs it counts (as the rules
 * count them: experience.ts `experienceProfile`, cec.ts `cecExperience`, fsw-grid.ts) and its
 * lookback window in years (null: all time). A test checks they equal the rules' own figures.
 */
export const WORK_QUANTITIES = {
  /** CRS A5/B4 (crs-rules §E1): skilled work in Canada, for an employer, 10 years. */
  crsCanadian: { years: 10, counts: (job: WorkPeriod) => isSkilled(job.noc) && isCanadianExperience(job) },
  /** CRS C2: skilled work abroad, 10 years. */
  crsForeign: { years: 10, counts: (job: WorkPeriod) => isSkilled(job.noc) && job.country !== CANADA },
  /** FSW grid experience (IRPR 80): skilled work anywhere, 10 years. */
  fswGrid: { years: FSW_LOOKBACK_YEARS, counts: (job: WorkPeriod) => isSkilled(job.noc) },
  /** FSW adaptability (IRPR 83(1)(c)): 12 months of skilled work in Canada, any time. */
  adaptability: { years: null, counts: (job: WorkPeriod) => isSkilled(job.noc) && isCanadianExperience(job) },
  /** CEC (IRPR 87.1): 12 months of skilled work in Canada in 3 years, split by TEER. */
  cec: {
    years: CEC_LOOKBACK_YEARS,
    counts: (job: WorkPeriod) => isSkilled(job.noc) && isCanadianExperience(job),
  },
  cecTeer0And1: {
    years: CEC_LOOKBACK_YEARS,
    counts: (job: WorkPeriod) => isSkilled(job.noc) && isCanadianExperience(job) && teerOf(job.noc) <= 1,
  },
  cecTeer2And3: {
    years: CEC_LOOKBACK_YEARS,
    counts: (job: WorkPeriod) => isSkilled(job.noc) && isCanadianExperience(job) && teerOf(job.noc) >= 2,
  },
  /** FSW adaptability: the spouse's 12 months of work in Canada, any time. */
  spouseAdaptability: { years: null, counts: isCanadianExperience },
} as const satisfies Record<string, { years: number | null; counts: Counts }>;

const CANADA = 'CA';

/**
 * How months of one kind of work inside a lookback window can move from `on`: they grow only
 * while a job runs on or after `on` (a job starting later is a dated event), and shrink only once
 * the window's start reaches a day worked. A window worked full time from end to end is steady:
 * while the job at its end runs, each day gained is worked full time like each day lost, and a
 * full window always counts at least 12 months a year (dates.ts `monthsBetween`).
 */
interface Motion {
  readonly grows: boolean;
  /** Days before the window's start reaches a day worked; infinite for an all-time window. */
  readonly daysBeforeShrinking: number;
  /** Worked full time over the whole window and on `on`: it stays so until a job ends. */
  readonly steady: boolean;
}

/** The windows of the assessment day that the work totals are counted in, each worked out once. */
class DayWindows {
  readonly on: IsoDate;
  /** The day `on` alone, `[on, on + 1)`. */
  readonly today: ExperienceWindow;
  /** The last day of a window ending on `on`. */
  readonly lastDay: IsoDate;
  private readonly byYears = new Map<number | null, ExperienceWindow>();
  private readonly monthsByYears = new Map<number, number>();
  private readonly firstDays = new Map<number, number>();
  private monthsOfToday: number | undefined;

  constructor(on: IsoDate) {
    this.on = on;
    this.today = { from: on, to: addDays(on, 1) };
    this.lastDay = addDays(on, -1);
  }

  /** The lookback window of `years` years (null: all time). */
  window(years: number | null): ExperienceWindow {
    let window = this.byYears.get(years);
    if (window === undefined) {
      window = years === null ? { from: ALL_TIME_FROM, to: this.on } : lookbackWindow(this.on, years);
      this.byYears.set(years, window);
    }
    return window;
  }

  /** The day number of the first day of the window of `years` years. */
  firstDay(years: number): number {
    let day = this.firstDays.get(years);
    if (day === undefined) {
      day = dayNumber(this.window(years).from);
      this.firstDays.set(years, day);
    }
    return day;
  }

  /** The calendar months of the window of `years` years. */
  windowMonths(years: number): number {
    let months = this.monthsByYears.get(years);
    if (months === undefined) {
      const window = this.window(years);
      months = monthsBetween(window.from, window.to);
      this.monthsByYears.set(years, months);
    }
    return months;
  }

  /** The calendar months of the day `on` alone. */
  todayMonths(): number {
    this.monthsOfToday ??= monthsBetween(this.today.from, this.today.to);
    return this.monthsOfToday;
  }
}

function motionOf(
  work: readonly WorkPeriod[],
  where: Counts,
  windows: DayWindows,
  years: number | null,
  summary: ExperienceSummary,
): Motion {
  const on = windows.on;
  let grows = false;
  for (const job of work) {
    if (where(job) && job.start <= on && (job.end === null || job.end >= on)) {
      grows = true;
      break;
    }
  }
  if (years === null) return { grows, daysBeforeShrinking: Number.POSITIVE_INFINITY, steady: false };
  const window = windows.window(years);
  let daysBeforeShrinking = Number.POSITIVE_INFINITY;
  for (const job of work) {
    if (!where(job) || (job.end !== null && job.end < window.from)) continue;
    // The window's start can skip a day (29 February): keep two days in hand.
    const days =
      job.start <= window.from ? 0 : Math.max(0, dayNumber(job.start) - windows.firstDay(years) - 2);
    daysBeforeShrinking = Math.min(daysBeforeShrinking, days);
  }
  const stretch = summary.longestContinuous;
  const steady =
    stretch !== null &&
    stretch.from === window.from &&
    stretch.to === windows.lastDay &&
    meetsMonths(summary.longestContinuousMonths, windows.windowMonths(years)) &&
    meetsMonths(summarizeExperience(work, windows.today, where).months, windows.todayMonths());
  return { grows, daysBeforeShrinking, steady };
}

/** Whole days months `gap` away need to get there, at 1/28 month a day, less the calendar slack. */
function daysToMove(gap: number): number {
  return Math.max(0, Math.floor((gap - CALENDAR_SLACK_MONTHS) / MAX_MONTHS_PER_DAY));
}

/**
 * Days before `months` can cross `threshold` (compared as `meetsMonths` does); `monthsAfter(k)`
 * is the quantity `k` days after the assessment day. Only a bound shorter than `horizon` (the
 * fewest days found so far) is worth refining.
 */
function daysToCross(
  months: number,
  threshold: number,
  motion: Motion,
  monthsAfter: (days: number) => number,
  horizon: number,
): number {
  if (meetsMonths(months, threshold)) {
    if (motion.steady) return Number.POSITIVE_INFINITY;
    return motion.daysBeforeShrinking + daysToMove(months - threshold);
  }
  if (!motion.grows || motion.steady) return Number.POSITIVE_INFINITY;
  const bound = daysToMove(threshold - months);
  if (bound >= horizon || bound >= SEARCH_DAYS) return bound;
  const to = Math.min(motion.daysBeforeShrinking, SEARCH_DAYS);
  return firstDayMeeting(threshold, threshold - months, bound, to, monthsAfter);
}

/** Days in a month on average (365.25 ÷ 12): where a full-time job's months reach a threshold. */
const DAYS_PER_MONTH = 30.4375;

/**
 * The first of the days `from` to `to` after the assessment day on which `monthsAfter` meets
 * `threshold`, or `to + 1` when none does; `gap` is how many months short the quantity is on the
 * assessment day. Before the window's start reaches a day worked the quantity never falls (work
 * only enters the window), so it meets the threshold on every day after the first: a binary
 * search finds that day. Full-time work gains a month a month, so the search first tries the day
 * that puts the crossing on, and the day before it.
 * @example
 * // 11.5 months growing by a month a month, 12 needed: the rate bound says 7 days, the search 15.
 */
export function firstDayMeeting(
  threshold: number,
  gap: number,
  from: number,
  to: number,
  monthsAfter: (days: number) => number,
): number {
  const meets = (days: number) => meetsMonths(monthsAfter(days), threshold);
  // The answer lies in [low, high]; high = to + 1 stands for "none".
  let low = from;
  let high = to + 1;
  const guess = Math.ceil(gap * DAYS_PER_MONTH);
  if (guess > low && guess <= to) {
    if (meets(guess)) {
      if (!meets(guess - 1)) return guess;
      high = guess - 1;
    } else low = guess + 1;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    if (meets(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Completed years change at every multiple of 12 months; below the first year, only reaching it. */
function yearThresholds(months: number): number[] {
  const years = completedWorkYears(months);
  return years > 0 ? [years * 12, (years + 1) * 12] : [12];
}

/** The months of `summary` a quantity compares with its thresholds. */
type Measure = 'months' | 'longest' | 'both';

/**
 * The fewest whole days before any work total checked so far can cross one of its thresholds.
 */
class WorkHorizon {
  days = Number.POSITIVE_INFINITY;
  private readonly windows: DayWindows;

  constructor(windows: DayWindows) {
    this.windows = windows;
  }

  /** `where` work of `work` in its window against thresholds (`years`: completed years). */
  check(
    work: readonly WorkPeriod[],
    years: number | null,
    where: Counts,
    compare: 'years' | readonly number[],
    measure: Measure = 'months',
  ): void {
    if (!work.some(where)) return;
    const summary = summarizeExperience(work, this.windows.window(years), where);
    const motion = motionOf(work, where, this.windows, years, summary);
    const summaryAfter = (days: number) => {
      const on = addDays(this.windows.on, days);
      const window = years === null ? { from: ALL_TIME_FROM, to: on } : lookbackWindow(on, years);
      return summarizeExperience(work, window, where);
    };
    if (measure !== 'longest')
      this.crossing(summary.months, compare, motion, (days) => summaryAfter(days).months);
    if (measure !== 'months')
      this.crossing(
        summary.longestContinuousMonths,
        compare,
        motion,
        (days) => summaryAfter(days).longestContinuousMonths,
      );
  }

  private crossing(
    value: number,
    compare: 'years' | readonly number[],
    motion: Motion,
    monthsAfter: (days: number) => number,
  ): void {
    for (const threshold of compare === 'years' ? yearThresholds(value) : compare)
      this.days = Math.min(this.days, daysToCross(value, threshold, motion, monthsAfter, this.days));
  }
}

/** The NOC codes of the `where` work of `work`, in the order first worked in. */
function nocsOf(work: readonly WorkPeriod[], where: Counts = () => true): string[] {
  const nocs: string[] = [];
  for (const job of work) if (where(job) && !nocs.includes(job.noc)) nocs.push(job.noc);
  return nocs;
}

/**
 * Whole days the months of work cannot cross any threshold the rules compare them with, at least 1.
 */
function workDays(profile: Profile, on: IsoDate, thresholds: OccupationThresholds): number {
  const windows = new DayWindows(on);
  const horizon = new WorkHorizon(windows);
  const work = profile.work;
  if (work.length > 0) {
    const q = WORK_QUANTITIES;
    horizon.check(work, q.crsCanadian.years, q.crsCanadian.counts, 'years');
    horizon.check(work, q.crsForeign.years, q.crsForeign.counts, 'years');
    horizon.check(work, q.fswGrid.years, q.fswGrid.counts, 'years');
    horizon.check(work, q.adaptability.years, q.adaptability.counts, [12]);
    // CEC: 12 months in 3 years; TEER 2/3 alone reaching 12 sets the language level.
    for (const cec of [q.cec, q.cecTeer0And1, q.cecTeer2And3])
      horizon.check(work, cec.years, cec.counts, [CEC_MIN_MONTHS]);
    // One occupation: each category's minimum in 3 years (anywhere, or in Canada only), in all
    // its months or its longest stretch; FST's 24 months in 5 years; FSW's 12 continuous in 10.
    for (const noc of nocsOf(work)) {
      const inNoc = (job: WorkPeriod) => job.noc === noc;
      horizon.check(work, CEC_LOOKBACK_YEARS, inNoc, thresholds.category, 'both');
      horizon.check(
        work,
        CEC_LOOKBACK_YEARS,
        (job) => inNoc(job) && isCanadianExperience(job),
        thresholds.category,
        'both',
      );
      horizon.check(work, FST_LOOKBACK_YEARS, inNoc, [FST_MIN_MONTHS]);
      horizon.check(work, FSW_LOOKBACK_YEARS, inNoc, [FSW_MIN_CONTINUOUS_MONTHS], 'longest');
    }
    // FST applies in the trade with the most months: two trades trading places can change
    // which trade's offer or certificate counts. Their difference moves up to twice as fast.
    const trades = nocsOf(work, (job) => isSkilledTrade(job.noc));
    if (trades.length > 1) {
      const window = windows.window(FST_LOOKBACK_YEARS);
      const summaries = trades.map((trade) => summarizeExperience(work, window, (job) => job.noc === trade));
      for (let a = 0; a < trades.length; a += 1)
        for (let b = a + 1; b < trades.length; b += 1) {
          const inPair = (job: WorkPeriod) => job.noc === trades[a] || job.noc === trades[b];
          const motion = motionOf(
            work,
            inPair,
            windows,
            FST_LOOKBACK_YEARS,
            summaries[a] as ExperienceSummary,
          );
          // Neither moves before a job runs or the window's start reaches their work.
          const still = motion.grows ? 0 : motion.daysBeforeShrinking;
          const gap = Math.abs(
            (summaries[a] as ExperienceSummary).months - (summaries[b] as ExperienceSummary).months,
          );
          horizon.days = Math.min(horizon.days, still + daysToMove(gap / 2));
        }
    }
  }
  const spouse = profile.spouse;
  if (spouse && spouse.work.length > 0) {
    const q = WORK_QUANTITIES;
    horizon.check(spouse.work, q.crsCanadian.years, q.crsCanadian.counts, 'years');
    horizon.check(spouse.work, null, q.spouseAdaptability.counts, [12]);
  }
  return Math.min(MAX_HORIZON_DAYS, Math.max(1, horizon.days));
}
