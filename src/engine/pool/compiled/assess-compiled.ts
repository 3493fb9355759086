/**
 * assessCandidate on a compiled profile: the CRS total, the program bits, the category bits and
 * the next day any of them may change, on one day, in integer code over day numbers and tables,
 * with no allocation. Each part follows the rule module it names, step for step; the experience
 * facts the CRS, the programs, the categories and the next change share are counted once per
 * assessment. assess-compiled.test.ts checks it equals the rules on generated profiles.
 */
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
import type { FundsTable } from '../../../rules/programs/tables.js';
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
import {
  CALENDAR_SLACK_MONTHS,
  firstDayMeeting,
  fundsTurn,
  MAX_MONTHS_PER_DAY,
  SEARCH_DAYS,
} from '../valid-until.js';
import {
  addYearsToCivil,
  civil,
  completedYearsBetween,
  daysFromCivil,
  monthsBetween,
  toCivil,
} from './_lib/day-math.js';
import { summarizeJobs, workSummary } from './_lib/work-months.js';
import {
  type CompiledProfile,
  CREDENTIAL,
  FLAG,
  isPostSecondaryLevel,
  JOB,
  NO_DAY,
  NOC,
  PERSON,
  PROFILE,
  TEST,
  TRADE_BASIS,
} from './compile-profile.js';
import type {
  CompiledCategory,
  CompiledCategorySet,
  CompiledFundsTable,
  CompiledRules,
} from './compiled-rules.js';
import { type CrsTables, LEVELS, YEARS } from './crs-tables.js';

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

// ---- The profile and day being assessed, and the summaries counted on it (reset by each assessment).

/**
 * The profile being assessed: every read below is `p[base + offset]`, `offset` as compile-profile.ts
 * lays it out (a slab holds many profiles, each from its own base).
 */
let p: CompiledProfile = new Float64Array(0);
let base = 0;
/** Where the candidate's and the spouse's PERSON blocks start; −1 without a spouse. */
const selfAt = PROFILE.self;
let spouseAt = -1;
let flags = 0;
let day = 0;
let onYear = 0;
let onMonth = 0;
let onDayOfMonth = 0;

function at(offset: number): number {
  return p[base + offset] as number;
}

function has(flag: number): boolean {
  return (flags & flag) !== 0;
}

const MEMO = 512;
/** The PERSON block a summary is of. */
const memoPerson = new Int32Array(MEMO);
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

/**
 * The slots of this assessment's summaries by a hash of their key (open addressing, at most half
 * full): an entry is current when its stamp is this assessment's.
 */
const INDEX_SIZE = 2 * MEMO;
const indexSlot = new Int32Array(INDEX_SIZE);
const indexStamp = new Int32Array(INDEX_SIZE);
let stamp = 0;

/** A new assessment: forgets every summary. */
function clearSummaries(): void {
  memoCount = 0;
  stamp += 1;
  if (stamp === 2 ** 30) {
    indexStamp.fill(0);
    stamp = 1;
  }
}

/** The memo slot of the summary of `mask` jobs of the person at `person` in `[from, to)`. */
function summary(person: number, mask: number, from: number, to: number): number {
  let entry =
    (Math.imul(mask, 0x9e3779b1) ^ Math.imul(from, 0x85ebca6b) ^ Math.imul(to, 0xc2b2ae35) ^ person) &
    (INDEX_SIZE - 1);
  while (indexStamp[entry] === stamp) {
    const slot = indexSlot[entry] as number;
    if (
      memoMask[slot] === mask &&
      memoFrom[slot] === from &&
      memoTo[slot] === to &&
      memoPerson[slot] === person
    )
      return slot;
    entry = (entry + 1) & (INDEX_SIZE - 1);
  }
  summarizeJobs(p, base + at(person + PERSON.jobs), mask, from, to, scratch);
  // Full (a very long work list): the last two slots take turns, enough for the one summary a
  // caller holds while it asks for another; they are not indexed (asked again, they are redone).
  let slot: number;
  if (memoCount < MEMO - 2) {
    slot = memoCount++;
    indexStamp[entry] = stamp;
    indexSlot[entry] = slot;
  } else {
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

// ---- What depends only on the rules and the day, worked out once for every profile assessed on it.

let cachedRules: CompiledRules | undefined;
let cachedDay = Number.NaN;
let crsTables: CrsTables | undefined;
let categorySet: CompiledCategorySet | undefined;
let fundsTable: FundsTable | undefined;
/** `windowFrom(years)` by years, NaN until asked for on the day. */
const windowStarts = new Float64Array(32);
/** `monthsBetween(windowFrom(years), day)` by years, NaN until asked for on the day. */
const windowMonthsByYears = new Float64Array(32);
/** `monthsBetween(day, day + 1)`, NaN until asked for on the day. */
let monthsOfToday = Number.NaN;

function prepareDay(rules: CompiledRules): void {
  if (rules === cachedRules && day === cachedDay) return;
  cachedRules = rules;
  cachedDay = day;
  toCivil(day);
  onYear = civil.year;
  onMonth = civil.month;
  onDayOfMonth = civil.day;
  crsTables = rules.crsRulesetOn(day);
  categorySet = rules.categorySetOn(day);
  fundsTable = rules.fundsTableOn(day);
  windowStarts.fill(Number.NaN);
  windowMonthsByYears.fill(Number.NaN);
  monthsOfToday = Number.NaN;
}

/** The months of the window of `years` years to the day (`monthsBetween`). */
function windowMonths(years: number): number {
  if (years >= 0 && years < windowMonthsByYears.length) {
    let months = windowMonthsByYears[years] as number;
    if (Number.isNaN(months)) {
      months = monthsBetween(windowFrom(years), day);
      windowMonthsByYears[years] = months;
    }
    return months;
  }
  return monthsBetween(windowFrom(years), day);
}

/** experience.ts `lookbackWindow`: the first day of the `years` years before the day. */
function windowFrom(years: number): number {
  if (years >= 0 && years < windowStarts.length) {
    let from = windowStarts[years] as number;
    if (Number.isNaN(from)) {
      from = addYearsToCivil(onYear, onMonth, onDayOfMonth, -years);
      windowStarts[years] = from;
    }
    return from;
  }
  return addYearsToCivil(onYear, onMonth, onDayOfMonth, -years);
}

// ---- Language (levels.ts `languageLevels`): the TEST record used per language, −1 for none.

let english = -1;
let french = -1;
let spouseEnglish = -1;
let spouseFrench = -1;

function pickResults(person: number, wantFrench: number): number {
  let best = -1;
  const count = at(person + PERSON.testCount);
  for (let test = at(person + PERSON.tests), end = test + count * TEST.size; test < end; test += TEST.size) {
    if (at(test + TEST.french) !== wantFrench) continue;
    if (day < at(test + TEST.fromDay) || day > at(test + TEST.lastDay)) continue;
    if (best < 0) {
      best = test;
      continue;
    }
    // levels.ts `isBetter`: the higher sum of the four levels, then the later test.
    const difference = at(test + TEST.levelSum) - at(best + TEST.levelSum);
    if (difference > 0 || (difference === 0 && at(test + TEST.fromDay) > at(best + TEST.fromDay)))
      best = test;
  }
  return best;
}

function level(test: number, ability: number): number {
  return p[base + test + TEST.levels + ability] as number;
}

function lowestLevel(test: number): number {
  if (test < 0) return 0;
  return Math.min(level(test, 0), level(test, 1), level(test, 2), level(test, 3));
}

// ---- Education (education.ts).

/** `highestLevel(recognizedCredentials(...))` as an index, −1 for none. */
function highestRecognized(person: number): number {
  let highest = -1;
  let postSecondary = 0;
  let oneLong = false;
  const count = at(person + PERSON.credentialCount);
  for (
    let credential = at(person + PERSON.credentials), end = credential + count * CREDENTIAL.size;
    credential < end;
    credential += CREDENTIAL.size
  ) {
    if (at(credential + CREDENTIAL.recognized) !== 1 || at(credential + CREDENTIAL.completedDay) > day)
      continue;
    const level = at(credential + CREDENTIAL.level);
    if (level > highest) highest = level;
    if (isPostSecondaryLevel(level)) {
      postSecondary += 1;
      if (level >= BACHELORS || at(credential + CREDENTIAL.lengthYears) >= 3) oneLong = true;
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
function canadianStudyBand(person: number): number {
  let best = -1;
  let bestLevel = -1;
  const count = at(person + PERSON.credentialCount);
  for (
    let credential = at(person + PERSON.credentials), end = credential + count * CREDENTIAL.size;
    credential < end;
    credential += CREDENTIAL.size
  ) {
    if (at(credential + CREDENTIAL.canadian) !== 1 || at(credential + CREDENTIAL.completedDay) > day)
      continue;
    const level = at(credential + CREDENTIAL.level);
    const levelLength = LEVEL_LENGTH_YEARS[level] as number;
    if (levelLength === 0) continue;
    const length = Math.max(at(credential + CREDENTIAL.lengthYears), levelLength);
    if (best < 0 || length > best) {
      best = length;
      bestLevel = level;
    }
  }
  if (best < 0) return 0;
  return best >= 3 || bestLevel === MASTERS || bestLevel === DOCTORAL ? 2 : 1;
}

/** education.ts `hasCanadianStudyOfTwoYears`. */
function hasCanadianStudyOfTwoYears(person: number): boolean {
  const count = at(person + PERSON.credentialCount);
  for (
    let credential = at(person + PERSON.credentials), end = credential + count * CREDENTIAL.size;
    credential < end;
    credential += CREDENTIAL.size
  ) {
    if (
      at(credential + CREDENTIAL.canadian) === 1 &&
      at(credential + CREDENTIAL.completedDay) <= day &&
      at(credential + CREDENTIAL.lengthYears) >= 2
    )
      return true;
  }
  return false;
}

// ---- Work shared by the CRS, the programs and the next change.

function isWorkingInCanada(person: number): boolean {
  const count = at(person + PERSON.jobCount);
  for (let job = at(person + PERSON.jobs), end = job + count * JOB.size; job < end; job += JOB.size) {
    if (at(job + JOB.inCanada) === 1 && at(job + JOB.startDay) <= day && at(job + JOB.endDay) >= day)
      return true;
  }
  return false;
}

function monthsIn(person: number, mask: number, from: number): number {
  return mask === 0 ? 0 : (memoMonths[summary(person, mask, from, day)] as number);
}

// ---- CRS (score.ts, facts.ts, the factors through crs-tables.ts).

let age = 0;
let crsEducation = -1;
let canadianYears = 0;
let foreignYears = 0;
let spouseEducation = -1;
let spouseCanadianYears = 0;
let studyBand = 0;

/** spouse-language.ts: the points of one of the spouse's results, −1 for none. */
function spouseLanguagePoints(tables: CrsTables, test: number): number {
  if (test < 0) return -1;
  let sum = 0;
  for (let ability = 0; ability < ABILITIES; ability += 1)
    sum += tables.spouseLanguage[level(test, ability)] as number;
  return sum;
}

function crsWith(frenchFirst: boolean): number {
  const tables = crsTables as CrsTables;
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
  const withSpouse = has(FLAG.withSpouse);
  const column = withSpouse ? 1 : 0;
  let a =
    age >= 0 && age < (tables.age[column] as Int16Array).length
      ? ((tables.age[column] as Int16Array)[age] as number)
      : 0;
  a += (tables.education[column] as Int16Array)[crsEducation + 1] as number;
  if (first >= 0) {
    const table = tables.firstLanguage[column] as Int16Array;
    for (let ability = 0; ability < ABILITIES; ability += 1) a += table[level(first, ability)] as number;
  }
  if (second >= 0) {
    const table = tables.secondLanguage[column] as Int16Array;
    let sum = 0;
    for (let ability = 0; ability < ABILITIES; ability += 1) sum += table[level(second, ability)] as number;
    a += Math.min(tables.secondLanguageCap[column] as number, sum);
  }
  a += (tables.canadianWork[column] as Int16Array)[Math.min(YEARS - 1, canadianYears)] as number;
  let b = 0;
  if (withSpouse && spouseAt >= 0) {
    b += tables.spouseEducation[spouseEducation + 1] as number;
    // spouse-language.ts: the better of the two languages, English on a tie.
    const best = Math.max(
      spouseLanguagePoints(tables, spouseEnglish),
      spouseLanguagePoints(tables, spouseFrench),
    );
    if (best > 0) b += best;
    b += tables.spouseCanadianWork[Math.min(YEARS - 1, spouseCanadianYears)] as number;
  }
  const lowest = lowestLevel(first);
  const canadian = Math.min(3, canadianYears);
  let c = tables.transferabilityEducation[((crsEducation + 1) * LEVELS + lowest) * 4 + canadian] as number;
  c += tables.transferabilityForeignWork[
    (Math.min(3, foreignYears) * LEVELS + lowest) * 4 + canadian
  ] as number;
  c += tables.transferabilityCertificate[
    (at(PROFILE.certificateIssuedDay) <= day ? LEVELS : 0) + lowest
  ] as number;
  let d = 0;
  if (at(PROFILE.nominationIssuedDay) <= day) d += tables.nomination;
  if (has(FLAG.offer))
    d += tables.arranged[
      (at(PROFILE.offerTeer) > 3 ? 4 : 0) +
        (has(FLAG.offerLmia) ? 2 : 0) +
        (has(FLAG.offerMajorGroup00) ? 1 : 0)
    ] as number;
  d += tables.canadianStudy[studyBand] as number;
  if (has(FLAG.siblingInCanada)) d += tables.sibling;
  d += tables.french[
    (french >= 0 ? lowestLevel(french) + 1 : 0) * (LEVELS + 1) + (english >= 0 ? lowestLevel(english) + 1 : 0)
  ] as number;
  return (
    Math.min(SECTION_CAPS.A, a) +
    Math.min(SECTION_CAPS.B, b) +
    Math.min(SECTION_CAPS.C, c) +
    Math.min(SECTION_CAPS.D, d)
  );
}

function crsTotal(): number {
  // score.ts `crsScore`: the declared first language, else the better assignment (English on a tie).
  const declared = at(PROFILE.declaredFirst);
  if (declared !== 0) return crsWith(declared === 2);
  const englishFirst = crsWith(false);
  if (french < 0 || english < 0) return englishFirst;
  const frenchFirst = crsWith(true);
  return frenchFirst > englishFirst ? frenchFirst : englishFirst;
}

// ---- Programs (programs/index.ts, fsw.ts, fsw-grid.ts, cec.ts, fst.ts, funds.ts).

let fswGridShared = 0;
let fswCore = false;
let cecExperienceMet = false;
let cecLevel = 0;
let fstCore = false;

function meetsAll(test: number, minimum: number): boolean {
  return test >= 0 && lowestLevel(test) >= minimum;
}

/** The program bits with the first language `frenchFirst`; sets {@link gridTotal}. */
let gridTotal = 0;
function programsWith(frenchFirst: boolean): number {
  const first = frenchFirst ? french : english;
  const other = frenchFirst ? english : french;
  let grid = fswGridShared;
  if (first >= 0)
    for (let ability = 0; ability < ABILITIES; ability += 1)
      grid += firstLanguagePointsPerAbility(level(first, ability));
  if (meetsAll(other, SECOND_LANGUAGE_MIN_LEVEL)) grid += SECOND_LANGUAGE_POINTS;
  gridTotal = grid;
  let bits = 0;
  if (fswCore && meetsAll(first, FSW_MIN_LANGUAGE_LEVEL) && grid >= FSW_PASS_MARK) bits |= PROGRAM_BITS.FSW;
  if (cecExperienceMet && meetsAll(first, cecLevel)) bits |= PROGRAM_BITS.CEC;
  if (fstCore && first >= 0) {
    let met = true;
    for (let ability = 0; ability < ABILITIES; ability += 1)
      if (level(first, ability) < (FST_MINIMUM[ability] as number)) met = false;
    if (met) bits |= PROGRAM_BITS.FST;
  }
  return bits;
}

function eligibleCount(bits: number): number {
  return (bits & 1) + ((bits >> 1) & 1) + ((bits >> 2) & 1);
}

function programBits(): number {
  const skilled = at(selfAt + PERSON.skilledMask);
  const canadianExperience = at(selfAt + PERSON.canadianExperienceMask);
  const nocCount = at(selfAt + PERSON.nocCount);
  const nocs = at(selfAt + PERSON.nocs);
  const tenYears = windowFrom(FSW_LOOKBACK_YEARS);
  // Proof of funds (funds.ts `checkFunds`).
  const required = requiredFunds(at(PROFILE.familySize), fundsTable as FundsTable);
  const funds = at(PROFILE.fundsDeclared);
  const declaredEnough = funds >= 0 && funds >= required;
  const working = isWorkingInCanada(selfAt);
  const offerSkilled = has(FLAG.offerSkilled);
  // FSW: one skilled NOC with 12 continuous months in 10 years, a recognized credential above
  // less than secondary, funds unless working in Canada with arranged employment.
  let experienceMet = false;
  for (let noc = nocs, end = nocs + nocCount * NOC.size; noc < end; noc += NOC.size) {
    const mask = at(noc + NOC.mask);
    if ((mask & skilled) === 0) continue;
    const slot = summary(selfAt, mask, tenYears, day);
    if (memoHasLongest[slot] === 1 && meetsMonths(memoLongest[slot] as number, FSW_MIN_CONTINUOUS_MONTHS))
      experienceMet = true;
  }
  let educationMet = false;
  const credentialCount = at(selfAt + PERSON.credentialCount);
  for (
    let credential = at(selfAt + PERSON.credentials), end = credential + credentialCount * CREDENTIAL.size;
    credential < end;
    credential += CREDENTIAL.size
  ) {
    if (
      at(credential + CREDENTIAL.recognized) === 1 &&
      at(credential + CREDENTIAL.completedDay) <= day &&
      at(credential + CREDENTIAL.level) !== LESS_THAN_SECONDARY
    )
      educationMet = true;
  }
  fswCore = experienceMet && educationMet && ((offerSkilled && working) || declaredEnough);
  // The grid without the language factors (fsw-grid.ts).
  let grid = crsEducation >= 0 ? (FSW_EDUCATION_BY_INDEX[crsEducation] as number) : 0;
  grid += fswExperiencePoints(completedWorkYears(monthsIn(selfAt, skilled, tenYears)));
  grid += fswAgePoints(age);
  if (offerSkilled) grid += ARRANGED_EMPLOYMENT_POINTS;
  let adaptability = 0;
  const spouse = has(FLAG.adaptabilitySpouse) ? spouseAt : -1;
  if (spouse >= 0 && (meetsAll(spouseEnglishAny, 4) || meetsAll(spouseFrenchAny, 4)))
    adaptability += ADAPTABILITY_POINTS['spouse-language'];
  if (hasCanadianStudyOfTwoYears(selfAt)) adaptability += ADAPTABILITY_POINTS['own-canadian-study'];
  if (spouse >= 0 && hasCanadianStudyOfTwoYears(spouse))
    adaptability += ADAPTABILITY_POINTS['spouse-canadian-study'];
  if (meetsMonths(monthsIn(selfAt, skilled & canadianExperience, ALL_TIME_FROM), 12))
    adaptability += ADAPTABILITY_POINTS['own-canadian-work'];
  if (
    spouse >= 0 &&
    meetsMonths(monthsIn(spouse, at(spouse + PERSON.canadianExperienceMask), ALL_TIME_FROM), 12)
  )
    adaptability += ADAPTABILITY_POINTS['spouse-canadian-work'];
  if (offerSkilled) adaptability += ADAPTABILITY_POINTS['arranged-employment'];
  if (has(FLAG.siblingInCanada)) adaptability += ADAPTABILITY_POINTS['relative-in-canada'];
  grid += Math.min(10, adaptability);
  fswGridShared = grid;
  // CEC: skilled Canadian months in 3 years, split by TEER (cec.ts).
  const threeYears = windowFrom(CEC_LOOKBACK_YEARS);
  const cecMask = skilled & canadianExperience;
  const teer0And1 = at(selfAt + PERSON.teer0And1Mask);
  const cecMonths = monthsIn(selfAt, cecMask, threeYears);
  const months0And1 = monthsIn(selfAt, cecMask & teer0And1, threeYears);
  const months2And3 = monthsIn(selfAt, cecMask & ~teer0And1, threeYears);
  cecExperienceMet = cecMonths > 0 && meetsMonths(cecMonths, CEC_MIN_MONTHS);
  cecLevel =
    meetsMonths(months2And3, CEC_MIN_MONTHS) || months0And1 <= 0
      ? CEC_LANGUAGE_LEVEL_TEER_2_3
      : CEC_LANGUAGE_LEVEL_TEER_0_1;
  // FST: the trade with the most months (the lower NOC on a tie) among those with 24 months and
  // an offer or a certificate in it (fst.ts); funds exempt with an offer in that trade.
  const fiveYears = windowFrom(FST_LOOKBACK_YEARS);
  const trade = at(selfAt + PERSON.tradeMask);
  const certified = at(PROFILE.certificateIssuedDay) <= day;
  let tradeMonths = -1;
  let tradeBasis = -1;
  for (let noc = nocs, end = nocs + nocCount * NOC.size; noc < end; noc += NOC.size) {
    const mask = at(noc + NOC.mask);
    if ((mask & trade) === 0) continue;
    const basis = at(noc + NOC.tradeBasis);
    if (!(((basis & TRADE_BASIS.certificate) !== 0 && certified) || (basis & TRADE_BASIS.offer) !== 0))
      continue;
    const months = memoMonths[summary(selfAt, mask, fiveYears, day)] as number;
    if (meetsMonths(months, FST_MIN_MONTHS) && months > tradeMonths) {
      tradeMonths = months;
      tradeBasis = basis;
    }
  }
  fstCore = tradeBasis >= 0 && (((tradeBasis & TRADE_BASIS.offer) !== 0 && working) || declaredEnough);
  // programs/index.ts and first-language.ts: the declared first language, the only one with a
  // valid result, or the assignment with more programs, then more grid points, then the higher
  // sum of levels, then English.
  let bits: number;
  const declared = at(PROFILE.declaredFirst);
  if (declared !== 0) bits = programsWith(declared === 2);
  else if (english < 0 || french < 0) bits = programsWith(french >= 0 && english < 0);
  else {
    const englishBits = programsWith(false);
    const englishGrid = gridTotal;
    const frenchBits = programsWith(true);
    const frenchGrid = gridTotal;
    let difference = eligibleCount(frenchBits) - eligibleCount(englishBits);
    if (difference === 0) difference = frenchGrid - englishGrid;
    if (difference === 0) difference = at(french + TEST.levelSum) - at(english + TEST.levelSum);
    bits = difference > 0 ? frenchBits : englishBits;
  }
  if (at(PROFILE.nominationIssuedDay) <= day) bits |= PROGRAM_BITS.PNP;
  return bits;
}
/** The spouse's valid results whether or not the CRS scores the spouse (adaptability reads them). */
let spouseEnglishAny = -1;
let spouseFrenchAny = -1;

// ---- Categories (categories/eligibility.ts).

function categoryMet(category: CompiledCategory): boolean {
  if (day < category.fromDay) return false;
  for (const criterion of category.criteria) {
    switch (criterion.kind) {
      case 'language': {
        const test = criterion.french ? french : english;
        if (test < 0) return false;
        for (const ability of criterion.abilities)
          if (level(test, ability) < criterion.minLevel) return false;
        break;
      }
      case 'work-experience': {
        const bit = 1 << category.bit;
        let listed = 0;
        const jobCount = at(selfAt + PERSON.jobCount);
        const jobs = at(selfAt + PERSON.jobs);
        for (let index = 0; index < jobCount; index += 1)
          if ((at(jobs + index * JOB.size + JOB.listedIn) & bit) !== 0) listed |= 1 << index;
        if (criterion.canadaOnly) listed &= at(selfAt + PERSON.canadianExperienceMask);
        if (listed === 0) return false;
        const from = windowFrom(criterion.lookbackYears);
        let best = -1;
        let bestTotal = 0;
        const nocs = at(selfAt + PERSON.nocs);
        for (
          let noc = nocs, end = nocs + at(selfAt + PERSON.nocCount) * NOC.size;
          noc < end;
          noc += NOC.size
        ) {
          const mask = at(noc + NOC.mask) & listed;
          if (mask === 0) continue;
          const slot = summary(selfAt, mask, from, day);
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
        if (!has(FLAG.militaryAbroad)) return false;
        const start = at(PROFILE.militaryStartDay);
        const end = at(PROFILE.militaryEndDay);
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
        // The criterion's NOCs are the category's own list: its registry bit on the offer's NOC.
        if (
          !has(FLAG.armedForcesOffer) ||
          (at(PROFILE.armedForcesOfferListedIn) & (1 << category.bit)) === 0 ||
          at(PROFILE.armedForcesOfferYears) < criterion.minYears
        )
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

function categoryBits(): number {
  const set = categorySet;
  if (!set) return 0;
  let bits = 0;
  for (const category of set.categories) if (categoryMet(category)) bits |= 1 << category.bit;
  return bits >>> 0;
}

// ---- The next change (valid-until.ts `nextChangeOn`).

let horizon = 0;
/**
 * Days from the day being assessed to the earliest other change (a rule change, a birthday, an
 * event, a job leaving a window), at most {@link MAX_HORIZON_DAYS}: a work quantity that cannot
 * move before it leaves validUntil as it is.
 */
let horizonCap = MAX_HORIZON_DAYS;

/** valid-until.ts `daysToMove`. */
function daysToMove(gap: number): number {
  return Math.max(0, Math.floor((gap - CALENDAR_SLACK_MONTHS) / MAX_MONTHS_PER_DAY));
}

let motionGrows = false;
let motionDaysBeforeShrinking = 0;
/** A window `from` for {@link motion} when the quantity has no window (all time). */
const NO_WINDOW = -NO_DAY;

/** valid-until.ts `motionOf` without `steady`: sets motionGrows and motionDaysBeforeShrinking. */
function motion(person: number, mask: number, from: number): void {
  motionGrows = false;
  motionDaysBeforeShrinking = Number.POSITIVE_INFINITY;
  const jobs = at(person + PERSON.jobs);
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const job = jobs + (31 - Math.clz32(bits & -bits)) * JOB.size;
    const start = at(job + JOB.startDay);
    const end = at(job + JOB.endDay);
    if (start <= day && end >= day) motionGrows = true;
    if (from === NO_WINDOW || end < from) continue;
    // The window's start can skip a day (29 February): keep two days in hand.
    const days = start <= from ? 0 : Math.max(0, start - from - 2);
    if (days < motionDaysBeforeShrinking) motionDaysBeforeShrinking = days;
  }
}

/** valid-until.ts `motionOf().steady`: the summary's longest stretch fills the window, worked full time today. */
function isSteady(person: number, mask: number, slot: number, years: number): boolean {
  const from = windowFrom(years);
  if (memoHasLongest[slot] !== 1 || memoLongestFrom[slot] !== from || memoLongestTo[slot] !== day)
    return false;
  if (!meetsMonths(memoLongest[slot] as number, windowMonths(years))) return false;
  const today = summary(person, mask, day, day + 1);
  if (Number.isNaN(monthsOfToday)) monthsOfToday = monthsBetween(day, day + 1);
  return meetsMonths(memoMonths[today] as number, monthsOfToday);
}

/** The quantity {@link cross} compares: its person, jobs, window (0: all time) and measure. */
let crossingPerson = 0;
let crossingMask = 0;
let crossingYears = 0;
let crossingMeasure = 0;

/** The crossing quantity `days` days after the day being assessed. */
function crossingMonthsAfter(days: number): number {
  const on = day + days;
  let from = ALL_TIME_FROM;
  if (crossingYears !== 0) {
    toCivil(on);
    from = addYearsToCivil(civil.year, civil.month, civil.day, -crossingYears);
  }
  const slot = summary(crossingPerson, crossingMask, from, on);
  return crossingMeasure === MEASURE_LONGEST ? (memoLongest[slot] as number) : (memoMonths[slot] as number);
}

/** valid-until.ts `daysToCross`; beyond `horizonCap` a bound changes nothing, so is not refined. */
function cross(value: number, threshold: number, steady: boolean): void {
  let days: number;
  if (meetsMonths(value, threshold)) {
    days = steady ? Number.POSITIVE_INFINITY : motionDaysBeforeShrinking + daysToMove(value - threshold);
  } else if (motionGrows && !steady) {
    days = daysToMove(threshold - value);
    if (days < horizon && days < horizonCap && days < SEARCH_DAYS)
      days = firstDayMeeting(
        threshold,
        threshold - value,
        days,
        Math.min(motionDaysBeforeShrinking, SEARCH_DAYS),
        crossingMonthsAfter,
      );
  } else days = Number.POSITIVE_INFINITY;
  if (days < horizon) horizon = days;
}

function crossYears(value: number, steady: boolean): void {
  const years = completedWorkYears(value);
  if (years > 0) {
    cross(value, years * 12, steady);
    cross(value, (years + 1) * 12, steady);
  } else cross(value, 12, steady);
}

function crossAll(value: number, thresholds: readonly number[] | null, steady: boolean): void {
  if (thresholds === null) crossYears(value, steady);
  else for (const threshold of thresholds) cross(value, threshold, steady);
}

/**
 * The checks made in this assessment (the first {@link MAX_CHECKS}) by a hash of their key, to skip
 * one made already (open addressing, at most a quarter full): an entry is current when its stamp
 * is this assessment's.
 */
const MAX_CHECKS = 64;
const CHECK_INDEX_SIZE = 4 * MAX_CHECKS;
const checkedStamp = new Int32Array(CHECK_INDEX_SIZE);
const checkedPerson = new Int32Array(CHECK_INDEX_SIZE);
const checkedMask = new Int32Array(CHECK_INDEX_SIZE);
const checkedYears = new Int32Array(CHECK_INDEX_SIZE);
const checkedMeasure = new Int32Array(CHECK_INDEX_SIZE);
const checkedThresholds: (readonly number[] | null)[] = new Array(CHECK_INDEX_SIZE).fill(null);
let checkCount = 0;
let checkStamp = 0;

/** A new assessment's work: forgets every check. */
function clearChecks(): void {
  checkCount = 0;
  checkStamp += 1;
  if (checkStamp === 2 ** 30) {
    checkedStamp.fill(0);
    checkStamp = 1;
  }
}

const MEASURE_MONTHS = 1;
const MEASURE_LONGEST = 2;

/** valid-until.ts `WorkHorizon.check`; `years` 0 for all time; `thresholds` null compares completed years. */
function check(
  person: number,
  mask: number,
  years: number,
  thresholds: readonly number[] | null,
  measure: number,
): void {
  if (mask === 0) return;
  // The same check twice (masks that coincide: one NOC, all of it Canadian) moves nothing.
  let entry =
    (Math.imul(mask, 0x9e3779b1) ^ Math.imul(years + (measure << 8), 0x85ebca6b) ^ person) &
    (CHECK_INDEX_SIZE - 1);
  while (checkedStamp[entry] === checkStamp) {
    if (
      checkedMask[entry] === mask &&
      checkedYears[entry] === years &&
      checkedMeasure[entry] === measure &&
      checkedPerson[entry] === person &&
      checkedThresholds[entry] === thresholds
    )
      return;
    entry = (entry + 1) & (CHECK_INDEX_SIZE - 1);
  }
  if (checkCount < MAX_CHECKS) {
    checkedStamp[entry] = checkStamp;
    checkedMask[entry] = mask;
    checkedYears[entry] = years;
    checkedMeasure[entry] = measure;
    checkedPerson[entry] = person;
    checkedThresholds[entry] = thresholds;
    checkCount += 1;
  }
  const from = years === 0 ? ALL_TIME_FROM : windowFrom(years);
  motion(person, mask, years === 0 ? NO_WINDOW : from);
  // Jobs none of which is worked today: the quantity cannot move sooner than the window starts
  // shrinking it, so a check whose earliest move comes after `horizonCap` changes nothing.
  if (!motionGrows && motionDaysBeforeShrinking >= horizonCap) return;
  const slot = summary(person, mask, from, day);
  const steady = years !== 0 && isSteady(person, mask, slot, years);
  crossingPerson = person;
  crossingMask = mask;
  crossingYears = years;
  if ((measure & MEASURE_MONTHS) !== 0) {
    crossingMeasure = MEASURE_MONTHS;
    crossAll(memoMonths[slot] as number, thresholds, steady);
  }
  if ((measure & MEASURE_LONGEST) !== 0) {
    crossingMeasure = MEASURE_LONGEST;
    crossAll(memoLongest[slot] as number, thresholds, steady);
  }
}

const TWELVE = [12];
const CEC_THRESHOLDS = [CEC_MIN_MONTHS];
const FST_THRESHOLDS = [FST_MIN_MONTHS];
const FSW_THRESHOLDS = [FSW_MIN_CONTINUOUS_MONTHS];

/** valid-until.ts `workDays`. */
function workDays(rules: CompiledRules): number {
  horizon = Number.POSITIVE_INFINITY;
  clearChecks();
  if (at(selfAt + PERSON.jobCount) > 0) {
    const skilled = at(selfAt + PERSON.skilledMask);
    const canadianExperience = at(selfAt + PERSON.canadianExperienceMask);
    const skilledCanadian = skilled & canadianExperience;
    const teer0And1 = at(selfAt + PERSON.teer0And1Mask);
    check(selfAt, skilledCanadian, 10, null, MEASURE_MONTHS);
    check(selfAt, skilled & at(selfAt + PERSON.foreignMask), 10, null, MEASURE_MONTHS);
    check(selfAt, skilled, FSW_LOOKBACK_YEARS, null, MEASURE_MONTHS);
    check(selfAt, skilledCanadian, 0, TWELVE, MEASURE_MONTHS);
    check(selfAt, skilledCanadian, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    check(selfAt, skilledCanadian & teer0And1, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    check(selfAt, skilledCanadian & ~teer0And1, CEC_LOOKBACK_YEARS, CEC_THRESHOLDS, MEASURE_MONTHS);
    const both = MEASURE_MONTHS | MEASURE_LONGEST;
    const nocs = at(selfAt + PERSON.nocs);
    const end = nocs + at(selfAt + PERSON.nocCount) * NOC.size;
    for (let noc = nocs; noc < end; noc += NOC.size) {
      const inNoc = at(noc + NOC.maskByFirstWorked);
      check(selfAt, inNoc, CEC_LOOKBACK_YEARS, rules.categoryThresholds, both);
      check(selfAt, inNoc & canadianExperience, CEC_LOOKBACK_YEARS, rules.categoryThresholds, both);
      check(selfAt, inNoc, FST_LOOKBACK_YEARS, FST_THRESHOLDS, MEASURE_MONTHS);
      check(selfAt, inNoc, FSW_LOOKBACK_YEARS, FSW_THRESHOLDS, MEASURE_LONGEST);
    }
    // Two trades trading places (valid-until.ts): their difference moves up to twice as fast.
    const trade = at(selfAt + PERSON.tradeMask);
    const fiveYears = windowFrom(FST_LOOKBACK_YEARS);
    for (let a = nocs; a < end; a += NOC.size) {
      const maskA = at(a + NOC.maskByFirstWorked);
      if ((maskA & trade) === 0) continue;
      for (let b = a + NOC.size; b < end; b += NOC.size) {
        const maskB = at(b + NOC.maskByFirstWorked);
        if ((maskB & trade) === 0) continue;
        motion(selfAt, maskA | maskB, fiveYears);
        const still = motionGrows ? 0 : motionDaysBeforeShrinking;
        if (still >= horizonCap) continue;
        const gap = Math.abs(
          (memoMonths[summary(selfAt, maskA, fiveYears, day)] as number) -
            (memoMonths[summary(selfAt, maskB, fiveYears, day)] as number),
        );
        const days = still + daysToMove(gap / 2);
        if (days < horizon) horizon = days;
      }
    }
  }
  if (spouseAt >= 0 && at(spouseAt + PERSON.jobCount) > 0) {
    const canadianExperience = at(spouseAt + PERSON.canadianExperienceMask);
    check(spouseAt, at(spouseAt + PERSON.skilledMask) & canadianExperience, 10, null, MEASURE_MONTHS);
    check(spouseAt, canadianExperience, 0, TWELVE, MEASURE_MONTHS);
  }
  return Math.min(MAX_HORIZON_DAYS, Math.max(1, horizon));
}

/** The first of the `count` sorted days from `from` after the day being assessed, {@link NO_DAY} when none. */
function firstAfter(from: number, count: number): number {
  let low = from;
  let high = from + count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at(middle) > day) high = middle;
    else low = middle + 1;
  }
  return low < from + count ? at(low) : NO_DAY;
}

function nextChangeDay(rules: CompiledRules): number {
  let earliest = NO_DAY;
  const changes = rules.changeDays;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index] as number;
    if (change > day) {
      if (change < earliest) earliest = change;
      break;
    }
  }
  // valid-until.ts `fundsOutcomeChange`: a new funds table, when it turns the declared funds
  // from enough to short or back.
  const funds = at(PROFILE.fundsDeclared);
  if (funds >= 0) {
    const familySize = at(PROFILE.familySize);
    const tables = rules.fundsTables;
    for (let index = 0; index < tables.length; index += 1) {
      const table = tables[index] as CompiledFundsTable;
      if (table.fromDay >= earliest) break;
      if (table.fromDay > day && fundsTurn(funds, familySize, fundsTable as FundsTable, table.table)) {
        earliest = table.fromDay;
        break;
      }
    }
  }
  // The next birthday, read by addYears, and the day after it (29 February).
  const birthday = addYearsToCivil(
    at(PROFILE.birthYear),
    at(PROFILE.birthMonth),
    at(PROFILE.birthDayOfMonth),
    age + 1,
  );
  if (birthday > day && birthday < earliest) earliest = birthday;
  if (birthday + 1 > day && birthday + 1 < earliest) earliest = birthday + 1;
  // The first dated event after the day.
  const event = firstAfter(at(PROFILE.events), at(PROFILE.eventCount));
  if (event < earliest) earliest = event;
  // The first day a job's last day leaves a window, still ahead, and the day after it.
  const leaves = firstAfter(at(PROFILE.windowLeaves), at(PROFILE.windowLeaveCount));
  if (leaves < earliest) earliest = leaves;
  // Military service: its next anniversary, and the day after.
  if (has(FLAG.military)) {
    const start = at(PROFILE.militaryStartDay);
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
  // Last the work, the dearest to work out: only what can come before the rest matters.
  horizonCap = Math.min(MAX_HORIZON_DAYS, earliest - day);
  const work = day + workDays(rules);
  if (work < earliest) earliest = work;
  return Math.max(earliest, day + 1);
}

/**
 * Writes into `out` the assessment of the profile compiled in `profile` from offset `from` on the
 * day number `onDay`: what assessCandidate returns on that date, `validUntil` as a day number.
 * @example
 * assessCompiled(compileProfile(profile, rules), dayNumber('2026-03-02'), rules, out)
 * //=> { crs: 460, programBits: 0b0010, categoryBits: 0, validUntilDay: dayNumber('2026-11-29') }
 */
export function assessCompiled(
  profile: CompiledProfile,
  onDay: number,
  rules: CompiledRules,
  out: CompiledAssessment,
  from = 0,
): CompiledAssessment {
  p = profile;
  base = from;
  flags = at(PROFILE.flags);
  spouseAt = at(PROFILE.spouse);
  day = onDay;
  prepareDay(rules);
  clearSummaries();
  english = pickResults(selfAt, 0);
  french = pickResults(selfAt, 1);
  spouseEnglishAny = spouseAt >= 0 ? pickResults(spouseAt, 0) : -1;
  spouseFrenchAny = spouseAt >= 0 ? pickResults(spouseAt, 1) : -1;
  const withSpouse = has(FLAG.withSpouse);
  spouseEnglish = withSpouse ? spouseEnglishAny : -1;
  spouseFrench = withSpouse ? spouseFrenchAny : -1;
  age = completedYearsBetween(
    at(PROFILE.birthYear),
    at(PROFILE.birthMonth),
    at(PROFILE.birthDayOfMonth),
    onYear,
    onMonth,
    onDayOfMonth,
  );
  crsEducation = highestRecognized(selfAt);
  studyBand = canadianStudyBand(selfAt);
  const skilled = at(selfAt + PERSON.skilledMask);
  const tenYears = windowFrom(10);
  canadianYears = completedWorkYears(
    monthsIn(selfAt, skilled & at(selfAt + PERSON.canadianExperienceMask), tenYears),
  );
  foreignYears = completedWorkYears(monthsIn(selfAt, skilled & at(selfAt + PERSON.foreignMask), tenYears));
  if (withSpouse && spouseAt >= 0) {
    spouseEducation = highestRecognized(spouseAt);
    spouseCanadianYears = completedWorkYears(
      monthsIn(
        spouseAt,
        at(spouseAt + PERSON.skilledMask) & at(spouseAt + PERSON.canadianExperienceMask),
        tenYears,
      ),
    );
  } else {
    spouseEducation = -1;
    spouseCanadianYears = 0;
  }
  out.crs = crsTotal();
  out.programBits = programBits();
  out.categoryBits = categoryBits();
  out.validUntilDay = nextChangeDay(rules);
  return out;
}
