/**
 * The FSW selection grid, row by row, on 2025-08-01. Expected points come from the IRPR ss.78–83
 * tables in reference/programs.md; months from the experience module's counting (a job occupies
 * [start, end + 1 day), 1 August to 31 July is 12 months, 2 August to 31 July is 11 + 30/31).
 */
import { describe, expect, it } from 'vitest';
import { candidate, clb, type Job, nclc } from '../_test/profiles.js';
import type { ProfileInput } from '../profile/schema.js';
import { adaptabilityElements, fswGrid } from './fsw-grid.js';

const ON = '2025-08-01';

function grid(extra: Parameters<typeof candidate>[0] = {}, firstLanguage: 'english' | 'french' = 'english') {
  return fswGrid(candidate(extra), { on: ON, firstLanguage });
}

function points(
  extra: Parameters<typeof candidate>[0],
  factor: string,
  firstLanguage: 'english' | 'french' = 'english',
) {
  const row = grid(extra, firstLanguage).factors.find((f) => f.factor === factor);
  if (!row) throw new Error(`no factor ${factor}`);
  return row.points;
}

const foreign = (start: string, end: string, noc = '21232', hoursPerWeek = 40): Job => ({
  noc,
  start,
  end,
  country: 'IN',
  hoursPerWeek,
});

describe('worked totals at the pass mark', () => {
  // Age 35 (born 1990-01-01) 12; foreign bachelor's with ECA 21; 2021-08-01..2024-07-31 = 36
  // months = 3 years 11; CLB L9 R9 W9 S8 = 6+6+6+5 = 23. 12 + 21 + 11 + 23 = 67.
  const a: Parameters<typeof candidate>[0] = {
    education: [{ level: 'bachelors', canadian: false, eca: true }],
    jobs: [foreign('2021-08-01', '2024-07-31')],
    languageTests: [clb(9, 9, 9, 8)],
  };

  it('sums to 67 and lists every factor with its maximum', () => {
    expect(grid(a)).toEqual({
      total: 67,
      passMark: 67,
      factors: [
        { factor: 'first-language', points: 23, max: 24 },
        { factor: 'second-language', points: 0, max: 4 },
        { factor: 'education', points: 21, max: 25 },
        { factor: 'experience', points: 11, max: 15 },
        { factor: 'age', points: 12, max: 12 },
        { factor: 'arranged-employment', points: 0, max: 10 },
        { factor: 'adaptability', points: 0, max: 10, elements: [] },
      ],
    });
  });

  it('sums to 66 with writing one level lower (CLB 8: 5 points, not 6)', () => {
    expect(grid({ ...a, languageTests: [clb(9, 9, 8, 8)] }).total).toBe(66);
  });

  // Age 43 (born 1982-08-01, birthday on the day) 4; master's with ECA 23; 2019-08-01..2025-07-31
  // = 72 months = 6 years 15; CLB 7 × 4 = 16; NCLC 5 × 4 second language 4; sibling 5.
  // 4 + 23 + 15 + 16 + 4 + 5 = 67; at 44 (born 1981-08-01) age gives 3: 66.
  const b = (birthDate: string): Parameters<typeof candidate>[0] => ({
    birthDate,
    education: [{ level: 'masters', canadian: false, eca: true }],
    jobs: [foreign('2019-08-01', '2025-07-31')],
    languageTests: [clb(7, 7, 7, 7), nclc(5, 5, 5, 5)],
    siblingInCanada: true,
  });

  it('sums to 67 from six factors', () => {
    const result = grid(b('1982-08-01'));
    expect(result.total).toBe(67);
    expect(result.factors.map((f) => f.points)).toEqual([16, 4, 23, 15, 4, 0, 5]);
  });

  it('sums to 66 a year older', () => {
    expect(grid(b('1981-08-01')).total).toBe(66);
  });
});

describe('age on the assessment date (IRPR 81)', () => {
  it.each([
    ['2007-08-02', 17, 0],
    ['2007-08-01', 18, 12],
    ['1990-08-01', 35, 12],
    ['1989-08-02', 35, 12],
    ['1989-08-01', 36, 11],
    ['1988-08-01', 37, 10],
    ['1979-08-02', 45, 2],
    ['1979-08-01', 46, 1],
    ['1978-08-02', 46, 1],
    ['1978-08-01', 47, 0],
    ['1960-01-01', 65, 0],
  ])('born %s: %i years old, %i points', (birthDate, _age, expected) => {
    expect(points({ birthDate }, 'age')).toBe(expected);
  });

  it('a 29 February birthday is reached on 29 February, or on 1 March in a common year', () => {
    const ageOn = (on: string) =>
      fswGrid(candidate({ birthDate: '1988-02-29' }), { on, firstLanguage: 'english' }).factors[4]?.points;
    // 2024 is a leap year: 35 until 2024-02-28, 36 from 2024-02-29.
    expect([ageOn('2024-02-28'), ageOn('2024-02-29')]).toEqual([12, 11]);
    // 2025 is not: still 36 on 2025-02-28, 37 from 2025-03-01.
    expect([ageOn('2025-02-28'), ageOn('2025-03-01')]).toEqual([11, 10]);
  });
});

describe('skilled work in the 10 years before the date (IRPR 80)', () => {
  it.each([
    ['2024-08-01', 12, 9],
    ['2024-08-02', 11.97, 0],
    ['2023-08-01', 24, 11],
    ['2023-08-02', 23.97, 9],
    ['2021-08-01', 48, 13],
    ['2021-08-02', 47.97, 11],
    ['2019-08-01', 72, 15],
    ['2019-08-02', 71.97, 13],
    ['2015-08-01', 120, 15],
  ])('from %s to 2025-07-31 (%f months): %i points', (start, _months, expected) => {
    expect(points({ jobs: [foreign(start, '2025-07-31')] }, 'experience')).toBe(expected);
  });

  it('counts part-time pro rata: 20 h/week for 36 months is 24 months, 2 years', () => {
    expect(points({ jobs: [foreign('2022-08-01', '2025-07-31', '21232', 20)] }, 'experience')).toBe(11);
  });

  it('adds up several skilled occupations: 12 + 12 months is 2 years', () => {
    const jobs = [foreign('2023-08-01', '2024-07-31', '21232'), foreign('2024-08-01', '2025-07-31', '21231')];
    expect(points({ jobs }, 'experience')).toBe(11);
  });

  it('ignores TEER 4 and 5 work', () => {
    expect(points({ jobs: [foreign('2019-08-01', '2025-07-31', '64100')] }, 'experience')).toBe(0);
  });

  it('ignores work before the window [2015-08-01, 2025-08-01)', () => {
    expect(points({ jobs: [foreign('2014-08-01', '2015-07-31')] }, 'experience')).toBe(0);
    expect(points({ jobs: [foreign('2015-08-01', '2016-07-31')] }, 'experience')).toBe(9);
  });
});

describe('education (IRPR 78)', () => {
  it.each([
    ['less-than-secondary', 0],
    ['secondary', 5],
    ['one-year-post-secondary', 15],
    ['two-year-post-secondary', 19],
    ['bachelors', 21],
    ['two-or-more', 22],
    ['masters', 23],
    ['doctoral', 25],
  ] as const)('foreign %s with an ECA: %i points', (level, expected) => {
    expect(points({ education: [{ level, canadian: false, eca: true }] }, 'education')).toBe(expected);
  });

  it('two post-secondary credentials, one of 3 years or more, score 22', () => {
    const education: ProfileInput['education'] = [
      { level: 'bachelors', canadian: false, eca: true, lengthYears: 4 },
      { level: 'one-year-post-secondary', canadian: true, lengthYears: 1 },
    ];
    expect(points({ education }, 'education')).toBe(22);
  });

  it('two post-secondary credentials both under 3 years score the higher one, 19', () => {
    const education: ProfileInput['education'] = [
      { level: 'two-year-post-secondary', canadian: true, lengthYears: 2 },
      { level: 'one-year-post-secondary', canadian: true, lengthYears: 1 },
    ];
    expect(points({ education }, 'education')).toBe(19);
  });

  it('a foreign credential without an ECA scores nothing; a Canadian one needs none', () => {
    expect(points({ education: [{ level: 'masters', canadian: false }] }, 'education')).toBe(0);
    expect(points({ education: [{ level: 'masters', canadian: true }] }, 'education')).toBe(23);
  });

  it('a credential completed after the date does not count yet', () => {
    const education: ProfileInput['education'] = [
      { level: 'masters', canadian: true, completed: '2025-08-02' },
    ];
    expect(points({ education }, 'education')).toBe(0);
    expect(
      fswGrid(candidate({ education }), { on: '2025-08-02', firstLanguage: 'english' }).factors[2]?.points,
    ).toBe(23);
  });
});

describe('official languages (IRPR 79)', () => {
  it.each([
    [6, 0],
    [7, 16],
    [8, 20],
    [9, 24],
    [10, 24],
  ])('CLB %i in all four abilities: %i points', (level, expected) => {
    expect(points({ languageTests: [clb(level, level, level, level)] }, 'first-language')).toBe(expected);
  });

  // Three abilities at CLB 9 give 18; the fourth gives 4, 5 or 6 at CLB 7, 8 or 9.
  it.each(['listening', 'reading', 'writing', 'speaking'] as const)(
    '%s at CLB 7 / 8 / 9 gives 4 / 5 / 6',
    (ability) => {
      const at = (level: number) => {
        const levels = { listening: 9, reading: 9, writing: 9, speaking: 9, [ability]: level };
        return points(
          { languageTests: [clb(levels.listening, levels.reading, levels.writing, levels.speaking)] },
          'first-language',
        );
      };
      expect([at(6), at(7), at(8), at(9)]).toEqual([18, 22, 23, 24]);
    },
  );

  it('scores each ability on its own: L9 R8 W7 S6 is 6 + 5 + 4 + 0', () => {
    expect(points({ languageTests: [clb(9, 8, 7, 6)] }, 'first-language')).toBe(15);
  });

  it('gives the second language 4 points at NCLC 5 in all four, else none', () => {
    expect(points({ languageTests: [clb(9, 9, 9, 9), nclc(5, 5, 5, 5)] }, 'second-language')).toBe(4);
    expect(points({ languageTests: [clb(9, 9, 9, 9), nclc(10, 10, 10, 10)] }, 'second-language')).toBe(4);
    const oneAtFour: [number, number, number, number][] = [
      [4, 5, 5, 5],
      [5, 4, 5, 5],
      [5, 5, 4, 5],
      [5, 5, 5, 4],
    ];
    for (const [listening, reading, writing, speaking] of oneAtFour) {
      const languageTests = [clb(9, 9, 9, 9), nclc(listening, reading, writing, speaking)];
      expect(points({ languageTests }, 'second-language')).toBe(0);
    }
  });

  it('scores French first and English second when French is the first language', () => {
    const languageTests = [clb(5, 5, 5, 5), nclc(9, 9, 9, 9)];
    expect(points({ languageTests }, 'first-language', 'french')).toBe(24);
    expect(points({ languageTests }, 'second-language', 'french')).toBe(4);
    expect(points({ languageTests }, 'first-language', 'english')).toBe(0);
  });

  it('scores nothing for a result 2 years old', () => {
    // Taken 2023-08-01: counts through 2025-07-31.
    expect(points({ languageTests: [clb(9, 9, 9, 9, '2023-08-01')] }, 'first-language')).toBe(0);
    expect(points({ languageTests: [clb(9, 9, 9, 9, '2023-08-02')] }, 'first-language')).toBe(24);
  });
});

describe('arranged employment (IRPR 82)', () => {
  it('gives 10 points (and 5 for adaptability) for a TEER 0–3 job offer', () => {
    const result = grid({ jobOffer: { noc: '21232', lmia: true } });
    expect(result.factors[5]).toEqual({ factor: 'arranged-employment', points: 10, max: 10 });
    expect(result.factors[6]).toEqual({
      factor: 'adaptability',
      points: 5,
      max: 10,
      elements: ['arranged-employment'],
    });
  });

  it('gives nothing for a TEER 4 job offer', () => {
    expect(grid({ jobOffer: { noc: '64100', lmia: true } }).total).toBe(12);
  });
});

describe('adaptability (IRPR 83), capped at 10', () => {
  const elements = (extra: Parameters<typeof candidate>[0]) => adaptabilityElements(candidate(extra), ON);
  type SpouseInput = NonNullable<ProfileInput['spouse']>;
  const spouse = (extra: Partial<SpouseInput>): SpouseInput => ({
    accompanying: true,
    ...extra,
  });

  it('spouse’s language: CLB or NCLC 4 in all four abilities', () => {
    expect(elements({ spouse: spouse({ languageTests: [clb(4, 4, 4, 4)] }) })).toEqual(['spouse-language']);
    expect(elements({ spouse: spouse({ languageTests: [nclc(4, 4, 4, 4)] }) })).toEqual(['spouse-language']);
    expect(elements({ spouse: spouse({ languageTests: [clb(4, 4, 4, 3)] }) })).toEqual([]);
  });

  it('counts a spouse’s elements only for an accompanying spouse who is not a citizen or PR', () => {
    const tests = { languageTests: [clb(9, 9, 9, 9)] };
    expect(elements({ spouse: { ...spouse(tests), accompanying: false } })).toEqual([]);
    expect(elements({ spouse: { ...spouse(tests), canadianCitizenOrPR: true } })).toEqual([]);
  });

  it('own and spouse’s Canadian study of 2 years or more', () => {
    expect(
      elements({ education: [{ level: 'two-year-post-secondary', canadian: true, lengthYears: 2 }] }),
    ).toEqual(['own-canadian-study']);
    expect(
      elements({ education: [{ level: 'one-year-post-secondary', canadian: true, lengthYears: 1 }] }),
    ).toEqual([]);
    expect(
      elements({ education: [{ level: 'bachelors', canadian: false, eca: true, lengthYears: 4 }] }),
    ).toEqual([]);
    expect(
      elements({ spouse: spouse({ education: [{ level: 'bachelors', canadian: true, lengthYears: 4 }] }) }),
    ).toEqual(['spouse-canadian-study']);
  });

  it('own Canadian skilled work: 12 months, any time, for an employer', () => {
    const ca = (start: string, end: string, extra: Partial<Job> = {}): Job => ({
      noc: '21232',
      start,
      end,
      ...extra,
    });
    expect(elements({ jobs: [ca('2024-08-01', '2025-07-31')] })).toEqual(['own-canadian-work']);
    expect(elements({ jobs: [ca('2024-08-02', '2025-07-31')] })).toEqual([]);
    expect(elements({ jobs: [ca('2010-01-01', '2010-12-31')] })).toEqual(['own-canadian-work']);
    expect(elements({ jobs: [ca('2024-08-01', '2025-07-31', { selfEmployed: true })] })).toEqual([]);
    expect(elements({ jobs: [ca('2024-08-01', '2025-07-31', { noc: '64100' })] })).toEqual([]);
  });

  it('spouse’s Canadian work: 12 months in any occupation', () => {
    const work = [{ noc: '64100', country: 'CA', start: '2024-08-01', end: '2025-07-31', hoursPerWeek: 35 }];
    expect(elements({ spouse: spouse({ work }) })).toEqual(['spouse-canadian-work']);
  });

  it('a relative in Canada', () => {
    expect(elements({ siblingInCanada: true })).toEqual(['relative-in-canada']);
  });

  it('caps the sum at 10: relative 5 + Canadian work 10 + arranged employment 5', () => {
    const result = grid({
      siblingInCanada: true,
      jobs: [{ noc: '21232', start: '2024-08-01', end: '2025-07-31' }],
      jobOffer: { noc: '21232', lmia: false },
    });
    expect(result.factors[6]).toEqual({
      factor: 'adaptability',
      points: 10,
      max: 10,
      elements: ['own-canadian-work', 'arranged-employment', 'relative-in-canada'],
    });
  });
});
