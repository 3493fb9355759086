/**
 * Category eligibility on explicit dates. Every expected value is worked by hand from the
 * category criteria (6 continuous months in 3 years until 2026, 12 months in 3 years from
 * 2026-02-18, NCLC 7 in all four abilities) and the month arithmetic in _lib/dates.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets, parseCategorySet } from '../../data/categories.js';
import { candidate, type Job } from '../_test/profiles.js';
import { categoryEligibility, categorySetOn } from './eligibility.js';

const sets = bundledCategorySets();

const profile = candidate;

function category(input: ReturnType<typeof profile>, on: string, id: string) {
  const result = categoryEligibility(input, { on, sets });
  const found = result.categories.find((c) => c.id === id);
  if (!found) throw new Error(`${id} is not in ${result.ruleset}`);
  return found;
}

function unmetCodes(input: ReturnType<typeof profile>, on: string, id: string) {
  return category(input, on, id)
    .reasons.filter((r) => !r.met)
    .map((r) => r.code);
}

describe('the category set in force', () => {
  it('changes on each set’s first day', () => {
    expect(categorySetOn(sets, '2023-05-30')).toBeUndefined();
    expect(categorySetOn(sets, '2023-05-31')?.id).toBe('categories@2023');
    expect(categorySetOn(sets, '2023-12-31')?.id).toBe('categories@2023');
    expect(categorySetOn(sets, '2024-01-01')?.id).toBe('categories@2024');
    expect(categorySetOn(sets, '2025-02-26')?.id).toBe('categories@2024');
    expect(categorySetOn(sets, '2025-02-27')?.id).toBe('categories@2025');
    expect(categorySetOn(sets, '2026-02-17')?.id).toBe('categories@2025');
    expect(categorySetOn(sets, '2026-02-18')?.id).toBe('categories@2026');
  });

  it('gives no categories before category-based selection began', () => {
    const result = categoryEligibility(profile(), { on: '2023-05-30', sets });
    expect(result).toEqual({ on: '2023-05-30', ruleset: null, categories: [] });
  });
});

describe('2023–2025: 6 months of continuous full-time work in one listed occupation within 3 years', () => {
  // Round #252, 2023-06-28: the window is [2020-06-28, 2023-06-28).
  const on = '2023-06-28';

  it('6 months exactly is enough; 5.97 is not', () => {
    const six = category(profile({ jobs: [{ noc: '31301', start: '2022-12-28' }] }), on, 'healthcare');
    expect(six.eligible).toBe(true);
    expect(six.reasons).toEqual([
      {
        code: 'experience.met',
        met: true,
        noc: '31301',
        have: { months: 6, totalMonths: 6 },
        need: { months: 6, continuous: true, location: 'canada-or-abroad' },
        window: ['2020-06-28', '2023-06-28'],
      },
    ]);
    // From 29 Dec: 5 whole months to 29 May, then 30 of the 31 days to 29 June = 5.97.
    const short = category(profile({ jobs: [{ noc: '31301', start: '2022-12-29' }] }), on, 'healthcare');
    expect(short.eligible).toBe(false);
    expect(short.reasons[0]).toMatchObject({
      code: 'experience.too-short',
      noc: '31301',
      have: { months: 5.96 },
    });
  });

  it('counts work from the window’s first day, and none from the day before', () => {
    // Ends the day before the window opens: nothing inside the window.
    const before = profile({ jobs: [{ noc: '31301', start: '2019-01-01', end: '2020-06-27' }] });
    expect(unmetCodes(before, on, 'healthcare')).toEqual(['experience.none-in-list']);
    // 2020-06-28 to 2020-12-27 inclusive is exactly 6 months inside the window.
    const first = profile({ jobs: [{ noc: '31301', start: '2019-01-01', end: '2020-12-27' }] });
    expect(category(first, on, 'healthcare').eligible).toBe(true);
    // One day less inside the window is too short.
    const shortFirst = profile({ jobs: [{ noc: '31301', start: '2019-01-01', end: '2020-12-26' }] });
    expect(unmetCodes(shortFirst, on, 'healthcare')).toEqual(['experience.too-short']);
  });

  it('does not count the assessment day itself', () => {
    expect(unmetCodes(profile({ jobs: [{ noc: '31301', start: on }] }), on, 'healthcare')).toEqual([
      'experience.none-in-list',
    ]);
  });

  it('needs the months in one unbroken stretch', () => {
    // Sep–Dec, then from 2 January (1 January not worked): 7.97 months in total, longest stretch 4.
    const broken = profile({
      jobs: [
        { noc: '21232', start: '2022-09-01', end: '2022-12-31' },
        { noc: '21232', start: '2023-01-02', end: '2023-04-30' },
      ],
    });
    const stem = category(broken, on, 'stem');
    expect(stem.eligible).toBe(false);
    expect(stem.reasons[0]).toMatchObject({
      code: 'experience.not-continuous',
      noc: '21232',
      have: { months: 4 },
    });
    // Back-to-back jobs (31 Dec, then 1 Jan) are one stretch: 8 months.
    const joined = profile({
      jobs: [
        { noc: '21232', start: '2022-09-01', end: '2022-12-31' },
        { noc: '21232', start: '2023-01-01', end: '2023-04-30' },
      ],
    });
    expect(category(joined, on, 'stem').reasons[0]).toMatchObject({
      code: 'experience.met',
      have: { months: 8 },
    });
  });

  it('counts part-time pro rata: 15 h/week for 12 months is 6 months', () => {
    const halfTime = profile({ jobs: [{ noc: '72310', start: '2022-06-28', hoursPerWeek: 15 }] });
    expect(category(halfTime, on, 'trade').eligible).toBe(true);
    const lessThanHalf = profile({ jobs: [{ noc: '72310', start: '2022-06-28', hoursPerWeek: 14.5 }] });
    expect(category(lessThanHalf, on, 'trade').eligible).toBe(false);
  });

  it('never double-counts overlapping jobs, and never mixes occupations', () => {
    // Two 20 h/week jobs in one occupation: 40 h, credited as 30 (full time) → 3 months.
    const twoJobs = profile({
      jobs: [
        { noc: '73300', start: '2023-03-28', hoursPerWeek: 20 },
        { noc: '73300', start: '2023-03-28', hoursPerWeek: 20 },
      ],
    });
    expect(category(twoJobs, on, 'transport').reasons[0]).toMatchObject({ have: { months: 3 } });
    // 15 h/week in each of two listed occupations for 8 months: 8 months of full-time work, but 4 in each.
    const split = profile({
      jobs: [
        { noc: '31301', start: '2022-10-28', hoursPerWeek: 15 },
        { noc: '31302', start: '2022-10-28', hoursPerWeek: 15 },
      ],
    });
    expect(category(split, on, 'healthcare').reasons[0]).toMatchObject({
      code: 'experience.too-short',
      have: { months: 4 },
    });
  });

  it('counts work abroad and places each occupation in its own category', () => {
    const abroad = profile({ jobs: [{ noc: '70020', start: '2022-01-01', country: 'IN' }] });
    expect(category(abroad, on, 'transport').eligible).toBe(true);
    expect(category(abroad, on, 'trade').reasons[0]).toMatchObject({
      code: 'experience.none-in-list',
      have: { unlistedNocs: ['70020'] },
    });
  });

  it('handles a leap day inside the stretch', () => {
    // 2024-02-29 to 2024-08-28 inclusive = 29 Feb → 29 Aug exclusive = 6 months (2024 rules).
    const leap = profile({ jobs: [{ noc: '63201', start: '2024-02-29', end: '2024-08-28' }] });
    expect(category(leap, '2024-09-15', 'agriculture-agri-food').eligible).toBe(true);
    const leapShort = profile({ jobs: [{ noc: '63201', start: '2024-02-29', end: '2024-08-27' }] });
    expect(category(leapShort, '2024-09-15', 'agriculture-agri-food').eligible).toBe(false);
  });

  it('physicians are a category only from 2025-12-08, and only with Canadian work', () => {
    const doctor = profile({ jobs: [{ noc: '31102', start: '2023-01-01' }] });
    expect(unmetCodes(doctor, '2025-12-07', 'physicians-canadian-experience')).toEqual([
      'category.not-yet-in-force',
    ]);
    expect(category(doctor, '2025-12-08', 'physicians-canadian-experience').eligible).toBe(true);
    const doctorAbroad = profile({ jobs: [{ noc: '31102', start: '2023-01-01', country: 'FR' }] });
    expect(unmetCodes(doctorAbroad, '2025-12-08', 'physicians-canadian-experience')).toEqual([
      'experience.none-in-list',
    ]);
    expect(category(doctorAbroad, '2025-12-08', 'healthcare').eligible).toBe(true);
  });
});

describe('2026: 12 months within 3 years, not necessarily continuous', () => {
  const on = '2026-06-01'; // window [2023-06-01, 2026-06-01)

  it('adds separate stretches: 6 + 6 = 12, but 6 + 5.97 is not enough', () => {
    const twelve = profile({
      jobs: [
        { noc: '21300', start: '2024-01-01', end: '2024-06-30' },
        { noc: '21300', start: '2025-01-01', end: '2025-06-30' },
      ],
    });
    expect(category(twelve, on, 'stem').reasons[0]).toMatchObject({
      code: 'experience.met',
      have: { months: 12 },
    });
    const short = profile({
      jobs: [
        { noc: '21300', start: '2024-01-01', end: '2024-06-30' },
        { noc: '21300', start: '2025-01-01', end: '2025-06-29' },
      ],
    });
    expect(category(short, on, 'stem').reasons[0]).toMatchObject({
      code: 'experience.too-short',
      have: { months: 11.96 },
    });
  });

  it('the same 8 continuous months that met the 2025 rule do not meet the 2026 one', () => {
    const eight = profile({ jobs: [{ noc: '72310', start: '2025-05-01', end: '2025-12-31' }] });
    expect(category(eight, '2026-02-17', 'trade').eligible).toBe(true);
    expect(category(eight, '2026-02-18', 'trade').eligible).toBe(false);
  });

  it('senior managers, researchers and physicians count Canadian work only; self-employment is not Canadian experience', () => {
    const manager = profile({ jobs: [{ noc: '00012', start: '2025-01-01', end: '2025-12-31' }] });
    expect(category(manager, on, 'senior-managers-canadian-experience').eligible).toBe(true);
    const selfEmployed = profile({
      jobs: [{ noc: '00012', start: '2025-01-01', end: '2025-12-31', selfEmployed: true }],
    });
    expect(category(selfEmployed, on, 'senior-managers-canadian-experience').eligible).toBe(false);
    const abroad = profile({ jobs: [{ noc: '41200', start: '2024-01-01', country: 'US' }] });
    expect(category(abroad, on, 'researchers-canadian-experience').eligible).toBe(false);
  });

  it('skilled military recruits: service, a Canadian Armed Forces offer and a 2-year credential', () => {
    const recruit = (
      serviceStart: string,
      offerYears: number,
      level: 'two-year-post-secondary' | 'one-year-post-secondary',
    ) =>
      profile({
        militaryService: {
          country: 'GB',
          start: serviceStart,
          end: null,
          canadianArmedForcesOffer: { noc: '42102', years: offerYears },
        },
        education: [{ level, canadian: false, eca: true }],
      });
    expect(
      category(recruit('2016-06-01', 3, 'two-year-post-secondary'), on, 'skilled-military-recruits').eligible,
    ).toBe(true);
    expect(
      unmetCodes(recruit('2016-06-02', 3, 'two-year-post-secondary'), on, 'skilled-military-recruits'),
    ).toEqual(['military-service.too-short']);
    expect(
      unmetCodes(recruit('2010-01-01', 2, 'one-year-post-secondary'), on, 'skilled-military-recruits'),
    ).toEqual(['armed-forces-offer.too-short', 'education.too-low']);
  });
});

describe('French-language proficiency: NCLC 7 in all four abilities', () => {
  const on = '2024-07-01';
  const tef = (date: string, speaking: number) => ({
    test: 'TEF-Canada' as const,
    date,
    listening: 434,
    reading: 434,
    writing: 428,
    speaking,
  });

  it('NCLC 7 on the new TEF scale is enough; one ability at NCLC 6 is not', () => {
    // New scale (tests from 2023-12-11): NCLC 7 starts at 434 / 434 / 428 / 456.
    const seven = profile({ languageTests: [tef('2024-01-15', 456)] });
    expect(category(seven, on, 'french-language-proficiency').eligible).toBe(true);
    const six = profile({ languageTests: [tef('2024-01-15', 455)] });
    const result = category(six, on, 'french-language-proficiency');
    expect(result.eligible).toBe(false);
    expect(result.reasons[0]).toMatchObject({
      code: 'language.too-low',
      have: { listening: 7, reading: 7, writing: 7, speaking: 6 },
      below: ['speaking'],
    });
  });

  it('a result stops counting on its second anniversary', () => {
    const tested = profile({ languageTests: [tef('2024-01-15', 456)] });
    expect(category(tested, '2026-01-14', 'french-language-proficiency').eligible).toBe(true);
    expect(unmetCodes(tested, '2026-01-15', 'french-language-proficiency')).toEqual(['language.expired']);
  });

  it('English results do not count', () => {
    const english = profile({
      languageTests: [
        { test: 'CELPIP-G', date: '2024-01-15', listening: 10, reading: 10, writing: 10, speaking: 10 },
      ],
    });
    expect(unmetCodes(english, on, 'french-language-proficiency')).toEqual(['language.no-valid-test']);
  });
});

describe('a category set loaded from a user’s file', () => {
  it('is chosen on its dates and needs no new code', () => {
    const custom = parseCategorySet({
      year: 2027,
      effective_from: '2027-01-01',
      effective_to: null,
      categories: [
        {
          id: 'agriculture-agri-food',
          name: 'Agriculture and agri-food occupations',
          kind: 'occupation',
          criteria: {
            language: null,
            work_experience: {
              min_months: 9,
              lookback_years: 2,
              continuous_required: false,
              location: 'canada_only',
            },
          },
          occupations: [
            { noc: '82030', title: 'Agricultural service contractors and farm supervisors', teer: 2 },
          ],
        },
      ],
    });
    const farmer = profile({ jobs: [{ noc: '82030', start: '2026-03-01', end: '2026-11-30' }] });
    const result = categoryEligibility(farmer, { on: '2027-02-01', sets: [...sets, custom] });
    expect(result.ruleset).toBe('categories@2027');
    expect(result.categories).toHaveLength(1);
    expect(result.categories[0]).toMatchObject({ version: 'agriculture-agri-food@2027', eligible: true });
  });
});

describe('invariants', () => {
  // Whole calendar months: months are counted by anniversary within each stretch, so joining two
  // stretches across a month end can move a total by a fraction of a day (see experience.test.ts).
  const arbitraryJob = fc.record({
    noc: fc.constantFrom('31301', '21232', '72310', '73300', '00012'),
    startMonth: fc.integer({ min: 0, max: 50 }),
    lengthMonths: fc.integer({ min: 1, max: 26 }),
    hoursPerWeek: fc.integer({ min: 5, max: 50 }),
    country: fc.constantFrom('CA', 'IN'),
  });
  const toJob = (job: {
    noc: string;
    startMonth: number;
    lengthMonths: number;
    hoursPerWeek: number;
    country: string;
  }): Job => {
    const start = new Date(Date.UTC(2022, job.startMonth, 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(2022, job.startMonth + job.lengthMonths, 0)).toISOString().slice(0, 10);
    return { noc: job.noc, start, end, hoursPerWeek: job.hoursPerWeek, country: job.country };
  };

  it('eligible exactly when every reason is met; one more job never takes a category away', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryJob, { maxLength: 4 }),
        arbitraryJob,
        fc.constantFrom('2024-06-01', '2025-10-01', '2026-06-01'),
        (jobs, extra, on) => {
          const before = categoryEligibility(profile({ jobs: jobs.map(toJob) }), { on, sets });
          const after = categoryEligibility(profile({ jobs: [...jobs, extra].map(toJob) }), { on, sets });
          for (const result of before.categories)
            expect(result.eligible).toBe(result.reasons.every((r) => r.met));
          before.categories.forEach((result, index) => {
            if (result.eligible) expect(after.categories[index]?.eligible).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
