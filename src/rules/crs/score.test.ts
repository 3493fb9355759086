/**
 * Whole CRS scores on explicit dates. Every expected total is worked by hand from the tables in
 * crs-rules.md (shown in the comments), never taken from running the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidate, clb, nclc } from '../_test/profiles.js';
import { educationLevels, type ProfileInput } from '../profile/schema.js';
import { CRS_RULESETS, crsRulesetOn } from './rulesets.js';
import { crsScore } from './score.js';

const points = (score: ReturnType<typeof crsScore>, factor: string) =>
  score.factors.find((f) => f.factor === factor)?.points ?? 0;

describe('rule sets by date', () => {
  it('switches on each effective date', () => {
    expect(CRS_RULESETS.map((set) => set.id)).toEqual([
      'crs@2015-01-01',
      'crs@2016-11-19',
      'crs@2017-06-06',
      'crs@2020-10-27',
      'crs@2025-03-25',
    ]);
    expect(crsRulesetOn('2016-11-18').id).toBe('crs@2015-01-01');
    expect(crsRulesetOn('2016-11-19').id).toBe('crs@2016-11-19');
    expect(crsRulesetOn('2017-06-05').id).toBe('crs@2016-11-19');
    expect(crsRulesetOn('2020-10-27').id).toBe('crs@2020-10-27');
    expect(crsRulesetOn('2025-03-24').id).toBe('crs@2020-10-27');
    expect(crsRulesetOn('2025-03-25').id).toBe('crs@2025-03-25');
  });

  it('each set is confirmed up to the next one; the current one up to its last check', () => {
    expect(crsRulesetOn('2020-01-01').confirmedThrough).toBe('2020-10-26');
    expect(crsRulesetOn('2026-01-01').confirmedThrough).toBe('2026-07-31');
    const later = crsScore(candidate({ languageTests: [clb(9, 9, 9, 9)] }), { on: '2026-11-30' });
    expect(later.warnings.map((w) => w.code)).toEqual(['crs.unconfirmed']);
    expect(crsScore(candidate(), { on: '2026-07-31' }).warnings).toEqual([]);
  });
});

describe('worked profiles', () => {
  // Born 1993-04-12, no spouse; bachelor's (ECA); IELTS 8/7/7/7 = CLB 9 in all four;
  // skilled work in the Philippines 2016-01-04..2023-08-31 and in Canada from 2024-03-01.
  const nurse: Partial<ProfileInput> = {
    birthDate: '1993-04-12',
    education: [{ level: 'bachelors', canadian: false, lengthYears: 4, completed: '2015-06-30', eca: true }],
    languageTests: [
      { test: 'IELTS-GT', date: '2025-09-20', listening: 8, reading: 7, writing: 7, speaking: 7 },
    ],
    work: [
      { noc: '31301', country: 'PH', start: '2016-01-04', end: '2023-08-31', hoursPerWeek: 40 },
      { noc: '31301', country: 'CA', start: '2024-03-01', end: null, hoursPerWeek: 37.5 },
    ],
  };

  it('a nurse on 2026-06-01 scores 485', () => {
    const score = crsScore(candidate(nurse), { on: '2026-06-01' });
    // A: age 33 → 88; bachelor's → 120; CLB 9 ×4 → 4 × 31 = 124; Canadian work 2024-03-01..2026-05-31
    //    = 27 months → 2 years → 53. A = 385.
    // C: bachelor's (tier L) × CLB 9+ → 25, × 2 years Canadian → 25 → 50;
    //    foreign 2016-06-01..2023-08-31 in the 10-year window = 7 years (3+) × CLB 9+ → 50,
    //    × 2 years Canadian → 50 → capped 50. C = 100. D = 0.
    expect(score.sections).toEqual({ A: 385, B: 0, C: 100, D: 0 });
    expect(score.total).toBe(485);
    expect(score.ruleset).toBe('crs@2025-03-25');
    expect(score.sectionMax).toEqual({ A: 500, B: 0, C: 100, D: 600 });
  });

  it('her age points fall on her 34th birthday, not the day before', () => {
    // 33 → 88, 34 → 83 (without spouse).
    expect(points(crsScore(candidate(nurse), { on: '2027-04-11' }), 'age')).toBe(88);
    expect(points(crsScore(candidate(nurse), { on: '2027-04-12' }), 'age')).toBe(83);
  });

  // Born 1996-11-02, married, accompanying spouse (bachelor's, ECA); master's (ECA);
  // TEF (new scale) 520/480/450/470 = NCLC 9/8/7/7; IELTS 7/6.5/6/6.5 = CLB 7/8/7/8;
  // work in France 2020-09-01..2024-12-20 at 35 h and from 2025-03-01 at 20 h.
  const developer: Partial<ProfileInput> = {
    birthDate: '1996-11-02',
    maritalStatus: 'married',
    education: [{ level: 'masters', canadian: false, lengthYears: 2, completed: '2020-06-30', eca: true }],
    languageTests: [
      { test: 'TEF-Canada', date: '2025-05-14', listening: 520, reading: 480, writing: 450, speaking: 470 },
      { test: 'IELTS-GT', date: '2025-06-07', listening: 7, reading: 6.5, writing: 6, speaking: 6.5 },
    ],
    work: [
      { noc: '21232', country: 'FR', start: '2020-09-01', end: '2024-12-20', hoursPerWeek: 35 },
      { noc: '21232', country: 'FR', start: '2025-03-01', end: null, hoursPerWeek: 20 },
    ],
    spouse: {
      accompanying: true,
      canadianCitizenOrPR: false,
      education: [
        { level: 'bachelors', canadian: false, lengthYears: 3, completed: '2019-06-30', eca: true },
      ],
    },
  };

  it('a French-speaking developer with a spouse scores 429 with French first', () => {
    const score = crsScore(candidate(developer), { on: '2026-06-01' });
    // With spouse. A: age 29 → 100; master's → 126; French first NCLC 9/8/7/7 → 29+22+16+16 = 83;
    //    English second CLB 7/8/7/8 → 3+3+3+3 = 12; no Canadian work → 0. A = 321.
    // B: spouse's bachelor's → 8. C: master's (tier U) × CLB 7+ → 25; foreign 5 years (3+) × CLB 7+ → 25.
    // D: NCLC 7+ in French and CLB 5+ in English → 50. Total 321 + 8 + 50 + 50 = 429.
    expect(score.sections).toEqual({ A: 321, B: 8, C: 50, D: 50 });
    expect(score.total).toBe(429);
    expect(score.firstLanguage).toBe('french');
    expect(score.firstLanguageDeclared).toBe(false);
  });

  it('with English chosen as first language the same profile scores 425', () => {
    // English first CLB 7/8/7/8 → 16+22+16+22 = 76; French second NCLC 9/8/7/7 → 6+3+3+3 = 15.
    // A = 100 + 126 + 76 + 15 = 317; B 8; C 25 + 25; D 50. Total 425.
    const score = crsScore(candidate({ ...developer, firstOfficialLanguage: 'en' }), { on: '2026-06-01' });
    expect(score.total).toBe(425);
    expect(score.firstLanguage).toBe('english');
    expect(score.firstLanguageDeclared).toBe(true);
  });

  it('a spouse who is a citizen, or stays behind, is scored "without spouse"', () => {
    for (const spouse of [
      { accompanying: true, canadianCitizenOrPR: true },
      { accompanying: false, canadianCitizenOrPR: false },
    ]) {
      const score = crsScore(candidate({ ...developer, spouse }), { on: '2026-06-01' });
      expect(score.withSpouse).toBe(false);
      // Without spouse: age 29 → 110; master's → 135; NCLC 9/8/7/7 → 31+23+17+17 = 88; second 12.
      expect(score.sections).toEqual({ A: 110 + 135 + 88 + 12, B: 0, C: 50, D: 50 });
    }
  });
});

describe('additional points across rule sets', () => {
  const base: Partial<ProfileInput> = {
    birthDate: '1990-01-01',
    languageTests: [clb(9, 9, 9, 9, '2016-01-10')],
  };

  it('arranged employment: 600 (LMIA) in 2015, 200 or 50 from 2016-11-19, none from 2025-03-25', () => {
    const developerOffer = candidate({ ...base, jobOffer: { noc: '21232', lmia: true } });
    const seniorManagerOffer = candidate({ ...base, jobOffer: { noc: '00012', lmia: true } });
    expect(points(crsScore(developerOffer, { on: '2016-11-18' }), 'arranged-employment')).toBe(600);
    expect(points(crsScore(developerOffer, { on: '2016-11-19' }), 'arranged-employment')).toBe(50);
    expect(points(crsScore(seniorManagerOffer, { on: '2016-11-19' }), 'arranged-employment')).toBe(200);
    const recentTest = { languageTests: [clb(9, 9, 9, 9, '2024-06-01')] };
    const before = crsScore(candidate({ ...base, ...recentTest, jobOffer: { noc: '21232', lmia: true } }), {
      on: '2025-03-24',
    });
    const after = crsScore(candidate({ ...base, ...recentTest, jobOffer: { noc: '21232', lmia: true } }), {
      on: '2025-03-25',
    });
    expect(points(before, 'arranged-employment')).toBe(50);
    expect(after.factors.some((f) => f.factor === 'arranged-employment')).toBe(false);
    // Age 35 on both days (born 1990-01-01): the whole difference is the 50 job-offer points.
    expect(before.total - after.total).toBe(50);
  });

  it('French: none before 2017-06-06, then 15/30, then 25/50 from 2020-10-27', () => {
    const bilingual = (date: string) =>
      candidate({ birthDate: '1990-01-01', languageTests: [clb(9, 9, 9, 9, date), nclc(7, 7, 7, 7, date)] });
    const frenchOnly = (date: string) =>
      candidate({ birthDate: '1990-01-01', languageTests: [nclc(7, 7, 7, 7, date)] });
    expect(
      crsScore(bilingual('2016-01-01'), { on: '2017-06-05' }).factors.some((f) => f.factor === 'french'),
    ).toBe(false);
    expect(points(crsScore(bilingual('2016-01-01'), { on: '2017-06-06' }), 'french')).toBe(30);
    expect(points(crsScore(frenchOnly('2016-01-01'), { on: '2017-06-06' }), 'french')).toBe(15);
    expect(points(crsScore(bilingual('2019-01-01'), { on: '2020-10-26' }), 'french')).toBe(30);
    expect(points(crsScore(bilingual('2019-01-01'), { on: '2020-10-27' }), 'french')).toBe(50);
    expect(points(crsScore(frenchOnly('2019-01-01'), { on: '2020-10-27' }), 'french')).toBe(25);
  });

  it('sibling from 2017-06-06; Canadian study from 2016-11-19', () => {
    const profile = candidate({
      ...base,
      siblingInCanada: true,
      education: [{ level: 'bachelors', canadian: true, lengthYears: 4, completed: '2012-05-01' }],
    });
    expect(points(crsScore(profile, { on: '2016-11-18' }), 'canadian-study')).toBe(0);
    expect(points(crsScore(profile, { on: '2016-11-19' }), 'canadian-study')).toBe(30);
    expect(points(crsScore(profile, { on: '2017-06-05' }), 'sibling')).toBe(0);
    expect(points(crsScore(profile, { on: '2017-06-06' }), 'sibling')).toBe(15);
  });

  it('D is capped at 600: a nomination fills it', () => {
    const profile = candidate({
      birthDate: '1990-01-01',
      languageTests: [clb(9, 9, 9, 9), nclc(7, 7, 7, 7)],
      siblingInCanada: true,
      provincialNomination: { province: 'BC', issued: '2025-02-10' },
      education: [{ level: 'masters', canadian: true, lengthYears: 2, completed: '2020-05-01' }],
    });
    const score = crsScore(profile, { on: '2025-06-01' });
    // 600 + 15 + 50 + 30 = 695 → 600.
    expect(score.factors.filter((f) => f.section === 'D').reduce((sum, f) => sum + f.points, 0)).toBe(695);
    expect(score.sections.D).toBe(600);
  });

  it('a nomination counts from the day it is issued', () => {
    const profile = candidate({ ...base, provincialNomination: { province: 'ON', issued: '2016-03-01' } });
    expect(points(crsScore(profile, { on: '2016-02-29' }), 'provincial-nomination')).toBe(0);
    expect(points(crsScore(profile, { on: '2016-03-01' }), 'provincial-nomination')).toBe(600);
  });
});

describe('invariants', () => {
  const level = fc.integer({ min: 0, max: 12 });
  const levels = fc.tuple(level, level, level, level);
  const educationLevel = fc.constantFrom(...educationLevels);
  const arbitraryProfile = fc.record({
    birthYear: fc.integer({ min: 1960, max: 2008 }),
    married: fc.boolean(),
    english: fc.option(levels, { nil: undefined }),
    french: fc.option(levels, { nil: undefined }),
    education: fc.option(educationLevel, { nil: undefined }),
    canadianStudy: fc.boolean(),
    canadianMonths: fc.integer({ min: 0, max: 90 }),
    foreignMonths: fc.integer({ min: 0, max: 90 }),
    nomination: fc.boolean(),
    sibling: fc.boolean(),
    certificate: fc.boolean(),
    spouseEducation: fc.option(educationLevel, { nil: undefined }),
    spouseEnglish: fc.option(levels, { nil: undefined }),
  });
  type Arbitrary = typeof arbitraryProfile extends fc.Arbitrary<infer T> ? T : never;
  const on = '2026-06-01';
  const toProfile = (p: Arbitrary) =>
    candidate({
      birthDate: `${p.birthYear}-03-15`,
      maritalStatus: p.married ? 'married' : 'never-married',
      languageTests: [
        ...(p.english ? [clb(...p.english, '2025-06-01')] : []),
        ...(p.french ? [nclc(...p.french, '2025-06-01')] : []),
      ],
      education: p.education
        ? [{ level: p.education, canadian: p.canadianStudy, eca: true, lengthYears: 3 }]
        : [],
      jobs: [
        ...(p.canadianMonths
          ? [{ noc: '21232', start: '2018-01-01', end: monthEnd(2018, p.canadianMonths) }]
          : []),
        ...(p.foreignMonths
          ? [{ noc: '21232', start: '2008-01-01', end: monthEnd(2008, p.foreignMonths), country: 'IN' }]
          : []),
      ],
      provincialNomination: p.nomination ? { province: 'NS', issued: '2026-01-01' } : null,
      siblingInCanada: p.sibling,
      certificateOfQualification: p.certificate
        ? { province: 'ON', trade: '72310', issued: '2024-01-01' }
        : null,
      spouse: p.married
        ? {
            accompanying: true,
            education: p.spouseEducation ? [{ level: p.spouseEducation, canadian: true }] : [],
            languageTests: p.spouseEnglish ? [clb(...p.spouseEnglish, '2025-06-01')] : [],
          }
        : null,
    });

  it('the total stays within 0–1,200 and every section within its maximum', () => {
    fc.assert(
      fc.property(arbitraryProfile, (p) => {
        const score = crsScore(toProfile(p), { on });
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(1200);
        expect(score.sections.A).toBeLessThanOrEqual(score.withSpouse ? 460 : 500);
        expect(score.sections.B).toBeLessThanOrEqual(score.withSpouse ? 40 : 0);
        expect(score.sections.C).toBeLessThanOrEqual(100);
        expect(score.sections.D).toBeLessThanOrEqual(600);
        for (const factor of score.factors) expect(factor.points).toBeLessThanOrEqual(factor.max);
      }),
      { numRuns: 300 },
    );
  });

  it('more language never lowers the score', () => {
    fc.assert(
      fc.property(arbitraryProfile, fc.integer({ min: 0, max: 3 }), (p, ability) => {
        if (!p.english) return;
        const raised = [...p.english] as [number, number, number, number];
        raised[ability] = Math.min(12, (raised[ability] ?? 0) + 1);
        const before = crsScore(toProfile(p), { on }).total;
        const after = crsScore(toProfile({ ...p, english: raised }), { on }).total;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('more education never lowers the score', () => {
    // educationLevels lists the levels from lowest to highest, as the CRS table A2 ranks them.
    const order = educationLevels;
    fc.assert(
      fc.property(arbitraryProfile, (p) => {
        const index = p.education ? order.indexOf(p.education) : -1;
        if (index === order.length - 1) return;
        const before = crsScore(toProfile(p), { on }).total;
        const after = crsScore(toProfile({ ...p, education: order[index + 1] }), { on }).total;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

/** The last day of the month `months` months after January of `year`. */
function monthEnd(year: number, months: number): string {
  return new Date(Date.UTC(year, months, 0)).toISOString().slice(0, 10);
}
