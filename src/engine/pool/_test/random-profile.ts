/**
 * Random profiles for the validity property: everything that moves with the date is drawn —
 * birthdays, language results starting and expiring, jobs in listed and unlisted occupations in
 * and outside Canada, part time, overlapping, ongoing; credentials completed later; nominations,
 * certificates, military service, a spouse's own results and work.
 */
import fc from 'fast-check';
import { addDays } from '../../../rules/_lib/dates.js';
import { parseProfile } from '../../../rules/profile/parse.js';
import type { Profile, ProfileInput } from '../../../rules/profile/schema.js';

/** Healthcare, physicians, STEM, trades (FST), transport, education, managers, researchers, TEER 4. */
const NOCS = [
  '31301',
  '31100',
  '21231',
  '21232',
  '72310',
  '72200',
  '63200',
  '63201',
  '72600',
  '41220',
  '00012',
  '41200',
  '22303',
  '64100',
] as const;

const DAY_ZERO = '2008-01-01';
const dateBetween = (fromDay: number, toDay: number) =>
  fc.integer({ min: fromDay, max: toDay }).map((days) => addDays(DAY_ZERO, days));

/** True one time in `n`. */
const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((value) => value === 1);

/** A day from 2008 to 2027. */
const anyDate = dateBetween(0, 7300);
/** A day from 2021 to 2027, when tests that still matter were taken. */
const recentDate = dateBetween(4750, 7300);

const level = fc.integer({ min: 3, max: 11 });
const test = fc.record({
  test: fc.constantFrom('CLB', 'NCLC'),
  date: recentDate,
  listening: level,
  reading: level,
  writing: level,
  speaking: level,
});

const job = fc
  .record({
    noc: fc.constantFrom(...NOCS),
    country: fc.constantFrom('CA', 'CA', 'IN', 'FR'),
    start: anyDate,
    lengthDays: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null }),
    hoursPerWeek: fc.constantFrom(15, 20, 30, 40),
    selfEmployed: oneIn(8),
  })
  .map(({ lengthDays, ...rest }) => ({
    ...rest,
    end: lengthDays === null ? null : addDays(rest.start, lengthDays),
  }));

const education = fc.record({
  level: fc.constantFrom(
    'secondary',
    'one-year-post-secondary',
    'two-year-post-secondary',
    'bachelors',
    'masters',
  ),
  canadian: fc.boolean(),
  eca: fc.boolean(),
  completed: fc.option(anyDate, { nil: undefined }),
  lengthYears: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

const spouse = fc.record({
  accompanying: oneIn(4).map((rarely) => !rarely),
  canadianCitizenOrPR: oneIn(6),
  education: fc.array(education, { maxLength: 1 }),
  languageTests: fc.array(test, { maxLength: 1 }),
  work: fc.array(job, { maxLength: 2 }),
});

const profileInput: fc.Arbitrary<ProfileInput> = fc
  .record({
    birthDate: dateBetween(-14000, -5000),
    married: oneIn(3),
    spouse,
    education: fc.array(education, { maxLength: 2 }),
    languageTests: fc.array(test, { maxLength: 3 }),
    firstOfficialLanguage: fc.constantFrom(undefined, 'en', 'fr'),
    work: fc.array(job, { maxLength: 4 }),
    certificate: fc.option(
      fc.record({ trade: fc.constantFrom('72310', '72200', '63200'), issued: anyDate }),
      {
        nil: null,
      },
    ),
    nomination: fc.option(anyDate, { nil: null, freq: 4 }),
    jobOffer: fc.option(fc.record({ noc: fc.constantFrom(...NOCS), lmia: fc.boolean() }), {
      nil: null,
      freq: 4,
    }),
    military: fc.option(
      fc.record({
        start: anyDate,
        end: fc.option(anyDate, { nil: null }),
        offer: fc.option(
          fc.record({ noc: fc.constantFrom('40042', '42102'), years: fc.integer({ min: 1, max: 5 }) }),
          {
            nil: null,
          },
        ),
      }),
      { nil: null, freq: 5 },
    ),
    siblingInCanada: oneIn(5),
    funds: fc.option(fc.integer({ min: 10_000, max: 30_000 }), { nil: null }),
  })
  .map((drawn) => ({
    format: 'express-entry/profile@1' as const,
    birthDate: drawn.birthDate,
    maritalStatus: drawn.married ? ('married' as const) : ('never-married' as const),
    spouse: drawn.married ? drawn.spouse : null,
    education: drawn.education,
    languageTests: drawn.languageTests,
    ...(drawn.firstOfficialLanguage ? { firstOfficialLanguage: drawn.firstOfficialLanguage } : {}),
    work: drawn.work,
    certificateOfQualification: drawn.certificate ? { province: 'ON' as const, ...drawn.certificate } : null,
    provincialNomination: drawn.nomination ? { province: 'BC' as const, issued: drawn.nomination } : null,
    jobOffer: drawn.jobOffer,
    militaryService: drawn.military
      ? {
          country: 'US',
          start: drawn.military.start,
          end: drawn.military.end && drawn.military.end >= drawn.military.start ? drawn.military.end : null,
          canadianArmedForcesOffer: drawn.military.offer,
        }
      : null,
    siblingInCanada: drawn.siblingInCanada,
    settlementFunds: drawn.funds === null ? null : { amount: drawn.funds, currency: 'CAD' as const },
  }));

/** A valid random profile: most meet no program (like most people), many facts still move. */
export const anyProfileArbitrary: fc.Arbitrary<Profile> = profileInput.map((input) => parseProfile(input));

/** A recent result, mostly CLB/NCLC 7 to 10, taken 2024-03-01 to 2026-03-31. */
const goodLevel = fc.oneof(
  { arbitrary: fc.integer({ min: 7, max: 10 }), weight: 9 },
  { arbitrary: fc.constant(6), weight: 1 },
);
const goodTest = fc.record({
  test: fc.constantFrom('CLB', 'NCLC', 'CLB'),
  date: dateBetween(5904, 6664),
  listening: goodLevel,
  reading: goodLevel,
  writing: goodLevel,
  speaking: goodLevel,
});

/** Skilled work in Canada started 2021 to 2024, mostly ongoing. */
const canadianJob = fc
  .record({
    noc: fc.constantFrom('31301', '31100', '21231', '21232', '72310', '41220', '00012', '22303'),
    start: dateBetween(4749, 6209),
    lengthDays: fc.option(fc.integer({ min: 300, max: 1500 }), { nil: null, freq: 3 }),
    hoursPerWeek: fc.constantFrom(30, 40),
  })
  .map(({ lengthDays, ...rest }) => ({
    ...rest,
    country: 'CA',
    selfEmployed: false,
    end: lengthDays === null ? null : addDays(rest.start, lengthDays),
  }));

/** A profile likely to meet CEC (and often more) around 2025–2026, for pools that rounds can draw on. */
export const candidateProfileArbitrary: fc.Arbitrary<Profile> = fc
  .tuple(
    profileInput,
    goodTest,
    canadianJob,
    fc.option(fc.integer({ min: 15_000, max: 40_000 }), { nil: null }),
  )
  .map(([{ firstOfficialLanguage: _declared, ...input }, test, job, funds]) =>
    parseProfile({
      ...input,
      languageTests: [...(input.languageTests ?? []), test],
      work: [...(input.work ?? []), job],
      settlementFunds: funds === null ? input.settlementFunds : { amount: funds, currency: 'CAD' },
    }),
  );

/** Either kind, half and half. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc.oneof(
  anyProfileArbitrary,
  candidateProfileArbitrary,
);

/** An assessment day from 2023-01-01 to 2026-12-31: four category sets, two CRS sets, three funds tables. */
export const assessmentDay = dateBetween(5480, 6940);
