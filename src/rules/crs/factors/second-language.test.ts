import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbilityLevels } from '../../language/convert.js';
import { abilities } from '../../language/tables.js';
import { abilityLevelsArbitrary, allAt, crsFactsArbitrary, facts, levels } from './_test/facts.js';
import { secondOfficialLanguage } from './second-language.js';

// Table A4 as printed in crs-rules.md, per ability: [CLB level, with spouse, without spouse].
const A4: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [3, 0, 0],
  [4, 0, 0],
  [5, 1, 1],
  [6, 1, 1],
  [7, 3, 3],
  [8, 3, 3],
  [9, 6, 6],
  [10, 6, 6],
];

// English first (CLB 10 in all four), French second.
const frenchSecond = (second: AbilityLevels, withSpouse: boolean) =>
  facts({
    firstLanguage: 'english',
    first: allAt(10),
    english: allAt(10),
    second,
    french: second,
    withSpouse,
  });

describe('A4 second official language', () => {
  describe.each(abilities)('%s alone', (ability) => {
    it.each(A4)('at CLB %i earns %i with spouse and %i without', (level, withSpouse, withoutSpouse) => {
      // No "all four at CLB 5" precondition: one ability scores on its own.
      const second = { ...allAt(0), [ability]: level };
      expect(secondOfficialLanguage(frenchSecond(second, true))).toMatchObject({
        points: withSpouse,
        max: 22,
      });
      expect(secondOfficialLanguage(frenchSecond(second, false))).toMatchObject({
        points: withoutSpouse,
        max: 24,
      });
    });
  });

  it('caps four abilities at CLB 9 or more at 22 with spouse, 24 without', () => {
    const second = levels(9, 9, 10, 9);
    expect(secondOfficialLanguage(frenchSecond(second, true))).toEqual({
      factor: 'second-language',
      section: 'A',
      points: 22,
      max: 22,
      facts: { language: 'french', listening: 9, reading: 9, writing: 10, speaking: 9 },
      rows: [
        { row: 'listening', points: 6, max: 6 },
        { row: 'reading', points: 6, max: 6 },
        { row: 'writing', points: 6, max: 6 },
        { row: 'speaking', points: 6, max: 6 },
      ],
    });
    expect(secondOfficialLanguage(frenchSecond(second, false))).toMatchObject({ points: 24, max: 24 });
  });

  it('leaves sums under the cap alone', () => {
    // 6 + 6 + 6 + 3 = 21 and 6 + 6 + 6 + 1 = 19, both under 22.
    expect(secondOfficialLanguage(frenchSecond(levels(9, 9, 9, 8), true)).points).toBe(21);
    expect(secondOfficialLanguage(frenchSecond(levels(9, 9, 9, 5), true)).points).toBe(19);
    expect(secondOfficialLanguage(frenchSecond(levels(7, 5, 4, 9), false)).points).toBe(10);
  });

  it('names English when French is first', () => {
    const second = levels(5, 5, 5, 5);
    const score = secondOfficialLanguage(
      facts({ firstLanguage: 'french', first: allAt(9), french: allAt(9), second, english: second }),
    );
    expect(score).toMatchObject({ points: 4, facts: { language: 'english' } });
  });

  it('gives nothing without a valid test in the second language', () => {
    expect(
      secondOfficialLanguage(facts({ firstLanguage: 'english', first: allAt(10), english: allAt(10) })),
    ).toEqual({ factor: 'second-language', section: 'A', points: 0, max: 24, facts: { language: null } });
    expect(secondOfficialLanguage(facts({ withSpouse: true })).max).toBe(22);
  });

  it('never gives more than its maximum, nor more with spouse than without', () => {
    fc.assert(
      fc.property(crsFactsArbitrary, (candidate) => {
        const score = secondOfficialLanguage(candidate);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(score.max);
        expect(secondOfficialLanguage({ ...candidate, withSpouse: true }).points).toBeLessThanOrEqual(
          secondOfficialLanguage({ ...candidate, withSpouse: false }).points,
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
        (second, ability, withSpouse) => {
          const raised = { ...second, [ability]: Math.min(10, second[ability] + 1) };
          expect(secondOfficialLanguage(frenchSecond(raised, withSpouse)).points).toBeGreaterThanOrEqual(
            secondOfficialLanguage(frenchSecond(second, withSpouse)).points,
          );
        },
      ),
    );
  });
});
