import { describe, expect, it } from 'vitest';
import francophone from '../../../examples/francophone-developer.json';
import nurse from '../../../examples/nurse.json';
import { type AssessmentLike, compareRows } from './rows';
import { scenarioProfile, spouseAsPrincipal, withEnglishRetake, withFrench } from './scenarios';

const assessment = (
  total: number,
  age: number,
  fsw: boolean,
  eligibleCategories: number,
): AssessmentLike => ({
  crs: {
    total,
    factors: [
      { factor: 'age', section: 'A', points: age, max: 110 },
      { factor: 'education', section: 'A', points: 120, max: 150 },
    ],
  },
  programs: { fsw: { program: 'FSW', eligible: fsw } },
  categories: Array.from({ length: 3 }, (_, index) => ({
    id: `c${index}`,
    eligible: index < eligibleCategories,
  })),
});

describe('scenarios', () => {
  it('replaces the English results by a CLB retake and keeps the French ones', () => {
    const tests = withEnglishRetake(francophone, 10, '2026-06-01').languageTests;
    expect(tests).toEqual([
      francophone.languageTests[0],
      { test: 'CLB', date: '2026-06-01', listening: 10, reading: 10, writing: 10, speaking: 10 },
    ]);
  });

  it('adds French at NCLC 7 and replaces earlier French results', () => {
    expect(withFrench(nurse, 7, '2026-06-01').languageTests).toHaveLength(2);
    const tests = withFrench(francophone, 7, '2026-06-01').languageTests as { test: string }[];
    expect(tests.map((test) => test.test)).toEqual(['IELTS-GT', 'NCLC']);
  });

  it('swaps the spouse in as principal applicant only when the birth date is known', () => {
    expect(spouseAsPrincipal(nurse)).toBeNull();
    expect(spouseAsPrincipal(francophone)).toBeNull();
    const withBirthDate = { ...francophone, spouse: { ...francophone.spouse, birthDate: '1995-08-21' } };
    const swapped = spouseAsPrincipal(withBirthDate);
    expect(swapped).toMatchObject({
      birthDate: '1995-08-21',
      education: francophone.spouse.education,
      languageTests: [],
      spouse: { birthDate: '1996-11-02', languageTests: francophone.languageTests, work: francophone.work },
    });
  });

  it('leaves the current scenario untouched', () => {
    expect(scenarioProfile('current', nurse, '2026-06-01')).toBe(nurse);
  });
});

describe('compareRows', () => {
  it('marks every cell up or down against the first scenario', () => {
    const rows = compareRows([assessment(485, 88, true, 1), assessment(547, 88, false, 2), null]);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey.total?.cells).toEqual([
      { value: 485, change: 'same' },
      { value: 547, change: 'up' },
      { value: null, change: 'same' },
    ]);
    expect(byKey['factor:age']?.differs).toBe(false);
    expect(byKey['program:FSW']?.cells.map((cell) => cell.change)).toEqual(['same', 'down', 'same']);
    expect(byKey.categories?.cells.map((cell) => cell.value)).toEqual([1, 2, null]);
  });

  it('has no rows without any assessment', () => {
    expect(compareRows([null, null])).toEqual([]);
  });
});
