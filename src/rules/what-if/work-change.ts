/**
 * One more year of Canadian work: a full-time Canadian job, added to a copy of the profile, that
 * raises the completed years of skilled Canadian work by one (crs-rules.md §A5, §E1).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import { addDays, addMonths, type IsoDate, minDate } from '../_lib/dates.js';
import { experienceProfile, isSkilled } from '../experience/index.js';
import type { Profile, WorkPeriod } from '../profile/schema.js';
import type { ProposedChange } from './types.js';

/** Full time in the CRS (§E1): more hours are not credited. */
const FULL_TIME_HOURS_PER_WEEK = 30;
/** Canadian work counts within the 10 years before the score (§E1). */
const LOOKBACK_MONTHS = 120;
/** A year of work. */
const YEAR_MONTHS = 12;

/**
 * The NOC of the most recent job (latest end as of `on`, an ongoing job ending on `on`; then the
 * later start), among skilled (TEER 0–3) jobs when there is one. Null without any job begun by `on`.
 * @example mostRecentNoc([{ noc: '64100', … end: null }, { noc: '21232', … end: '2024-06-30' }], '2025-09-01') //=> '21232'
 */
export function mostRecentNoc(work: readonly WorkPeriod[], on: IsoDate): string | null {
  const begun = work.filter((job) => job.start < on);
  const skilled = begun.filter((job) => isSkilled(job.noc));
  let latest: { noc: string; start: IsoDate; end: IsoDate } | null = null;
  for (const job of skilled.length > 0 ? skilled : begun) {
    const end = minDate(job.end ?? on, on);
    if (latest === null || end > latest.end || (end === latest.end && job.start > latest.start)) {
      latest = { noc: job.noc, start: job.start, end };
    }
  }
  return latest?.noc ?? null;
}

function fullTimeJob(noc: string, start: IsoDate, end: IsoDate): WorkPeriod {
  return { noc, country: 'CA', start, end, hoursPerWeek: FULL_TIME_HOURS_PER_WEEK, selfEmployed: false };
}

function canadianYears(work: readonly WorkPeriod[], on: IsoDate): number {
  return experienceProfile(work, { on }).skilledCanadian.years;
}

/**
 * The latest start date of a job in `noc` ending the day before `on` that brings the completed
 * Canadian years to `years`: searched month by month back from `on`, then day by day inside the
 * month found. Null when even the whole 10-year window is not enough.
 */
function latestStart(work: readonly WorkPeriod[], noc: string, on: IsoDate, years: number): IsoDate | null {
  const end = addDays(on, -1);
  const reaches = (start: IsoDate) => canadianYears([...work, fullTimeJob(noc, start, end)], on) >= years;
  for (let monthsBack = 1; monthsBack <= LOOKBACK_MONTHS; monthsBack += 1) {
    const start = addMonths(on, -monthsBack);
    if (!reaches(start)) continue;
    // The month before did not reach it: the latest day that does lies in between.
    const tooLate = addMonths(on, -(monthsBack - 1));
    for (let day = addDays(tooLate, -1); day > start; day = addDays(day, -1)) if (reaches(day)) return day;
    return start;
  }
  return null;
}

/**
 * The job that gives one more completed year of skilled Canadian work: full time (30 h/week),
 * in Canada, for an employer, in the candidate's most recent skilled NOC, from the latest start
 * date that is enough up to the day before `on`. Existing work inside that span counts once
 * (§E1), so the job covers the most recent months not already worked. Without a skilled NOC,
 * the most recent NOC for the 12 months before `on` (it can open a category, not raise the
 * CRS). No job at all, or a window already full: no change.
 * @example
 * // Ongoing Canadian job in 21232 since 2024-11-01 (10 months on 2025-09-01):
 * canadianWorkYearChange(profile, { on: '2025-09-01' })[0]?.change
 * //=> { noc: '21232', country: 'CA', hoursPerWeek: 30, start: '2024-09-01', end: '2025-08-31',
 * //     canadianYears: { from: 0, to: 1 } }
 */
export function canadianWorkYearChange(profile: Profile, { on }: { on: IsoDate }): ProposedChange[] {
  const noc = mostRecentNoc(profile.work, on);
  if (noc === null) return [];
  const from = canadianYears(profile.work, on);
  const start = isSkilled(noc) ? latestStart(profile.work, noc, on, from + 1) : addMonths(on, -YEAR_MONTHS);
  if (start === null) return [];
  const job = fullTimeJob(noc, start, addDays(on, -1));
  const work = [...profile.work, job];
  return [
    {
      code: 'whatif.canadian-work-year',
      change: {
        noc,
        country: job.country,
        hoursPerWeek: job.hoursPerWeek,
        start: job.start,
        end: job.end,
        canadianYears: { from, to: canadianYears(work, on) },
      },
      profile: { ...profile, work },
    },
  ];
}
