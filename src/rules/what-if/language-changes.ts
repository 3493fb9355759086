/**
 * Language what-ifs: a higher band in the first official language, a first test when there is
 * none, and a second official language. Each returns the changed copy of the profile; the
 * caller scores it. Levels follow the CRS tables (crs-rules.md §A3, §A4, §D French points).
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 */
import type { IsoDate } from '../_lib/dates.js';
import { type AbilityLevels, levelsFromResult } from '../language/convert.js';
import { languageLevels } from '../language/levels.js';
import { abilities, type OfficialLanguage } from '../language/tables.js';
import type { LanguageTestResult, Profile } from '../profile/schema.js';
import type { ProposedChange } from './types.js';

/** "CLB 10 or more" is the top of every table. */
const TOP_LEVEL = 10;
/** Below CLB 4 every level scores alike, so the next level that can count is 4. */
const LOWEST_COUNTED_LEVEL = 4;
/** All four abilities raised to these levels, where that is higher than now. */
const ALL_FOUR_TARGETS = [9, 10] as const;
/** Without a valid first-language test: a test at these levels in all four. */
const FIRST_TEST_LEVELS = [7, 9] as const;
/** A second official language: NCLC/CLB 7 earns 3 per ability and the French points; 5 earns 1. */
const SECOND_LANGUAGE_LEVELS = [7, 5] as const;

/** The result type that holds benchmark levels directly. */
function benchmarkTest(language: OfficialLanguage): 'CLB' | 'NCLC' {
  return language === 'french' ? 'NCLC' : 'CLB';
}

function benchmarkResult(
  language: OfficialLanguage,
  date: IsoDate,
  levels: AbilityLevels,
): LanguageTestResult {
  return { test: benchmarkTest(language), date, ...levels };
}

function allAt(level: number): AbilityLevels {
  return { listening: level, reading: level, writing: level, speaking: level };
}

function levelsKey(levels: AbilityLevels): string {
  return abilities.map((ability) => levels[ability]).join('/');
}

/**
 * Higher bands in the first official language, each as a CLB/NCLC result of the same date
 * replacing the result used now: every ability below CLB 10 raised to its next level (one
 * change each), then all four raised to CLB 9 and to CLB 10 where that is higher than now and
 * not already one of the single raises. Without a valid first-language result: a test taken on
 * `on` at CLB 7 and at CLB 9 in all four, in French when French is declared first, else English.
 * @example
 * // English CLB 8/9/9/9 (CLB result of 2025-01-15), on 2025-09-01:
 * firstLanguageChanges(profile, { on: '2025-09-01', firstLanguage: 'english' }).map((c) => c.change)
 * //=> [{ language: 'english', test: 'CLB', date: '2025-01-15', replacedBy: 'CLB', ability: 'listening', from: 8, to: 9 },
 * //    … reading, writing and speaking 9 → 10 …,
 * //    { …, level: 10, from: { listening: 8, … }, to: { listening: 10, reading: 10, writing: 10, speaking: 10 } }]
 */
export function firstLanguageChanges(
  profile: Profile,
  { on, firstLanguage }: { on: IsoDate; firstLanguage: OfficialLanguage | null },
): ProposedChange[] {
  if (firstLanguage === null) return firstTestChanges(profile, on);
  const chosen = languageLevels(profile.languageTests, { on })[firstLanguage];
  // crsScore scored this language first, so it has a valid result; guard for the type.
  if (chosen === null) return [];
  const index = profile.languageTests.findIndex(
    (test) =>
      test.test === chosen.test &&
      test.date === chosen.date &&
      levelsKey(levelsFromResult(test).levels) === levelsKey(chosen.levels),
  );
  if (index < 0) return [];
  const replacedBy = benchmarkTest(firstLanguage);
  const withLevels = (levels: AbilityLevels): Profile => ({
    ...profile,
    languageTests: profile.languageTests.map((test, i) =>
      i === index ? benchmarkResult(firstLanguage, chosen.date, levels) : test,
    ),
  });
  const common = { language: firstLanguage, test: chosen.test, date: chosen.date, replacedBy };
  const changes: ProposedChange[] = [];
  const tried = new Set<string>([levelsKey(chosen.levels)]);
  for (const ability of abilities) {
    const from = chosen.levels[ability];
    if (from >= TOP_LEVEL) continue;
    const to = Math.max(from + 1, LOWEST_COUNTED_LEVEL);
    const levels = { ...chosen.levels, [ability]: to };
    tried.add(levelsKey(levels));
    changes.push({
      code: 'whatif.language-band',
      change: { ...common, ability, from, to },
      profile: withLevels(levels),
    });
  }
  for (const level of ALL_FOUR_TARGETS) {
    const levels = { ...chosen.levels };
    for (const ability of abilities) levels[ability] = Math.max(levels[ability], level);
    if (tried.has(levelsKey(levels))) continue;
    tried.add(levelsKey(levels));
    changes.push({
      code: 'whatif.language-all',
      change: { ...common, level, from: { ...chosen.levels }, to: levels },
      profile: withLevels(levels),
    });
  }
  return changes;
}

function firstTestChanges(profile: Profile, on: IsoDate): ProposedChange[] {
  const language: OfficialLanguage = profile.firstOfficialLanguage === 'fr' ? 'french' : 'english';
  return FIRST_TEST_LEVELS.map((level) => ({
    code: 'whatif.language-first-test',
    change: { language, level, test: benchmarkTest(language), date: on },
    profile: {
      ...profile,
      languageTests: [...profile.languageTests, benchmarkResult(language, on, allAt(level))],
    },
  }));
}

/**
 * The other official language, when the candidate has a valid first-language result and none in
 * the other: a test taken on `on` at NCLC/CLB 7 in all four (second-language points, and for
 * French the French points and the French category) and at 5.
 * @example
 * secondLanguageChanges(profile, { on: '2025-09-01', firstLanguage: 'english', hasSecond: false })
 *   .map((c) => c.change)
 * //=> [{ language: 'french', level: 7, test: 'NCLC', date: '2025-09-01' },
 * //    { language: 'french', level: 5, test: 'NCLC', date: '2025-09-01' }]
 */
export function secondLanguageChanges(
  profile: Profile,
  {
    on,
    firstLanguage,
    hasSecond,
  }: { on: IsoDate; firstLanguage: OfficialLanguage | null; hasSecond: boolean },
): ProposedChange[] {
  if (firstLanguage === null || hasSecond) return [];
  const language: OfficialLanguage = firstLanguage === 'english' ? 'french' : 'english';
  return SECOND_LANGUAGE_LEVELS.map((level) => ({
    code: 'whatif.second-language',
    change: { language, level, test: benchmarkTest(language), date: on },
    profile: {
      ...profile,
      languageTests: [...profile.languageTests, benchmarkResult(language, on, allAt(level))],
    },
  }));
}
