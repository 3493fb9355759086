/**
 * One synthetic candidate, in two steps.
 *
 * 1. A **plan** ({@link drawPlan}): everything the CRS and the programs read, as numbers —
 *    CLB/NCLC levels, credentials, completed years of Canadian and foreign work, spouse,
 *    certificate, nomination — plus the lengths of the candidate's timeline. An archetype (CEC,
 *    FSW or FST, optionally nominated by a province) decides what the candidate must meet; a
 *    strength between 0 and 1 raises language, education and years of work together. A plan
 *    gives its CRS facts directly ({@link planFacts}), so the generator can score many plans
 *    cheaply with the rules' own factors before it builds one.
 * 2. A **profile** ({@link renderProfile}): the plan written out as dated facts, backwards
 *    from the pool's date — a language test taken before the profile was submitted and still
 *    valid, jobs whose lengths give exactly the planned completed years inside the CRS's 10-year
 *    window, credentials finished before the first job (or before the Canadian job, for a
 *    candidate who studied in Canada), the birth date last. The generator scores the profile
 *    with `crsScore` before accepting it.
 *
 * Shares and weights marked "assumed" are not published by IRCC; they are set to give a
 * plausible pool and documented here so that they can be revised.
 */

import type { PoolProfile } from '../../data/pool-file.js';
import {
  addDays,
  addMonths,
  addYears,
  completedYears,
  dayNumber,
  fromDayNumber,
  type IsoDate,
} from '../../rules/_lib/dates.js';
import { crsFacts } from '../../rules/crs/facts.js';
import type { CrsFacts } from '../../rules/crs/types.js';
import { highestLevel, recognizedCredentials } from '../../rules/education.js';
import { isSkilled, teerOf } from '../../rules/experience/index.js';
import type { AbilityLevels } from '../../rules/language/convert.js';
import type { Ability, EquivalencyTable } from '../../rules/language/tables.js';
import { abilities, equivalencyTables, PTE_CORE_ACCEPTED_FROM } from '../../rules/language/tables.js';
import {
  type Education,
  type EducationLevel,
  educationLevels,
  type LanguageTestResult,
  PROFILE_FORMAT,
  type Profile,
  type Spouse,
  type WorkPeriod,
} from '../../rules/profile/schema.js';
import { isSkilledTrade, requiredFunds } from '../../rules/programs/index.js';
import type { FundsTable } from '../../rules/programs/tables.js';
import type { OccupationGroup, OccupationMix } from './occupations.js';
import { type Random, tilt, WeightedTable } from './random.js';

/** The program a candidate is built to meet. */
export type Archetype = 'CEC' | 'FSW' | 'FST';
/** A partner who accompanies (scored "with spouse"), stays behind, or is a citizen or PR. */
export type Partner = 'none' | 'accompanying' | 'not-accompanying' | 'citizen-or-pr';
/** French speakers: bilingual with English first, or French first. */
export type Francophone = 'no' | 'english-first' | 'french-first';

/** What is decided before a plan is drawn. */
export interface CandidateFeatures {
  readonly archetype: Archetype;
  readonly partner: Partner;
  readonly francophone: Francophone;
  /** Holds a provincial nomination (600 points): the 601–1200 range. */
  readonly nominee: boolean;
  /** Where the main occupation comes from. */
  readonly group: OccupationGroup;
}

/** What every candidate of one pool shares. */
export interface CandidateContext {
  /** The pool's date: every fact is dated on or before it. */
  readonly asOf: IsoDate;
  readonly occupations: OccupationMix;
  /** The proof-of-funds table in force on `asOf`. */
  readonly funds: FundsTable;
}

/** A credential of a plan: dated when the profile is written. */
interface PlannedCredential {
  readonly level: EducationLevel;
  readonly canadian: boolean;
  readonly lengthYears: number;
  readonly eca: boolean;
}

/** A stretch of work of a plan, the most recent first. */
interface PlannedJob {
  readonly noc: string;
  readonly country: string;
  /** Calendar months worked: 12 × completed years + 1 to 10, so the years are exact. */
  readonly months: number;
  readonly hoursPerWeek: number;
  /** Days between its end and the start of what follows it (0 = still working on the pool's date). */
  readonly gapAfterDays: number;
  /** Split between two employers (same occupation, no gap). */
  readonly split: boolean;
}

/** Everything the CRS and the programs read, before any date is written. */
export interface CandidatePlan {
  readonly features: CandidateFeatures;
  readonly mainNoc: string;
  /** Skilled Canadian work (an employer in Canada), or null. */
  readonly canadianJob: PlannedJob | null;
  readonly canadianYears: number;
  /** Studied in Canada between foreign work and the Canadian job: the last credential is Canadian. */
  readonly studiedInCanada: boolean;
  /** Days between the last credential and the job after it. */
  readonly studyGapDays: number;
  /** Skilled work abroad, or null. */
  readonly foreignJob: PlannedJob | null;
  readonly foreignYears: number;
  /** Oldest first; the last one is the most recent. */
  readonly credentials: readonly PlannedCredential[];
  /** Days between the earlier credentials and the foreign job (or the last credential). */
  readonly earlierGapDays: number;
  /** CLB/NCLC per ability (0 = below 4) of the English and French results, null without one. */
  readonly english: AbilityLevels | null;
  readonly french: AbilityLevels | null;
  readonly firstLanguage: 'en' | 'fr';
  readonly maritalStatus: Profile['maritalStatus'];
  readonly familySize: number;
  readonly spouse: {
    readonly accompanying: boolean;
    readonly citizenOrPR: boolean;
    readonly credential: PlannedCredential | null;
    readonly english: AbilityLevels | null;
    readonly canadianYears: number;
    readonly canadianMonths: number;
    readonly noc: string;
  } | null;
  readonly sibling: boolean;
  readonly certificate: boolean;
  readonly jobOffer: { readonly noc: string; readonly lmia: boolean } | null;
  /** Settlement funds as a multiple of the amount required, or null when none are declared. */
  readonly fundsMultiple: number | null;
  /** A part-time unskilled job while studying in Canada (earns nothing, but is real history). */
  readonly studentJob: boolean;
  /** The youngest age its timeline allows on the pool's date. */
  readonly minAge: number;
}

/** The oldest candidate generated. */
export const MAX_AGE = 58;
/** The CRS counts work within the 10 years before the score (crs-rules §E1); keep a margin. */
const WINDOW_MONTHS = 116;

/** Secondary to doctoral, in the CRS's order (less than secondary is never generated). */
const LEVELS: readonly EducationLevel[] = educationLevels.slice(1);
/** Highest-credential weights per archetype, secondary to doctoral (assumed). */
const LEVEL_WEIGHTS: Readonly<Record<Archetype, readonly number[]>> = {
  FSW: [0.01, 0.03, 0.07, 0.42, 0.1, 0.33, 0.04],
  CEC: [0.02, 0.06, 0.14, 0.28, 0.22, 0.24, 0.04],
  FST: [0.35, 0.25, 0.25, 0.12, 0.02, 0.01, 0],
};
const SPOUSE_LEVEL_WEIGHTS = [0.06, 0.08, 0.15, 0.4, 0.06, 0.22, 0.03];
/** Chance that a candidate with Canadian work studied in Canada first (assumed). */
const CANADIAN_STUDY: Readonly<Record<Archetype, number>> = { CEC: 0.55, FSW: 0.03, FST: 0.1 };

/** Completed years of work, from the first value up (assumed weights, tilted by strength). */
const CEC_CANADIAN_YEARS = [0.4, 0.26, 0.14, 0.08, 0.06, 0.06]; // 1–6
const CEC_FOREIGN_YEARS = [0.42, 0.2, 0.15, 0.1, 0.07, 0.06]; // 0–5
const FSW_FOREIGN_YEARS = [0.14, 0.18, 0.17, 0.14, 0.11, 0.09, 0.07, 0.05, 0.05]; // 1–9
const FST_TRADE_YEARS = [0.3, 0.25, 0.2, 0.15, 0.1]; // 2–6

/** Per-ability offsets: reading and listening usually score above writing. */
const ABILITY_OFFSET: Readonly<Record<Ability, number>> = {
  listening: 0.25,
  reading: 0.2,
  writing: -0.45,
  speaking: 0,
};
/** First-language floors: FSW CLB 7; CEC 7 for TEER 0/1 work, 5 for TEER 2/3; FST L5 R4 W4 S5. */
const ALL_SEVEN: AbilityLevels = { listening: 7, reading: 7, writing: 7, speaking: 7 };
const ALL_FIVE: AbilityLevels = { listening: 5, reading: 5, writing: 5, speaking: 5 };
const FST_FLOOR: AbilityLevels = { listening: 5, reading: 4, writing: 4, speaking: 5 };

const COUNTRIES = new WeightedTable<string>([
  ['IN', 34],
  ['NG', 8],
  ['PH', 6],
  ['CN', 5],
  ['PK', 4],
  ['IR', 3],
  ['BR', 3],
  ['MX', 2],
  ['GB', 2],
  ['US', 3],
  ['BD', 2],
  ['VN', 2],
  ['KR', 1],
  ['CO', 2],
  ['AE', 2],
  ['KE', 1],
  ['LK', 1],
  ['NP', 2],
]);
const FRENCH_SPEAKING_COUNTRIES = new WeightedTable<string>([
  ['FR', 4],
  ['MA', 3],
  ['CM', 3],
  ['DZ', 2],
  ['TN', 2],
  ['CI', 2],
  ['SN', 1],
  ['BE', 1],
  ['HT', 1],
]);
/** Provinces that nominate through Express Entry (Quebec has no nominee program); assumed shares. */
const NOMINATING_PROVINCES = new WeightedTable<NonNullable<Profile['provincialNomination']>['province']>([
  ['ON', 30],
  ['BC', 20],
  ['AB', 13],
  ['SK', 9],
  ['MB', 9],
  ['NS', 7],
  ['NB', 5],
  ['NL', 3],
  ['PE', 2],
  ['NT', 1],
  ['YT', 1],
]);
const CERTIFYING_PROVINCES = new WeightedTable<
  NonNullable<Profile['certificateOfQualification']>['province']
>([
  ['ON', 40],
  ['BC', 18],
  ['AB', 18],
  ['QC', 8],
  ['SK', 6],
  ['MB', 5],
  ['NS', 5],
]);
const MILITARIES = ['GB', 'US', 'AU', 'NZ', 'FR', 'DE', 'NL', 'IE'];
/** Food counter attendants, retail salespersons, servers, cashiers: TEER 5 and 4. */
const STUDENT_JOBS = ['65201', '64100', '65200', '65100'];
const ENGLISH_TESTS = new WeightedTable<EquivalencyTable['test']>([
  ['IELTS-GT', 55],
  ['CELPIP-G', 33],
  ['PTE-Core', 12],
]);
const FRENCH_TESTS = new WeightedTable<EquivalencyTable['test']>([
  ['TEF-Canada', 65],
  ['TCF-Canada', 35],
]);

/**
 * Draws a plan for `features` at `strength` (0–1).
 * @example drawPlan(createRandom(1), context, { archetype: 'FSW', … }, 0.5).foreignYears //=> 3
 */
export function drawPlan(
  random: Random,
  context: CandidateContext,
  features: CandidateFeatures,
  strength: number,
): CandidatePlan {
  const { archetype, group } = features;
  const trade = archetype === 'FST';
  const mainNoc = trade ? random.pick(context.occupations.trades) : random.pick(group.nocs);
  const hours = () => (random.chance(0.7) ? 40 : random.pick([30, 35, 37.5, 42, 45, 50]));

  // --- years of work
  let canadianYears = 0;
  let foreignYears = 0;
  if (group.military) {
    foreignYears = 8;
  } else if (archetype === 'CEC' || group.canadianOnly) {
    canadianYears = 1 + drawIndex(random, tilt(CEC_CANADIAN_YEARS, strength, 1.2));
    foreignYears = drawIndex(random, tilt(CEC_FOREIGN_YEARS, strength, 1));
  } else if (archetype === 'FSW') {
    foreignYears = 1 + drawIndex(random, tilt(FSW_FOREIGN_YEARS, strength, 1));
  } else {
    const years = 2 + drawIndex(random, tilt(FST_TRADE_YEARS, strength, 0.8));
    if (random.chance(0.4)) canadianYears = years;
    else foreignYears = years;
  }

  // --- education
  const level = educationLevel(random, features, strength);
  const studiedInCanada =
    canadianYears > 0 && level !== 'secondary' && random.chance(CANADIAN_STUDY[archetype]);
  const credentials = credentialsFor(random, level, studiedInCanada, archetype === 'CEC' ? 0.9 : 1);
  const lastLength = (credentials[credentials.length - 1] as PlannedCredential).lengthYears;

  // --- the timeline, most recent first: Canadian job, study in Canada, foreign job
  const canadianJob: PlannedJob | null =
    canadianYears > 0
      ? {
          noc: mainNoc,
          country: 'CA',
          months: 12 * canadianYears + random.int(1, 10),
          hoursPerWeek: hours(),
          gapAfterDays: random.chance(0.82) ? 0 : random.int(30, 200),
          split: random.chance(0.2),
        }
      : null;
  const studyGapDays = studiedInCanada ? random.int(0, 120) : random.int(20, 300);
  const monthsBack =
    (canadianJob ? canadianJob.months + canadianJob.gapAfterDays / 30 : 0) +
    (studiedInCanada ? 12 * lastLength + studyGapDays / 30 : 0);
  // Foreign work must fit in the 10-year window to count in full.
  let foreignJob: PlannedJob | null = null;
  if (foreignYears > 0) {
    const abroadNow = canadianYears === 0 && !studiedInCanada && random.chance(0.7);
    const gapAfterDays = abroadNow ? 0 : canadianJob ? random.int(20, 150) : random.int(30, 300);
    let months = 12 * foreignYears + random.int(1, 10);
    while (foreignYears > 0 && monthsBack + gapAfterDays / 30 + months > WINDOW_MONTHS) {
      foreignYears -= 1;
      months -= 12;
    }
    if (foreignYears > 0) {
      // Moving to Canada often meant a change of occupation; a trade or a military career did not.
      const noc =
        canadianYears > 0 && !trade && !group.military && random.chance(0.35)
          ? random.pick(context.occupations.unlisted)
          : mainNoc;
      const country = group.military
        ? random.pick(MILITARIES)
        : features.francophone === 'french-first'
          ? FRENCH_SPEAKING_COUNTRIES.draw(random)
          : COUNTRIES.draw(random);
      foreignJob = { noc, country, months, hoursPerWeek: hours(), gapAfterDays, split: random.chance(0.2) };
    }
  }
  const earlierGapDays = random.int(20, 300);

  // --- languages
  const floors = trade ? FST_FLOOR : archetype === 'FSW' || teerOf(mainNoc) <= 1 ? ALL_SEVEN : ALL_FIVE;
  let english: AbilityLevels | null = null;
  let french: AbilityLevels | null = null;
  if (features.francophone === 'french-first') {
    french = levelsAround(random, 6.8 + 3.6 * strength, floors);
    if (random.chance(0.65)) english = levelsAround(random, 5.5 + random.normal(0, 1.2), null, 3, 9);
  } else {
    english = levelsAround(random, 6.2 + 4.4 * strength, floors);
    if (features.francophone === 'english-first')
      french = levelsAround(random, 8.2 + random.normal(0, 1), null, 3);
    // French learners: a weak second language for a few second-language points (assumed 3%).
    else if (random.chance(0.03)) french = levelsAround(random, 5 + random.normal(0, 1), null, 3, 8);
  }

  // --- family
  const partnered = features.partner !== 'none';
  const maritalStatus: Profile['maritalStatus'] = partnered
    ? random.chance(0.85)
      ? 'married'
      : 'common-law'
    : ((['never-married', 'divorced', 'separated', 'widowed'] as const)[
        drawIndex(random, [0.9, 0.08, 0.01, 0.01])
      ] ?? 'never-married');
  const children = drawIndex(random, partnered ? [0.6, 0.25, 0.12, 0.03] : [0.95, 0.04, 0.01, 0]);
  let spouse: CandidatePlan['spouse'] = null;
  if (partnered) {
    const citizenOrPR = features.partner === 'citizen-or-pr';
    const spouseLevel = LEVELS[drawIndex(random, SPOUSE_LEVEL_WEIGHTS)] as EducationLevel;
    const spouseCanadian = canadianYears > 0 && random.chance(0.2);
    const spouseYears = canadianYears > 0 && random.chance(0.35) ? random.int(1, 3) : 0;
    spouse = {
      accompanying: features.partner !== 'not-accompanying',
      citizenOrPR,
      credential: citizenOrPR
        ? null
        : {
            level: spouseLevel,
            canadian: spouseCanadian,
            lengthYears: lengthOf(spouseLevel),
            // Many spouses never have a foreign credential assessed; without an ECA it earns nothing.
            eca: !spouseCanadian && random.chance(0.6),
          },
      english:
        !citizenOrPR && random.chance(0.6) ? levelsAround(random, 6.8 + random.normal(0, 1.3), null) : null,
      canadianYears: citizenOrPR ? 0 : spouseYears,
      canadianMonths: spouseYears > 0 ? 12 * spouseYears + random.int(1, 10) : 0,
      noc: random.pick(context.occupations.unlisted),
    };
  }

  // --- the rest
  const certificate = isSkilledTrade(mainNoc) && (trade ? random.chance(0.7) : random.chance(0.12));
  const jobOffer =
    (trade && !certificate) || random.chance(features.nominee ? 0.3 : 0.025)
      ? { noc: mainNoc, lmia: random.chance(0.75) }
      : null;
  const studyMonths = credentials.reduce(
    (sum, credential) => sum + 12 * Math.min(credential.lengthYears, 5),
    0,
  );
  const workMonths =
    (canadianJob ? canadianJob.months + canadianJob.gapAfterDays / 30 : 0) +
    (foreignJob ? foreignJob.months + foreignJob.gapAfterDays / 30 : 0);
  // Gaps, including up to 7 months between two credentials.
  const gapsMonths = (studyGapDays + earlierGapDays) / 30 + 7 * (credentials.length - 1);
  // Post-secondary study starts at 18 at the earliest; military service needs 10 years at 18+.
  const minAge = Math.min(
    MAX_AGE,
    Math.ceil(
      Math.max(
        18 + (workMonths + gapsMonths + (level === 'secondary' ? 0 : studyMonths)) / 12,
        group.military ? 18 + 16 : 0, // up to 16 years of service
      ),
    ),
  );
  return {
    features,
    mainNoc,
    canadianJob,
    canadianYears,
    studiedInCanada,
    studyGapDays,
    foreignJob,
    foreignYears,
    credentials,
    earlierGapDays,
    english,
    french,
    firstLanguage: features.francophone === 'french-first' ? 'fr' : 'en',
    maritalStatus,
    familySize: 1 + (partnered ? 1 : 0) + children,
    spouse,
    sibling: random.chance(0.05),
    certificate,
    jobOffer,
    fundsMultiple: archetype !== 'CEC' || random.chance(0.45) ? random.between(1.05, 2.6) : null,
    studentJob: studiedInCanada && random.chance(0.3),
    minAge,
  };
}

/**
 * The CRS facts a plan's profile has on the pool's date at `age`, derived the way `crsFacts`
 * derives them from the written profile (education through the rules' own functions).
 * @example planFacts(plan, '2026-08-07', 30).canadianWorkYears === plan.canadianYears //=> true
 */
export function planFacts(plan: CandidatePlan, on: IsoDate, age: number): CrsFacts {
  const study = educationFacts(plan.credentials, on);
  const first = plan.firstLanguage === 'fr' ? plan.french : plan.english;
  const second = plan.firstLanguage === 'fr' ? plan.english : plan.french;
  const spouse = plan.spouse;
  const withSpouse =
    (plan.maritalStatus === 'married' || plan.maritalStatus === 'common-law') &&
    spouse !== null &&
    spouse.accompanying &&
    !spouse.citizenOrPR;
  return {
    on,
    withSpouse,
    age,
    education: study.education,
    canadianStudy: study.canadianStudy,
    firstLanguage: first ? (plan.firstLanguage === 'fr' ? 'french' : 'english') : null,
    first,
    second,
    english: plan.english,
    french: plan.french,
    canadianWorkYears: plan.canadianYears,
    foreignWorkYears: plan.foreignYears,
    certificateOfQualification: plan.certificate,
    provincialNomination: plan.features.nominee,
    siblingInCanada: plan.sibling,
    jobOffer: plan.jobOffer ? { ...plan.jobOffer, teer: teerOf(plan.jobOffer.noc) } : null,
    spouse:
      withSpouse && spouse
        ? {
            education: highestLevel(
              recognizedCredentials(spouse.credential ? [toUndatedEducation(spouse.credential)] : [], on),
            ),
            english: spouse.english,
            french: null,
            canadianWorkYears: spouse.canadianYears,
          }
        : null,
  };
}

/**
 * The plan written out as a dated profile on the pool's date, `age` in completed years.
 * @example completedYears(renderProfile(random, context, plan, 'c-000001', 31).birthDate, context.asOf) //=> 31
 */
export function renderProfile(
  random: Random,
  context: CandidateContext,
  plan: CandidatePlan,
  id: string,
  age: number,
): PoolProfile {
  const { asOf } = context;
  const asOfDay = dayNumber(asOf);
  const submittedDay = asOfDay - random.int(1, 365);
  const submittedAt = `${fromDayNumber(submittedDay)}T${two(random.int(0, 23))}:${two(random.int(0, 59))}:${two(random.int(0, 59))}Z`;

  // --- work and study, backwards from the pool's date
  const work: WorkPeriod[] = [];
  let cursor = asOf; // the first day after the period being placed
  if (plan.canadianJob) cursor = placeJob(work, random, plan.canadianJob, cursor, asOf);
  const credentials: Education[] = [];
  const last = plan.credentials[plan.credentials.length - 1] as PlannedCredential;
  let earlierEnd: IsoDate;
  if (plan.studiedInCanada) {
    const completed = addDays(cursor, -plan.studyGapDays);
    credentials.unshift(datedCredential(last, completed));
    cursor = addYears(completed, -last.lengthYears);
    if (plan.studentJob) {
      work.push({
        noc: random.pick(STUDENT_JOBS),
        country: 'CA',
        start: addMonths(completed, -random.int(6, 14)),
        end: addDays(completed, -random.int(0, 30)),
        hoursPerWeek: 20,
        selfEmployed: false,
      });
    }
  }
  if (plan.foreignJob) cursor = placeJob(work, random, plan.foreignJob, cursor, asOf);
  if (plan.studiedInCanada) {
    earlierEnd = addDays(cursor, -plan.earlierGapDays);
  } else {
    const completed = addDays(cursor, -plan.studyGapDays);
    credentials.unshift(datedCredential(last, completed));
    earlierEnd = addDays(addYears(completed, -last.lengthYears), -plan.earlierGapDays);
  }
  for (let index = plan.credentials.length - 2; index >= 0; index--) {
    const credential = plan.credentials[index] as PlannedCredential;
    credentials.unshift(datedCredential(credential, earlierEnd));
    earlierEnd = addDays(addYears(earlierEnd, -credential.lengthYears), -random.int(30, 200));
  }
  work.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  // --- language tests: valid on the pool's date and taken before the profile was submitted
  const testDays = { from: dayNumber(addYears(asOf, -2)) + 5, to: submittedDay - 3 };
  const languageTests: LanguageTestResult[] = [];
  const english = plan.english ? testResults(random, ENGLISH_TESTS, plan.english, testDays) : [];
  const french = plan.french ? testResults(random, FRENCH_TESTS, plan.french, testDays) : [];
  languageTests.push(...(plan.firstLanguage === 'fr' ? [...french, ...english] : [...english, ...french]));

  // --- family, certificate, nomination, funds
  const spouse = plan.spouse ? renderSpouse(random, context, plan.spouse, age, testDays) : null;
  const tradeJob = work.find((job) => job.noc === plan.mainNoc);
  const certificateOfQualification =
    plan.certificate && tradeJob
      ? {
          province: CERTIFYING_PROVINCES.draw(random),
          trade: plan.mainNoc,
          issued: fromDayNumber(
            Math.max(dayNumber(tradeJob.start) + 180, submittedDay - random.int(10, 500)),
          ),
        }
      : null;
  const military = plan.features.group.military;
  const profile: PoolProfile = {
    format: PROFILE_FORMAT,
    id,
    birthDate: birthDateFor(asOf, age, random),
    maritalStatus: plan.maritalStatus,
    submittedAt,
    education: credentials,
    languageTests,
    firstOfficialLanguage: plan.firstLanguage,
    work,
    certificateOfQualification,
    provincialNomination: plan.features.nominee
      ? { province: NOMINATING_PROVINCES.draw(random), issued: fromDayNumber(asOfDay - random.int(1, 80)) }
      : null,
    jobOffer: plan.jobOffer,
    militaryService:
      military && plan.foreignJob
        ? {
            country: plan.foreignJob.country,
            start: addYears(asOf, -random.int(10, 16)),
            end: null,
            canadianArmedForcesOffer: { noc: plan.mainNoc, years: random.int(3, 6) },
          }
        : null,
    siblingInCanada: plan.sibling,
    settlementFunds:
      plan.fundsMultiple === null
        ? null
        : {
            amount:
              Math.ceil((requiredFunds(plan.familySize, context.funds) * plan.fundsMultiple) / 500) * 500,
            currency: 'CAD',
          },
    familySize: plan.familySize,
    spouse,
  };
  return profile;
}

/**
 * A birth date on which someone is `age` in completed years on `on`.
 * @example completedYears(birthDateFor('2026-08-07', 30, createRandom(1)), '2026-08-07') //=> 30
 */
export function birthDateFor(on: IsoDate, age: number, random: Random): IsoDate {
  const latest = dayNumber(addYears(on, -age));
  const earliest = dayNumber(addYears(on, -(age + 1))) + 1;
  const birthDate = fromDayNumber(random.int(earliest, latest));
  // addYears moves 29 February to the 28th; completedYears reads 1 March as that birthday.
  return completedYears(birthDate, on) === age ? birthDate : fromDayNumber(latest);
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function drawIndex(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += weight;
  let target = random.next() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index] as number;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/**
 * Places a job that ends `gapAfterDays` before `before` and lasts its planned months; with no
 * gap before the pool's date it is still going on. Returns its first day.
 */
function placeJob(
  work: WorkPeriod[],
  random: Random,
  job: PlannedJob,
  before: IsoDate,
  asOf: IsoDate,
): IsoDate {
  const endExclusive = addDays(before, -job.gapAfterDays);
  const start = addMonths(endExclusive, -job.months);
  const end = endExclusive === asOf ? null : addDays(endExclusive, -1);
  const startDay = dayNumber(start);
  const endDay = dayNumber(endExclusive);
  if (job.split && endDay - startDay > 800) {
    const split = startDay + random.int(365, endDay - startDay - 200);
    work.push(period(job, start, fromDayNumber(split - 1)), period(job, fromDayNumber(split), end));
  } else {
    work.push(period(job, start, end));
  }
  return start;
}

/**
 * One work period of a planned job. Written as one literal, not spread from a base object: V8
 * gives each object made by spreading here a hidden class of its own, and a pool of millions of
 * such jobs makes every property read that meets them slow.
 */
function period(job: PlannedJob, start: IsoDate, end: IsoDate | null): WorkPeriod {
  return {
    noc: job.noc,
    country: job.country,
    hoursPerWeek: job.hoursPerWeek,
    selfEmployed: false,
    start,
    end,
  };
}

function educationLevel(random: Random, features: CandidateFeatures, strength: number): EducationLevel {
  const category = features.group.category;
  if (category === 'physicians-canadian-experience') return random.chance(0.8) ? 'masters' : 'doctoral';
  if (category === 'researchers-canadian-experience') return random.chance(0.7) ? 'doctoral' : 'masters';
  const weights = tilt(LEVEL_WEIGHTS[features.archetype], strength, 1.6);
  // Skilled military recruits need a post-secondary credential of two years or more.
  if (features.group.military) weights[0] = weights[1] = 0;
  return LEVELS[drawIndex(random, weights)] as EducationLevel;
}

/**
 * The credentials behind a highest level, oldest first: a master's after a bachelor's; "two or
 * more" as a bachelor's plus a one- or two-year diploma. The last one is Canadian for a
 * candidate who studied in Canada; a foreign one has an ECA with chance `ecaChance`.
 */
function credentialsFor(
  random: Random,
  level: EducationLevel,
  canadian: boolean,
  ecaChance: number,
): PlannedCredential[] {
  const foreign = (credentialLevel: EducationLevel, lengthYears: number): PlannedCredential => ({
    level: credentialLevel,
    canadian: false,
    lengthYears,
    eca: random.chance(ecaChance),
  });
  const last = (credentialLevel: EducationLevel, lengthYears: number): PlannedCredential =>
    canadian
      ? { level: credentialLevel, canadian: true, lengthYears, eca: false }
      : foreign(credentialLevel, lengthYears);
  switch (level) {
    case 'secondary':
      return [foreign('secondary', 12)];
    case 'one-year-post-secondary':
      return [last(level, 1)];
    case 'two-year-post-secondary':
      return [last(level, 2)];
    case 'bachelors':
      return [last('bachelors', canadian || random.chance(0.7) ? 4 : 3)];
    case 'two-or-more': {
      const diploma = random.chance(0.5) ? 1 : 2;
      return [
        foreign('bachelors', random.chance(0.6) ? 4 : 3),
        last(diploma === 1 ? 'one-year-post-secondary' : 'two-year-post-secondary', diploma),
      ];
    }
    case 'masters':
      return [foreign('bachelors', 4), last('masters', canadian || random.chance(0.6) ? 2 : 1)];
    default:
      return [foreign('bachelors', 4), foreign('masters', 2), last('doctoral', random.int(4, 5))];
  }
}

/** Education facts of a list of credentials: few distinct lists, so each is derived once. */
const educationFactsCache = new Map<string, Pick<CrsFacts, 'education' | 'canadianStudy'>>();
function educationFacts(
  credentials: readonly PlannedCredential[],
  on: IsoDate,
): Pick<CrsFacts, 'education' | 'canadianStudy'> {
  let key = on;
  for (const credential of credentials) {
    key += `|${credential.level},${credential.canadian ? 1 : 0},${credential.lengthYears},${credential.eca ? 1 : 0}`;
  }
  let facts = educationFactsCache.get(key);
  if (facts === undefined) {
    const derived = crsFacts(educationOnly(credentials.map(toUndatedEducation)), {
      on,
      firstLanguage: 'english',
    });
    facts = { education: derived.education, canadianStudy: derived.canadianStudy };
    if (educationFactsCache.size > 10_000) educationFactsCache.clear();
    educationFactsCache.set(key, facts);
  }
  return facts;
}

function toUndatedEducation(credential: PlannedCredential): Education {
  return credential.eca
    ? {
        level: credential.level,
        canadian: credential.canadian,
        lengthYears: credential.lengthYears,
        eca: true,
      }
    : { level: credential.level, canadian: credential.canadian, lengthYears: credential.lengthYears };
}

/** Written out in full rather than spread, for the reason {@link period} gives. */
function datedCredential(credential: PlannedCredential, completed: IsoDate): Education {
  const { level, canadian, lengthYears } = credential;
  return credential.eca
    ? { level, canadian, lengthYears, eca: true, completed }
    : { level, canadian, lengthYears, completed };
}

/** A profile holding only credentials, to read their CRS facts through `crsFacts` itself. */
function educationOnly(education: Education[]): Profile {
  return {
    format: PROFILE_FORMAT,
    birthDate: '2000-01-01',
    maritalStatus: 'never-married',
    education,
    languageTests: [],
    work: [],
    certificateOfQualification: null,
    provincialNomination: null,
    jobOffer: null,
    militaryService: null,
    siblingInCanada: false,
    settlementFunds: null,
    spouse: null,
  };
}

/**
 * CLB/NCLC levels around `mean`, each ability with its own offset and noise, between a
 * program's floor (or `lowest`) and `highest`; a level under 4 is 0, as the charts give it.
 */
function levelsAround(
  random: Random,
  mean: number,
  floors: AbilityLevels | null,
  lowest = 4,
  highest = 10,
): AbilityLevels {
  const level = (ability: Ability) => {
    const value = Math.round(mean + ABILITY_OFFSET[ability] + random.normal(0, 0.6));
    const held = Math.min(highest, Math.max(floors ? floors[ability] : lowest, value));
    return held < 4 ? 0 : held;
  };
  return {
    listening: level('listening'),
    reading: level('reading'),
    writing: level('writing'),
    speaking: level('speaking'),
  };
}

/**
 * A dated result with these levels (raw scores inside each level's band of the chart in force
 * on the test date), after an earlier, weaker attempt one time in ten.
 */
function testResults(
  random: Random,
  tests: WeightedTable<EquivalencyTable['test']>,
  levels: AbilityLevels,
  days: { from: number; to: number },
): LanguageTestResult[] {
  const day = random.int(days.from, Math.max(days.from, days.to));
  const date = fromDayNumber(day);
  let test = tests.draw(random);
  if (test === 'PTE-Core' && date < PTE_CORE_ACCEPTED_FROM) test = 'IELTS-GT';
  const result = resultFor(random, test, date, levels);
  if (!random.chance(0.1)) return [result];
  const earlier = fromDayNumber(day - random.int(60, 300));
  if (test === 'PTE-Core' && earlier < PTE_CORE_ACCEPTED_FROM) return [result];
  // Weaker in one ability: its sum of levels is lower, so the later result is the one used.
  const weaker = { ...levels };
  const ability = abilities.find((name) => weaker[name] > 4);
  if (ability === undefined) return [result];
  weaker[ability] -= 1;
  return [resultFor(random, test, earlier, weaker), result];
}

function resultFor(
  random: Random,
  test: EquivalencyTable['test'],
  date: IsoDate,
  levels: AbilityLevels,
): LanguageTestResult {
  const chart = equivalencyTables.find(
    (table) =>
      table.test === test &&
      (table.from === null || date >= table.from) &&
      (table.until === null || date < table.until),
  );
  if (!chart) throw new Error(`no equivalency chart for ${test} on ${date}`);
  return {
    test,
    date,
    listening: rawScore(random, chart, 'listening', levels.listening),
    reading: rawScore(random, chart, 'reading', levels.reading),
    writing: rawScore(random, chart, 'writing', levels.writing),
    speaking: rawScore(random, chart, 'speaking', levels.speaking),
  };
}

/** A raw score the chart converts to `level` (10 = "10 or more"; 0 = under the CLB 4 row). */
function rawScore(random: Random, chart: EquivalencyTable, ability: Ability, level: number): number {
  const { min, max, step } = chart.scales[ability];
  const threshold = (wanted: number) => {
    const row = chart.rows.find((candidate) => candidate.level === wanted);
    if (!row) throw new Error(`${chart.id} has no level ${wanted}`);
    return row[ability];
  };
  const low =
    level >= 10 ? threshold(10) : level < 4 ? Math.max(min, threshold(4) - 8 * step) : threshold(level);
  const high = level >= 10 ? max : level < 4 ? threshold(4) - step : threshold(level + 1) - step;
  // Scores bunch towards the bottom of a band.
  const steps = Math.max(0, Math.round((high - low) / step));
  return low + Math.floor(steps * random.next() * random.next()) * step;
}

function renderSpouse(
  random: Random,
  context: CandidateContext,
  planned: NonNullable<CandidatePlan['spouse']>,
  candidateAge: number,
  testDays: { from: number; to: number },
): Spouse {
  const spouseAge = Math.max(20, Math.min(65, Math.round(candidateAge + random.normal(-1.5, 3))));
  const birthDate = birthDateFor(context.asOf, spouseAge, random);
  if (planned.citizenOrPR) {
    return {
      accompanying: planned.accompanying,
      birthDate,
      canadianCitizenOrPR: true,
      education: [],
      languageTests: [],
      work: [],
    };
  }
  const education = planned.credential
    ? [
        datedCredential(
          planned.credential,
          addDays(context.asOf, -random.int(700, Math.max(800, 365 * (spouseAge - 22)))),
        ),
      ]
    : [];
  const work: WorkPeriod[] =
    planned.canadianMonths > 0 && isSkilled(planned.noc)
      ? [
          {
            noc: planned.noc,
            country: 'CA',
            start: addMonths(context.asOf, -planned.canadianMonths),
            end: null,
            hoursPerWeek: 40,
            selfEmployed: false,
          },
        ]
      : [];
  return {
    accompanying: planned.accompanying,
    birthDate,
    canadianCitizenOrPR: false,
    education,
    languageTests: planned.english ? testResults(random, ENGLISH_TESTS, planned.english, testDays) : [],
    work,
  };
}

function lengthOf(level: EducationLevel): number {
  switch (level) {
    case 'secondary':
      return 12;
    case 'one-year-post-secondary':
      return 1;
    case 'two-year-post-secondary':
    case 'masters':
      return 2;
    case 'doctoral':
      return 5;
    default:
      return 4;
  }
}
