/**
 * A profile compiled once into the numbers the rules read, so that assessing it on any day is
 * integer work with no parsing: dates as day numbers, each language result already converted to
 * CLB/NCLC per ability (through the rules' own `levelsFromResult`) with the days it counts,
 * credentials and jobs as flags, and the events valid-until.ts watches as a sorted list of days.
 * Nothing here depends on the assessment day; assess-compiled.ts does the dated part.
 */
import { dayNumber, type IsoDate } from '../../../rules/_lib/dates.js';
import { teerOf } from '../../../rules/experience/index.js';
import { levelsFromResult } from '../../../rules/language/convert.js';
import { VALIDITY_YEARS } from '../../../rules/language/levels.js';
import { abilities } from '../../../rules/language/tables.js';
import type { Education, LanguageTestResult, Profile, WorkPeriod } from '../../../rules/profile/schema.js';
import { educationLevels } from '../../../rules/profile/schema.js';
import { isSkilledTrade } from '../../../rules/programs/fst.js';
import { addYearsToDay, daysFromCivil, daysInMonth } from './_lib/day-math.js';
import type { CompiledRules } from './compiled-rules.js';

/** A day number no date reaches: an ongoing job's end, a missing event. */
export const NO_DAY = 2 ** 30;

/** Language results of one person: per result, its language (0 English, 1 French) and levels. */
export interface CompiledTests {
  readonly count: number;
  readonly french: readonly number[];
  /** The test date: the first day the result counts. */
  readonly fromDay: readonly number[];
  /** The last day it counts (the day before its 2-year anniversary, levels.ts `validUntil`). */
  readonly lastDay: readonly number[];
  /** Listening, reading, writing, speaking, four per result. */
  readonly levels: readonly number[];
  readonly levelSum: readonly number[];
}

/** Jobs of one person, in the profile's order (the order the rules count them in). */
export interface CompiledJobs {
  readonly count: number;
  readonly startDay: readonly number[];
  /** The last day worked; {@link NO_DAY} while ongoing. */
  readonly endDay: readonly number[];
  readonly hoursPerWeek: readonly number[];
  readonly noc: readonly string[];
  readonly teer: readonly number[];
  /** In Canada (country CA), self-employed or not: the proof-of-funds exemption's test. */
  readonly inCanada: readonly number[];
  /** In Canada and for an employer: Canadian experience (experience.ts `isCanadianExperience`). */
  readonly canadianExperience: readonly number[];
  /** Per job, the registry bits of the category versions whose list names its NOC. */
  readonly listedIn: readonly number[];
  /** Masks of jobs: skilled (TEER 0–3), in an FST trade. */
  readonly skilledMask: number;
  readonly tradeMask: number;
  readonly canadianExperienceMask: number;
  /** Per distinct NOC (ascending codes, as experienceByNoc lists them): the mask of its jobs. */
  readonly nocMasks: readonly number[];
  /** The same NOCs in the order first worked in (valid-until.ts `nocsOf`). */
  readonly nocMasksByFirstWorked: readonly number[];
  readonly nocOfMask: readonly string[];
}

/** Credentials of one person. */
export interface CompiledEducation {
  readonly count: number;
  /** Index in `educationLevels`. */
  readonly level: readonly number[];
  readonly canadian: readonly number[];
  /** Canadian, or foreign with an ECA: what education.ts `recognizedCredentials` keeps. */
  readonly recognized: readonly number[];
  /** `lengthYears`, 0 when not given. */
  readonly lengthYears: readonly number[];
  /** The completion day; a credential without one counts from any day (−{@link NO_DAY}). */
  readonly completedDay: readonly number[];
}

export interface CompiledPerson {
  readonly tests: CompiledTests;
  readonly jobs: CompiledJobs;
  readonly education: CompiledEducation;
}

export interface CompiledProfile {
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly birthDayOfMonth: number;
  /** CRS "with spouse" (facts.ts `scoredWithSpouse`). */
  readonly withSpouse: boolean;
  /** FSW adaptability's spouse: accompanying and not a citizen or PR, whatever the marital status. */
  readonly adaptabilitySpouse: boolean;
  readonly self: CompiledPerson;
  /** The spouse as listed, accompanying or not; null without one. */
  readonly spouse: CompiledPerson | null;
  /** 0 none declared, 1 English, 2 French. */
  readonly declaredFirst: 0 | 1 | 2;
  readonly certificateIssuedDay: number;
  readonly certificateTrade: string | null;
  readonly nominationIssuedDay: number;
  readonly offerNoc: string | null;
  readonly offerTeer: number;
  readonly offerLmia: boolean;
  readonly offerSkilled: boolean;
  readonly offerTrade: boolean;
  /** The offer's NOC starts with "00" (CRS arranged employment, major group 00). */
  readonly offerMajorGroup00: boolean;
  readonly siblingInCanada: boolean;
  /** Declared settlement funds in CAD, −1 when none are declared. */
  readonly fundsDeclared: number;
  readonly familySize: number;
  /** Military service abroad: the service days; `militaryAbroad` false without one, or in Canada. */
  readonly militaryAbroad: boolean;
  readonly militaryStartDay: number;
  readonly militaryStart: IsoDate | null;
  readonly militaryEndDay: number;
  readonly armedForcesOfferNoc: string | null;
  readonly armedForcesOfferYears: number;
  /**
   * Every dated event of valid-until.ts that does not depend on the assessment day, sorted: tests
   * starting and ceasing to count, credentials completed, jobs starting and ending (and the day
   * after), certificate and nomination
   * issued, military service starting and ending.
   */
  readonly events: readonly number[];
  /**
   * The days a job's last day leaves each lookback window, sorted: valid-until.ts considers one
   * (and the day after) only while it is still ahead of the assessment day.
   */
  readonly windowLeaves: readonly number[];
}

/** `count` zeros in a plain array: cheaper to make than a typed array for a handful of values. */
function zeros(count: number): number[] {
  const values: number[] = [];
  for (let index = 0; index < count; index += 1) values.push(0);
  return values;
}

/**
 * The day number of an ISO date of a parsed profile, read digit by digit (dates.ts `dayNumber`
 * caches every string it meets, which a pool of millions of profiles only churns).
 */
function isoDay(date: IsoDate): number {
  if (date.length !== 10) return dayNumber(date);
  const digit = (index: number) => date.charCodeAt(index) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return dayNumber(date);
  return daysFromCivil(year, month, day);
}

const POST_SECONDARY_FROM = educationLevels.indexOf('one-year-post-secondary');

function compileTests(tests: readonly LanguageTestResult[], events: number[]): CompiledTests {
  const count = tests.length;
  const compiled = {
    count,
    french: zeros(count),
    fromDay: zeros(count),
    lastDay: zeros(count),
    levels: zeros(count * 4),
    levelSum: zeros(count),
  };
  for (let index = 0; index < count; index += 1) {
    const test = tests[index] as LanguageTestResult;
    const { language, levels } = levelsFromResult(test);
    compiled.french[index] = language === 'french' ? 1 : 0;
    compiled.fromDay[index] = isoDay(test.date);
    // levels.ts `validUntil`: the day before the 2-year anniversary (addYears).
    compiled.lastDay[index] = addYearsToDay(compiled.fromDay[index] as number, VALIDITY_YEARS) - 1;
    let sum = 0;
    for (const [ability, name] of abilities.entries()) {
      compiled.levels[index * 4 + ability] = levels[name];
      sum += levels[name];
    }
    compiled.levelSum[index] = sum;
    events.push(compiled.fromDay[index] as number, (compiled.lastDay[index] as number) + 1);
  }
  return compiled;
}

/** valid-until.ts considers a job's dates "around": the day and the day after. */
function pushAround(events: number[], day: number): void {
  events.push(day, day + 1);
}

function compileJobs(
  work: readonly WorkPeriod[],
  rules: CompiledRules,
  events: number[],
  leaves: number[],
): CompiledJobs {
  const count = work.length;
  const jobs = {
    count,
    startDay: zeros(count),
    endDay: zeros(count),
    hoursPerWeek: zeros(count),
    noc: work.map((job) => job.noc),
    teer: zeros(count),
    inCanada: zeros(count),
    canadianExperience: zeros(count),
    listedIn: zeros(count),
    skilledMask: 0,
    tradeMask: 0,
    canadianExperienceMask: 0,
    nocMasks: [] as number[],
    nocMasksByFirstWorked: [] as number[],
    nocOfMask: [] as string[],
  };
  const byNoc = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const job = work[index] as WorkPeriod;
    const teer = teerOf(job.noc);
    jobs.startDay[index] = isoDay(job.start);
    jobs.endDay[index] = job.end === null ? NO_DAY : isoDay(job.end);
    jobs.hoursPerWeek[index] = job.hoursPerWeek;
    jobs.teer[index] = teer;
    jobs.inCanada[index] = job.country === 'CA' ? 1 : 0;
    const canadian = job.country === 'CA' && !job.selfEmployed;
    jobs.canadianExperience[index] = canadian ? 1 : 0;
    jobs.listedIn[index] = rules.categoriesListing(job.noc);
    if (teer <= 3) jobs.skilledMask |= 1 << index;
    if (isSkilledTrade(job.noc)) jobs.tradeMask |= 1 << index;
    if (canadian) jobs.canadianExperienceMask |= 1 << index;
    byNoc.set(job.noc, (byNoc.get(job.noc) ?? 0) | (1 << index));
    // valid-until.ts `jobEvents`: start, the day after the end, and the day that day leaves each
    // lookback window; each "around" (and the next day).
    pushAround(events, jobs.startDay[index] as number);
    if (job.end !== null) {
      const afterEnd = (jobs.endDay[index] as number) + 1;
      pushAround(events, afterEnd);
      for (const years of rules.windowYears) leaves.push(addYearsToDay(afterEnd, years));
    }
  }
  jobs.nocMasksByFirstWorked = [...byNoc.values()];
  const nocs = [...byNoc.keys()].sort();
  jobs.nocMasks = nocs.map((noc) => byNoc.get(noc) as number);
  jobs.nocOfMask = nocs;
  return jobs;
}

function compileEducation(credentials: readonly Education[], events: number[]): CompiledEducation {
  const count = credentials.length;
  const compiled = {
    count,
    level: zeros(count),
    canadian: zeros(count),
    recognized: zeros(count),
    lengthYears: zeros(count),
    completedDay: zeros(count),
  };
  for (let index = 0; index < count; index += 1) {
    const credential = credentials[index] as Education;
    compiled.level[index] = educationLevels.indexOf(credential.level);
    compiled.canadian[index] = credential.canadian ? 1 : 0;
    compiled.recognized[index] = credential.canadian || credential.eca === true ? 1 : 0;
    compiled.lengthYears[index] = credential.lengthYears ?? 0;
    compiled.completedDay[index] =
      credential.completed === undefined ? -NO_DAY : isoDay(credential.completed);
    if (credential.completed !== undefined) events.push(compiled.completedDay[index] as number);
  }
  return compiled;
}

function compilePerson(
  person: Pick<Profile, 'languageTests' | 'work' | 'education'>,
  rules: CompiledRules,
  events: number[],
  leaves: number[],
): CompiledPerson {
  return {
    tests: compileTests(person.languageTests, events),
    jobs: compileJobs(person.work, rules, events, leaves),
    education: compileEducation(person.education, events),
  };
}

/** Job masks are 31-bit: longer work lists are left to the rules. */
export const MAX_COMPILED_JOBS = 30;

/**
 * The profile compiled for `rules` (the category sets' lists and the rule dates), or null when
 * it is beyond what the compiled form holds (more than {@link MAX_COMPILED_JOBS} jobs for the
 * candidate or the spouse): assess that one through the rules.
 * @throws what the rules throw for a result or NOC code a parsed profile cannot hold.
 * @example compileProfile(profile, rules)?.birthYear //=> 1990
 */
export function compileProfile(profile: Profile, rules: CompiledRules): CompiledProfile | null {
  if (profile.work.length > MAX_COMPILED_JOBS || (profile.spouse?.work.length ?? 0) > MAX_COMPILED_JOBS)
    return null;
  const events: number[] = [];
  const leaves: number[] = [];
  const partnered = profile.maritalStatus === 'married' || profile.maritalStatus === 'common-law';
  const spouse = profile.spouse;
  const self = compilePerson(profile, rules, events, leaves);
  const compiledSpouse = spouse ? compilePerson(spouse, rules, events, leaves) : null;
  const certificate = profile.certificateOfQualification;
  const nomination = profile.provincialNomination;
  const offer = profile.jobOffer;
  const offerTeer = offer ? teerOf(offer.noc) : 9;
  if (certificate) events.push(isoDay(certificate.issued));
  if (nomination) events.push(isoDay(nomination.issued));
  const service = profile.militaryService;
  if (service) {
    pushAround(events, isoDay(service.start));
    if (service.end !== null) pushAround(events, isoDay(service.end) + 1);
  }
  events.sort((a, b) => a - b);
  leaves.sort((a, b) => a - b);
  return {
    birthYear: Number(profile.birthDate.slice(0, 4)),
    birthMonth: Number(profile.birthDate.slice(5, 7)),
    birthDayOfMonth: Number(profile.birthDate.slice(8, 10)),
    withSpouse: partnered && spouse?.accompanying === true && !spouse.canadianCitizenOrPR,
    adaptabilitySpouse: spouse !== null && spouse.accompanying && !spouse.canadianCitizenOrPR,
    self,
    spouse: compiledSpouse,
    declaredFirst:
      profile.firstOfficialLanguage === 'en' ? 1 : profile.firstOfficialLanguage === 'fr' ? 2 : 0,
    certificateIssuedDay: certificate ? isoDay(certificate.issued) : NO_DAY,
    certificateTrade: certificate ? certificate.trade : null,
    nominationIssuedDay: nomination ? isoDay(nomination.issued) : NO_DAY,
    offerNoc: offer ? offer.noc : null,
    offerTeer,
    offerLmia: offer?.lmia === true,
    offerSkilled: offer !== null && offerTeer <= 3,
    offerTrade: offer !== null && isSkilledTrade(offer.noc),
    offerMajorGroup00: offer !== null && offer.noc.startsWith('00'),
    siblingInCanada: profile.siblingInCanada,
    fundsDeclared: profile.settlementFunds ? profile.settlementFunds.amount : -1,
    familySize: profile.familySize ?? 1 + (spouse ? 1 : 0),
    militaryAbroad: service !== null && service.country !== 'CA',
    militaryStartDay: service ? isoDay(service.start) : NO_DAY,
    militaryStart: service ? service.start : null,
    militaryEndDay: service && service.end !== null ? isoDay(service.end) : NO_DAY,
    armedForcesOfferNoc: service?.canadianArmedForcesOffer?.noc ?? null,
    armedForcesOfferYears: service?.canadianArmedForcesOffer?.years ?? 0,
    events,
    windowLeaves: leaves,
  };
}

/** True when a credential level is post-secondary (above secondary school). */
export function isPostSecondaryLevel(level: number): boolean {
  return level >= POST_SECONDARY_FROM;
}
