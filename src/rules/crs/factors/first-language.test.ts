import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { abilityLevelsArbitrary, allAt, crsFactsArbitrary, facts, levels } from './_test/facts.js';
import { firstOfficialLanguage } from './first-language.js';

// Table A3 as printed in crs-rules.md, per ability: [CLB level, with spouse, without spouse].
const A3: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [3, 0, 0],
  [4, 6, 6],
  [5, 6, 6],
  [6, 8, 9],
  [7, 16, 17],
  [8, 22, 23],
  [9, 29, 31],
  [10, 32, 34],
];

const firstEnglish = (first: ReturnType<typeof levels>, withSpouse: boolean) =>
  facts({ firstLanguage: 'english', first, english: first, withSpouse });

describe('A3 first official language', () => {
  describe.each(abilities)('%s alone', (ability) => {
    it.each(A3)('at CLB %i earns %i with spouse and %i without', (level, withSpouse, withoutSpouse) => {
      // The other three abilities below CLB 4 earn nothing, so the total is this ability's row.
      const first = { ...allAt(0), [ability]: level };
      expect(firstOfficialLanguage(firstEnglish(first, true))).toMatchObject({
        points: withSpouse,
        max: 128,
      });
      expect(firstOfficialLanguage(firstEnglish(first, false))).toMatchObject({
        points: withoutSpouse,
        max: 136,
      });
    });
  });

  it('sums the four abilities and says where each point came from', () => {
    const first = levels(9, 8, 7, 7);
    expect(firstOfficialLanguage(firstEnglish(first, false))).toEqual({
      factor: 'first-language',
      section: 'A',
      points: 31 + 23 + 17 + 17,
      max: 136,
      facts: { language: 'english', listening: 9, reading: 8, writing: 7, speaking: 7 },
      rows: [
        { row: 'listening', points: 31, max: 34 },
        { row: 'reading', points: 23, max: 34 },
        { row: 'writing', points: 17, max: 34 },
        { row: 'speaking', points: 17, max: 34 },
      ],
    });
    expect(firstOfficialLanguage(firstEnglish(first, true)).points).toBe(29 + 22 + 16 + 16);
  });

  it('reaches 128 with spouse and 136 without at CLB 10 in all four', () => {
    expect(firstOfficialLanguage(firstEnglish(allAt(10), true)).points).toBe(128);
    expect(firstOfficialLanguage(firstEnglish(allAt(10), false)).points).toBe(136);
  });

  it('scores French when French is first', () => {
    const first = levels(7, 7, 7, 7);
    const score = firstOfficialLanguage(facts({ firstLanguage: 'french', first, french: first }));
    expect(score.points).toBe(4 * 17);
    expect(score.facts).toEqual({ language: 'french', listening: 7, reading: 7, writing: 7, speaking: 7 });
  });

  it('gives nothing without a valid test', () => {
    expect(firstOfficialLanguage(facts({ withSpouse: true }))).toEqual({
      factor: 'first-language',
      section: 'A',
      points: 0,
      max: 128,
      facts: { language: null },
    });
    expect(firstOfficialLanguage(facts()).max).toBe(136);
  });

  it('never gives more than its maximum, nor more with spouse than without', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = firstOfficialLanguage(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        expect(firstOfficialLanguage({ ...candidate, withSpouse: true }).points).toBeLessThanOrEqual(
          firstOfficialLanguage({ ...candidate, withSpouse: false }).points,
        );
      }),
    );
  });

  it('never scores less when one ability rises', () => {
    fc.assert(
      fc.property(
        abilityLevelsArbitrary,
        fc.constantFrom(...abilities),
        fc.boolean(),
        (first, ability, withSpouse) => {
          const raised = { ...first, [ability]: Math.min(10, first[ability] + 1) };
          expect(firstOfficialLanguage(firstEnglish(raised, withSpouse)).points).toBeGreaterThanOrEqual(
            firstOfficialLanguage(firstEnglish(first, withSpouse)).points,
          );
        },
      ),
    );
  });
});
