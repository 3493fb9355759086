/** Invariants of the program assessment over generated profiles and dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MessageKey, t } from '../../i18n/index.js';
import { addDays, dayNumber, fromDayNumber } from '../_lib/dates.js';
import { candidate, type Job } from '../_test/profiles.js';
import { educationLevels, type ProfileInput } from '../profile/schema.js';
import { fswGrid } from './fsw-grid.js';
import { PROGRAM_REASON_CODES, programEligibility } from './index.js';
import { FSW_FACTOR_MAXIMA } from './tables.js';

const NOCS = ['21232', '21231', '22310', '33102', '64100', '72310', '72320', '63200', '62200', '93200'];

const date = (from: string, to: string) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((day) => fromDayNumber(day));

const level = fc.integer({ min: 0, max: 10 });

const languageTest = fc.record({
  test: fc.constantFrom('CLB' as const, 'NCLC' as const),
  date: date('2022-01-01', '2026-12-31'),
  listening: level,
  reading: level,
  writing: level,
  speaking: level,
});

type GeneratedJob = Required<Job>;

const job: fc.Arbitrary<GeneratedJob> = fc
  .record({
    noc: fc.constantFrom(...NOCS),
    start: date('2012-01-01', '2026-12-31'),
    days: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
    hoursPerWeek: fc.integer({ min: 5, max: 60 }),
    country: fc.constantFrom('CA', 'IN'),
    selfEmployed: fc.boolean(),
  })
  .map(({ days, ...rest }) => ({ ...rest, end: days === null ? null : addDays(rest.start, days) }));

const education = fc.record({
  level: fc.constantFrom(...educationLevels),
  canadian: fc.boolean(),
  eca: fc.boolean(),
  lengthYears: fc.integer({ min: 0, max: 6 }),
});

const profileInput: fc.Arbitrary<Partial<ProfileInput> & { jobs: Job[] }> = fc.record({
  birthDate: date('1960-01-01', '2008-12-31'),
  languageTests: fc.array(languageTest, { maxLength: 3 }),
  firstOfficialLanguage: fc.constantFrom(undefined, 'en' as const, 'fr' as const),
  jobs: fc.array(job, { maxLength: 4 }),
  education: fc.array(education, { maxLength: 3 }),
  jobOffer: fc.option(fc.record({ noc: fc.constantFrom(...NOCS), lmia: fc.boolean() }), { nil: null }),
  certificateOfQualification: fc.option(
    fc.record({
      province: fc.constant('ON' as const),
      trade: fc.constantFrom(...NOCS),
      issued: date('2015-01-01', '2026-12-31'),
    }),
    { nil: null },
  ),
  siblingInCanada: fc.boolean(),
  settlementFunds: fc.option(
    fc.record({ amount: fc.integer({ min: 0, max: 60_000 }), currency: fc.constant('CAD' as const) }),
    { nil: null },
  ),
  familySize: fc.constantFrom(undefined, 1, 3, 9),
  spouse: fc.option(
    fc.record({
      accompanying: fc.boolean(),
      languageTests: fc.array(languageTest, { maxLength: 1 }),
      work: fc.array(job, { maxLength: 1 }),
    }),
    { nil: null },
  ),
});

const on = date('2023-04-25', '2026-12-31');

describe('every assessment', () => {
  it('emits only listed codes with a message, is eligible exactly when every reason is met, and keeps the grid within its maxima', () => {
    const codes = new Set<string>(PROGRAM_REASON_CODES);
    fc.assert(
      fc.property(profileInput, on, (input, day) => {
        const { firstOfficialLanguage, ...rest } = input;
        const profile = candidate(firstOfficialLanguage ? { ...rest, firstOfficialLanguage } : rest);
        const result = programEligibility(profile, { on: day });
        for (const program of [result.fsw, result.cec, result.fst]) {
          for (const reason of program.reasons) {
            expect(codes.has(reason.code)).toBe(true);
            // Every message renders from the reason's own fields, with none missing.
            for (const lang of ['en', 'fr'] as const)
              expect(t(lang, reason.code as MessageKey, reason)).not.toMatch(/undefined|NaN/);
          }
          expect(program.eligible).toBe(program.reasons.every((reason) => reason.met));
        }
        const points = result.fsw.points;
        expect(points).toBeDefined();
        if (!points) return;
        expect(points.total).toBe(points.factors.reduce((sum, f) => sum + f.points, 0));
        expect(points.total).toBeLessThanOrEqual(100);
        for (const factor of points.factors) {
          expect(factor.points).toBeGreaterThanOrEqual(0);
          expect(factor.points).toBeLessThanOrEqual(factor.max);
        }
        if (firstOfficialLanguage) {
          const declared = firstOfficialLanguage === 'fr' ? 'french' : 'english';
          for (const program of [result.fsw, result.cec, result.fst]) {
            const language = program.reasons.find((reason) => reason.code.includes('.language.'));
            expect(language?.language).toBe(declared);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the grid maxima add up to 100', () => {
    expect(Object.values(FSW_FACTOR_MAXIMA).reduce((sum, max) => sum + max, 0)).toBe(100);
  });
});

describe('more language never scores less', () => {
  it('raising one first-language ability by one level never lowers the FSW total', () => {
    const abilities = ['listening', 'reading', 'writing', 'speaking'] as const;
    fc.assert(
      fc.property(
        profileInput,
        fc.tuple(level, level, level, level),
        fc.constantFrom(...abilities),
        (input, levels, ability) => {
          const [listening, reading, writing, speaking] = levels;
          const base = { listening, reading, writing, speaking };
          if (base[ability] >= 10) return;
          const raised = { ...base, [ability]: base[ability] + 1 };
          const others = (input.languageTests ?? []).filter((test) => test.test !== 'CLB');
          const total = (levelsOf: typeof base) =>
            fswGrid(
              candidate({
                ...input,
                languageTests: [...others, { test: 'CLB', date: '2025-01-15', ...levelsOf }],
              }),
              {
                on: '2025-08-01',
                firstLanguage: 'english',
              },
            ).total;
          expect(total(raised)).toBeGreaterThanOrEqual(total(base));
        },
      ),
      { numRuns: 200 },
    );
  });
});
