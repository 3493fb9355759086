/**
 * CEC minimum requirements on explicit dates. The window is the 3 years before the date,
 * half-open: on 2025-08-01 work from 2022-08-01 to 2025-07-31 counts. 1 August to 31 July is
 * 12 months; 2 August to 31 July is 11 + 30/31 = 11.97.
 */
import { describe, expect, it } from 'vitest';
import { candidate, clb, type Job, nclc, reason, unmet } from '../_test/profiles.js';
import { cecEligibility, cecLanguageLevel } from './cec.js';

const ON = '2025-08-01';

const canadian = (noc: string, start: string, end: string | null, extra: Partial<Job> = {}): Job => ({
  noc,
  start,
  end,
  ...extra,
});

function assess(jobs: Job[], languageTests = [clb(7, 7, 7, 7)], on = ON) {
  return cecEligibility(candidate({ jobs, languageTests }), { on, firstLanguage: 'english' });
}

describe('language by the TEER of the qualifying experience', () => {
  it('TEER 1 (21232) with CLB 6 fails: CLB 7 is needed', () => {
    const result = assess([canadian('21232', '2024-08-01', '2025-07-31')], [clb(6, 6, 6, 6)]);
    expect(result.eligible).toBe(false);
    expect(unmet(result)).toEqual(['cec.language.too-low']);
    expect(reason(result, 'cec.language')).toMatchObject({
      need: { listening: 7, reading: 7, writing: 7, speaking: 7 },
      below: ['listening', 'reading', 'writing', 'speaking'],
    });
  });

  it('TEER 1 with CLB 7 passes', () => {
    expect(assess([canadian('21232', '2024-08-01', '2025-07-31')], [clb(7, 7, 7, 7)]).eligible).toBe(true);
  });

  it('TEER 2 (22310) with CLB 5 passes', () => {
    const result = assess([canadian('22310', '2024-08-01', '2025-07-31')], [clb(5, 5, 5, 5)]);
    expect(result).toEqual({
      program: 'CEC',
      eligible: true,
      reasons: [
        {
          code: 'cec.experience.met',
          met: true,
          have: { months: 12, monthsTeer0And1: 0, monthsTeer2And3: 12 },
          need: { months: 12, continuous: false, location: 'canada-only' },
          window: ['2022-08-01', '2025-08-01'],
        },
        {
          code: 'cec.language.met',
          met: true,
          language: 'english',
          test: 'CLB',
          have: { listening: 5, reading: 5, writing: 5, speaking: 5 },
          need: { listening: 5, reading: 5, writing: 5, speaking: 5 },
          below: [],
        },
      ],
    });
  });

  it('TEER 3 with CLB 4 in one ability fails', () => {
    const result = assess([canadian('33102', '2024-08-01', '2025-07-31')], [clb(5, 5, 4, 5)]);
    expect(reason(result, 'cec.language')).toMatchObject({
      code: 'cec.language.too-low',
      below: ['writing'],
    });
  });

  it('mixed 6 months TEER 1 + 6 months TEER 2 needs CLB 7: the TEER 2 months alone fall short', () => {
    const jobs = [
      canadian('21232', '2024-08-01', '2025-01-31'),
      canadian('22310', '2025-02-01', '2025-07-31'),
    ];
    expect(unmet(assess(jobs, [clb(6, 6, 6, 6)]))).toEqual(['cec.language.too-low']);
    expect(assess(jobs, [clb(7, 7, 7, 7)]).eligible).toBe(true);
    expect(reason(assess(jobs), 'cec.experience').have).toEqual({
      months: 12,
      monthsTeer0And1: 6,
      monthsTeer2And3: 6,
    });
  });

  it('12 months TEER 2 beside 3 months TEER 1 qualify with CLB 5', () => {
    const jobs = [
      canadian('21232', '2022-08-01', '2022-10-31'),
      canadian('22310', '2024-08-01', '2025-07-31'),
    ];
    expect(assess(jobs, [clb(5, 5, 5, 5)]).eligible).toBe(true);
  });

  it('the threshold rule on its own', () => {
    expect(cecLanguageLevel({ monthsTeer0And1: 12, monthsTeer2And3: 0 })).toBe(7);
    expect(cecLanguageLevel({ monthsTeer0And1: 6, monthsTeer2And3: 6 })).toBe(7);
    expect(cecLanguageLevel({ monthsTeer0And1: 0, monthsTeer2And3: 12 })).toBe(5);
    expect(cecLanguageLevel({ monthsTeer0And1: 12, monthsTeer2And3: 12 })).toBe(5);
    expect(cecLanguageLevel({ monthsTeer0And1: 0, monthsTeer2And3: 6 })).toBe(5);
  });

  it('reads the first official language: French NCLC 7 with French first', () => {
    const profile = candidate({
      jobs: [canadian('21232', '2024-08-01', '2025-07-31')],
      languageTests: [nclc(7, 7, 7, 7)],
    });
    expect(cecEligibility(profile, { on: ON, firstLanguage: 'french' }).eligible).toBe(true);
    expect(reason(cecEligibility(profile, { on: ON, firstLanguage: 'english' }), 'cec.language').code).toBe(
      'cec.language.no-valid-test',
    );
  });
});

describe('12 months of skilled Canadian work in the 3 years before the date', () => {
  const experience = (jobs: Job[], on = ON) => reason(assess(jobs, [clb(7, 7, 7, 7)], on), 'cec.experience');

  it('need not be continuous and may span occupations', () => {
    const jobs = [
      canadian('21232', '2023-01-01', '2023-06-30'),
      canadian('21231', '2024-01-01', '2024-06-30'),
    ];
    expect(experience(jobs)).toMatchObject({ code: 'cec.experience.met', have: { months: 12 } });
  });

  it('counts part-time pro rata: 15 h/week for 24 months is 12', () => {
    expect(experience([canadian('21232', '2023-08-01', '2025-07-31', { hoursPerWeek: 15 })]).code).toBe(
      'cec.experience.met',
    );
  });

  it('excludes Canadian self-employment', () => {
    expect(experience([canadian('21232', '2023-08-01', '2025-07-31', { selfEmployed: true })])).toEqual({
      code: 'cec.experience.none',
      met: false,
      need: { months: 12, continuous: false, location: 'canada-only' },
      window: ['2022-08-01', '2025-08-01'],
    });
  });

  it('excludes work abroad and TEER 4–5 work', () => {
    expect(experience([canadian('21232', '2023-08-01', '2025-07-31', { country: 'IN' })]).code).toBe(
      'cec.experience.none',
    );
    expect(experience([canadian('64100', '2023-08-01', '2025-07-31')]).code).toBe('cec.experience.none');
  });

  it('counts from the first day of the window: 2022-08-01..2023-07-31 is 12 months on 2025-08-01, 11.97 a day later', () => {
    const job = [canadian('21232', '2022-08-01', '2023-07-31')];
    expect(experience(job, '2025-08-01')).toMatchObject({ code: 'cec.experience.met', have: { months: 12 } });
    expect(experience(job, '2025-08-02')).toMatchObject({
      code: 'cec.experience.too-short',
      have: { months: 11.96 },
    });
  });

  it('stops the day before the date: an ongoing job from 2024-08-02 reaches 12 months on 2025-08-02', () => {
    const job = [canadian('21232', '2024-08-02', null)];
    expect(experience(job, '2025-08-01')).toMatchObject({
      code: 'cec.experience.too-short',
      have: { months: 11.96 },
    });
    expect(experience(job, '2025-08-02')).toMatchObject({ code: 'cec.experience.met', have: { months: 12 } });
  });
});

it('needs neither education nor proof of funds', () => {
  const result = assess([canadian('21232', '2024-08-01', '2025-07-31')]);
  expect(result.eligible).toBe(true);
  expect(result.funds).toBeUndefined();
  expect(result.points).toBeUndefined();
});
