/**
 * The candidate profile, format `express-entry/profile@1` (docs/profile-format.md): facts with
 * dates, never derived values. One zod schema validates it on every surface and exports its
 * JSON Schema (docs/profile.schema.json).
 */
import { z } from 'zod';
import { isIsoDate } from '../_lib/dates.js';
import { scoreProblems } from '../language/convert.js';

export const PROFILE_FORMAT = 'express-entry/profile@1';

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' })
  .meta({ format: 'date', description: 'ISO calendar date, YYYY-MM-DD' });

const isoInstant = z.iso
  .datetime({ offset: true })
  .meta({ description: 'ISO-8601 instant, e.g. 2025-03-01T14:05:09Z' });

/** A NOC 2021 unit group code: five digits. Whether it exists is checked against the data. */
export const nocCode = z
  .string()
  .regex(/^\d{5}$/, { message: 'a NOC 2021 unit group code of five digits, e.g. "21232"' });

const country = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'an ISO 3166-1 alpha-2 country code in capitals, e.g. "CA"' });

const province = z.enum(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);

export const maritalStatuses = [
  'never-married',
  'married',
  'common-law',
  'separated',
  'divorced',
  'widowed',
  'annulled',
] as const;

export const educationLevels = [
  'less-than-secondary',
  'secondary',
  'one-year-post-secondary',
  'two-year-post-secondary',
  'bachelors',
  'two-or-more',
  'masters',
  'doctoral',
] as const;

export const education = z.strictObject({
  level: z.enum(educationLevels),
  canadian: z.boolean().default(false),
  lengthYears: z.number().min(0).max(15).optional(),
  completed: isoDate.optional(),
  eca: z.boolean().optional(),
});

export const englishTests = ['IELTS-GT', 'CELPIP-G', 'PTE-Core'] as const;
export const frenchTests = ['TEF-Canada', 'TCF-Canada'] as const;
export const languageTestNames = [...englishTests, ...frenchTests, 'CLB', 'NCLC'] as const;

const score = z.number().min(0).max(999);

export const languageTest = z
  .strictObject({
    test: z.enum(languageTestNames),
    date: isoDate,
    listening: score,
    reading: score,
    writing: score,
    speaking: score,
  })
  // A score the test cannot print (IELTS 7.25, TCF writing 25) or a test IRCC did not accept
  // on that date (PTE Core before 2024-01-30): one issue at the field, saying what was expected.
  .superRefine((result, context) => {
    for (const problem of scoreProblems(result)) {
      context.addIssue({
        code: 'custom',
        path: [problem.ability],
        message: problem.expected,
        input: result[problem.ability],
      });
    }
  });

export const workPeriod = z
  .strictObject({
    noc: nocCode,
    title: z.string().max(200).optional(),
    country,
    start: isoDate,
    end: isoDate.nullable().default(null),
    hoursPerWeek: z.number().gt(0).max(168),
    selfEmployed: z.boolean().default(false),
  })
  .refine((job) => job.end === null || job.end >= job.start, {
    message: 'an end date on or after the start date',
    path: ['end'],
  });

const spouse = z.strictObject({
  accompanying: z.boolean(),
  /** Optional extension: lets the what-if analysis score the spouse as principal applicant. */
  birthDate: isoDate.optional(),
  canadianCitizenOrPR: z.boolean().default(false),
  education: z.array(education).default([]),
  languageTests: z.array(languageTest).default([]),
  work: z.array(workPeriod).default([]),
});

export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  id: z.string().max(200).optional(),
  birthDate: isoDate,
  maritalStatus: z.enum(maritalStatuses),
  submittedAt: isoInstant.optional(),
  education: z.array(education).default([]),
  languageTests: z.array(languageTest).default([]),
  firstOfficialLanguage: z.enum(['en', 'fr']).optional(),
  work: z.array(workPeriod).default([]),
  certificateOfQualification: z
    .strictObject({ province, trade: nocCode, issued: isoDate })
    .nullable()
    .default(null),
  provincialNomination: z.strictObject({ province, issued: isoDate }).nullable().default(null),
  jobOffer: z.strictObject({ noc: nocCode, lmia: z.boolean() }).nullable().default(null),
  militaryService: z
    .strictObject({
      country,
      start: isoDate,
      end: isoDate.nullable().default(null),
      canadianArmedForcesOffer: z
        .strictObject({ noc: nocCode, years: z.number().min(0).max(50) })
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
  siblingInCanada: z.boolean().default(false),
  settlementFunds: z
    .strictObject({ amount: z.number().min(0), currency: z.literal('CAD') })
    .nullable()
    .default(null),
  familySize: z.number().int().min(1).max(30).optional(),
  spouse: spouse.nullable().default(null),
});

/** A validated profile, defaults filled in. */
export type Profile = z.output<typeof profileSchema>;
/** A profile as written in a file. */
export type ProfileInput = z.input<typeof profileSchema>;
export type WorkPeriod = z.output<typeof workPeriod>;
export type LanguageTestResult = z.output<typeof languageTest>;
export type Education = z.output<typeof education>;
export type EducationLevel = (typeof educationLevels)[number];
export type LanguageTestName = (typeof languageTestNames)[number];
export type Spouse = NonNullable<Profile['spouse']>;
