/**
 * What-if suggestions on explicit dates. Every expected total is worked by hand from the tables
 * in crs-rules.md (section letters cited beside each figure); none is read back from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../data/categories.js';
import { catalogueKeys, type MessageKey, t } from '../../i18n/index.js';
import { completedYears } from '../_lib/dates.js';
import { candidate, clb, nclc } from '../_test/profiles.js';
import type { Profile } from '../profile/schema.js';
import { nextBirthday, WHAT_IF_CODES, type WhatIfResult, type WhatIfSuggestion, whatIf } from './index.js';

const sets = bundledCategorySets();
const on = '2025-09-01';

/** [code, crsGain, newTotal] of each suggestion, in rank order. */
function ranking(result: WhatIfResult): Array<[string, number, number]> {
  return result.suggestions.map((s) => [s.code, s.crsGain, s.newTotal]);
}

function only(result: WhatIfResult, code: string): WhatIfSuggestion {
  const found = result.suggestions.filter((s) => s.code === code);
  if (found.length !== 1) throw new Error(`${found.length} suggestions ${code}`);
  return found[0] as WhatIfSuggestion;
}

const nothingOpened = { categories: [], programs: [] };

/**
 * A: 29 on 2025-09-01 (born 1996-03-15), never married, a foreign master's with an ECA,
 * English CLB 9 in all four, no work. Without spouse:
 * A1 age 29 = 110, A2 master's = 135, A3 4 × 31 = 124, A4 0, A5 0;
 * C1 master's (tier U) × CLB 9+ = 50, no Canadian work; C2 no foreign work; D 0. Total 419.
 */
const mastersClb9 = (extra: Partial<Parameters<typeof candidate>[0]> = {}) =>
  candidate({
    birthDate: '1996-03-15',
    education: [{ level: 'masters', canadian: false, eca: true, completed: '2020-06-30' }],
    languageTests: [clb(9, 9, 9, 9)],
    ...extra,
  });

/**
 * B: 35 (born 1990-01-01), never married, a foreign bachelor's with an ECA, English CLB 8 in all
 * four; NOC 21232 (TEER 1) in Canada since 2024-11-01 (10 months on 2025-09-01: 0 years) and in
 * India 2015-01-01 to 2024-08-31 (inside the window from 2015-09-01: 9 years). No funds declared.
 * A1 35 = 77, A2 bachelor's = 120, A3 4 × 23 = 92, A5 0; C1 bachelor's (tier L) × CLB 7–8 = 13;
 * C2 foreign 3+ × CLB 7–8 = 25; total 289 + 38 = 327.
 */
const developer = () =>
  candidate({
    education: [{ level: 'bachelors', canadian: false, eca: true, completed: '2012-06-30' }],
    languageTests: [clb(8, 8, 8, 8)],
    jobs: [
      { noc: '21232', start: '2024-11-01' },
      { noc: '21232', country: 'IN', start: '2015-01-01', end: '2024-08-31' },
    ],
  });

/**
 * C: married, 40 (born 1985-06-01), Canadian secondary diploma, English CLB 7; the accompanying
 * spouse, 30 (born 1995-06-01), has a foreign master's with an ECA and CLB 9. With spouse:
 * A1 40 = 45, A2 secondary = 28, A3 4 × 16 = 64; B1 master's = 10, B2 4 × 5 = 20, B3 0; C 0
 * (secondary is tier 0). Total 167.
 */
const couple = (spouseBirthDate?: string) =>
  candidate({
    birthDate: '1985-06-01',
    maritalStatus: 'married',
    education: [{ level: 'secondary', canadian: true, completed: '2003-06-30' }],
    languageTests: [clb(7, 7, 7, 7)],
    spouse: {
      accompanying: true,
      ...(spouseBirthDate ? { birthDate: spouseBirthDate } : {}),
      education: [{ level: 'masters', canadian: false, eca: true, completed: '2020-06-30' }],
      languageTests: [clb(9, 9, 9, 9)],
    },
  });

describe('whatIf: a candidate without spouse, 29, master’s with an ECA, CLB 9 everywhere', () => {
  const result = whatIf(mastersClb9(), { on, sets });

  it('scores the profile as it is under the rule set in force', () => {
    expect(result.on).toBe(on);
    expect(result.currentTotal).toBe(419);
    expect(result.ruleset).toBe('crs@2025-03-25');
  });

  it('ranks by points, then by what opens, then in the order tried; the deadline last', () => {
    expect(ranking(result)).toEqual([
      // D: a nomination alone fills D, 600.
      ['whatif.provincial-nomination', 600, 1019],
      // A4: 4 × 3 = 12 (cap 24); D: French NCLC 7+ with English CLB 5+ = 50. 12 + 50.
      ['whatif.second-language', 62, 481],
      // D: Canadian credential of 3 years = 30; the master's stays the highest level.
      ['whatif.canadian-study', 30, 449],
      // A2: doctoral 150 − 135; C1 is already tier U. Tried before Canadian study: first on a tie.
      ['whatif.education-level', 15, 434],
      // D: Canadian credential of 2 years = 15.
      ['whatif.canadian-study', 15, 434],
      // A3: 4 × (34 − 31); C needs nothing more than CLB 9.
      ['whatif.language-all', 12, 431],
      // A4: 4 × 1 at NCLC 5; no French points below NCLC 7.
      ['whatif.second-language', 4, 423],
      // A3: one ability 31 → 34.
      ['whatif.language-band', 3, 422],
      ['whatif.language-band', 3, 422],
      ['whatif.language-band', 3, 422],
      ['whatif.language-band', 3, 422],
      // A1: 30 on 2026-03-15, 110 → 105.
      ['whatif.birthday-deadline', -5, 414],
    ]);
  });

  it('describes each change by its machine fields', () => {
    expect(result.suggestions.filter((s) => s.code === 'whatif.language-band').map((s) => s.change)).toEqual(
      (['listening', 'reading', 'writing', 'speaking'] as const).map((ability) => ({
        language: 'english',
        test: 'CLB',
        date: '2025-01-15',
        replacedBy: 'CLB',
        ability,
        from: 9,
        to: 10,
      })),
    );
    expect(only(result, 'whatif.language-all').change).toEqual({
      language: 'english',
      test: 'CLB',
      date: '2025-01-15',
      replacedBy: 'CLB',
      level: 10,
      from: { listening: 9, reading: 9, writing: 9, speaking: 9 },
      to: { listening: 10, reading: 10, writing: 10, speaking: 10 },
    });
    expect(result.suggestions[1]).toEqual({
      code: 'whatif.second-language',
      change: { language: 'french', level: 7, test: 'NCLC', date: on },
      crsGain: 62,
      newTotal: 481,
      // The 2025 French category asks NCLC 7 in all four and nothing else.
      opens: { categories: ['french-language-proficiency@2025'], programs: [] },
    });
    expect(only(result, 'whatif.education-level').change).toEqual({
      from: 'masters',
      to: 'doctoral',
      canadian: false,
      eca: true,
      completed: '2025-08-31',
    });
    expect(only(result, 'whatif.provincial-nomination').change).toEqual({ issued: on });
  });

  it('gives the birthday as a deadline, its cost counted on that day alone', () => {
    expect(result.suggestions.at(-1)).toEqual({
      code: 'whatif.birthday-deadline',
      change: { birthday: '2026-03-15', fromAge: 29, toAge: 30 },
      crsGain: -5,
      newTotal: 414,
      opens: nothingOpened,
      deadline: '2026-03-15',
    });
  });

  it('never changes the profile it is given', () => {
    const profile = mastersClb9();
    const before = structuredClone(profile);
    whatIf(profile, { on, sets });
    expect(profile).toEqual(before);
  });
});

describe('whatIf: work, education and language for a candidate with 10 months in Canada', () => {
  const result = whatIf(developer(), { on, sets });

  it('adds the full-time job that completes one more Canadian year, and it opens CEC', () => {
    expect(result.currentTotal).toBe(327);
    // 30 h/week from 2024-09-01 joins the job from 2024-11-01: 12 months to 2025-08-31
    // (from 2024-09-02 it would be 11.97). A5 1 year = 40; C1 13 + 13 = 26 (+13);
    // C2 foreign 3+ × 1 year Canadian = 25, 25 + 25 = 50 (+25). 327 + 40 + 13 + 25 = 405.
    expect(only(result, 'whatif.canadian-work-year')).toEqual({
      code: 'whatif.canadian-work-year',
      change: {
        noc: '21232',
        country: 'CA',
        hoursPerWeek: 30,
        start: '2024-09-01',
        end: '2025-08-31',
        canadianYears: { from: 0, to: 1 },
      },
      crsGain: 78,
      newTotal: 405,
      // CEC: 12 months of skilled Canadian work in 3 years, CLB 7 for TEER 1. FSW stays closed
      // (no funds declared).
      opens: { categories: [], programs: ['CEC'] },
    });
  });

  it('reaches back past work already done: the job covers the latest months not worked', () => {
    // A's profile, in Canada full time since 2023-09-01: 2 years on 2025-09-01. A5 53; C1 master's
    // × 2 years = 50, already capped with CLB 9+. Total 419 + 53 = 472. A third year needs 12 more
    // months, all before 2023-09-01: the job starts 2022-09-01. A5 64: +11.
    const result = whatIf(mastersClb9({ jobs: [{ noc: '21232', start: '2023-09-01' }] }), { on, sets });
    expect(result.currentTotal).toBe(472);
    expect(only(result, 'whatif.canadian-work-year')).toMatchObject({
      change: { start: '2022-09-01', end: '2025-08-31', canadianYears: { from: 2, to: 3 } },
      crsGain: 11,
      newTotal: 483,
    });
  });

  it('drops the year in an unskilled occupation: it neither scores nor opens', () => {
    // NOC 64100 is TEER 4: not counted (§E1), and on no 2025 list.
    const result = whatIf(mastersClb9({ jobs: [{ noc: '64100', start: '2024-01-01' }] }), { on, sets });
    expect(result.suggestions.map((s) => s.code)).not.toContain('whatif.canadian-work-year');
  });

  it('raises one ability, or all four to CLB 9 and CLB 10', () => {
    const bands = result.suggestions.filter((s) => s.code === 'whatif.language-band');
    // A3 one ability 23 → 31; C still needs all four at CLB 9.
    expect(bands.map((s) => [s.change.ability, s.change.from, s.change.to, s.crsGain])).toEqual([
      ['listening', 8, 9, 8],
      ['reading', 8, 9, 8],
      ['writing', 8, 9, 8],
      ['speaking', 8, 9, 8],
    ]);
    const all = result.suggestions.filter((s) => s.code === 'whatif.language-all');
    // CLB 9: A3 4 × 31 = 124 (+32); C1 tier L × CLB 9+ = 25 (+12); C2 3+ × CLB 9+ = 50 (+25). +69.
    // CLB 10: A3 4 × 34 = 136 (+44), C the same. +81.
    expect(all.map((s) => [s.change.level, s.crsGain, s.newTotal])).toEqual([
      [10, 81, 408],
      [9, 69, 396],
    ]);
  });

  it('scores the credentials through the level rule: a second credential makes “two or more”', () => {
    // A foreign bachelor's + a Canadian two-year diploma = two or more credentials, one of 3+
    // years: A2 128 (+8), C1 tier U × CLB 7–8 = 25 (+12), D Canadian 1–2 years 15. +35.
    const twoYear = result.suggestions.find(
      (s) => s.code === 'whatif.canadian-study' && s.change.lengthYears === 2,
    );
    expect([twoYear?.crsGain, twoYear?.newTotal]).toEqual([35, 362]);
    // The summary level "two or more" with an ECA: +8 and +12.
    expect(only(result, 'whatif.education-level')).toMatchObject({
      change: { from: 'bachelors', to: 'two-or-more' },
      crsGain: 20,
      newTotal: 347,
    });
  });

  it('ranks the nomination, then CLB 10, then the work year that also opens CEC', () => {
    expect(ranking(result).slice(0, 4)).toEqual([
      ['whatif.provincial-nomination', 600, 927],
      ['whatif.language-all', 81, 408],
      ['whatif.canadian-work-year', 78, 405],
      ['whatif.language-all', 69, 396],
    ]);
  });
});

describe('whatIf: no valid first-language test', () => {
  // A's profile with its English result taken 2023-01-15: it counted until 2025-01-14.
  const result = whatIf(mastersClb9({ languageTests: [clb(9, 9, 9, 9, '2023-01-15')] }), { on, sets });

  it('suggests a first test at CLB 7 and CLB 9, and no second language', () => {
    // A1 110 + A2 135 = 245.
    expect(result.currentTotal).toBe(245);
    const tests = result.suggestions.filter((s) => s.code === 'whatif.language-first-test');
    // CLB 7: A3 4 × 17 = 68, C1 tier U × CLB 7+ = 25: +93. CLB 9: A3 124, C1 50: +174.
    expect(tests.map((s) => [s.change, s.crsGain, s.newTotal])).toEqual([
      [{ language: 'english', level: 9, test: 'CLB', date: on }, 174, 419],
      [{ language: 'english', level: 7, test: 'CLB', date: on }, 93, 338],
    ]);
    expect(result.suggestions.map((s) => s.code)).not.toContain('whatif.second-language');
    expect(result.suggestions.map((s) => s.code)).not.toContain('whatif.language-band');
  });
});

describe('whatIf: a foreign credential without an ECA', () => {
  const result = whatIf(
    mastersClb9({ education: [{ level: 'masters', canadian: false, eca: false, completed: '2020-06-30' }] }),
    { on, sets },
  );

  it('suggests the ECA, and the next level from none is secondary', () => {
    // A1 110 + A3 124 = 234; the ECA brings A2 135 and C1 tier U × CLB 9+ = 50: +185.
    expect(result.currentTotal).toBe(234);
    expect(only(result, 'whatif.eca')).toMatchObject({
      change: { level: 'masters', eca: true },
      crsGain: 185,
      newTotal: 419,
    });
    // A2 secondary = 30; C1 tier 0.
    expect(only(result, 'whatif.education-level')).toMatchObject({
      change: { from: null, to: 'secondary' },
      crsGain: 30,
    });
  });
});

describe('whatIf: the spouse or partner as principal applicant', () => {
  it('swaps the two when the spouse’s birth date is known', () => {
    const result = whatIf(couple('1995-06-01'), { on, sets });
    expect(result.currentTotal).toBe(167);
    // With spouse: A1 30 = 95, A2 master's 126, A3 4 × 29 = 116; B1 secondary 2, B2 4 × 3 = 12;
    // C1 tier U × CLB 9+ = 50. 337 + 14 + 50 = 401.
    expect(only(result, 'whatif.spouse-principal')).toEqual({
      code: 'whatif.spouse-principal',
      change: { birthDate: '1995-06-01' },
      crsGain: 234,
      newTotal: 401,
      opens: nothingOpened,
    });
    expect(result.suggestions.map((s) => s.code)).not.toContain('whatif.spouse-principal-needs-birth-date');
  });

  it('asks for the spouse’s birth date instead of guessing, before the deadline', () => {
    const result = whatIf(couple(), { on, sets });
    expect(result.suggestions.map((s) => s.code)).not.toContain('whatif.spouse-principal');
    expect(result.suggestions.slice(-2)).toEqual([
      {
        code: 'whatif.spouse-principal-needs-birth-date',
        change: {},
        crsGain: 0,
        newTotal: 167,
        opens: nothingOpened,
      },
      {
        // A1 with spouse: 41 on 2026-06-01, 45 → 35.
        code: 'whatif.birthday-deadline',
        change: { birthday: '2026-06-01', fromAge: 40, toAge: 41 },
        crsGain: -10,
        newTotal: 157,
        opens: nothingOpened,
        deadline: '2026-06-01',
      },
    ]);
  });

  it('is not tried for a spouse who is not scored (a Canadian citizen)', () => {
    const profile = candidate({
      maritalStatus: 'married',
      spouse: { accompanying: true, canadianCitizenOrPR: true, birthDate: '1995-06-01' },
    });
    const codes = whatIf(profile, { on, sets }).suggestions.map((s) => s.code);
    expect(codes).not.toContain('whatif.spouse-principal');
    expect(codes).not.toContain('whatif.spouse-principal-needs-birth-date');
  });
});

describe('the birthday deadline', () => {
  it('is the next birthday, even when `on` is a birthday', () => {
    expect(nextBirthday('1996-03-15', '2025-09-01')).toBe('2026-03-15');
    expect(nextBirthday('1996-03-15', '2025-03-15')).toBe('2026-03-15');
    expect(nextBirthday('1996-03-15', '2025-03-14')).toBe('2025-03-15');
  });

  it('falls on 1 March in a common year for a 29 February birthday, as age is counted', () => {
    expect(nextBirthday('2000-02-29', '2029-06-01')).toBe('2030-03-01');
    expect(completedYears('2000-02-29', '2030-02-28')).toBe(29);
    expect(completedYears('2000-02-29', '2030-03-01')).toBe(30);
    expect(nextBirthday('2000-02-29', '2031-06-01')).toBe('2032-02-29');
  });

  it('is given only when the birthday lowers the age points', () => {
    // 28 → 29 on 2025-03-15: 110 both (A1). 29 → 30 on 2026-03-15: 110 → 105.
    const codesOn = (date: string) =>
      whatIf(mastersClb9(), { on: date, sets }).suggestions.map((s) => s.code);
    expect(codesOn('2025-03-14')).not.toContain('whatif.birthday-deadline');
    const onBirthday = whatIf(mastersClb9(), { on: '2025-03-15', sets });
    expect(onBirthday.suggestions.at(-1)).toMatchObject({ deadline: '2026-03-15', crsGain: -5 });
  });
});

describe('messages', () => {
  const runs = [
    whatIf(mastersClb9(), { on, sets }),
    whatIf(developer(), { on, sets }),
    whatIf(mastersClb9({ languageTests: [] }), { on, sets }),
    whatIf(mastersClb9({ education: [{ level: 'masters', canadian: false, completed: '2020-06-30' }] }), {
      on,
      sets,
    }),
    whatIf(couple(), { on, sets }),
    whatIf(couple('1995-06-01'), { on, sets }),
  ];
  const emitted = runs.flatMap((run) => run.suggestions);

  it('every code is emitted by the cases above, and is a catalogue key (a type check)', () => {
    const keys: readonly MessageKey[] = WHAT_IF_CODES;
    expect(new Set(emitted.map((s) => s.code))).toEqual(new Set(keys));
  });

  it.each(['en', 'fr'] as const)('every code has a %s message rendering its fields', (lang) => {
    const catalogue = new Set(catalogueKeys(lang));
    expect(WHAT_IF_CODES.filter((code) => !catalogue.has(code))).toEqual([]);
    for (const suggestion of emitted) {
      const text = t(lang, suggestion.code, suggestion);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('renders the change, the points and what opens', () => {
    const [a, b, , , c] = runs as [WhatIfResult, WhatIfResult, WhatIfResult, WhatIfResult, WhatIfResult];
    const listening = b.suggestions.find(
      (s) => s.code === 'whatif.language-band' && s.change.ability === 'listening',
    ) as WhatIfSuggestion;
    expect(t('en', listening.code, listening)).toBe('English listening CLB 8 → 9: +8 points (327 → 335)');
    expect(t('fr', listening.code, listening)).toBe(
      'Anglais, compréhension de l’oral, CLB 8 → 9 : +8 points (327 → 335)',
    );
    const french = a.suggestions[1] as WhatIfSuggestion;
    expect(t('en', french.code, french)).toBe(
      'French as second official language, NCLC 7 in all four abilities: +62 points (419 → 481); opens french-language-proficiency@2025',
    );
    const work = only(b, 'whatif.canadian-work-year');
    expect(t('en', work.code, work)).toBe(
      'One more year of Canadian work: NOC 21232, 30 h/week from 2024-09-01 to 2025-08-31 (completed years in Canada 0 → 1): +78 points (327 → 405); opens CEC',
    );
    expect(t('fr', work.code, work)).toMatch(/; ouvre CEC$/);
    const birthday = a.suggestions.at(-1) as WhatIfSuggestion;
    expect(t('en', birthday.code, birthday)).toBe('Turning 30 on 2026-03-15: -5 points (419 → 414)');
    expect(t('fr', birthday.code, birthday)).toBe('30 ans le 2026-03-15 : -5 points (419 → 414)');
    const notice = only(c, 'whatif.spouse-principal-needs-birth-date');
    expect(t('en', notice.code, notice)).toBe(
      "Add your spouse's or partner's birth date to compare with them as principal applicant",
    );
  });
});

describe('invariants', () => {
  const level = fc.integer({ min: 4, max: 10 });
  const levels = fc.tuple(level, level, level, level);
  const profiles = fc
    .record({
      english: levels,
      french: fc.option(levels, { nil: null }),
      birthYear: fc.integer({ min: 1975, max: 2000 }),
    })
    .map(
      ({ english, french, birthYear }): Profile =>
        mastersClb9({
          birthDate: `${birthYear}-07-20`,
          languageTests: [clb(...english), ...(french ? [nclc(...french)] : [])],
        }),
    );

  it('ranks, keeps only changes that gain or open, and leaves the profile alone', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const before = structuredClone(profile);
        const { suggestions, currentTotal } = whatIf(profile, { on, sets });
        expect(profile).toEqual(before);
        const isNotice = (s: WhatIfSuggestion) =>
          s.code === 'whatif.birthday-deadline' || s.code === 'whatif.spouse-principal-needs-birth-date';
        const changes = suggestions.filter((s) => !isNotice(s));
        expect(suggestions.slice(0, changes.length)).toEqual(changes);
        for (const s of changes) {
          const opened = s.opens.categories.length + s.opens.programs.length;
          expect(s.crsGain > 0 || opened > 0).toBe(true);
          expect(s.newTotal - s.crsGain).toBe(currentTotal);
          expect(s.newTotal).toBeLessThanOrEqual(1200);
        }
        for (let i = 1; i < changes.length; i += 1) {
          const [a, b] = [changes[i - 1] as WhatIfSuggestion, changes[i] as WhatIfSuggestion];
          const count = (s: WhatIfSuggestion) => s.opens.categories.length + s.opens.programs.length;
          expect(a.crsGain > b.crsGain || (a.crsGain === b.crsGain && count(a) >= count(b))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
