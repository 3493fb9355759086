/**
 * assessCandidate on a compiled profile: the CRS total, the program bits, the category bits and
 * the next day any of them may change, on one day, in integer code over day numbers and tables,
 * with no allocation. Each part follows the rule module it names, step for step; the experience
 * facts the CRS, the programs, the categories and the next change share are counted once per
 * assessment. assess-compiled.test.ts checks it equals the rules on generated profiles.
 */
import { monthsBetweenDays } from '../../../rules/_lib/dates.js';
import { SECTION_CAPS } from '../../../rules/crs/types.js';
import { completedWorkYears, meetsMonths } from '../../../rules/experience/index.js';
import { educationLevels } from '../../../rules/profile/schema.js';
import {
  CEC_LANGUAGE_LEVEL_TEER_0_1,
  CEC_LANGUAGE_LEVEL_TEER_2_3,
  CEC_LOOKBACK_YEARS,
  CEC_MIN_MONTHS,
} from '../../../rules/programs/cec.js';
import { FST_LANGUAGE_LEVELS, FST_LOOKBACK_YEARS, FST_MIN_MONTHS } from '../../../rules/programs/fst.js';
import { FSW_MIN_CONTINUOUS_MONTHS, FSW_MIN_LANGUAGE_LEVEL } from '../../../rules/programs/fsw.js';
import { FSW_LOOKBACK_YEARS } from '../../../rules/programs/fsw-grid.js';
import { requiredFunds } from '../../../rules/programs/funds.js';
import {
  ADAPTABILITY_POINTS,
  ARRANGED_EMPLOYMENT_POINTS,
  FSW_EDUCATION_POINTS,
  FSW_PASS_MARK,
  firstLanguagePointsPerAbility,
  fswAgePoints,
  fswExperiencePoints,
  SECOND_LANGUAGE_MIN_LEVEL,
  SECOND_LANGUAGE_POINTS,
} from '../../../rules/programs/tables.js';
import { PROGRAM_BITS } from '../assess-candidate.js';
import { CALENDAR_SLACK_MONTHS, MAX_MONTHS_PER_DAY } from '../valid-until.js';
import { addYearsToCivil, civil, completedYearsBetween, daysFromCivil, toCivil } from './_lib/day-math.js';
import { summarizeJobs, workSummary } from './_lib/work-months.js';
import {
  type CompiledEducation,
  type CompiledJobs,
  type CompiledPerson,
  type CompiledProfile,
  type CompiledTests,
  isPostSecondaryLevel,
  NO_DAY,
} from './compile-profile.js';
import type { CompiledCategory, CompiledRules } from './compiled-rules.js';
import { LEVELS, YEARS } from './crs-tables.js';

/** What {@link assessCompiled} writes: assessCandidate's result with `validUntil` as a day number. */
export interface CompiledAssessment {
  crs: number;
  programBits: number;
  categoryBits: number;
  validUntilDay: number;
}

/** A fresh result to write into. */
export function compiledAssessment(): CompiledAssessment {
  return { crs: 0, programBits: 0, categoryBits: 0, validUntilDay: 0 };
}

/** fsw-grid.ts: past work in Canada counts from 1900-01-01 (no time limit). */
const ALL_TIME_FROM = daysFromCivil(1900, 1, 1);
/** valid-until.ts: never further ahead than this. */
const MAX_HORIZON_DAYS = 366;
const FSW_EDUCATION_BY_INDEX = educationLevels.map((level) => FSW_EDUCATION_POINTS[level]);
const ABILITIES = 4;
const FST_MINIMUM = [
  FST_LANGUAGE_LEVELS.listening,
  FST_LANGUAGE_LEVELS.reading,
  FST_LANGUAGE_LEVELS.writing,
  FST_LANGUAGE_LEVELS.speaking,
];

// ---- The day being assessed, and the summaries counted on it (reset by each assessment).

let day = 0;
let onYear = 0;
let onMonth = 0;
let onDayOfMonth = 0;

const MEMO = 512;
const memoPerson = new Int8Array(MEMO);
const memoFrom = new Int32Array(MEMO);
const memoTo = new Int32Array(MEMO);
const memoMask = new Int32Array(MEMO);
const memoMonths = new Float64Array(MEMO);
const memoLongest = new Float64Array(MEMO);
const memoHasLongest = new Uint8Array(MEMO);
const memoLongestFrom = new Int32Array(MEMO);
const memoLongestTo = new Int32Array(MEMO);
let memoCount = 0;
let overflowSlot = MEMO - 1;
const scratch = workSummary();

/** The memo slot of the summary of `mask` jobs of one person in `[from, to)`. */
function summary(jobs: CompiledJobs, person: number, mask: number, from: number, to: number): number {
  for (let slot = 0; slot < memoCount; slot += 1) {
    if (
      memoMask[slot] === mask &&
      memoFrom[slot] === from &&
      memoTo[slot] === to &&
      memoPerson[slot] === person
    )
      return slot;
  }
  summarizeJobs(jobs, mask, from, to, scratch);
  // Full (a very long work list): the last two slots take turns, enough for the one summary a
  // caller holds while it asks for another.
  let slot: number;
  if (memoCount < MEMO - 2) slot = memoCount++;
  else {
    slot = overflowSlot;
    overflowSlot = overflowSlot === MEMO - 1 ? MEMO - 2 : MEMO - 1;
  }
  memoPerson[slot] = person;
  memoFrom[slot] = from;
  memoTo[slot] = to;
  memoMask[slot] = mask;
  memoMonths[slot] = scratch.months;
  memoLongest[slot] = scratch.longestMonths;
  memoHasLongest[slot] = scratch.hasLongest ? 1 : 0;
  memoLongestFrom[slot] = scratch.longestFrom;
  memoLongestTo[slot] = scratch.longestTo;
  return slot;
}

/** experience.ts `lookbackWindow`: the first day of the `years` years before the day. */
function windowFrom(years: number): number {
  return addYearsToCivil(onYear, onMonth, onDayOfMonth, -years);
}

// ---- Language (levels.ts `languageLevels`): the result used per language, −1 for none.

let english = -1;
let french = -1;
let spouseEnglish = -1;
let spouseFrench = -1;

function pickResults(tests: CompiledTests, wantFrench: number): number {
  let best = -1;
  for (let index = 0; index < tests.count; index += 1) {
    if (tests.french[index] !== wantFrench) continue;
    if (day < (tests.fromDay[index] as number) || day > (tests.lastDay[index] as number)) continue;
    if (best < 0) {
      best = index;
      continue;
    }
    // levels.ts `isBetter`: the higher sum of the four levels, then the later test.
    const difference = (tests.levelSum[index] as number) - (tests.levelSum[best] as number);
    if (
      difference > 0 ||
      (difference === 0 && (tests.fromDay[index] as number) > (tests.fromDay[best] as number))
    )
      best = index;
  }
  return best;
}

function lowestLevel(tests: CompiledTests, index: number): number {
  if (index < 0) return 0;
  const at = index * ABILITIES;
  return Math.min(
    tests.levels[at] as number,
    tests.levels[at + 1] as number,
    tests.levels[at + 2] as number,
    tests.levels[at + 3] as number,
  );
}

// ---- Education (education.ts).

/** `highestLevel(recognizedCredentials(...))` as an index, −1 for none. */
function highestRecognized(education: CompiledEducation): number {
  let highest = -1;
  let postSecondary = 0;
  let oneLong = false;
  for (let index = 0; index < education.count; index += 1) {
    if (education.recognized[index] !== 1 || (education.completedDay[index] as number) > day) continue;
    const level = education.level[index] as number;
    if (level > highest) highest = level;
    if (isPostSecondaryLevel(level)) {
      postSecondary += 1;
      if (level >= BACHELORS || (education.lengthYears[index] as number) >= 3) oneLong = true;
    }
  }
  if (postSecondary >= 2 && oneLong && highest >= 0 && TWO_OR_MORE > highest) highest = TWO_OR_MORE;
  return highest;
}
const BACHELORS = educationLevels.indexOf('bachelors');
const TWO_OR_MORE = educationLevels.indexOf('two-or-more');
const MASTERS = educationLevels.indexOf('masters');
const DOCTORAL = educationLevels.indexOf('doctoral');
const LESS_THAN_SECONDARY = educationLevels.indexOf('less-than-secondary');
/** facts.ts: the length a level stands for in Canadian-study points (none for school). */
const LEVEL_LENGTH_YEARS = educationLevels.map((level) =>
  level === 'one-year-post-secondary'
    ? 1
    : level === 'two-year-post-secondary'
      ? 2
      : level === 'bachelors' || level === 'two-or-more' || level === 'masters' || level === 'doctoral'
        ? 3
        : 0,
);

/** facts.ts `canadianStudy` as the band canadian-study.ts pays: 0 none, 1 one or two years, 2 three or more. */
function canadianStudyBand(education: CompiledEducation): number {
  let best = -1;
  let bestLevel = -1;
  for (let index = 0; index < education.count; index += 1) {
    if (education.canadian[index] !== 1 || (education.completedDay[index] as number) > day) continue;
    const level = education.level[index] as number;
    const levelLength = LEVEL_LENGTH_YEARS[level] as number;
    if (levelLength === 0) continue;
    const length = Math.max(education.lengthYears[index] as number, levelLength);
    if (best < 0 || length > best) {
      best = length;
      bestLevel = level;
    }
  }
  if (best < 0) return 0;
  return best >= 3 || bestLevel === MASTERS || bestLevel === DOCTORAL ? 2 : 1;
}

/** education.ts `hasCanadianStudyOfTwoYears`. */
function hasCanadianStudyOfTwoYears(education: CompiledEducation): boolean {
  for (let index = 0; index < education.count; index += 1) {
    if (
      education.canadian[index] === 1 &&
      (education.completedDay[index] as number) <= day &&
      (education.lengthYears[index] as number) >= 2
    )
      return true;
  }
  return false;
}

// ---- Work shared by the CRS, the programs and the next change.

function isWorkingInCanada(jobs: CompiledJobs): boolean {
  for (let index = 0; index < jobs.count; index += 1) {
    if (
      jobs.inCanada[index] === 1 &&
      (jobs.startDay[index] as number) <= day &&
      (jobs.endDay[index] as number) >= day
    )
      return true;
  }
  return false;
}

function monthsIn(jobs: CompiledJobs, person: number, mask: number, from: number): number {
  return mask === 0 ? 0 : (memoMonths[summary(jobs, person, mask, from, day)] as number);
}

// ---- CRS (score.ts, facts.ts, the factors through crs-tables.ts).

let age = 0;
let crsEducation = -1;
let canadianYears = 0;
let foreignYears = 0;
let spouseEducation = -1;
let spouseCanadianYears = 0;
let studyBand = 0;

function crsWith(profile: CompiledProfile, rules: CompiledRules, frenchFirst: boolean): number {
  const tables = rules.crsRulesetOn(day);
  const tests = profile.self.tests;
  // facts.ts `orderLanguages`: a language without a valid result cannot be first.
  let first: number;
  let second: number;
  if (frenchFirst ? french >= 0 : english >= 0) {
    first = frenchFirst ? french : english;
    second = frenchFirst ? english : french;
  } else {
    first = english >= 0 ? english : french;
    second = -1;
  }
  const column = profile.withSpouse ? 1 : 0;
  let a =
    age >= 0 && age < (tables.age[column] as Int16Array).length
      ? ((tables.age[column] as Int16Array)[age] as number)
      : 0;
  a += (tables.education[column] as Int16Array)[crsEducation + 1] as number;
  if (first >= 0) {
    const table = tables.firstLanguage[column] as Int16Array;
    for (let ability = 0; ability < ABILITIES; ability += 1)
      a += table[tests.levels[first * 4 + ability] as number] as number;
  }
  if (second >= 0) {
    const table = tables.secondLanguage[column] as Int16Array;
    let sum = 0;
    for (let ability = 0; ability < ABILITIES; ability += 1)
      sum += table[tests.levels[second * 4 + ability] as number] as number;
    a += Math.min(tables.secondLanguageCap[column] as number, sum);
  }
  a += (tables.canadianWork[column] as Int16Array)[Math.min(YEARS - 1, canadianYears)] as number;
  let b = 0;
  if (profile.withSpouse && profile.spouse) {
    const spouseTests = profile.spouse.tests;
    b += tables.spouseEducation[spouseEducation + 1] as number;
    // spouse-language.ts: the better of the two languages, English on a tie.
    let best = -1;
    for (const index of [spouseEnglish, spouseFrench]) {
      if (index < 0) continue;
      let sum = 0;
      for (let ability = 0; ability < ABILITIES; ability += 1)
        sum += tables.spouseLanguage[spouseTests.levels[index * 4 + ability] as number] as number;
      if (sum > best) best = sum;
    }
    if (best > 0) b += best;
    b += tables.spouseCanadianWork[Math.min(YEARS - 1, spouseCanadianYears)] as number;
  }
  const lowest = lowestLevel(tests, first);
  const canadian = Math.min(3, canadianYears);
  let c = tables.transferabilityEducation[((crsEducation + 1) * LEVELS + lowest) * 4 + canadian] as number;
  c += tables.transferabilityForeignWork[
    (Math.min(3, foreignYears) * LEVELS + lowest) * 4 + canadian
  ] as number;
  c += tables.transferabilityCertificate[
    (profile.certificateIssuedDay <= day ? LEVELS : 0) + lowest
  ] as number;
  let d = 0;
  if (profile.nominationIssuedDay <= day) d += tables.nomination;
  if (profile.offerNoc !== null)
    d += tables.arranged[
      (profile.offerTeer > 3 ? 4 : 0) + (profile.offerLmia ? 2 : 0) + (profile.offerMajorGroup00 ? 1 : 0)
    ] as number;
  d += tables.canadianStudy[studyBand] as number;
  if (profile.siblingInCanada) d += tables.sibling;
  d += tables.french[
    (french >= 0 ? lowestLevel(tests, french) + 1 : 0) * (LEVELS + 1) +
      (english >= 0 ? lowestLevel(tests, english) + 1 : 0)
  ] as number;
  return (
    Math.min(SECTION_CAPS.A, a) +
    Math.min(SECTION_CAPS.B, b) +
    Math.min(SECTION_CAPS.C, c) +
    Math.min(SECTION_CAPS.D, d)
  );
}

function crsTotal(profile: CompiledProfile, rules: CompiledRules): number {
  // score.ts `crsScore`: the declared first language, else the better assignment (English on a tie).
  if (profile.declaredFirst !== 0) return crsWith(profile, rules, profile.declaredFirst === 2);
  const englishFirst = crsWith(profile, rules, false);
  if (french < 0 || english < 0) return englishFirst;
  const frenchFirst = crsWith(profile, rules, true);
  return frenchFirst > englishFirst ? frenchFirst : englishFirst;
}

// ---- Programs (programs/index.ts, fsw.ts, fsw-grid.ts, cec.ts, fst.ts, funds.ts).

let fswGridShared = 0;
let fswCore = false;
let cecExperienceMet = false;
let cecLevel = 0;
let fstCore = false;

function meetsAll(tests: CompiledTests, index: number, level: number): boolean {
  return index >= 0 && lowestLevel(tests, index) >= level;
}

/** The program bits with the first language `frenchFirst`; sets {@link gridTotal}. */
let gridTotal = 0;
function programsWith(profile: CompiledProfile, frenchFirst: boolean): number {
  const tests = profile.self.tests;
  const first = frenchFirst ? french : english;
  const other = frenchFirst ? english : french;
  let grid = fswGridShared;
  if (first >= 0)
    for (let ability = 0; ability < ABILITIES; ability += 1)
      grid += firstLanguagePointsPerAbility(tests.levels[first * 4 + ability] as number);
  if (meetsAll(tests, other, SECOND_LANGUAGE_MIN_LEVEL)) grid += SECOND_LANGUAGE_POINTS;
  gridTotal = grid;
  let bits = 0;
  if (fswCore && meetsAll(tests, first, FSW_MIN_LANGUAGE_LEVEL) && grid >= FSW_PASS_MARK)
    bits |= PROGRAM_BITS.FSW;
  if (cecExperienceMet && meetsAll(tests, first, cecLevel)) bits |= PROGRAM_BITS.CEC;
  if (fstCore && first >= 0) {
    let met = true;
    for (let ability = 0; ability < ABILITIES; ability += 1)
      if ((tests.levels[first * 4 + ability] as number) < (FST_MINIMUM[ability] as number)) met = false;
    if (met) bits |= PROGRAM_BITS.FST;
  }
  return bits;
}

function eligibleCount(bits: number): number {
  return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

function programBits(profile: CompiledProfile, rules: CompiledRules): number {
  const self = profile.self;
  const jobs = self.jobs;
  const tenYears = windowFrom(FSW_LOOKBACK_YEARS);
  // Proof of funds (funds.ts `checkFunds`).
  const required = requiredFunds(profile.familySize, rules.fundsTableOn(day));
  const declaredEnough = profile.fundsDeclared >= 0 && profile.fundsDeclared >= required;
  const working = isWorkingInCanada(jobs);
  // FSW: one skilled NOC with 12 continuous months in 10 years, a recognized credential above
  // less than secondary, funds unless working in Canada with arranged employment.
  let experienceMet = false;
  for (const mask of jobs.nocMasks) {
    if ((mask & jobs.skilledMask) === 0) continue;
    const slot = summary(jobs, 0, mask, tenYears, day);
    if (memoHasLongest[slot] === 1 && meetsMonths(memoLongest[slot] as number, FSW_MIN_CONTINUOUS_MONTHS))
      experienceMet = true;
  }
  let educationMet = false;
  const education = self.education;
  for (let index = 0; index < education.count; index += 1) {
    if (
      education.recognized[index] === 1 &&
      (education.completedDay[index] as number) <= day &&
      education.level[index] !== LESS_THAN_SECONDARY
    )
      educationMet = true;
  }
  fswCore = experienceMet && educationMet && ((profile.offerSkilled && working) || declaredEnough);
  // The grid without the language factors (fsw-grid.ts).
  let grid = crsEducation >= 0 ? (FSW_EDUCATION_BY_INDEX[crsEducation] as number) : 0;
  grid += fswExperiencePoints(completedWorkYears(monthsIn(jobs, 0, jobs.skilledMask, tenYears)));
  grid += fswAgePoints(age);
  if (profile.offerSkilled) grid += ARRANGED_EMPLOYMENT_POINTS;
  let adaptability = 0;
  const spouse = profile.adaptabilitySpouse ? profile.spouse : null;
  if (spouse && (meetsAll(spouse.tests, spouseEnglishAny, 4) || meetsAll(spouse.tests, spouseFrenchAny, 4)))
    adaptability += ADAPTABILITY_POINTS['spouse-language'];
  if (hasCanadianStudyOfTwoYears(education)) adaptability += ADAPTABILITY_POINTS['own-canadian-study'];
  if (spouse && hasCanadianStudyOfTwoYears(spouse.education))
    adaptability += ADAPTABILITY_POINTS['spouse-canadian-study'];
  if (meetsMonths(monthsIn(jobs, 0, jobs.skilledMask & jobs.canadianExperienceMask, ALL_TIME_FROM), 12))
    adaptability += ADAPTABILITY_POINTS['own-canadian-work'];
  if (spouse && meetsMonths(monthsIn(spouse.jobs, 1, spouse.jobs.canadianExperienceMask, ALL_TIME_FROM), 12))
    adaptability += ADAPTABILITY_POINTS['spouse-canadian-work'];
  if (profile.offerSkilled) adaptability += ADAPTABILITY_POINTS['arranged-employment'];
  if (profile.siblingInCanada) adaptability += ADAPTABILITY_POINTS['relative-in-canada'];
  grid += Math.min(10, adaptability);
  fswGridShared = grid;
  // CEC: skilled Canadian months in 3 years, split by TEER (cec.ts).
  const threeYears = windowFrom(CEC_LOOKBACK_YEARS);
  const cecMask = jobs.skilledMask & jobs.canadianExperienceMask;
  let teer0And1 = 0;
  for (let index = 0; index < jobs.count; index += 1)
    if ((jobs.teer[index] as number) <= 1) teer0And1 |= 1 << index;
  const cecMonths = monthsIn(jobs, 0, cecMask, threeYears);
  const months0And1 = monthsIn(jobs, 0, cecMask & teer0And1, threeYears);
  const months2And3 = monthsIn(jobs, 0, cecMask & ~teer0And1, threeYears);
  cecExperienceMet = cecMonths > 0 && meetsMonths(cecMonths, CEC_MIN_MONTHS);
  cecLevel =
    meetsMonths(months2And3, CEC_MIN_MONTHS) || months0And1 <= 0
      ? CEC_LANGUAGE_LEVEL_TEER_2_3
      : CEC_LANGUAGE_LEVEL_TEER_0_1;
  // FST: the trade with the most months (the lower NOC on a tie) among those with 24 months and
  // an offer or a certificate in it (fst.ts); funds exempt with an offer in that trade.
  const fiveYears = windowFrom(FST_LOOKBACK_YEARS);
  let tradeMonths = -1;
  let tradeNoc: string | null = null;
  for (let noc = 0; noc < jobs.nocMasks.length; noc += 1) {
    const mask = jobs.nocMasks[noc] as number;
    if ((mask & jobs.tradeMask) === 0) continue;
    const name = jobs.nocOfMask[noc] as string;
    const basis =
      (profile.certificateTrade === name && profile.certificateIssuedDay <= day) || profile.offerNoc === name;
    if (!basis) continue;
    const months = memoMonths[summary(jobs, 0, mask, fiveYears, day)] as number;
    if (meetsMonths(months, FST_MIN_MONTHS) && months > tradeMonths) {
      tradeMonths = months;
      tradeNoc = name;
    }
  }
  fstCore = tradeNoc !== null && ((profile.offerNoc === tradeNoc && working) || declaredEnough);
  // programs/index.ts and first-language.ts: the declared first language, the only one with a
  // valid result, or the assignment with more programs, then more grid points, then the higher
  // sum of levels, then English.
  let bits: number;
  if (profile.declaredFirst !== 0) bits = programsWith(profile, profile.declaredFirst === 2);
  else if (english < 0 || french < 0) bits = programsWith(profile, french >= 0 && english < 0);
  else {
    const englishBits = programsWith(profile, false);
    const englishGrid = gridTotal;
    const frenchBits = programsWith(profile, true);
    const frenchGrid = gridTotal;
    let difference = eligibleCount(frenchBits) - eligibleCount(englishBits);
    if (difference === 0) difference = frenchGrid - englishGrid;
    if (difference === 0)
      difference = (self.tests.levelSum[french] as number) - (self.tests.levelSum[english] as number);
    bits = difference > 0 ? frenchBits : englishBits;
  }
  if (profile.nominationIssuedDay <= day) bits |= PROGRAM_BITS.PNP;
  return bits;
}
/** The spouse's valid results whether or not the CRS scores the spouse (adaptability reads them). */
let spouseEnglishAny = -1;
let spouseFrenchAny = -1;

// ---- Categories (categories/eligibility.ts).

function categoryMet(profile: CompiledProfile, category: CompiledCategory): boolean {
  if (day < category.fromDay) return false;
  const self = profile.self;
  const jobs = self.jobs;
  for (const criterion of category.criteria) {
    switch (criterion.kind) {
      case 'language': {
        const index = criterion.french ? french : english;
        if (index < 0) return false;
        for (const ability of criterion.abilities)
          if ((self.tests.levels[index * 4 + ability] as number) < criterion.minLevel) return false;
        break;
      }
      case 'work-experience': {
        let listed = 0;
        const bit = 1 << category.bit;
        for (let index = 0; index < jobs.count; index += 1)
          if (((jobs.listedIn[index] as number) & bit) !== 0) listed |= 1 << index;
        if (criterion.canadaOnly) listed &= jobs.canadianExperienceMask;
        if (listed === 0) return false;
        const from = windowFrom(criterion.lookbackYears);
        let best = -1;
        let bestTotal = 0;
        for (const nocMask of jobs.nocMasks) {
          const mask = nocMask & listed;
          if (mask === 0) continue;
          const slot = summary(jobs, 0, mask, from, day);
          if (memoHasLongest[slot] !== 1) continue;
          const months = criterion.continuous ? (memoLongest[slot] as number) : (memoMonths[slot] as number);
          if (best < 0 || months > best) {
            best = months;
            bestTotal = memoMonths[slot] as number;
          }
        }
        if (best < 0 || bestTotal <= 0 || !meetsMonths(best, criterion.minMonths)) return false;
        break;
      }
      case 'military-service': {
        if (!profile.militaryAbroad) return false;
        const start = profile.militaryStartDay;
        const end = profile.militaryEndDay;
        const serving = start <= day && end >= day;
        if (!serving) return false;
        const until = end >= NO_DAY ? day : Math.min(end + 1, day);
        toCivil(start);
        const startYear = civil.year;
        const startMonth = civil.month;
        const startDay = civil.day;
        toCivil(Math.max(until, start));
        if (
          completedYearsBetween(startYear, startMonth, startDay, civil.year, civil.month, civil.day) <
          criterion.minYears
        )
          return false;
        break;
      }
      case 'armed-forces-job-offer': {
        const noc = profile.armedForcesOfferNoc;
        if (noc === null || !criterion.nocs.has(noc) || profile.armedForcesOfferYears < criterion.minYears)
          return false;
        break;
      }
      case 'education': {
        if (crsEducation < 0 || crsEducation < criterion.minLevel) return false;
        break;
      }
    }
  }
  return true;
}

function categoryBits(profile: CompiledProfile, rules: CompiledRules): number {
  const set = rules.categorySetOn(day);
  if (!set) return 0;
  let bits = 0;
  for (const category of set.categories) if (categoryMet(profile, category)) bits |= 1 << category.bit;
  return bits >>> 0;
}

// ---- The next change (valid-until.ts `nextChangeOn`).

let horizon = 0;

/** valid-until.ts `daysToMove`. */
function daysToMove(gap: number): number {
  return Math.max(0, Math.floor((gap - CALENDAR_SLACK_MONTHS) / MAX_MONTHS_PER_DAY));
}

let motionGrows = false;
let motionDaysBeforeShrinking = 0;

/** valid-until.ts `motionOf` without `steady`: sets motionGrows and motionDaysBeforeShrinking. */
function motion(jobs: CompiledJobs, mask: number, from: number | null): void {
  motionGrows = false;
  motionDaysBeforeShrinking = Number.POSITIVE_INFINITY;
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const index = 31 - Math.clz32(bits & -bits);
    const start = jobs.startDay[index] as number;
    const end = jobs.endDay[index] as number;
    if (start <= day && end >= day) motionGrows = true;
    if (from === null || end < from) continue;
    // The window's start can skip a day (29 February): keep two days in hand.
    const days = start <= from ? 0 : Math.max(0, start - from - 2);
    if (days < motionDaysBeforeShrinking) motionDaysBeforeShrinking = days;
  }
}

/** valid-until.ts `motionOf().steady`: the summary's longest stretch fills the window, worked full time today. */
function isSteady(jobs: CompiledJobs, person: number, mask: number, slot: number, from: number): boolean {
  if (memoHasLongest[slot] !== 1 || memoLongestFrom[slot] !== from || memoLongestTo[slot] !== day)
    return false;
  if (!meetsMonths(memoLongest[slot] as number, monthsBetweenDays(from, day))) return false;
  const today = summary(jobs, person, mask, day, day + 1);
  return meetsMonths(memoMonths[today] as number, monthsBetweenDays(day, day + 1));
}

/** valid-until.ts `daysToCross`. */
function cross(value: number, threshold: number, steady: boolean): void {
  let days: number;
  if (meetsMonths(value, threshold)) {
    days = steady ? Number.POSITIVE_INFINITY : motionDaysBeforeShrinking + daysToMove(value - threshold);
  } else {
    days = motionGrows && !steady ? daysToMove(threshold - value) : Number.POSITIVE_INFINITY;
  }
  if (days < horizon) horizon = days;
}

function crossYears(value: number, steady: boolean): void {
  const years = completedWorkYears(value);
  if (years > 0) {
    cross(value, years * 12, steady);
    cross(value, (years + 1) * 12, steady);
  } else cross(value, 12, steady);
}

const MEASURE_MONTHS = 1;
const MEASURE_LONGEST = 2;

/** valid-until.ts `WorkHorizon.check`; `thresholds` null compares completed years. */
function check(
  jobs: CompiledJobs,
  person: number,
  mask: number,
  years: number | null,
  thresholds: readonly number[] | null,
  measure: number,
): void {
  if (mask === 0) return;
  const from = years === null ? ALL_TIME_FROM : windowFrom(years);
  const slot = summary(jobs, person, mask, from, day);
  motion(jobs, mask, years === null ? null : from);
  const steady = years !== null && isSteady(jobs, person, mask, slot, from);
  for (const kind of [MEASURE_MONTHS, MEASURE_LONGEST]) {
    if ((measure & kind) === 0) continue;
    const value = kind === MEASURE_MONTHS ? (memoMonths[slot] as number) : (memoLongest[slot] as number);
    if (thresholds === null) crossYears(value, steady);
    else for (const threshold of thresholds) cross(value, threshold, steady);
  }
}

const TWELVE = [12];
const CEC_THRESHOLDS = [CEC_MIN_MONTHS];
const FST_THRESHOLDS = [FST_MIN_MONTHS];
const FSW_THRESHOLDS = [FSW_MIN_CONTINUOUS_MONTHS];

/** valid-until.ts `workDays`. */
function workDays(profile: CompiledProfile, rules: CompiledRules): number {
  horizon = Number.POSITIVE_INFINITY;
  const jobs = profile.self.jobs;
  if (jobs.count > 0) {
    const skilledCanadian = jobs.skilledMask & jobs.canadianExperienceMask;
    let foreign = 0;
    for (let index = 0; index < jobs.count; index += 1) if (jobs.inCanada[index] === 0) foreign |= 1 << index;
    check(jobs, 0, skilledCanadian, 10, null, MEASURE_MONTHS);
    check(jobs, 0, jobs.skilledMask & foreign, 10, null, MEASURE_MONTHS);
    check(jobs, 0, jobs.skilledMask, FSW_LOOKBACK_YEARS, null, MEASURE_MONTHS);
    check(jobs, 0, skilledCanadian, null, TWELVE, MEASURE_MONTHS);
    let teer0And1 = 0;
    for (let index = 0; index < jobs.count; index += 1)
      if ((jobs.teer[index] as number) <= 1) teer0And1 |= 1 << index;
    check(jobs, 0, skilledCanadian, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    check(jobs, 0, skilledCanadian & teer0And1, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    check(jobs, 0, skilledCanadian & ~teer0And1, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    const both = MEASURE_MONTHS | MEASURE_LONGEST;
    for (const inNoc of jobs.nocMasksByFirstWorked) {
      check(jobs, 0, inNoc, CEC_LOOKBACK_YEARS, rules.categoryThresholds, both);
      check(jobs, 0, inNoc & jobs.canadianExperienceMask, CEC_LOOKBACK_YEARS, rules.categoryThresholds, both);
      check(jobs, 0, inNoc, FST_LOOKBACK_YEARS, FST_THRESHOLDS, MEASURE_MONTHS);
      check(jobs, 0, inNoc, FSW_LOOKBACK_YEARS, FSW_THRESHOLDS, MEASURE_LONGEST);
    }
    // Two trades trading places (valid-until.ts): their difference moves up to twice as fast.
    const trades = jobs.nocMasksByFirstWorked;
    const fiveYears = windowFrom(FST_LOOKBACK_YEARS);
    for (let a = 0; a < trades.length; a += 1) {
      const maskA = trades[a] as number;
      if ((maskA & jobs.tradeMask) === 0) continue;
      for (let b = a + 1; b < trades.length; b += 1) {
        const maskB = trades[b] as number;
        if ((maskB & jobs.tradeMask) === 0) continue;
        motion(jobs, maskA | maskB, fiveYears);
        const still = motionGrows ? 0 : motionDaysBeforeShrinking;
        const gap = Math.abs(
          (memoMonths[summary(jobs, 0, maskA, fiveYears, day)] as number) -
            (memoMonths[summary(jobs, 0, maskB, fiveYears, day)] as number),
        );
        const days = still + daysToMove(gap / 2);
        if (days < horizon) horizon = days;
      }
    }
  }
  const spouse = profile.spouse;
  if (spouse && spouse.jobs.count > 0) {
    const spouseJobs = spouse.jobs;
    check(
      spouseJobs,
      1,
      spouseJobs.skilledMask & spouseJobs.canadianExperienceMask,
      10,
      null,
      MEASURE_MONTHS,
    );
    check(spouseJobs, 1, spouseJobs.canadianExperienceMask, null, TWELVE, MEASURE_MONTHS);
  }
  return Math.min(MAX_HORIZON_DAYS, Math.max(1, horizon));
}

/** The first of the sorted `days` after the day being assessed, {@link NO_DAY} when none. */
function firstAfter(days: readonly number[]): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((days[middle] as number) > day) high = middle;
    else low = middle + 1;
  }
  return low < days.length ? (days[low] as number) : NO_DAY;
}

function nextChangeDay(profile: CompiledProfile, rules: CompiledRules): number {
  let earliest = day + workDays(profile, rules);
  const changes = rules.changeDays;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index] as number;
    if (change > day) {
      if (change < earliest) earliest = change;
      break;
    }
  }
  // The next birthday, read by addYears, and the day after it (29 February).
  const birthday = addYearsToCivil(profile.birthYear, profile.birthMonth, profile.birthDayOfMonth, age + 1);
  if (birthday > day && birthday < earliest) earliest = birthday;
  if (birthday + 1 > day && birthday + 1 < earliest) earliest = birthday + 1;
  // The first dated event after the day.
  const event = firstAfter(profile.events);
  if (event < earliest) earliest = event;
  // The first day a job's last day leaves a window, still ahead, and the day after it.
  const leaves = firstAfter(profile.windowLeaves);
  if (leaves < earliest) earliest = leaves;
  // Military service: its next anniversary, and the day after.
  if (profile.militaryStart !== null) {
    const start = profile.militaryStartDay;
    toCivil(start);
    const startYear = civil.year;
    const startMonth = civil.month;
    const startDay = civil.day;
    const served =
      start <= day
        ? completedYearsBetween(startYear, startMonth, startDay, onYear, onMonth, onDayOfMonth)
        : 0;
    const anniversary = addYearsToCivil(startYear, startMonth, startDay, served + 1);
    if (anniversary > day && anniversary < earliest) earliest = anniversary;
    if (anniversary + 1 > day && anniversary + 1 < earliest) earliest = anniversary + 1;
  }
  return Math.max(earliest, day + 1);
}

/**
 * Writes into `out` the assessment of `profile` on the day number `onDay`: what assessCandidate
 * returns on that date, `validUntil` as a day number.
 * @example
 * assessCompiled(compileProfile(profile, rules), dayNumber('2026-03-02'), rules, out)
 * //=> { crs: 460, programBits: 0b0010, categoryBits: 0, validUntilDay: dayNumber('2026-11-29') }
 */
export function assessCompiled(
  profile: CompiledProfile,
  onDay: number,
  rules: CompiledRules,
  out: CompiledAssessment,
): CompiledAssessment {
  day = onDay;
  toCivil(onDay);
  onYear = civil.year;
  onMonth = civil.month;
  onDayOfMonth = civil.day;
  memoCount = 0;
  const self: CompiledPerson = profile.self;
  english = pickResults(self.tests, 0);
  french = pickResults(self.tests, 1);
  const spouse = profile.spouse;
  spouseEnglishAny = spouse ? pickResults(spouse.tests, 0) : -1;
  spouseFrenchAny = spouse ? pickResults(spouse.tests, 1) : -1;
  spouseEnglish = profile.withSpouse ? spouseEnglishAny : -1;
  spouseFrench = profile.withSpouse ? spouseFrenchAny : -1;
  age = completedYearsBetween(
    profile.birthYear,
    profile.birthMonth,
    profile.birthDayOfMonth,
    onYear,
    onMonth,
    onDayOfMonth,
  );
  crsEducation = highestRecognized(self.education);
  studyBand = canadianStudyBand(self.education);
  const jobs = self.jobs;
  const tenYears = windowFrom(10);
  canadianYears = completedWorkYears(
    monthsIn(jobs, 0, jobs.skilledMask & jobs.canadianExperienceMask, tenYears),
  );
  let foreign = 0;
  for (let index = 0; index < jobs.count; index += 1) if (jobs.inCanada[index] === 0) foreign |= 1 << index;
  foreignYears = completedWorkYears(monthsIn(jobs, 0, jobs.skilledMask & foreign, tenYears));
  if (profile.withSpouse && spouse) {
    spouseEducation = highestRecognized(spouse.education);
    const spouseJobs = spouse.jobs;
    spouseCanadianYears = completedWorkYears(
      monthsIn(spouseJobs, 1, spouseJobs.skilledMask & spouseJobs.canadianExperienceMask, tenYears),
    );
  } else {
    spouseEducation = -1;
    spouseCanadianYears = 0;
  }
  out.crs = crsTotal(profile, rules);
  out.programBits = programBits(profile, rules);
  out.categoryBits = categoryBits(profile, rules);
  out.validUntilDay = nextChangeDay(profile, rules);
  return out;
}
