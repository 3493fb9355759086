/**
 * Tests on the bundled category data itself. Expected values come from IRCC's published lists
 * (June 2023 categories; 2025-02-27 and 2026-02-18 changes) as recorded in data/SOURCES.md,
 * not from the files under test.
 */
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../src/data/categories.js';
import { addDays } from '../../src/rules/_lib/dates.js';
import type { CategorySet } from '../../src/rules/categories/types.js';

const sets = bundledCategorySets();
function set(year: number): CategorySet {
  const found = sets.find((s) => s.year === year);
  if (!found) throw new Error(`no category set for ${year}`);
  return found;
}
function nocs(year: number, id: string): string[] {
  return (
    set(year)
      .categories.find((c) => c.id === id)
      ?.occupations.map((o) => o.noc) ?? []
  );
}
function counts(year: number): Record<string, number> {
  return Object.fromEntries(set(year).categories.map((c) => [c.id, c.occupations.length]));
}
const workCriterion = (year: number, id: string) =>
  set(year)
    .categories.find((c) => c.id === id)
    ?.criteria.find((c) => c.kind === 'work-experience');

describe('category sets', () => {
  it('cover every day from 2023-05-31 without gap or overlap', () => {
    expect(sets.map((s) => s.id)).toEqual([
      'categories@2023',
      'categories@2024',
      'categories@2025',
      'categories@2026',
    ]);
    expect(set(2023).effectiveFrom).toBe('2023-05-31');
    for (let i = 1; i < sets.length; i++) {
      const previous = sets[i - 1] as CategorySet;
      expect(previous.effectiveTo).not.toBeNull();
      expect(addDays(previous.effectiveTo as string, 1)).toBe(sets[i]?.effectiveFrom);
    }
    expect(set(2026).effectiveTo).toBeNull();
  });

  it('2023 has the six categories published for the June 2023 rounds', () => {
    expect(set(2023).categories.map((c) => c.name)).toEqual([
      'French-language proficiency',
      'Healthcare occupations',
      'Science, Technology, Engineering and Math (STEM) occupations',
      'Trade occupations',
      'Transport occupations',
      'Agriculture and agri-food occupations',
    ]);
    expect(counts(2023)).toEqual({
      'french-language-proficiency': 0,
      healthcare: 35,
      stem: 24,
      trade: 10,
      transport: 10,
      'agriculture-agri-food': 3,
    });
  });

  it('places "Managers in transportation" (70020) under Transport, not Trade', () => {
    for (const year of [2023, 2024]) {
      expect(nocs(year, 'transport')).toContain('70020');
      expect(nocs(year, 'trade')).not.toContain('70020');
    }
  });

  it('lists "Software engineers and designers" (21231) once, in STEM', () => {
    expect(nocs(2023, 'stem').filter((noc) => noc === '21231')).toHaveLength(1);
    for (const s of sets) {
      for (const category of s.categories) {
        const codes = category.occupations.map((o) => o.noc);
        expect(new Set(codes).size, `${category.version} has a duplicated row`).toBe(codes.length);
      }
    }
  });

  it('keeps the whole 2023 Healthcare list, including the rows after the 28th', () => {
    const healthcare = nocs(2023, 'healthcare');
    expect(healthcare).toHaveLength(35);
    // The last rows of IRCC's table, missing from copies cut short at 28 rows.
    for (const noc of ['33101', '33102', '33103', '33109', '41301', '41320', '42203'])
      expect(healthcare).toContain(noc);
    expect(healthcare).not.toContain('31120'); // pharmacists joined only in 2025
  });

  it('keeps NOC code and TEER apart (never "212321")', () => {
    for (const s of sets) {
      for (const category of s.categories) {
        for (const occupation of category.occupations) {
          expect(occupation.noc).toMatch(/^\d{5}$/);
          expect(occupation.teer).toBe(Number(occupation.noc[1]));
        }
      }
    }
    const developers = set(2023)
      .categories.find((c) => c.id === 'stem')
      ?.occupations.find((o) => o.noc === '21232');
    expect(developers).toEqual({ noc: '21232', title: 'Software developers and programmers', teer: 1 });
  });

  it('2024 renews the 2023 lists unchanged', () => {
    for (const category of set(2023).categories)
      expect(nocs(2024, category.id)).toEqual(nocs(2023, category.id));
  });

  it('2025: Transport removed, Education added, lists changed (+8/−6, +6/−19, +19/−4, −2)', () => {
    expect(counts(2025)).toEqual({
      'french-language-proficiency': 0,
      healthcare: 37,
      stem: 11,
      trade: 25,
      education: 5,
      'agriculture-agri-food': 1,
      'physicians-canadian-experience': 3,
    });
    const diff = (id: string) => {
      const before = new Set(nocs(2024, id));
      const after = new Set(nocs(2025, id));
      return [
        [...after].filter((n) => !before.has(n)).length,
        [...before].filter((n) => !after.has(n)).length,
      ];
    };
    expect(diff('healthcare')).toEqual([8, 6]);
    expect(diff('stem')).toEqual([6, 19]);
    expect(diff('trade')).toEqual([19, 4]);
    expect(diff('agriculture-agri-food')).toEqual([0, 2]);
    expect(nocs(2025, 'agriculture-agri-food')).toEqual(['63201']);
    expect(set(2025).categories.find((c) => c.id === 'physicians-canadian-experience')?.effectiveFrom).toBe(
      '2025-12-08',
    );
  });

  it('2026: ten categories, Transport back with 4 occupations, cooks out of Trade and butchers in', () => {
    expect(counts(2026)).toEqual({
      'french-language-proficiency': 0,
      healthcare: 37,
      stem: 11,
      trade: 25,
      education: 5,
      transport: 4,
      'physicians-canadian-experience': 3,
      'researchers-canadian-experience': 2,
      'senior-managers-canadian-experience': 4,
      'skilled-military-recruits': 3,
    });
    expect(nocs(2026, 'trade')).toContain('63201');
    expect(nocs(2026, 'trade')).not.toContain('63200');
    expect(nocs(2026, 'transport')).toEqual(['22313', '72404', '72410', '72600']);
  });

  it('criteria: 6 continuous months in 3 years until 2026, then 12 months not necessarily continuous', () => {
    for (const year of [2023, 2024, 2025]) {
      expect(workCriterion(year, 'healthcare')).toEqual({
        kind: 'work-experience',
        minMonths: 6,
        lookbackYears: 3,
        continuous: true,
        location: 'canada-or-abroad',
      });
    }
    expect(workCriterion(2026, 'stem')).toEqual({
      kind: 'work-experience',
      minMonths: 12,
      lookbackYears: 3,
      continuous: false,
      location: 'canada-or-abroad',
    });
    for (const id of [
      'physicians-canadian-experience',
      'researchers-canadian-experience',
      'senior-managers-canadian-experience',
    ]) {
      expect(workCriterion(2026, id)?.location).toBe('canada-only');
    }
  });

  it('French-language proficiency is NCLC 7 in all four abilities every year', () => {
    for (const s of sets) {
      const french = s.categories.find((c) => c.id === 'french-language-proficiency');
      expect(french?.criteria).toEqual([
        {
          kind: 'language',
          language: 'french',
          minLevel: 7,
          abilities: ['reading', 'writing', 'listening', 'speaking'],
        },
      ]);
    }
  });

  it('every category has its French name, and the military education minimum is data', () => {
    for (const s of sets)
      for (const category of s.categories) expect(category.nameFr).not.toBe(category.name);
    expect(set(2026).categories.find((c) => c.id === 'skilled-military-recruits')?.criteria).toContainEqual({
      kind: 'education',
      minLevel: 'two-year-post-secondary',
    });
  });
});
