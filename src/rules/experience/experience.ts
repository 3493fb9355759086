/**
 * Work experience as full-time-equivalent (FTE) months inside a window of dates: the one
 * counting that the CRS (Canadian and foreign work, §A5/§C2), the programs (CEC, FSWP, FSTP)
 * and the categories (months within the last 3 years, continuous or cumulative) all use.
 *
 * Counting rules (docs: reference/crs-rules.md §E1, reference/programs.md "Common definitions"):
 * - One year of work = 12 months full time at 30 h/week = 1,560 hours; part-time counts pro
 *   rata; hours above 30 a week, and simultaneous jobs, are counted once.
 * - Self-employment does not count as Canadian experience.
 * - Skilled work is NOC 2021 TEER 0, 1, 2 or 3.
 *
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/canadian-experience-class.html
 */
import {
  addDays,
  addYears,
  dayNumber,
  fromDayNumber,
  type IsoDate,
  monthsBetweenDays,
} from '../_lib/dates.js';
import type { WorkPeriod } from '../profile/schema.js';

/** Hours a week that make full time; more are not credited. */
const FULL_TIME_HOURS_PER_WEEK = 30;
/** 1,560 hours = 12 months full time, so one FTE month is 130 hours. */
const HOURS_PER_MONTH = 130;
/** CRS counts Canadian and foreign experience within the 10 years before the score (§E1). */
const CRS_LOOKBACK_YEARS = 10;
const CANADA = 'CA';
const NOC_CODE = /^\d{5}$/;

/**
 * Slack for comparing months computed from day fractions with a whole-month threshold:
 * 20 h/week for 9 months is 2/3 × 9, which floating point may leave at 5.999999999999999.
 */
export const MONTH_TOLERANCE = 1e-9;

/** A half-open range of days `[from, to)`: `from` is counted, `to` is not. */
export interface ExperienceWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The experience credited inside one window. */
export interface ExperienceSummary {
  /** Full-time-equivalent months in the window. */
  months: number;
  /** `months × 130` (1,560 hours = 12 months). */
  hours: number;
  /** FTE months of the longest unbroken stretch of work. */
  longestContinuousMonths: number;
  /** That stretch, `to` being its last day worked (inclusive); null when nothing was worked. */
  longestContinuous: { from: IsoDate; to: IsoDate } | null;
}

/** Months and completed years of one kind of experience. */
export interface ExperienceTotal {
  months: number;
  /** Completed years, rounded down ({@link completedWorkYears}). */
  years: number;
}

/** The derived experience facts the CRS scores, as of one day. */
export interface ExperienceProfile {
  /** The 10 years before the assessment day. */
  window: ExperienceWindow;
  /** Skilled (TEER 0–3) work in Canada, for an employer. */
  skilledCanadian: ExperienceTotal;
  /** Skilled (TEER 0–3) work outside Canada, self-employment included. */
  skilledForeign: ExperienceTotal;
}

/**
 * The `years` years of work done before the day `on`: `[on − years, on)`. The day `on` itself
 * is not counted; 29 February goes back to 28 February in a common year.
 *
 * @example
 * lookbackWindow('2023-06-28', 3)
 * //=> { from: '2020-06-28', to: '2023-06-28' }
 */
export function lookbackWindow(on: IsoDate, years: number): ExperienceWindow {
  if (!Number.isInteger(years) || years < 0) {
    throw new RangeError(`lookback years must be a whole number ≥ 0, got ${years}`);
  }
  return { from: addYears(on, -years), to: on };
}

/**
 * Full-time-equivalent experience inside `window`, counting only the jobs that `where` keeps
 * (all of them by default).
 *
 * - A job occupies `[start, end + 1 day)` (its `end` is its last day worked); an ongoing job
 *   (`end: null`) runs to the end of the window.
 * - The credited rate on a day is `min(30, Σ hoursPerWeek of the jobs that day) / 30`:
 *   overlapping jobs add up but are never credited beyond full time.
 * - A continuous stretch is a maximal run of consecutive days with a rate above 0 (a job ending
 *   30 June and the next starting 1 July are one stretch; one day without work breaks it).
 * - A stretch is measured on its own calendar, by anniversary of its first day `s`: a run of days
 *   `[a, b)` at rate `r` counts `r × (monthsBetween(s, b) − monthsBetween(s, a))`. A stretch at
 *   one rate therefore counts `r × monthsBetween(s, end)`, so 1 January to 30 June inclusive is
 *   6 months and to 29 June is 5 + 29/30. Within a stretch every day keeps its weight (1/length
 *   of the stretch-month it falls in), so more hours there never mean fewer months; measuring each
 *   constant-rate piece from its own start instead would let a 15 h/week job from 1 January to
 *   15 February count less once half an hour a week is added from 16 January.
 * - Known limit of anniversary months: stretches are measured separately, and monthsBetween
 *   counts 31 January → 28 February as a whole month, so two stretches can count slightly more
 *   (up to about 2/31 month per gap) than the same days joined into one. A day off can then
 *   raise the total, even above the window's own months (see the tests).
 * - `months` is the sum over the stretches; `longestContinuous` is the stretch with the most
 *   months, the most recent one on a tie.
 *
 * @example
 * summarizeExperience(
 *   [{ noc: '21232', country: 'CA', start: '2023-01-01', end: '2023-06-30', hoursPerWeek: 15, selfEmployed: false },
 *    { noc: '21232', country: 'CA', start: '2023-07-01', end: null, hoursPerWeek: 45, selfEmployed: false }],
 *   { from: '2020-01-01', to: '2024-01-01' },
 * )
 * //=> { months: 9, hours: 1170, longestContinuousMonths: 9,
 * //     longestContinuous: { from: '2023-01-01', to: '2023-12-31' } }
 */
export function summarizeExperience(
  work: readonly WorkPeriod[],
  window: ExperienceWindow,
  where: (job: WorkPeriod) => boolean = countsEveryJob,
): ExperienceSummary {
  if (work.length > MAX_CACHED_JOBS) return summarizeSpans(jobSpans(work.filter(where), window));
  const counted = countedJobs(work, where);
  const clipped = clippedWork(work, window);
  throwFirstProblem(clipped, counted);
  return copyOf(summaryOf(clipped, counted));
}

/**
 * {@link summarizeExperience} for each NOC code worked inside `window`, keyed by NOC code in
 * ascending order. Jobs in different occupations are counted separately, so overlapping jobs
 * each count in full for their own NOC; a NOC whose jobs all fall outside the window has no entry.
 *
 * @example
 * experienceByNoc(
 *   [{ noc: '21232', country: 'CA', start: '2023-01-01', end: '2023-06-30', hoursPerWeek: 30, selfEmployed: false },
 *    { noc: '21231', country: 'CA', start: '2023-01-01', end: '2023-12-31', hoursPerWeek: 15, selfEmployed: false }],
 *   lookbackWindow('2024-01-01', 3),
 * )
 * //=> Map { '21231' => { months: 6, … }, '21232' => { months: 6, … } }
 */
export function experienceByNoc(
  work: readonly WorkPeriod[],
  window: ExperienceWindow,
  where: (job: WorkPeriod) => boolean = countsEveryJob,
): Map<string, ExperienceSummary> {
  const byNoc = new Map<string, ExperienceSummary>();
  if (work.length > MAX_CACHED_JOBS) {
    const spansByNoc = new Map<string, JobSpan[]>();
    for (const job of work.filter(where)) {
      const [span] = jobSpans([job], window);
      if (span === undefined) continue;
      const spans = spansByNoc.get(job.noc) ?? [];
      spans.push(span);
      spansByNoc.set(job.noc, spans);
    }
    for (const noc of [...spansByNoc.keys()].sort()) {
      byNoc.set(noc, summarizeSpans(spansByNoc.get(noc) ?? []));
    }
    return byNoc;
  }
  const counted = countedJobs(work, where);
  // No job counted: nothing to clip, so the window is not read (nor checked).
  if (counted === 0) return byNoc;
  const clipped = clippedWork(work, window);
  throwFirstProblem(clipped, counted);
  const worked = counted & clipped.inWindow;
  const nocs: string[] = [];
  for (let index = 0; index < work.length; index += 1) {
    const noc = (work[index] as WorkPeriod).noc;
    if ((worked & (1 << index)) !== 0 && !nocs.includes(noc)) nocs.push(noc);
  }
  nocs.sort();
  for (const noc of nocs) {
    let inNoc = 0;
    for (let index = 0; index < work.length; index += 1) {
      if ((worked & (1 << index)) !== 0 && (work[index] as WorkPeriod).noc === noc) inNoc |= 1 << index;
    }
    byNoc.set(noc, copyOf(summaryOf(clipped, inNoc)));
  }
  return byNoc;
}

/**
 * True for work that counts as Canadian experience: done in Canada and not self-employed
 * (CRS §E1: "work must be for an employer").
 *
 * @example
 * isCanadianExperience({ noc: '21232', country: 'CA', start: '2021-09-01', end: null, hoursPerWeek: 40, selfEmployed: true })
 * //=> false
 */
export function isCanadianExperience(job: WorkPeriod): boolean {
  return job.country === CANADA && !job.selfEmployed;
}

/**
 * The TEER category of a NOC 2021 unit group: its second digit. Whether the code exists is
 * checked elsewhere, against the NOC data.
 *
 * @example
 * teerOf('21232') //=> 1
 */
export function teerOf(noc: string): number {
  if (!NOC_CODE.test(noc)) throw new TypeError(`not a NOC 2021 unit group code of five digits: ${noc}`);
  return Number(noc[1]);
}

/**
 * True for a skilled occupation: NOC 2021 TEER 0, 1, 2 or 3.
 *
 * @example
 * isSkilled('33102') //=> true (TEER 3)
 * isSkilled('64100') //=> false (TEER 4)
 */
export function isSkilled(noc: string): boolean {
  return teerOf(noc) <= 3;
}

/**
 * Completed years of work in `months` FTE months, rounded down; a value a hair under a whole
 * year (within {@link MONTH_TOLERANCE}) is floating-point noise and counts as that year.
 *
 * @example
 * completedWorkYears(23.99) //=> 1
 * completedWorkYears(23.9999999999) //=> 2
 */
export function completedWorkYears(months: number): number {
  if (!Number.isFinite(months) || months < 0) {
    throw new RangeError(`months must be a finite number ≥ 0, got ${months}`);
  }
  return Math.floor((months + MONTH_TOLERANCE) / 12);
}

/**
 * True when `have` months reach `need`, allowing {@link MONTH_TOLERANCE} for floating point.
 *
 * @example
 * meetsMonths((20 / 30) * 9, 6) //=> true (20 h/week for 9 months)
 * meetsMonths(5 + 29 / 30, 6) //=> false
 */
export function meetsMonths(have: number, need: number): boolean {
  return have + MONTH_TOLERANCE >= need;
}

/**
 * Skilled Canadian and skilled foreign experience in the 10 years before `on`, as the CRS
 * scores them (§A5, §C2, §E1). Canadian: in Canada, not self-employed. Foreign: any country but
 * Canada; self-employment abroad is kept. Simultaneous jobs count once.
 *
 * @example
 * experienceProfile(
 *   [{ noc: '21232', country: 'CA', start: '2021-09-01', end: null, hoursPerWeek: 40, selfEmployed: false },
 *    { noc: '21232', country: 'IN', start: '2017-01-09', end: '2021-06-30', hoursPerWeek: 45, selfEmployed: false }],
 *   { on: '2025-03-25' },
 * )
 * //=> { window: { from: '2015-03-25', to: '2025-03-25' },
 * //     skilledCanadian: { months: 42.77…, years: 3 },
 * //     skilledForeign: { months: 53.73…, years: 4 } }
 */
export function experienceProfile(work: readonly WorkPeriod[], options: { on: IsoDate }): ExperienceProfile {
  const window = lookbackWindow(options.on, CRS_LOOKBACK_YEARS);
  const total = (where: (job: WorkPeriod) => boolean): ExperienceTotal => {
    const { months } = summarizeExperience(work, window, where);
    return { months, years: completedWorkYears(months) };
  };
  return {
    window,
    skilledCanadian: total((job) => isSkilled(job.noc) && isCanadianExperience(job)),
    skilledForeign: total((job) => isSkilled(job.noc) && job.country !== CANADA),
  };
}

/** A job clipped to a window, as day numbers `[from, to)`. */
interface JobSpan {
  from: number;
  to: number;
  hoursPerWeek: number;
}

/** A run of days `[from, to)` at one credited rate above 0. */
interface RateSegment {
  from: number;
  to: number;
  rate: number;
}

/** The jobs clipped to the window, those with no day inside it dropped. */
function jobSpans(work: readonly WorkPeriod[], window: ExperienceWindow): JobSpan[] {
  const [windowFrom, windowTo] = windowDays(window);
  const spans: JobSpan[] = [];
  for (const job of work) {
    const span = clipJob(job, windowFrom, windowTo);
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** The window as day numbers `[from, to)`; throws when it ends before it starts. */
function windowDays(window: ExperienceWindow): [number, number] {
  const windowFrom = dayNumber(window.from);
  const windowTo = dayNumber(window.to);
  if (windowTo < windowFrom)
    throw new RangeError(`window ends before it starts: ${window.from}–${window.to}`);
  return [windowFrom, windowTo];
}

/** One job clipped to the window `[windowFrom, windowTo)`, null when it has no day inside it. */
function clipJob(job: WorkPeriod, windowFrom: number, windowTo: number): JobSpan | null {
  if (job.end !== null && job.end < job.start) {
    throw new RangeError(`job ends before it starts: ${job.start}–${job.end}`);
  }
  if (!Number.isFinite(job.hoursPerWeek) || job.hoursPerWeek < 0) {
    throw new RangeError(`hours per week must be a finite number ≥ 0, got ${job.hoursPerWeek}`);
  }
  const from = Math.max(dayNumber(job.start), windowFrom);
  const to = Math.min(job.end === null ? windowTo : dayNumber(job.end) + 1, windowTo);
  return to > from ? { from, to, hoursPerWeek: job.hoursPerWeek } : null;
}

/** Work lists longer than this are counted directly: each job is one bit of a 31-bit mask. */
const MAX_CACHED_JOBS = 30;
/** Windows kept per work list: a day's 3-, 5- and 10-year and all-time windows, and a few more. */
const MAX_WINDOWS_PER_LIST = 8;
/** Summaries kept per work list and window; more subsets than this are not met in practice. */
const MAX_SUMMARIES_PER_WINDOW = 256;

function countsEveryJob(): boolean {
  return true;
}

/**
 * One work list clipped to one window. The CRS, each program, each category and the pool's
 * valid-until count the same list in the same few windows with different filters: clipping it
 * once, and keeping each counted subset's summary by the mask of its jobs, makes every later
 * count of the same jobs a lookup. A summary depends only on the spans counted, so it is the
 * same whichever filter picked them.
 */
interface ClippedWork {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Per job, in the list's order: its days inside the window, null when it has none. */
  readonly spans: readonly (JobSpan | null)[];
  /** Per job: what clipping it threw, thrown again only when the job is counted. */
  readonly problems: readonly unknown[];
  /** Mask of the jobs that could not be clipped. */
  readonly problemMask: number;
  /** Mask of the jobs with a day inside the window. */
  readonly inWindow: number;
  readonly summaries: Map<number, ExperienceSummary>;
}

/** A work list's clipped windows, with the job fields they were clipped from. */
interface ClippedList {
  readonly starts: readonly IsoDate[];
  readonly ends: readonly (IsoDate | null)[];
  readonly hours: readonly number[];
  readonly windows: ClippedWork[];
}

// Keyed by the list itself. One assessment asks about the same list many times in a row, so
// only the most recent lists are kept: a pool of a million profiles must not hold a cache for
// each. A list or job edited since it was clipped no longer matches the fields kept, and is
// clipped afresh.
const RECENT_LISTS = 32;
const clippedLists = new Map<readonly WorkPeriod[], ClippedList>();

function isSameList(list: ClippedList, work: readonly WorkPeriod[]): boolean {
  if (list.starts.length !== work.length) return false;
  for (let index = 0; index < work.length; index += 1) {
    const job = work[index] as WorkPeriod;
    if (
      job.start !== list.starts[index] ||
      job.end !== list.ends[index] ||
      !Object.is(job.hoursPerWeek, list.hours[index])
    )
      return false;
  }
  return true;
}

/** `work` clipped to `window`, from the cache when it holds it; throws for a window that ends before it starts. */
function clippedWork(work: readonly WorkPeriod[], window: ExperienceWindow): ClippedWork {
  let list = clippedLists.get(work);
  if (list === undefined || !isSameList(list, work)) {
    list = {
      starts: work.map((job) => job.start),
      ends: work.map((job) => job.end),
      hours: work.map((job) => job.hoursPerWeek),
      windows: [],
    };
    if (clippedLists.size >= RECENT_LISTS) {
      const oldest = clippedLists.keys().next().value;
      if (oldest !== undefined) clippedLists.delete(oldest);
    }
    clippedLists.set(work, list);
  }
  for (const clipped of list.windows) {
    if (clipped.from === window.from && clipped.to === window.to) return clipped;
  }
  const [windowFrom, windowTo] = windowDays(window);
  const spans: (JobSpan | null)[] = [];
  const problems: unknown[] = [];
  let problemMask = 0;
  let inWindow = 0;
  for (let index = 0; index < work.length; index += 1) {
    let span: JobSpan | null = null;
    let problem: unknown = null;
    try {
      span = clipJob(work[index] as WorkPeriod, windowFrom, windowTo);
    } catch (error) {
      problem = error;
      problemMask |= 1 << index;
    }
    if (span !== null) inWindow |= 1 << index;
    spans.push(span);
    problems.push(problem);
  }
  const clipped: ClippedWork = {
    from: window.from,
    to: window.to,
    spans,
    problems,
    problemMask,
    inWindow,
    summaries: new Map(),
  };
  if (list.windows.length >= MAX_WINDOWS_PER_LIST) list.windows.shift();
  list.windows.push(clipped);
  return clipped;
}

/** Mask of the jobs `where` keeps; every job is tested before any is clipped, as `filter` does. */
function countedJobs(work: readonly WorkPeriod[], where: (job: WorkPeriod) => boolean): number {
  let counted = 0;
  for (let index = 0; index < work.length; index += 1) {
    if (where(work[index] as WorkPeriod)) counted |= 1 << index;
  }
  return counted;
}

/** Throws what clipping the first counted job that cannot be clipped threw, as jobSpans would. */
function throwFirstProblem(clipped: ClippedWork, counted: number): void {
  const problems = counted & clipped.problemMask;
  if (problems === 0) return;
  for (let index = 0; index < clipped.problems.length; index += 1) {
    if ((problems & (1 << index)) !== 0) throw clipped.problems[index];
  }
}

/** The summary of the counted jobs' spans, in the list's order, counted once per subset. */
function summaryOf(clipped: ClippedWork, counted: number): ExperienceSummary {
  const worked = counted & clipped.inWindow;
  const cached = clipped.summaries.get(worked);
  if (cached !== undefined) return cached;
  const spans: JobSpan[] = [];
  for (let index = 0; index < clipped.spans.length; index += 1) {
    if ((worked & (1 << index)) !== 0) spans.push(clipped.spans[index] as JobSpan);
  }
  const summary = summarizeSpans(spans);
  if (clipped.summaries.size >= MAX_SUMMARIES_PER_WINDOW) clipped.summaries.clear();
  clipped.summaries.set(worked, summary);
  return summary;
}

/** A summary the caller may keep or change without touching the cached one. */
function copyOf(summary: ExperienceSummary): ExperienceSummary {
  const longest = summary.longestContinuous;
  return {
    months: summary.months,
    hours: summary.hours,
    longestContinuousMonths: summary.longestContinuousMonths,
    longestContinuous: longest === null ? null : { from: longest.from, to: longest.to },
  };
}

/**
 * The days worked, cut at every job start and end, each piece at its credited rate; pieces at
 * rate 0 are left out and touching pieces at the same rate are joined.
 */
function rateSegments(spans: readonly JobSpan[]): RateSegment[] {
  // Most filtered histories hold no job or one: no cutting needed.
  if (spans.length === 0) return [];
  if (spans.length === 1) {
    const [span] = spans as [JobSpan];
    const rate = Math.min(FULL_TIME_HOURS_PER_WEEK, span.hoursPerWeek) / FULL_TIME_HOURS_PER_WEEK;
    return rate > 0 && span.to > span.from ? [{ from: span.from, to: span.to, rate }] : [];
  }
  const cuts = [...new Set(spans.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b);
  const segments: RateSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    let hours = 0;
    for (const span of spans) if (span.from <= from && to <= span.to) hours += span.hoursPerWeek;
    // Hours above full time are not credited, whether from one job or from several at once.
    const rate = Math.min(FULL_TIME_HOURS_PER_WEEK, hours) / FULL_TIME_HOURS_PER_WEEK;
    if (rate <= 0) continue;
    const last = segments.at(-1);
    if (last !== undefined && last.to === from && last.rate === rate) last.to = to;
    else segments.push({ from, to, rate });
  }
  return segments;
}

/** A continuous stretch of work `[from, to)` and its FTE months. */
interface Stretch {
  from: number;
  to: number;
  months: number;
}

/**
 * The continuous stretches of work in order, each measured on its own calendar: a segment
 * `[a, b)` of the stretch starting on day `s` counts `rate × (monthsBetween(s, b) − monthsBetween(s, a))`.
 */
function continuousStretches(spans: readonly JobSpan[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (const segment of rateSegments(spans)) {
    let stretch = stretches.at(-1);
    if (stretch === undefined || stretch.to !== segment.from) {
      stretch = { from: segment.from, to: segment.from, months: 0 };
      stretches.push(stretch);
    }
    const before = monthsBetweenDays(stretch.from, segment.from);
    stretch.months += segment.rate * (monthsBetweenDays(stretch.from, segment.to) - before);
    stretch.to = segment.to;
  }
  return stretches;
}

function summarizeSpans(spans: readonly JobSpan[]): ExperienceSummary {
  let months = 0;
  let longest: Stretch | null = null;
  for (const stretch of continuousStretches(spans)) {
    months += stretch.months;
    // `>=`: on a tie the most recent stretch is the one reported.
    if (longest === null || stretch.months >= longest.months) longest = stretch;
  }
  return {
    months,
    hours: months * HOURS_PER_MONTH,
    longestContinuousMonths: longest?.months ?? 0,
    longestContinuous:
      longest === null
        ? null
        : { from: fromDayNumber(longest.from), to: addDays(fromDayNumber(longest.to), -1) },
  };
}
