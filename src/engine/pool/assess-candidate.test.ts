/**
 * The adapter packs what the rules say; its `validUntil` must be conservative: on every day before
 * it, the rules give the same score and the same bits. Worked values come from the CRS tables
 * (crs-rules.md) and the counting rules in valid-until.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../data/categories.js';
import { addDays, dayNumber, fromDayNumber } from '../../rules/_lib/dates.js';
import { candidate, clb } from '../../rules/_test/profiles.js';
import { experienceProfile, lookbackWindow, summarizeExperience } from '../../rules/experience/index.js';
import { cecExperience } from '../../rules/programs/cec.js';
import { assessmentDay, profileArbitrary } from './_test/random-profile.js';
import { assessCandidate, PROGRAM_BITS } from './assess-candidate.js';
import { CategoryRegistry } from './category-registry.js';
import { firstDayMeeting, fundsOutcomeChange, nextChangeOn, WORK_QUANTITIES } from './valid-until.js';

const sets = bundledCategorySets();
const registry = CategoryRegistry.fromSets(sets);
const assessOn = (profile: Parameters<typeof assessCandidate>[0], on: string) =>
  assessCandidate(profile, { on, sets, registry });

describe('assessCandidate', () => {
  it('packs the CRS total, the programs and the categories', () => {
    // Born 1990-01-01 (36 on 2026-03-02: A1 72), Canadian bachelor's (A2 120), CLB 9 in all four
    // (A3 4 × 31 = 124), 3 completed years in Canada (A5 64): A = 380. C: education × language
    // 50 and education × Canadian work 50, capped at 50. D: Canadian study, 3 years, 30. 460.
    // CEC met (38 months of TEER 1 in Canada, CLB 7+); FSW lacks proof of funds; NOC 21232 is not
    // in the 2026 STEM list.
    const profile = candidate({
      languageTests: [clb(9, 9, 9, 9)],
      education: [{ level: 'bachelors', canadian: true }],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    });
    const result = assessOn(profile, '2026-03-02');
    expect(result.crs).toBe(460);
    expect(result.programBits).toBe(PROGRAM_BITS.CEC);
    expect(result.categoryBits).toBe(0);
    // The nearest threshold: 38.03 Canadian months grow to the 48 of a fourth completed year in no
    // less than (48 − 38.03 − 0.25) × 28 = 272 days; the window's start is years from the job's.
    expect(result.validUntil).toBe('2026-11-29');
  });

  it('sets PNP for a nomination issued by the date, and one bit per category version met', () => {
    // A nurse (31301) in Canada since 2025-01-01, NCLC 7 in all four: French-language proficiency
    // and healthcare, 2026 versions (12 months in 3 years).
    const nurse = candidate({
      languageTests: [
        { test: 'NCLC', date: '2025-06-01', listening: 7, reading: 7, writing: 7, speaking: 7 },
      ],
      jobs: [{ noc: '31301', start: '2025-01-01' }],
      provincialNomination: { province: 'NS', issued: '2026-03-01' },
    });
    const result = assessOn(nurse, '2026-03-02');
    expect(registry.versionsIn(result.categoryBits)).toEqual([
      'french-language-proficiency@2026',
      'healthcare@2026',
    ]);
    expect(result.programBits & PROGRAM_BITS.PNP).toBe(PROGRAM_BITS.PNP);
    expect(assessOn(nurse, '2026-02-28').programBits & PROGRAM_BITS.PNP).toBe(0);
  });
});

describe('nextChangeOn', () => {
  it('is the next birthday when nothing else is dated', () => {
    const profile = candidate({ birthDate: '1990-07-01' });
    expect(nextChangeOn(profile, { on: '2026-03-02', sets })).toBe('2026-07-01');
  });

  it('is the day a language result stops counting, 2 years after the test (P6 s.3(4))', () => {
    const profile = candidate({ birthDate: '1990-07-01', languageTests: [clb(9, 9, 9, 9, '2024-04-01')] });
    expect(nextChangeOn(profile, { on: '2026-03-02', sets })).toBe('2026-04-01');
  });

  it('is the next category set', () => {
    const profile = candidate({ birthDate: '1990-07-01' });
    expect(nextChangeOn(profile, { on: '2025-12-20', sets })).toBe('2026-02-18');
  });

  it('is a new proof-of-funds table only when it turns the declared funds from enough to short', () => {
    // programs.md P4: one person needs 13,757 from 2023-04-25 and 14,690 from 2024-05-28; a family
    // of two 18,288 from 2024-05-28 and 19,001 from 2025-07-07.
    const single = (amount: number | null) =>
      candidate({
        birthDate: '1990-07-01',
        settlementFunds: amount === null ? null : { amount, currency: 'CAD' },
      });
    expect(nextChangeOn(single(14_000), { on: '2024-03-01', sets })).toBe('2024-05-28');
    expect(nextChangeOn(single(14_690), { on: '2024-03-01', sets })).toBe('2024-07-01');
    expect(nextChangeOn(single(13_000), { on: '2024-03-01', sets })).toBe('2024-07-01');
    expect(nextChangeOn(single(null), { on: '2024-03-01', sets })).toBe('2024-07-01');
    const couple = candidate({
      birthDate: '1990-09-01',
      maritalStatus: 'married',
      spouse: { accompanying: true, canadianCitizenOrPR: false, languageTests: [], work: [], education: [] },
      settlementFunds: { amount: 19_000, currency: 'CAD' },
    });
    expect(nextChangeOn(couple, { on: '2025-04-01', sets })).toBe('2025-07-07');
    expect(fundsOutcomeChange(couple, '2025-07-07')).toBeNull();
    expect(fundsOutcomeChange({ ...couple, familySize: 3 }, '2025-03-01')).toBeNull();
  });

  it('is a 29 February birthday read either way in a common year', () => {
    const profile = candidate({ birthDate: '2000-02-29' });
    expect(nextChangeOn(profile, { on: '2027-02-27', sets })).toBe('2027-02-28');
    expect(nextChangeOn(profile, { on: '2027-02-28', sets })).toBe('2027-03-01');
  });

  it('is the next day for 12 CEC months that the 3-year window starts to eat today', () => {
    // 2023-03-02 to 2024-03-01 inside [2023-03-02, 2026-03-02): exactly 12 months, 11.97 tomorrow.
    const profile = candidate({
      languageTests: [clb(9, 9, 9, 9)],
      jobs: [{ noc: '21232', start: '2023-01-01', end: '2024-03-01' }],
    });
    expect(assessOn(profile, '2026-03-02').programBits).toBe(PROGRAM_BITS.CEC);
    expect(nextChangeOn(profile, { on: '2026-03-02', sets })).toBe('2026-03-03');
    expect(assessOn(profile, '2026-03-03').programBits).toBe(0);
  });

  it('is the day growing months reach a threshold, found day by day once the rate bound is short', () => {
    // Full time in Canada since 2025-03-15: on 2026-03-01, 11.5 months in 3 years. IRPR 87.1's
    // 12 months are there on 2026-03-15 (2025-03-15 to 2026-03-14), not a day sooner; the rate
    // bound alone would say (12 − 11.5 − 0.25) × 28 = 7 days.
    const profile = candidate({
      birthDate: '1990-07-01',
      languageTests: [clb(9, 9, 9, 9, '2025-06-01')],
      jobs: [{ noc: '21232', start: '2025-03-15' }],
    });
    expect(assessOn(profile, '2026-03-14').programBits & PROGRAM_BITS.CEC).toBe(0);
    expect(assessOn(profile, '2026-03-15').programBits & PROGRAM_BITS.CEC).toBe(PROGRAM_BITS.CEC);
    expect(nextChangeOn(profile, { on: '2026-03-01', sets })).toBe('2026-03-15');
  });

  it('waits while finished work sits whole inside its windows', () => {
    // Four years abroad, 2019-01-01 to 2022-12-31: 48 foreign months on the dot, but the 10-year
    // window's start reaches 2019 only in 2029; 22 months in 5 years, (22 − 12 − 0.25) × 28 = 273
    // days from FSW's 12; out of the 3-year window. The next change is the birthday.
    const profile = candidate({
      birthDate: '1990-07-01',
      jobs: [{ noc: '21232', country: 'IN', start: '2019-01-01', end: '2022-12-31' }],
    });
    expect(nextChangeOn(profile, { on: '2026-03-02', sets })).toBe('2026-07-01');
  });

  it('waits while a full-time job fills every window end to end', () => {
    // Abroad full time since 2010, still working: 120 months in 10 years, exactly 10 completed
    // years, every day. Each day gained is worked like each day lost, so nothing moves before the
    // job ends or the birthday.
    const profile = candidate({
      birthDate: '1990-07-01',
      jobs: [{ noc: '21232', country: 'IN', start: '2010-01-01' }],
    });
    expect(nextChangeOn(profile, { on: '2026-03-02', sets })).toBe('2026-07-01');
  });

  it('sees two trades trading places (the FST trade with the most months is the one assessed)', () => {
    // A certificate in 72310 (work abroad, ended 2023) and a job offer in 72200 (work in Canada,
    // ongoing). While 72310 has more months in 5 years its certificate is the basis, the offer is
    // in another trade, so no proof-of-funds exemption and no funds: FST not met. Once 72200 leads,
    // the offer is in the trade and the candidate works in Canada: exempt, FST met.
    const profile = candidate({
      languageTests: [clb(6, 6, 6, 6)],
      jobs: [
        { noc: '72310', country: 'IN', start: '2019-01-01', end: '2023-12-31' },
        { noc: '72200', start: '2023-06-01' },
      ],
      certificateOfQualification: { province: 'ON', trade: '72310', issued: '2022-01-01' },
      jobOffer: { noc: '72200', lmia: false },
    });
    expect(assessOn(profile, '2026-03-16').programBits & PROGRAM_BITS.FST).toBe(0);
    expect(assessOn(profile, '2026-03-17').programBits & PROGRAM_BITS.FST).toBe(PROGRAM_BITS.FST);
    let on = '2026-01-01';
    while (on < '2026-03-17') on = assessOn(profile, on).validUntil;
    expect(on).toBe('2026-03-17');
  });
});

describe('firstDayMeeting', () => {
  // A quantity at 11 months gaining a month every 30 days: 12 on day 30.
  const growing = (days: number) => 11 + days / 30;
  // Half time: half a month every 30 days, 12 on day 60.
  const halfTime = (days: number) => 11 + days / 60;
  it('is the first day the quantity meets the threshold, whether or not the first guess is right', () => {
    expect(firstDayMeeting(12, 1, 0, 62, growing)).toBe(30);
    expect(firstDayMeeting(12, 1, 30, 30, growing)).toBe(30);
    expect(firstDayMeeting(12, 1, 0, 62, halfTime)).toBe(60);
    expect(firstDayMeeting(12, 0.5, 0, 62, growing)).toBe(30);
  });
  it('is the day after the range when the quantity stays short in it, and the range start when empty', () => {
    expect(firstDayMeeting(12, 1, 0, 29, growing)).toBe(30);
    expect(firstDayMeeting(13, 2, 0, 40, growing)).toBe(41);
    expect(firstDayMeeting(12, 1, 10, 5, growing)).toBe(10);
  });
});

const same = (a: ReturnType<typeof assessOn>) => ({
  crs: a.crs,
  programBits: a.programBits,
  categoryBits: a.categoryBits,
});

describe('the work quantities validUntil watches', () => {
  it('count what the rules count (CRS years, CEC months)', () => {
    fc.assert(
      fc.property(profileArbitrary, assessmentDay, (profile, on) => {
        const months = (quantity: { years: number | null; counts: (job: never) => boolean }) =>
          summarizeExperience(
            profile.work,
            quantity.years === null ? { from: '1900-01-01', to: on } : lookbackWindow(on, quantity.years),
            quantity.counts as never,
          ).months;
        const crs = experienceProfile(profile.work, { on });
        const cec = cecExperience(profile.work, on);
        expect(months(WORK_QUANTITIES.crsCanadian)).toBe(crs.skilledCanadian.months);
        expect(months(WORK_QUANTITIES.crsForeign)).toBe(crs.skilledForeign.months);
        expect(months(WORK_QUANTITIES.cec)).toBe(cec.months);
        expect(months(WORK_QUANTITIES.cecTeer0And1)).toBe(cec.monthsTeer0And1);
        expect(months(WORK_QUANTITIES.cecTeer2And3)).toBe(cec.monthsTeer2And3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validUntil is conservative', () => {
  it('on every day before it, the rules give the same score and bits (random profiles)', () => {
    fc.assert(
      fc.property(
        profileArbitrary,
        assessmentDay,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (profile, on, u) => {
          const first = assessOn(profile, on);
          expect(first.validUntil > on).toBe(true);
          const span = dayNumber(first.validUntil) - dayNumber(on);
          const lastDay = addDays(first.validUntil, -1);
          const someDay = addDays(on, Math.floor(u * span));
          for (const day of [lastDay, someDay]) expect(same(assessOn(profile, day))).toEqual(same(first));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('day after day, nothing changes before it, and each new one is taken on the day it comes', () => {
    fc.assert(
      fc.property(profileArbitrary, assessmentDay, (profile, start) => {
        let current = assessOn(profile, start);
        const from = dayNumber(start);
        for (let day = from + 1; day <= from + 240; day += 1) {
          const on = fromDayNumber(day);
          const fresh = assessOn(profile, on);
          if (on < current.validUntil) expect({ on, ...same(fresh) }).toEqual({ on, ...same(current) });
          else current = fresh;
        }
      }),
      { numRuns: 30 },
    );
  });
});
