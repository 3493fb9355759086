/**
 * D, French-language skills. Expected points are typed from crs-rules.md §D and §F: NCLC 7+ on
 * all four French abilities earns 15 (2017) / 25 (2020) with English below CLB 5 on any ability or
 * no English, and 30 / 50 with CLB 5+ on all four English abilities; French below NCLC 7 earns 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilities } from '../../language/tables.js';
import { allAt, facts, levels } from './_test/facts.js';
import { FRENCH_POINTS_2017, FRENCH_POINTS_2020, frenchLanguageSkills } from './french.js';

const french2017 = frenchLanguageSkills(FRENCH_POINTS_2017);
const french2020 = frenchLanguageSkills(FRENCH_POINTS_2020);

describe('frenchLanguageSkills', () => {
  it.each([
    ['NCLC 7 on all four, English CLB 5 on all four', allAt(7), allAt(5), 30, 50],
    ['NCLC 7 on all four, English CLB 9 on all four', allAt(7), allAt(9), 30, 50],
    ['NCLC 10 on all four, English CLB 4 on one (L5 R5 W4 S5)', allAt(10), levels(5, 5, 4, 5), 15, 25],
    ['NCLC 7 on all four, mixed English L5 R4 W4 S5', allAt(7), levels(5, 4, 4, 5), 15, 25],
    ['NCLC 7 on all four, English CLB 4 on all four', allAt(7), allAt(4), 15, 25],
    ['NCLC 7 on all four, no English', allAt(7), null, 15, 25],
    ['NCLC 6 on one (L7 R7 W7 S6), English CLB 9', levels(7, 7, 7, 6), allAt(9), 0, 0],
    ['NCLC 6 on one, no English', levels(6, 10, 10, 10), null, 0, 0],
    ['no French, English CLB 10', null, allAt(10), 0, 0],
  ] as const)('%s → %i (2017), %i (2020)', (_, french, english, points2017, points2020) => {
    expect(french2017(facts({ french, english })).points).toBe(points2017);
    expect(french2020(facts({ french, english })).points).toBe(points2020);
  });

  it('the max is the with-English amount of the table', () => {
    expect(french2017(facts()).max).toBe(30);
    expect(french2020(facts()).max).toBe(50);
  });

  it('French first or second does not matter', () => {
    const french = allAt(8);
    const english = allAt(6);
    const frenchFirst = facts({ firstLanguage: 'french', first: french, second: english, french, english });
    const englishFirst = facts({ firstLanguage: 'english', first: english, second: french, french, english });
    expect(french2020(frenchFirst).points).toBe(50);
    expect(french2020(englishFirst).points).toBe(50);
  });

  it('reports the facts the points came from', () => {
    expect(french2020(facts({ french: allAt(7), english: levels(5, 4, 4, 5) }))).toEqual({
      factor: 'french',
      section: 'D',
      points: 25,
      max: 50,
      facts: { frenchNclc7: 'all four', englishClb5: 'not all four' },
    });
    expect(french2020(facts({ french: allAt(7) })).facts).toEqual({
      frenchNclc7: 'all four',
      englishClb5: 'no test',
    });
  });
});

const level = fc.integer({ min: 0, max: 10 });
const abilityLevels = fc.tuple(level, level, level, level).map(([l, r, w, s]) => levels(l, r, w, s));

describe('properties', () => {
  it('points stay within 0..max, and raising a French or English ability never lowers them', () => {
    fc.assert(
      fc.property(
        abilityLevels,
        abilityLevels,
        fc.constantFrom('french' as const, 'english' as const),
        fc.constantFrom(...abilities),
        fc.constantFrom(french2017, french2020),
        (french, english, language, ability, factor) => {
          const before = factor(facts({ french, english }));
          const raisedLevels = { french, english }[language];
          const raised = { ...raisedLevels, [ability]: Math.min(10, raisedLevels[ability] + 1) };
          const after = factor(facts({ french, english, [language]: raised }));
          expect(before.points).toBeLessThanOrEqual(before.max);
          expect(after.points).toBeGreaterThanOrEqual(before.points);
        },
      ),
    );
  });
});
