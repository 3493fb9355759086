/**
 * FSWP minimum requirements on explicit dates. Windows: 10 years before the date, half-open,
 * so on 2025-08-01 work from 2015-08-01 to 2025-07-31 counts. Month counts worked by hand:
 * 1 August to 31 July (inclusive) is 12 months; 2 August to 31 July is 11 + 30/31 = 11.97.
 */
import { describe, expect, it } from 'vitest';
import { candidate, clb, type Job, reason, unmet } from '../_test/profiles.js';
import { fswEligibility } from './fsw.js';

const ON = '2025-08-01';
const english = { on: ON, firstLanguage: 'english' } as const;

const foreign = (start: string, end: string, extra: Partial<Job> = {}): Job => ({
  noc: '21232',
  start,
  end,
  country: 'IN',
  ...extra,
});

// Grid: age 35 (12), bachelor's with ECA (21), 36 months (3 years, 11), CLB L9 R9 W9 S8 (23) = 67.
const passing: Parameters<typeof candidate>[0] = {
  education: [{ level: 'bachelors', canadian: false, eca: true }],
  jobs: [foreign('2021-08-01', '2024-07-31')],
  languageTests: [clb(9, 9, 9, 8)],
  settlementFunds: { amount: 15_263, currency: 'CAD' },
};

describe('a whole assessment', () => {
  it('is eligible at 67 points with every minimum met', () => {
    const result = fswEligibility(candidate(passing), english);
    expect(result.eligible).toBe(true);
    expect(result.program).toBe('FSW');
    expect(result.points?.total).toBe(67);
    expect(result.funds).toEqual({
      required: 15_263,
      declared: 15_263,
      familySize: 1,
      exempt: false,
      table: '2025-07-07',
    });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'fsw.experience.met',
      'fsw.language.met',
      'fsw.education.met',
      'fsw.grid.met',
      'funds.met',
    ]);
    expect(reason(result, 'fsw.experience')).toEqual({
      code: 'fsw.experience.met',
      met: true,
      noc: '21232',
      have: { months: 36, totalMonths: 36 },
      need: { months: 12, continuous: true },
      window: ['2015-08-01', '2025-08-01'],
    });
  });

  it('fails on the grid alone at 66 points', () => {
    const result = fswEligibility(candidate({ ...passing, languageTests: [clb(9, 9, 8, 8)] }), english);
    expect(result.eligible).toBe(false);
    expect(unmet(result)).toEqual(['fsw.grid.below-pass-mark']);
    expect(reason(result, 'fsw.grid')).toEqual({
      code: 'fsw.grid.below-pass-mark',
      met: false,
      have: { points: 66 },
      need: { points: 67 },
    });
  });
});

describe('one year of continuous skilled work in one occupation (IRPR 75(2)(a))', () => {
  const experience = (jobs: Job[], on = ON) =>
    reason(fswEligibility(candidate({ jobs }), { on, firstLanguage: 'english' }), 'fsw.experience');

  it('12 months is enough, 11.97 is not', () => {
    expect(experience([foreign('2024-08-01', '2025-07-31')])).toMatchObject({
      code: 'fsw.experience.met',
      have: { months: 12 },
    });
    expect(experience([foreign('2024-08-02', '2025-07-31')])).toMatchObject({
      code: 'fsw.experience.too-short',
      met: false,
      noc: '21232',
      have: { months: 11.96, totalMonths: 11.96 },
    });
  });

  it('15 h/week for 24 months is the part-time equivalent of 12', () => {
    expect(experience([foreign('2023-08-01', '2025-07-31', { hoursPerWeek: 15 })])).toMatchObject({
      code: 'fsw.experience.met',
      have: { months: 12 },
    });
  });

  it('12 months with a one-month gap is not continuous', () => {
    // 2023-01-01..2023-06-30 is 6 months; 2023-08-01..2024-01-31 is 6 months.
    const jobs = [foreign('2023-01-01', '2023-06-30'), foreign('2023-08-01', '2024-01-31')];
    expect(experience(jobs)).toEqual({
      code: 'fsw.experience.not-continuous',
      met: false,
      noc: '21232',
      have: { months: 6, totalMonths: 12 },
      need: { months: 12, continuous: true },
      window: ['2015-08-01', '2025-08-01'],
    });
  });

  it('a job ending on 30 June and the next starting on 1 July in the same occupation are continuous', () => {
    expect(
      experience([foreign('2023-01-01', '2023-06-30'), foreign('2023-07-01', '2023-12-31')]),
    ).toMatchObject({
      code: 'fsw.experience.met',
      have: { months: 12 },
    });
  });

  it('6 + 6 months in two occupations is not a year in one', () => {
    const jobs = [foreign('2023-01-01', '2023-06-30', { noc: '21231' }), foreign('2023-07-01', '2023-12-31')];
    expect(experience(jobs)).toMatchObject({
      code: 'fsw.experience.too-short',
      noc: '21231',
      have: { months: 6 },
    });
  });

  it('TEER 4 work is no skilled work', () => {
    expect(experience([foreign('2019-01-01', '2025-07-31', { noc: '64100' })])).toEqual({
      code: 'fsw.experience.none',
      met: false,
      need: { months: 12, continuous: true },
      window: ['2015-08-01', '2025-08-01'],
    });
  });

  it('counts self-employment (IRPR 75 does not exclude it)', () => {
    expect(experience([foreign('2024-08-01', '2025-07-31', { selfEmployed: true })]).code).toBe(
      'fsw.experience.met',
    );
  });

  it('looks back exactly 10 years', () => {
    const job = [foreign('2015-08-01', '2016-07-31')];
    expect(experience(job, '2025-08-01').code).toBe('fsw.experience.met');
    expect(experience(job, '2025-08-02')).toMatchObject({
      code: 'fsw.experience.too-short',
      have: { months: 11.96 },
    });
    expect(experience([foreign('2014-08-01', '2015-07-31')], '2025-08-01').code).toBe('fsw.experience.none');
  });
});

describe('CLB 7 in all four abilities of the first official language', () => {
  const language = (extra: Parameters<typeof candidate>[0]) =>
    reason(fswEligibility(candidate(extra), english), 'fsw.language');

  it('CLB 7 in each ability passes; 6 in one fails and names it', () => {
    expect(language({ languageTests: [clb(7, 7, 7, 7)] })).toMatchObject({
      code: 'fsw.language.met',
      met: true,
    });
    expect(language({ languageTests: [clb(7, 7, 7, 6)] })).toEqual({
      code: 'fsw.language.too-low',
      met: false,
      language: 'english',
      test: 'CLB',
      have: { listening: 7, reading: 7, writing: 7, speaking: 6 },
      need: { listening: 7, reading: 7, writing: 7, speaking: 7 },
      below: ['speaking'],
    });
  });

  it('reports a missing and an expired result', () => {
    expect(language({}).code).toBe('fsw.language.no-valid-test');
    // Taken 2023-07-31: counts through 2025-07-30.
    expect(language({ languageTests: [clb(9, 9, 9, 9, '2023-07-31')] })).toMatchObject({
      code: 'fsw.language.expired',
      test: 'CLB',
      have: { validUntil: '2025-07-30' },
    });
  });
});

describe('education: Canadian, or foreign with an ECA', () => {
  const education = (list: Parameters<typeof candidate>[0]) =>
    reason(fswEligibility(candidate(list), english), 'fsw.education');

  it('accepts a Canadian secondary diploma and a foreign degree with an ECA', () => {
    expect(education({ education: [{ level: 'secondary', canadian: true }] })).toEqual({
      code: 'fsw.education.met',
      met: true,
      have: { level: 'secondary' },
    });
    expect(education({ education: [{ level: 'doctoral', canadian: false, eca: true }] }).code).toBe(
      'fsw.education.met',
    );
  });

  it('refuses a foreign credential without an ECA, less than secondary, or none', () => {
    expect(education({ education: [{ level: 'masters', canadian: false }] }).code).toBe(
      'fsw.education.no-eca',
    );
    expect(education({ education: [{ level: 'less-than-secondary', canadian: true }] }).code).toBe(
      'fsw.education.none',
    );
    expect(education({}).code).toBe('fsw.education.none');
  });
});

describe('proof of funds unless working in Canada with arranged employment', () => {
  it('needs no funds with a TEER 0–3 offer and an ongoing Canadian job', () => {
    const profile = candidate({
      jobOffer: { noc: '21232', lmia: true },
      jobs: [{ noc: '21232', start: '2024-01-01', end: null }],
    });
    const result = fswEligibility(profile, english);
    expect(result.funds?.exempt).toBe(true);
    expect(reason(result, 'funds')).toMatchObject({ code: 'funds.exempt', met: true });
  });

  it('needs funds with a TEER 4 offer, or with an offer but no work in Canada', () => {
    const teer4 = candidate({
      jobOffer: { noc: '64100', lmia: true },
      jobs: [{ noc: '21232', start: '2024-01-01' }],
    });
    expect(reason(fswEligibility(teer4, english), 'funds').code).toBe('funds.not-declared');
    const abroad = candidate({ jobOffer: { noc: '21232', lmia: true } });
    expect(reason(fswEligibility(abroad, english), 'funds').code).toBe('funds.not-declared');
  });

  it('uses the family of two with a spouse: 19,001 from 2025-07-07', () => {
    const profile = candidate({ ...passing, maritalStatus: 'married', spouse: { accompanying: false } });
    const result = fswEligibility(profile, english);
    expect(result.funds).toEqual({
      required: 19_001,
      declared: 15_263,
      familySize: 2,
      exempt: false,
      table: '2025-07-07',
    });
    expect(unmet(result)).toEqual(['funds.insufficient']);
  });
});
