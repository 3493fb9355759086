/**
 * The compiled assessment must equal the rules: on every profile and day, the CRS total, the
 * program bits, the category bits and `validUntil` of assessCandidate (which reads crsScore,
 * programEligibility, categoryEligibility and nextChangeOn). Generated pools give realistic
 * profiles; fast-check profiles give the edges (part-time and overlapping jobs, results expiring,
 * 29 February birthdays, spouses, nominations, military service) on days around rule changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../../data/categories.js';
import { addDays, dayNumber, fromDayNumber } from '../../../rules/_lib/dates.js';
import { CRS_RULESETS } from '../../../rules/crs/rulesets.js';
import { parseProfile } from '../../../rules/profile/parse.js';
import type { Profile } from '../../../rules/profile/schema.js';
import { FUNDS_TABLES } from '../../../rules/programs/tables.js';
import { poolGenerator } from '../../synthetic/generate.js';
import { assessmentDay, profileArbitrary } from '../_test/random-profile.js';
import { assessCandidate } from '../assess-candidate.js';
import { CategoryRegistry } from '../category-registry.js';
import { assessCompiled, compiledAssessment } from './assess-compiled.js';
import { compileProfile } from './compile-profile.js';
import { CompiledRules } from './compiled-rules.js';

const sets = bundledCategorySets();
const registry = CategoryRegistry.fromSets(sets);
const rules = new CompiledRules(sets, registry);

/** Both results on `on`, in assessCandidate's shape. */
function both(profile: Profile, on: string) {
  const compiled = compileProfile(profile, rules);
  if (compiled === null) throw new Error('profile not compiled');
  const result = assessCompiled(compiled, dayNumber(on), rules, compiledAssessment());
  return {
    rules: assessCandidate(profile, { on, sets, registry }),
    compiled: {
      crs: result.crs,
      programBits: result.programBits,
      categoryBits: result.categoryBits,
      validUntil: fromDayNumber(result.validUntilDay),
    },
  };
}

/** Every day a CRS rule set, category set, category or funds table starts or ends, and the day before. */
const RULE_CHANGE_DAYS = [
  ...CRS_RULESETS.map((ruleset) => ruleset.effectiveFrom),
  ...FUNDS_TABLES.map((table) => table.effectiveFrom),
  ...sets.flatMap((set) => [
    set.effectiveFrom,
    ...(set.effectiveTo === null ? [] : [set.effectiveTo, addDays(set.effectiveTo, 1)]),
    ...set.categories.flatMap((category) => (category.effectiveFrom ? [category.effectiveFrom] : [])),
  ]),
].flatMap((date) => [addDays(date, -1), date]);

describe('assessCompiled', () => {
  it('equals assessCandidate on generated pools, on their day, later days and rule changes', () => {
    let compared = 0;
    for (const [asOf, seed] of [
      ['2021-06-01', 21],
      ['2024-01-01', 22],
      ['2026-08-07', 23],
    ] as const) {
      const generator = poolGenerator({ size: 700, asOf, seed });
      for (let index = 0; index < 700; index += 1) {
        const { profile } = generator.profileAt(index);
        const days = [asOf, '2026-12-01', RULE_CHANGE_DAYS[index % RULE_CHANGE_DAYS.length] as string];
        for (const on of days) {
          const { rules: expected, compiled } = both(profile, on);
          expect(compiled, `${profile.id} on ${on}`).toEqual(expected);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(6300);
  });

  it('equals assessCandidate on random profiles and days, rule-change days included', () => {
    const day = fc.oneof(assessmentDay, fc.constantFrom(...RULE_CHANGE_DAYS));
    fc.assert(
      fc.property(profileArbitrary, day, (profile, on) => {
        const { rules: expected, compiled } = both(profile, on);
        expect(compiled).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a new proof-of-funds table only where it turns the declared funds short', () => {
    // programs.md P4: one person needs 13,757 from 2023-04-25 and 14,690 from 2024-05-28.
    const single = (amount: number) =>
      parseProfile({
        format: 'express-entry/profile@1',
        birthDate: '1990-07-01',
        maritalStatus: 'never-married',
        settlementFunds: { amount, currency: 'CAD' },
      });
    expect(both(single(14_000), '2024-03-01').compiled.validUntil).toBe('2024-05-28');
    expect(both(single(20_000), '2024-03-01').compiled.validUntil).toBe('2024-07-01');
  });

  it('equals assessCandidate around a 29 February birthday and a leap-day language result', () => {
    const profile = parseProfile({
      format: 'express-entry/profile@1',
      birthDate: '1992-02-29',
      maritalStatus: 'married',
      languageTests: [
        { test: 'CLB', date: '2024-02-29', listening: 9, reading: 9, writing: 9, speaking: 9 },
        { test: 'NCLC', date: '2025-03-01', listening: 7, reading: 7, writing: 7, speaking: 7 },
      ],
      education: [{ level: 'bachelors', canadian: true, lengthYears: 4, completed: '2016-02-29' }],
      work: [
        { noc: '21232', country: 'CA', start: '2020-02-29', end: '2024-02-28', hoursPerWeek: 20 },
        { noc: '21232', country: 'CA', start: '2022-03-01', end: null, hoursPerWeek: 15 },
        { noc: '72310', country: 'IN', start: '2019-03-01', end: '2023-02-28', hoursPerWeek: 40 },
      ],
      provincialNomination: { province: 'BC', issued: '2026-03-01' },
      spouse: {
        accompanying: true,
        languageTests: [
          { test: 'CLB', date: '2025-02-28', listening: 5, reading: 5, writing: 5, speaking: 5 },
        ],
        work: [{ noc: '31301', country: 'CA', start: '2024-02-29', end: null, hoursPerWeek: 30 }],
      },
    });
    for (let offset = -3; offset <= 3; offset += 1) {
      for (const around of ['2025-02-28', '2026-02-28', '2028-02-29', '2026-03-01']) {
        const on = addDays(around, offset);
        const { rules: expected, compiled } = both(profile, on);
        expect(compiled, on).toEqual(expected);
      }
    }
  });

  it('leaves a profile with more than 30 jobs to the rules', () => {
    const job = { noc: '21232', country: 'CA', start: '2020-01-01', end: '2020-01-02', hoursPerWeek: 30 };
    const profile = parseProfile({
      format: 'express-entry/profile@1',
      birthDate: '1990-01-01',
      maritalStatus: 'never-married',
      work: Array.from({ length: 31 }, () => job),
    });
    expect(compileProfile(profile, rules)).toBeNull();
  });
});
