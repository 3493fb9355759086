/**
 * The language minimum every program sets on the first official language, as one reason:
 * a level per ability (FSW and CEC ask the same level in all four; FST asks 5 to listen and
 * speak, 4 to read and write). Results count for 2 years from the test date.
 * Source: IRPR 74, 75(2)(d), 87.1(2)(d), 87.2(3)(a);
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html
 */
import type { AbilityLevels } from '../language/convert.js';
import type { LanguageLevels } from '../language/levels.js';
import { abilities, type OfficialLanguage } from '../language/tables.js';
import type { Reason } from '../reasons.js';

/** The same level in all four abilities. @example allFour(7) //=> { listening: 7, reading: 7, writing: 7, speaking: 7 } */
export function allFour(level: number): AbilityLevels {
  return { listening: level, reading: level, writing: level, speaking: level };
}

/**
 * True when every ability reaches its minimum.
 * @example meetsLevels({ listening: 5, reading: 4, writing: 4, speaking: 5 }, { listening: 5, reading: 4, writing: 4, speaking: 5 }) //=> true
 */
export function meetsLevels(have: AbilityLevels, need: AbilityLevels): boolean {
  return abilities.every((ability) => have[ability] >= need[ability]);
}

/**
 * The reason `<program>.language.*` for the first official language on the date `levels` was
 * computed for: `met`, `too-low` (naming the abilities below), `expired` (the newest result of
 * that language is 2 years old) or `no-valid-test`.
 * @example
 * languageReason('fsw', languageLevels([{ test: 'CLB', date: '2025-01-10', listening: 7,
 *   reading: 7, writing: 6, speaking: 7 }], { on: '2025-06-01' }), 'english', allFour(7))
 * //=> { code: 'fsw.language.too-low', met: false, language: 'english', test: 'CLB',
 * //     have: { listening: 7, reading: 7, writing: 6, speaking: 7 }, need: {…all 7}, below: ['writing'] }
 */
export function languageReason(
  program: 'fsw' | 'cec' | 'fst',
  levels: LanguageLevels,
  language: OfficialLanguage,
  need: AbilityLevels,
): Reason {
  const result = levels[language];
  if (!result) {
    const expired = levels.expired.find((test) => test.language === language);
    return expired
      ? {
          code: `${program}.language.expired`,
          met: false,
          language,
          test: expired.test,
          have: { validUntil: expired.validUntil },
          need: { ...need },
        }
      : { code: `${program}.language.no-valid-test`, met: false, language, need: { ...need } };
  }
  const below = abilities.filter((ability) => result.levels[ability] < need[ability]);
  return {
    code: below.length === 0 ? `${program}.language.met` : `${program}.language.too-low`,
    met: below.length === 0,
    language,
    test: result.test,
    have: { ...result.levels },
    need: { ...need },
    below,
  };
}
