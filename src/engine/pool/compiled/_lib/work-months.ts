/**
 * experience.ts `summarizeExperience` on compiled jobs: the same spans, rate segments and
 * stretches, counted with the same floating-point operations in the same order (so the months
 * are the very same numbers), on a mask of jobs and a window of day numbers, with no allocation.
 */

import { type CompiledProfile, JOB, NO_DAY } from '../compile-profile.js';
import { civil, monthsFromCivil, toCivil } from './day-math.js';

/** experience.ts: 30 hours a week is full time. */
const FULL_TIME_HOURS_PER_WEEK = 30;

/** What {@link summarizeJobs} found; read its fields straight after the call. */
export interface WorkSummary {
  months: number;
  longestMonths: number;
  /** The longest stretch `[longestFrom, longestTo)`; `hasLongest` false when nothing was worked. */
  hasLongest: boolean;
  longestFrom: number;
  longestTo: number;
}

const MAX_SPANS = 64;
const spanFrom = new Int32Array(MAX_SPANS);
const spanTo = new Int32Array(MAX_SPANS);
const spanHours = new Float64Array(MAX_SPANS);
const cuts = new Int32Array(MAX_SPANS * 2);
const segmentFrom = new Int32Array(MAX_SPANS * 2);
const segmentTo = new Int32Array(MAX_SPANS * 2);
const segmentRate = new Float64Array(MAX_SPANS * 2);

/** Puts `day` in `cuts[0, count]`, keeping `cuts[0, count)` sorted. */
function insertCut(day: number, count: number): void {
  let place = count;
  while (place > 0 && (cuts[place - 1] as number) > day) {
    cuts[place] = cuts[place - 1] as number;
    place -= 1;
  }
  cuts[place] = day;
}

/**
 * Writes into `out` the summary of the jobs of `mask` clipped to `[windowFrom, windowTo)`: the
 * jobs are the {@link JOB} records of `profile` from `jobsAt`.
 * @example summarizeJobs(profile, jobsAt, 0b1, from, to, out); out.months //=> 12
 */
export function summarizeJobs(
  profile: CompiledProfile,
  jobsAt: number,
  mask: number,
  windowFrom: number,
  windowTo: number,
  out: WorkSummary,
): WorkSummary {
  // experience.ts `clipJob`: a job occupies [start, end + 1), clipped to the window.
  let spans = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const index = 31 - Math.clz32(bits & -bits);
    const at = jobsAt + index * JOB.size;
    const start = profile[at + JOB.startDay] as number;
    const end = profile[at + JOB.endDay] as number;
    const from = start > windowFrom ? start : windowFrom;
    const jobTo = end >= NO_DAY ? windowTo : end + 1;
    const to = jobTo < windowTo ? jobTo : windowTo;
    if (to > from) {
      spanFrom[spans] = from;
      spanTo[spans] = to;
      spanHours[spans] = profile[at + JOB.hoursPerWeek] as number;
      spans += 1;
    }
  }
  out.months = 0;
  out.longestMonths = 0;
  out.hasLongest = false;
  out.longestFrom = 0;
  out.longestTo = 0;
  if (spans === 0) return out;
  let segments = 0;
  if (spans === 1) {
    const rate = Math.min(FULL_TIME_HOURS_PER_WEEK, spanHours[0] as number) / FULL_TIME_HOURS_PER_WEEK;
    if (!(rate > 0)) return out;
    segmentFrom[0] = spanFrom[0] as number;
    segmentTo[0] = spanTo[0] as number;
    segmentRate[0] = rate;
    segments = 1;
  } else {
    // Sorted distinct cut days (a few: insertion sort in place, no subarray to allocate).
    let cutCount = 0;
    for (let span = 0; span < spans; span += 1) {
      insertCut(spanFrom[span] as number, cutCount++);
      insertCut(spanTo[span] as number, cutCount++);
    }
    const sorted = cuts;
    let distinct = 0;
    for (let index = 0; index < cutCount; index += 1) {
      if (index === 0 || sorted[index] !== sorted[distinct - 1]) sorted[distinct++] = sorted[index] as number;
    }
    for (let index = 0; index + 1 < distinct; index += 1) {
      const from = sorted[index] as number;
      const to = sorted[index + 1] as number;
      let hours = 0;
      for (let span = 0; span < spans; span += 1)
        if ((spanFrom[span] as number) <= from && to <= (spanTo[span] as number))
          hours += spanHours[span] as number;
      const rate = Math.min(FULL_TIME_HOURS_PER_WEEK, hours) / FULL_TIME_HOURS_PER_WEEK;
      if (rate <= 0) continue;
      if (segments > 0 && segmentTo[segments - 1] === from && segmentRate[segments - 1] === rate) {
        segmentTo[segments - 1] = to;
      } else {
        segmentFrom[segments] = from;
        segmentTo[segments] = to;
        segmentRate[segments] = rate;
        segments += 1;
      }
    }
  }
  // experience.ts `continuousStretches` and `summarizeSpans`.
  let months = 0;
  let stretchFrom = 0;
  let stretchTo = 0;
  let stretchMonths = 0;
  // The stretch's first day as a civil date, read once for all its months.
  let fromYear = 0;
  let fromMonth = 0;
  let fromDayOfMonth = 0;
  let open = false;
  for (let segment = 0; segment < segments; segment += 1) {
    const from = segmentFrom[segment] as number;
    const to = segmentTo[segment] as number;
    if (!open || stretchTo !== from) {
      if (open) {
        months += stretchMonths;
        if (!out.hasLongest || stretchMonths >= out.longestMonths) {
          out.hasLongest = true;
          out.longestMonths = stretchMonths;
          out.longestFrom = stretchFrom;
          out.longestTo = stretchTo;
        }
      }
      open = true;
      stretchFrom = from;
      stretchTo = from;
      stretchMonths = 0;
      toCivil(from);
      fromYear = civil.year;
      fromMonth = civil.month;
      fromDayOfMonth = civil.day;
    }
    const before = monthsFromCivil(fromYear, fromMonth, fromDayOfMonth, stretchFrom, from);
    stretchMonths +=
      (segmentRate[segment] as number) *
      (monthsFromCivil(fromYear, fromMonth, fromDayOfMonth, stretchFrom, to) - before);
    stretchTo = to;
  }
  if (open) {
    months += stretchMonths;
    if (!out.hasLongest || stretchMonths >= out.longestMonths) {
      out.hasLongest = true;
      out.longestMonths = stretchMonths;
      out.longestFrom = stretchFrom;
      out.longestTo = stretchTo;
    }
  }
  out.months = months;
  return out;
}

/** A fresh summary to write into. */
export function workSummary(): WorkSummary {
  return { months: 0, longestMonths: 0, hasLongest: false, longestFrom: 0, longestTo: 0 };
}
