/**
 * CRS facts builders for the factor tests: every figure a test depends on is written out by
 * the test itself, the rest is absent.
 */
import fc from 'fast-check';
import type { AbilityLevels } from '../../../language/convert.js';
import { educationLevels } from '../../../profile/schema.js';
import type { CrsFacts } from '../../types.js';

/**
 * Facts on 2025-06-01 for a candidate of 30 scored without spouse, with no credential, no
 * valid test, no work, no certificate, nomination, sibling, job offer or spouse, unless
 * `overrides` says otherwise. `withSpouse: true` does not add a spouse: pass `spouse` too.
 * @example facts({ age: 31, withSpouse: true }).age //=> 31
 */
export function facts(overrides: Partial<CrsFacts> = {}): CrsFacts {
  return {
    on: '2025-06-01',
    withSpouse: false,
    age: 30,
    education: null,
    canadianStudy: null,
    firstLanguage: null,
    first: null,
    second: null,
    english: null,
    french: null,
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    provincialNomination: false,
    siblingInCanada: false,
    jobOffer: null,
    spouse: null,
    ...overrides,
  };
}

/**
 * CLB/NCLC levels in the order listening, reading, writing, speaking.
 * @example levels(9, 8, 7, 7) //=> { listening: 9, reading: 8, writing: 7, speaking: 7 }
 */
export function levels(listening: number, reading: number, writing: number, speaking: number): AbilityLevels {
  return { listening, reading, writing, speaking };
}

/** The same CLB/NCLC level in all four abilities. */
export function allAt(level: number): AbilityLevels {
  return levels(level, level, level, level);
}

/** A spouse with nothing that scores, unless `overrides` says otherwise. */
export function spouse(
  overrides: Partial<NonNullable<CrsFacts['spouse']>> = {},
): NonNullable<CrsFacts['spouse']> {
  return { education: null, english: null, french: null, canadianWorkYears: 0, ...overrides };
}

/** CLB/NCLC levels as conversion gives them: 0 (below CLB 4) to 10 (10 or more) per ability. */
export const abilityLevelsArbitrary: fc.Arbitrary<AbilityLevels> = fc.record({
  listening: fc.integer({ min: 0, max: 10 }),
  reading: fc.integer({ min: 0, max: 10 }),
  writing: fc.integer({ min: 0, max: 10 }),
  speaking: fc.integer({ min: 0, max: 10 }),
});

const work = fc.integer({ min: 0, max: 12 });
const level = fc.option(fc.constantFrom(...educationLevels), { nil: null });

/**
 * Consistent facts as `crsFacts` derives them: a second language only with a first, `first` and
 * `second` equal to the `english`/`french` levels they stand for, a spouse exactly when scored
 * with spouse.
 */
export const crsFactsArbitrary: fc.Arbitrary<CrsFacts> = fc
  .record({
    withSpouse: fc.boolean(),
    age: fc.integer({ min: 0, max: 80 }),
    education: level,
    firstLanguage: fc.constantFrom('english' as const, 'french' as const),
    first: fc.option(abilityLevelsArbitrary, { nil: null }),
    second: fc.option(abilityLevelsArbitrary, { nil: null }),
    canadianWorkYears: work,
    foreignWorkYears: work,
    certificateOfQualification: fc.boolean(),
    provincialNomination: fc.boolean(),
    siblingInCanada: fc.boolean(),
    canadianStudy: fc.option(
      fc.record({
        level: fc.constantFrom(...educationLevels.slice(2)),
        lengthYears: fc.integer({ min: 1, max: 6 }),
      }),
      { nil: null },
    ),
    jobOffer: fc.option(
      fc
        .record({
          // NOC 2021: the second digit of the unit group is its TEER.
          noc: fc.constantFrom('00010', '10010', '21232', '33102', '64100', '75101'),
          lmia: fc.boolean(),
        })
        .map(({ noc, lmia }) => ({ noc, teer: Number(noc[1]), lmia })),
      { nil: null },
    ),
    spouse: fc.record({
      education: level,
      english: fc.option(abilityLevelsArbitrary, { nil: null }),
      french: fc.option(abilityLevelsArbitrary, { nil: null }),
      canadianWorkYears: work,
    }),
  })
  .map(({ firstLanguage, first, second, spouse, ...rest }) => {
    const [english, french] =
      first === null ? [null, null] : firstLanguage === 'english' ? [first, second] : [second, first];
    return facts({
      ...rest,
      firstLanguage: first === null ? null : firstLanguage,
      first,
      second: first === null ? null : second,
      english,
      french,
      spouse: rest.withSpouse ? spouse : null,
    });
  });
