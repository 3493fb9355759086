import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { abilityLevelsArbitrary, allAt, crsFactsArbitrary, facts, levels, spouse } from './_test/facts.js';
import { spouseLanguage } from './spouse-language.js';

// Table B2 as printed in crs-rules.md, per ability: [CLB level, points].
const B2: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [3, 0],
  [4, 0],
  [5, 1],
  [6, 1],
  [7, 3],
  [8, 3],
  [9, 5],
  [10, 5],
];

const withSpouse = (partner: Parameters<typeof spouse>[0]) =>
  facts({ withSpouse: true, spouse: spouse(partner) });

describe('B2 spouse official language', () => {
  describe.each(abilities)('%s alone', (ability) => {
    it.each(B2)('at CLB %i earns %i', (level, points) => {
      const english = { ...allAt(0), [ability]: level };
      expect(spouseLanguage(withSpouse({ english }))).toMatchObject({ points, max: 20 });
    });
  });

  it('sums the four abilities up to 20', () => {
    expect(spouseLanguage(withSpouse({ english: allAt(10) }))).toEqual({
      factor: 'spouse-language',
      section: 'B',
      points: 20,
      max: 20,
      facts: { language: 'english', listening: 10, reading: 10, writing: 10, speaking: 10 },
      rows: [
        { row: 'listening', points: 5, max: 5 },
        { row: 'reading', points: 5, max: 5 },
        { row: 'writing', points: 5, max: 5 },
        { row: 'speaking', points: 5, max: 5 },
      ],
    });
    // 3 + 1 + 0 + 5
    expect(spouseLanguage(withSpouse({ french: levels(8, 6, 4, 9) })).points).toBe(9);
  });

  it("keeps the better of the spouse's two languages and says which", () => {
    // English 1 + 1 + 1 + 1 = 4; French 3 + 3 + 5 + 0 = 11.
    const score = spouseLanguage(withSpouse({ english: allAt(5), french: levels(7, 7, 9, 4) }));
    expect(score).toMatchObject({
      points: 11,
      facts: { language: 'french', listening: 7, reading: 7, writing: 9, speaking: 4 },
    });
    // English 5 + 5 + 3 + 3 = 16; French 3 * 4 = 12.
    expect(spouseLanguage(withSpouse({ english: levels(9, 10, 7, 8), french: allAt(7) }))).toMatchObject({
      points: 16,
      facts: { language: 'english' },
    });
    expect(spouseLanguage(withSpouse({ french: allAt(6) }))).toMatchObject({
      points: 4,
      facts: { language: 'french' },
    });
  });

  it('keeps English when both languages score the same', () => {
    // 5 + 3 = 8 both ways.
    expect(
      spouseLanguage(withSpouse({ english: levels(9, 7, 0, 0), french: levels(0, 0, 7, 9) })),
    ).toMatchObject({
      points: 8,
      facts: { language: 'english', listening: 9, reading: 7 },
    });
  });

  it('gives nothing for a spouse without a valid test', () => {
    expect(spouseLanguage(withSpouse({}))).toEqual({
      factor: 'spouse-language',
      section: 'B',
      points: 0,
      max: 20,
      facts: { language: null },
    });
  });

  it('gives 0 of 0 without spouse', () => {
    const none = { factor: 'spouse-language', section: 'B', points: 0, max: 0, facts: { withSpouse: false } };
    expect(spouseLanguage(facts())).toEqual(none);
    expect(spouseLanguage(facts({ withSpouse: true, spouse: null }))).toEqual(none);
    expect(spouseLanguage(facts({ withSpouse: false, spouse: spouse({ english: allAt(10) }) }))).toEqual(
      none,
    );
  });

  it('never gives more than its maximum', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = spouseLanguage(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
      }),
    );
  });

  it('never scores less when one ability of either language rises', () => {
    fc.assert(
      fc.property(
        fc.option(abilityLevelsArbitrary, { nil: null }),
        fc.option(abilityLevelsArbitrary, { nil: null }),
        fc.constantFrom('english' as const, 'french' as const),
        fc.constantFrom(...abilities),
        (english, french, language, ability) => {
          const before = { english, french };
          const levelsBefore = before[language] ?? allAt(0);
          const after = {
            ...before,
            [language]: { ...levelsBefore, [ability]: Math.min(10, levelsBefore[ability] + 1) },
          };
          expect(spouseLanguage(withSpouse(after)).points).toBeGreaterThanOrEqual(
            spouseLanguage(withSpouse(before)).points,
          );
        },
      ),
    );
  });
});
