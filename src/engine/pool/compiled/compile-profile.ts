/**
 * A profile compiled once into the numbers the rules read, so that assessing it on any day is
 * integer work with no parsing: dates as day numbers, each language result already converted to
 * CLB/NCLC per ability (through the rules' own `levelsFromResult`) with the days it counts,
 * credentials and jobs as flags, and the events valid-until.ts watches as a sorted list of days.
 * Nothing here depends on the assessment day; assess-compiled.ts does the dated part.
 *
 * The compiled form is a run of numbers (no strings, no nested objects), written into one shared
 * scratch buffer and assessed there; a pool copies it into its slab (compiled-slab.ts), so that
 * millions of candidates are a few large arrays, not millions of small ones. Its layout is the
 * `PROFILE`, `PERSON`, `TEST`, `JOB`, `CREDENTIAL` and `NOC` offsets below, from the profile's
 * first number: a header, the candidate, the spouse, then the events.
 */
import { dayNumber, type IsoDate } from '../../../rules/_lib/dates.js';
import { teerOf } from '../../../rules/experience/index.js';
import { VALIDITY_YEARS } from '../../../rules/language/levels.js';
import type { Education, LanguageTestResult, Profile, WorkPeriod } from '../../../rules/profile/schema.js';
import { educationLevels } from '../../../rules/profile/schema.js';
import { isSkilledTrade } from '../../../rules/programs/fst.js';
import { addYearsToDay, daysFromCivil, daysInMonth } from './_lib/day-math.js';
import { compiledLevels } from './_lib/language-levels.js';
import type { CompiledRules } from './compiled-rules.js';

/** A day number no date reaches: an ongoing job's end, a missing event. */
export const NO_DAY = 2 ** 30 - 1;

/**
 * Compiled profiles: numbers laid out as {@link PROFILE} says, each from some offset (0 for one
 * compiled alone). Hours a week can be fractional, so the numbers are doubles.
 */
export type CompiledProfile = Float64Array;

/** The header of a compiled profile: offsets from its start. */
export const PROFILE = {
  birthYear: 0,
  birthMonth: 1,
  birthDayOfMonth: 2,
  /** {@link FLAG} bits. */
  flags: 3,
  /** 0 none declared, 1 English, 2 French. */
  declaredFirst: 4,
  certificateIssuedDay: 5,
  nominationIssuedDay: 6,
  /** The offer's TEER; 9 without an offer. */
  offerTeer: 7,
  /** Declared settlement funds in CAD, −1 when none are declared. */
  fundsDeclared: 8,
  familySize: 9,
  /** Military service: its first day and its last ({@link NO_DAY} while serving, or without one). */
  militaryStartDay: 10,
  militaryEndDay: 11,
  /** The registry bits of the category versions whose list names the armed forces offer's NOC. */
  armedForcesOfferListedIn: 12,
  armedForcesOfferYears: 13,
  /** Where the spouse's {@link PERSON} block starts; −1 without a spouse. */
  spouse: 14,
  /**
   * Where the dated events of valid-until.ts that do not depend on the assessment day start, and
   * how many (sorted): tests starting and ceasing to count, credentials completed, jobs starting
   * and ending (and the day after), certificate and nomination issued, military service starting
   * and ending.
   */
  events: 15,
  eventCount: 16,
  /**
   * The days a job's last day leaves each lookback window, sorted: valid-until.ts considers one
   * (and the day after) only while it is still ahead of the assessment day.
   */
  windowLeaves: 17,
  windowLeaveCount: 18,
  /** Where the candidate's own {@link PERSON} block starts. */
  self: 19,
} as const;

/** Bits of `PROFILE.flags`. */
export const FLAG = {
  /** CRS "with spouse" (facts.ts `scoredWithSpouse`). */
  withSpouse: 1,
  /** FSW adaptability's spouse: accompanying and not a citizen or PR, whatever the marital status. */
  adaptabilitySpouse: 2,
  offer: 4,
  offerLmia: 8,
  /** An offer in TEER 0–3. */
  offerSkilled: 16,
  /** The offer's NOC starts with "00" (CRS arranged employment, major group 00). */
  offerMajorGroup00: 32,
  siblingInCanada: 64,
  /** Military service outside Canada. */
  militaryAbroad: 128,
  /** Any military service declared. */
  military: 256,
  armedForcesOffer: 512,
} as const;

/**
 * A person's block: counts, job masks, then where each list starts. Job masks are 31-bit: bit i
 * is the i-th job in the profile's order (the order the rules count them in).
 */
export const PERSON = {
  testCount: 0,
  jobCount: 1,
  credentialCount: 2,
  /** Distinct NOCs worked in. */
  nocCount: 3,
  /** Jobs in TEER 0–3. */
  skilledMask: 4,
  /** Jobs in an FST trade. */
  tradeMask: 5,
  /** In Canada and for an employer: Canadian experience (experience.ts `isCanadianExperience`). */
  canadianExperienceMask: 6,
  /** Jobs outside Canada. */
  foreignMask: 7,
  /** Jobs in TEER 0 or 1. */
  teer0And1Mask: 8,
  /** Where the {@link TEST}, {@link JOB}, {@link CREDENTIAL} and {@link NOC} records start. */
  tests: 9,
  jobs: 10,
  credentials: 11,
  nocs: 12,
  size: 13,
} as const;

/** A language result: its language, the days it counts and its levels. */
export const TEST = {
  /** 1 French, 0 English. */
  french: 0,
  /** The test date: the first day the result counts. */
  fromDay: 1,
  /** The last day it counts (the day before its 2-year anniversary, levels.ts `validUntil`). */
  lastDay: 2,
  /** Listening, reading, writing, speaking: `levels + 0` to `levels + 3`. */
  levels: 3,
  levelSum: 7,
  size: 8,
} as const;

/** A job. */
export const JOB = {
  startDay: 0,
  /** The last day worked; {@link NO_DAY} while ongoing. */
  endDay: 1,
  hoursPerWeek: 2,
  teer: 3,
  /** In Canada (country CA), self-employed or not: the proof-of-funds exemption's test. */
  inCanada: 4,
  /** The registry bits of the category versions whose list names its NOC. */
  listedIn: 5,
  size: 6,
} as const;

/** A credential. */
export const CREDENTIAL = {
  /** Index in `educationLevels`. */
  level: 0,
  canadian: 1,
  /** Canadian, or foreign with an ECA: what education.ts `recognizedCredentials` keeps. */
  recognized: 2,
  /** `lengthYears`, 0 when not given. */
  lengthYears: 3,
  /** The completion day; a credential without one counts from any day (−{@link NO_DAY}). */
  completedDay: 4,
  size: 5,
} as const;

/** A distinct NOC worked in. */
export const NOC = {
  /** The mask of its jobs, NOCs by ascending code (as experienceByNoc lists them). */
  mask: 0,
  /** The mask of jobs of the i-th NOC in the order first worked in (valid-until.ts `nocsOf`). */
  maskByFirstWorked: 1,
  /** {@link TRADE_BASIS} bits of the NOC of `mask`. */
  tradeBasis: 2,
  size: 3,
} as const;

/** What an FST trade can rest on besides the months (fst.ts). */
export const TRADE_BASIS = {
  /** The certificate of qualification is in this trade (it counts once issued). */
  certificate: 1,
  /** The job offer is in this NOC. */
  offer: 2,
} as const;

/** Job masks are 31-bit: longer work lists are left to the rules. */
export const MAX_COMPILED_JOBS = 30;

const LEVEL_INDEX = new Map<string, number>(educationLevels.map((level, index) => [level, index]));
const POST_SECONDARY_FROM = educationLevels.indexOf('one-year-post-secondary');

/** Per NOC code: its TEER, plus 16 when it is an FST trade (both read off the code by the rules). */
const nocFacts = new Map<string, number>();
const NOC_TRADE = 16;
function factsOfNoc(noc: string): number {
  let facts = nocFacts.get(noc);
  if (facts === undefined) {
    facts = teerOf(noc) | (isSkilledTrade(noc) ? NOC_TRADE : 0);
    if (nocFacts.size < 100_000) nocFacts.set(noc, facts);
  }
  return facts;
}

function digitAt(date: string, index: number): number {
  return date.charCodeAt(index) - 48;
}

/**
 * The day number of an ISO date of a parsed profile, read digit by digit (dates.ts `dayNumber`
 * caches every string it meets, which a pool of millions of profiles only churns).
 */
function isoDay(date: IsoDate): number {
  if (date.length !== 10) return dayNumber(date);
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month))))
    return dayNumber(date);
  return daysFromCivil(year, month, day);
}

// ---- Built in scratch space: one buffer, made large enough before each profile.

let out = new Float64Array(1024);
let length = 0;
let events = new Float64Array(256);
let eventCount = 0;
let leaves = new Float64Array(256);
let leaveCount = 0;
const nocCodes: string[] = [];
const nocJobs: number[] = [];
const nocOrder: number[] = [];

function put(at: number, value: number): void {
  out[at] = value;
}

/** Room in the scratch buffers for a profile of these counts (sizes as the compile functions write). */
function reserveScratch(tests: number, jobs: number, credentials: number, windows: number): void {
  const numbers =
    PROFILE.self +
    2 * PERSON.size +
    tests * TEST.size +
    jobs * (JOB.size + NOC.size) +
    credentials * CREDENTIAL.size;
  // Events: two per test, four per job, one per credential, six for the header's dates.
  const eventRoom = 2 * tests + 4 * jobs + credentials + 6;
  const leaveRoom = jobs * windows;
  if (out.length < numbers + eventRoom + leaveRoom)
    out = new Float64Array(2 * (numbers + eventRoom + leaveRoom));
  if (events.length < eventRoom) events = new Float64Array(2 * eventRoom);
  if (leaves.length < leaveRoom) leaves = new Float64Array(2 * leaveRoom);
}

function pushEvent(day: number): void {
  events[eventCount++] = day;
}

/** valid-until.ts considers a job's dates "around": the day and the day after. */
function pushAround(day: number): void {
  events[eventCount++] = day;
  events[eventCount++] = day + 1;
}

function compileTests(tests: readonly LanguageTestResult[], person: number): void {
  put(person + PERSON.testCount, tests.length);
  put(person + PERSON.tests, length);
  for (const test of tests) {
    const at = length;
    length += TEST.size;
    const fromDay = isoDay(test.date);
    const levels = compiledLevels(test, fromDay);
    // levels.ts `validUntil`: the day before the 2-year anniversary (addYears).
    const lastDay = addYearsToDay(fromDay, VALIDITY_YEARS) - 1;
    put(at + TEST.french, levels[0]);
    put(at + TEST.fromDay, fromDay);
    put(at + TEST.lastDay, lastDay);
    put(at + TEST.levels, levels[1]);
    put(at + TEST.levels + 1, levels[2]);
    put(at + TEST.levels + 2, levels[3]);
    put(at + TEST.levels + 3, levels[4]);
    put(at + TEST.levelSum, levels[1] + levels[2] + levels[3] + levels[4]);
    events[eventCount++] = fromDay;
    events[eventCount++] = lastDay + 1;
  }
}

function compileJobs(
  work: readonly WorkPeriod[],
  person: number,
  rules: CompiledRules,
  certificateTrade: string | null,
  offerNoc: string | null,
): void {
  put(person + PERSON.jobCount, work.length);
  put(person + PERSON.jobs, length);
  let skilled = 0;
  let trade = 0;
  let canadianExperience = 0;
  let foreign = 0;
  let teer0And1 = 0;
  let nocs = 0;
  for (let index = 0; index < work.length; index += 1) {
    const job = work[index] as WorkPeriod;
    const at = length;
    length += JOB.size;
    const facts = factsOfNoc(job.noc);
    const teer = facts & (NOC_TRADE - 1);
    const bit = 1 << index;
    const startDay = isoDay(job.start);
    const endDay = job.end === null ? NO_DAY : isoDay(job.end);
    const inCanada = job.country === 'CA';
    put(at + JOB.startDay, startDay);
    put(at + JOB.endDay, endDay);
    put(at + JOB.hoursPerWeek, job.hoursPerWeek);
    put(at + JOB.teer, teer);
    put(at + JOB.inCanada, inCanada ? 1 : 0);
    put(at + JOB.listedIn, rules.categoriesListing(job.noc));
    if (teer <= 3) skilled |= bit;
    if (teer <= 1) teer0And1 |= bit;
    if ((facts & NOC_TRADE) !== 0) trade |= bit;
    if (inCanada && !job.selfEmployed) canadianExperience |= bit;
    if (!inCanada) foreign |= bit;
    let noc = 0;
    while (noc < nocs && nocCodes[noc] !== job.noc) noc += 1;
    if (noc === nocs) {
      nocCodes[nocs] = job.noc;
      nocJobs[nocs] = 0;
      nocs += 1;
    }
    nocJobs[noc] = (nocJobs[noc] as number) | bit;
    // valid-until.ts `jobEvents`: start, the day after the end, and the day that day leaves each
    // lookback window; each "around" (and the next day).
    pushAround(startDay);
    if (job.end !== null) {
      const afterEnd = endDay + 1;
      pushAround(afterEnd);
      for (const years of rules.windowYears) leaves[leaveCount++] = addYearsToDay(afterEnd, years);
    }
  }
  put(person + PERSON.nocCount, nocs);
  put(person + PERSON.skilledMask, skilled);
  put(person + PERSON.tradeMask, trade);
  put(person + PERSON.canadianExperienceMask, canadianExperience);
  put(person + PERSON.foreignMask, foreign);
  put(person + PERSON.teer0And1Mask, teer0And1);
  put(person + PERSON.nocs, length);
  // The NOCs by ascending code (a handful: insertion sort of their indices).
  for (let noc = 0; noc < nocs; noc += 1) {
    let place = noc;
    while (place > 0 && (nocCodes[nocOrder[place - 1] as number] as string) > (nocCodes[noc] as string)) {
      nocOrder[place] = nocOrder[place - 1] as number;
      place -= 1;
    }
    nocOrder[place] = noc;
  }
  for (let rank = 0; rank < nocs; rank += 1) {
    const at = length;
    length += NOC.size;
    const noc = nocOrder[rank] as number;
    const code = nocCodes[noc] as string;
    put(at + NOC.mask, nocJobs[noc] as number);
    put(at + NOC.maskByFirstWorked, nocJobs[rank] as number);
    put(
      at + NOC.tradeBasis,
      (certificateTrade === code ? TRADE_BASIS.certificate : 0) | (offerNoc === code ? TRADE_BASIS.offer : 0),
    );
  }
}

function compileCredentials(credentials: readonly Education[], person: number): void {
  put(person + PERSON.credentialCount, credentials.length);
  put(person + PERSON.credentials, length);
  for (const credential of credentials) {
    const at = length;
    length += CREDENTIAL.size;
    const canadian = credential.canadian;
    const completedOn = credential.completed;
    put(at + CREDENTIAL.level, LEVEL_INDEX.get(credential.level) ?? -1);
    put(at + CREDENTIAL.canadian, canadian ? 1 : 0);
    put(at + CREDENTIAL.recognized, canadian || credential.eca === true ? 1 : 0);
    put(at + CREDENTIAL.lengthYears, credential.lengthYears ?? 0);
    if (completedOn === undefined) put(at + CREDENTIAL.completedDay, -NO_DAY);
    else {
      const completed = isoDay(completedOn);
      put(at + CREDENTIAL.completedDay, completed);
      pushEvent(completed);
    }
  }
}

function compilePerson(
  person: Pick<Profile, 'languageTests' | 'work' | 'education'>,
  rules: CompiledRules,
  certificateTrade: string | null,
  offerNoc: string | null,
): number {
  const at = length;
  length += PERSON.size;
  compileTests(person.languageTests, at);
  compileJobs(person.work, at, rules, certificateTrade, offerNoc);
  compileCredentials(person.education, at);
  return at;
}

/** Appends `values[0, count)` sorted ascending (a few dozen days, mostly in order: insertion sort in place). */
function appendSorted(values: Float64Array, count: number): void {
  const from = length;
  for (let index = 0; index < count; index += 1) {
    const value = values[index] as number;
    let place = from + index;
    while (place > from && (out[place - 1] as number) > value) {
      out[place] = out[place - 1] as number;
      place -= 1;
    }
    out[place] = value;
  }
  length += count;
}

/**
 * Compiles the profile for `rules` (the category sets' lists and the rule dates) into the scratch
 * buffer, from its offset 0, and returns how many numbers it took; −1 when it is beyond what the
 * compiled form holds (more than {@link MAX_COMPILED_JOBS} jobs for the candidate or the spouse):
 * assess that one through the rules. The buffer ({@link compiledScratch}) holds it until the next
 * call: assess it there, copy it to keep it.
 * @throws what the rules throw for a result or NOC code a parsed profile cannot hold.
 * @example compileIntoScratch(profile, rules) //=> 131; compiledScratch()[PROFILE.birthYear] //=> 1990
 */
export function compileIntoScratch(profile: Profile, rules: CompiledRules): number {
  const spouse = profile.spouse;
  if (profile.work.length > MAX_COMPILED_JOBS || (spouse?.work.length ?? 0) > MAX_COMPILED_JOBS) return -1;
  reserveScratch(
    profile.languageTests.length + (spouse?.languageTests.length ?? 0),
    profile.work.length + (spouse?.work.length ?? 0),
    profile.education.length + (spouse?.education.length ?? 0),
    rules.windowYears.length,
  );
  length = PROFILE.self;
  eventCount = 0;
  leaveCount = 0;
  const certificate = profile.certificateOfQualification;
  const nomination = profile.provincialNomination;
  const offer = profile.jobOffer;
  const service = profile.militaryService;
  const certificateTrade = certificate ? certificate.trade : null;
  const offerNoc = offer ? offer.noc : null;
  compilePerson(profile, rules, certificateTrade, offerNoc);
  const spouseAt = spouse ? compilePerson(spouse, rules, null, null) : -1;
  const offerTeer = offer ? factsOfNoc(offer.noc) & (NOC_TRADE - 1) : 9;
  const certificateIssuedDay = certificate ? isoDay(certificate.issued) : NO_DAY;
  const nominationIssuedDay = nomination ? isoDay(nomination.issued) : NO_DAY;
  if (certificate) pushEvent(certificateIssuedDay);
  if (nomination) pushEvent(nominationIssuedDay);
  const militaryStartDay = service ? isoDay(service.start) : NO_DAY;
  const militaryEndDay = service && service.end !== null ? isoDay(service.end) : NO_DAY;
  if (service) {
    pushAround(militaryStartDay);
    if (service.end !== null) pushAround(militaryEndDay + 1);
  }
  const partnered = profile.maritalStatus === 'married' || profile.maritalStatus === 'common-law';
  const armedForcesOffer = service?.canadianArmedForcesOffer ?? null;
  let flags = 0;
  if (partnered && spouse?.accompanying === true && !spouse.canadianCitizenOrPR) flags |= FLAG.withSpouse;
  if (spouse?.accompanying && !spouse.canadianCitizenOrPR) flags |= FLAG.adaptabilitySpouse;
  if (offer !== null) {
    flags |= FLAG.offer;
    if (offer.lmia) flags |= FLAG.offerLmia;
    if (offerTeer <= 3) flags |= FLAG.offerSkilled;
    if (offer.noc.startsWith('00')) flags |= FLAG.offerMajorGroup00;
  }
  if (profile.siblingInCanada) flags |= FLAG.siblingInCanada;
  if (service !== null) {
    flags |= FLAG.military;
    if (service.country !== 'CA') flags |= FLAG.militaryAbroad;
  }
  if (armedForcesOffer !== null) flags |= FLAG.armedForcesOffer;
  const birth = profile.birthDate;
  put(
    PROFILE.birthYear,
    digitAt(birth, 0) * 1000 + digitAt(birth, 1) * 100 + digitAt(birth, 2) * 10 + digitAt(birth, 3),
  );
  put(PROFILE.birthMonth, digitAt(birth, 5) * 10 + digitAt(birth, 6));
  put(PROFILE.birthDayOfMonth, digitAt(birth, 8) * 10 + digitAt(birth, 9));
  put(PROFILE.flags, flags);
  put(
    PROFILE.declaredFirst,
    profile.firstOfficialLanguage === 'en' ? 1 : profile.firstOfficialLanguage === 'fr' ? 2 : 0,
  );
  put(PROFILE.certificateIssuedDay, certificateIssuedDay);
  put(PROFILE.nominationIssuedDay, nominationIssuedDay);
  put(PROFILE.offerTeer, offerTeer);
  put(PROFILE.fundsDeclared, profile.settlementFunds ? profile.settlementFunds.amount : -1);
  put(PROFILE.familySize, profile.familySize ?? 1 + (spouse ? 1 : 0));
  put(PROFILE.militaryStartDay, militaryStartDay);
  put(PROFILE.militaryEndDay, militaryEndDay);
  put(PROFILE.armedForcesOfferListedIn, armedForcesOffer ? rules.categoriesListing(armedForcesOffer.noc) : 0);
  put(PROFILE.armedForcesOfferYears, armedForcesOffer ? armedForcesOffer.years : 0);
  put(PROFILE.spouse, spouseAt);
  put(PROFILE.events, length);
  put(PROFILE.eventCount, eventCount);
  appendSorted(events, eventCount);
  put(PROFILE.windowLeaves, length);
  put(PROFILE.windowLeaveCount, leaveCount);
  appendSorted(leaves, leaveCount);
  return length;
}

/** The scratch buffer {@link compileIntoScratch} writes (it may be replaced by a larger one on the next call). */
export function compiledScratch(): CompiledProfile {
  return out;
}

/**
 * The profile compiled on its own (a copy of {@link compileIntoScratch}'s numbers), or null when
 * the compiled form cannot hold it.
 * @throws what the rules throw for a result or NOC code a parsed profile cannot hold.
 * @example compileProfile(profile, rules)?.[PROFILE.birthYear] //=> 1990
 */
export function compileProfile(profile: Profile, rules: CompiledRules): CompiledProfile | null {
  const numbers = compileIntoScratch(profile, rules);
  return numbers < 0 ? null : out.slice(0, numbers);
}

/** True when a credential level is post-secondary (above secondary school). */
export function isPostSecondaryLevel(level: number): boolean {
  return level >= POST_SECONDARY_FROM;
}
