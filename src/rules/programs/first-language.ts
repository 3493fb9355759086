/**
 * Which official language is the first one. The language minimums of all three programs read the
 * first language, and the FSW grid scores it up to 24 points against 4 for the second
 * (IRPR 79(1)–(3)). An Express Entry profile has one first official language for all programs.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html
 *
 * The declared `firstOfficialLanguage` always wins. Without one, the profile is assessed with
 * English first and with French first, and the assignment kept is, in order:
 * 1. the one that makes more programs eligible (FSW, CEC, FST);
 * 2. then the one with more FSW grid points;
 * 3. then the one whose first-language result has the higher sum of its four levels;
 * 4. then English.
 */
import type { OfficialLanguage } from '../language/tables.js';
import type { ProgramResult } from './types.js';

/** The three programs assessed with one first language. */
export interface ProgramsOutcome {
  readonly fsw: ProgramResult;
  readonly cec: ProgramResult;
  readonly fst: ProgramResult;
}

/** The first language chosen, whether the profile declared it, and the outcome under it. */
export interface FirstLanguageChoice<T extends ProgramsOutcome> {
  readonly language: OfficialLanguage;
  readonly declared: boolean;
  readonly outcome: T;
}

function eligibleCount(outcome: ProgramsOutcome): number {
  return [outcome.fsw, outcome.cec, outcome.fst].filter((result) => result.eligible).length;
}

/**
 * Chooses the first official language by the rule of the module comment; `evaluate` assesses the
 * programs with a given first language, and `firstLevelsSum` gives the sum of the four levels of
 * that language's valid result (0 without one).
 * @example
 * chooseFirstLanguage(undefined, (first) => assess(profile, first), levelsSum).language
 * //=> 'french' (for a candidate eligible for FSW only with French first)
 */
export function chooseFirstLanguage<T extends ProgramsOutcome>(
  declared: 'en' | 'fr' | undefined,
  evaluate: (first: OfficialLanguage) => T,
  firstLevelsSum: (language: OfficialLanguage) => number,
): FirstLanguageChoice<T> {
  if (declared !== undefined) {
    const language: OfficialLanguage = declared === 'fr' ? 'french' : 'english';
    return { language, declared: true, outcome: evaluate(language) };
  }
  const english = evaluate('english');
  const french = evaluate('french');
  const keys = (outcome: T, language: OfficialLanguage) => [
    eligibleCount(outcome),
    outcome.fsw.points?.total ?? 0,
    firstLevelsSum(language),
  ];
  const a = keys(english, 'english');
  const b = keys(french, 'french');
  const difference = a.map((value, index) => (b[index] ?? 0) - value).find((value) => value !== 0) ?? 0;
  return difference > 0
    ? { language: 'french', declared: false, outcome: french }
    : { language: 'english', declared: false, outcome: english };
}
