/** The facts the CRS reads, on explicit dates (crs-rules.md §A0, §E1–§E4). */
import { describe, expect, it } from 'vitest';
import { candidate, clb, nclc } from '../_test/profiles.js';
import { crsFacts, scoredWithSpouse } from './facts.js';

const on = '2026-06-01';

describe('crsFacts', () => {
  it('age in completed years, changing on the birthday', () => {
    const profile = candidate({ birthDate: '1996-06-01' });
    expect(crsFacts(profile, { on: '2026-05-31', firstLanguage: 'english' }).age).toBe(29);
    expect(crsFacts(profile, { on: '2026-06-01', firstLanguage: 'english' }).age).toBe(30);
  });

  it('work years: 1,560 hours a year, TEER 0–3 only, the last 10 years, no Canadian self-employment', () => {
    const profile = candidate({
      jobs: [
        // 24 months full time in Canada: 2 years.
        { noc: '21232', start: '2024-06-01', end: '2026-05-31' },
        // TEER 4 (retail salespersons) never counts.
        { noc: '64100', start: '2020-01-01', end: '2023-12-31' },
        // Self-employed in Canada: not Canadian experience.
        { noc: '21232', start: '2020-01-01', end: '2021-12-31', selfEmployed: true },
        // Abroad: 2014-01-01..2018-05-31, of which 2016-06-01..2018-05-31 (24 months) is inside the 10 years.
        { noc: '31301', start: '2014-01-01', end: '2018-05-31', country: 'GB' },
      ],
    });
    const facts = crsFacts(profile, { on, firstLanguage: 'english' });
    expect(facts.canadianWorkYears).toBe(2);
    expect(facts.foreignWorkYears).toBe(2);
  });

  it('part-time work: 15 h/week for 24 months is one year; a day short is none', () => {
    const year = candidate({
      jobs: [{ noc: '21232', start: '2024-06-01', end: '2026-05-31', hoursPerWeek: 15 }],
    });
    expect(crsFacts(year, { on, firstLanguage: 'english' }).canadianWorkYears).toBe(1);
    const short = candidate({
      jobs: [{ noc: '21232', start: '2024-06-02', end: '2026-05-31', hoursPerWeek: 15 }],
    });
    expect(crsFacts(short, { on, firstLanguage: 'english' }).canadianWorkYears).toBe(0);
  });

  it('orders the languages by the chosen first one, or the one that has a result', () => {
    const both = candidate({ languageTests: [clb(9, 9, 9, 9), nclc(7, 7, 7, 7)] });
    expect(crsFacts(both, { on, firstLanguage: 'french' })).toMatchObject({
      firstLanguage: 'french',
      first: { listening: 7, reading: 7, writing: 7, speaking: 7 },
      second: { listening: 9, reading: 9, writing: 9, speaking: 9 },
    });
    const frenchOnly = candidate({ languageTests: [nclc(8, 8, 8, 8)] });
    expect(crsFacts(frenchOnly, { on, firstLanguage: 'english' })).toMatchObject({
      firstLanguage: 'french',
      second: null,
    });
  });

  it('an expired test gives no levels', () => {
    const profile = candidate({ languageTests: [clb(9, 9, 9, 9, '2024-06-01')] });
    expect(crsFacts(profile, { on: '2026-05-31', firstLanguage: 'english' }).first).not.toBeNull();
    expect(crsFacts(profile, { on: '2026-06-01', firstLanguage: 'english' }).first).toBeNull();
  });

  it('education: foreign credentials need an ECA; Canadian study is the longest Canadian credential', () => {
    const profile = candidate({
      education: [
        { level: 'doctoral', canadian: false },
        { level: 'masters', canadian: false, eca: true },
        { level: 'one-year-post-secondary', canadian: true, lengthYears: 1 },
        { level: 'two-year-post-secondary', canadian: true },
      ],
    });
    const facts = crsFacts(profile, { on, firstLanguage: 'english' });
    expect(facts.education).toBe('masters');
    expect(facts.canadianStudy).toEqual({ level: 'two-year-post-secondary', lengthYears: 2 });
  });

  it('nominations and certificates count from their date', () => {
    const profile = candidate({
      provincialNomination: { province: 'BC', issued: '2026-06-02' },
      certificateOfQualification: { province: 'ON', trade: '72310', issued: '2026-06-01' },
    });
    const facts = crsFacts(profile, { on, firstLanguage: 'english' });
    expect(facts.provincialNomination).toBe(false);
    expect(facts.certificateOfQualification).toBe(true);
  });
});

describe('scoredWithSpouse (§A0)', () => {
  const spouse = { accompanying: true, canadianCitizenOrPR: false };
  it('only a married or common-law candidate with an accompanying partner who is not a citizen or PR', () => {
    expect(scoredWithSpouse(candidate({ maritalStatus: 'married', spouse }))).toBe(true);
    expect(scoredWithSpouse(candidate({ maritalStatus: 'common-law', spouse }))).toBe(true);
    expect(
      scoredWithSpouse(candidate({ maritalStatus: 'married', spouse: { ...spouse, accompanying: false } })),
    ).toBe(false);
    expect(
      scoredWithSpouse(
        candidate({ maritalStatus: 'married', spouse: { ...spouse, canadianCitizenOrPR: true } }),
      ),
    ).toBe(false);
    expect(scoredWithSpouse(candidate({ maritalStatus: 'divorced', spouse }))).toBe(false);
    expect(scoredWithSpouse(candidate({ maritalStatus: 'married', spouse: null }))).toBe(false);
  });
});
