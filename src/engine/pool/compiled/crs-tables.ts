/**
 * Each CRS rule set as lookup tables, read off the rule set's own factor functions: every factor
 * is called once per value of what it reads (an age, a level, a number of years) and its points
 * kept. The compiled assessment then adds table cells instead of calling factors, and the tables
 * are the rules by construction. A factor this module does not know makes it throw, so a new
 * kind of factor cannot be left out silently.
 */
import type { CrsFacts, CrsRuleset, Factor, Section } from '../../../rules/crs/types.js';
import type { AbilityLevels } from '../../../rules/language/convert.js';
import { type EducationLevel, educationLevels } from '../../../rules/profile/schema.js';

/** Levels 0–12 (a CLB result may say 11 or 12; conversions stop at 10). */
export const LEVELS = 13;
/** Completed years tabulated; more read as the last row. */
export const YEARS = 16;
const AGES = 131;

export interface CrsTables {
  readonly id: string;
  readonly fromDay: number;
  /** Per column (0 without spouse, 1 with) and age. */
  readonly age: readonly Int16Array[];
  /** Per column and education level + 1 (0: no recognized credential). */
  readonly education: readonly Int16Array[];
  /** Per column and level: one ability's first-language points. */
  readonly firstLanguage: readonly Int16Array[];
  readonly secondLanguage: readonly Int16Array[];
  readonly secondLanguageCap: readonly number[];
  readonly canadianWork: readonly Int16Array[];
  readonly spouseEducation: Int16Array;
  readonly spouseLanguage: Int16Array;
  readonly spouseCanadianWork: Int16Array;
  /** [level + 1][lowest first-language level][Canadian years, up to 3] flattened. */
  readonly transferabilityEducation: Int16Array;
  /** [foreign years, up to 3][lowest level][Canadian years, up to 3]. */
  readonly transferabilityForeignWork: Int16Array;
  /** [certificate 0/1][lowest level]. */
  readonly transferabilityCertificate: Int16Array;
  readonly nomination: number;
  /** [TEER above 3][LMIA][major group 00]. */
  readonly arranged: Int16Array;
  /** [none, one or two years, three years or more]. */
  readonly canadianStudy: Int16Array;
  readonly sibling: number;
  /** [French lowest + 1 (0: no French)][English lowest + 1 (0: no English)]. */
  readonly french: Int16Array;
}

const allAt = (level: number): AbilityLevels => ({
  listening: level,
  reading: level,
  writing: level,
  speaking: level,
});
const listeningOnly = (level: number): AbilityLevels => ({
  listening: level,
  reading: 0,
  writing: 0,
  speaking: 0,
});

function probe(overrides: Partial<CrsFacts>): CrsFacts {
  return {
    on: '2000-01-01',
    withSpouse: false,
    age: 0,
    education: null,
    canadianStudy: null,
    firstLanguage: null,
    first: null,
    second: null,
    english: null,
    french: null,
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    provincialNomination: false,
    siblingInCanada: false,
    jobOffer: null,
    spouse: null,
    ...overrides,
  };
}

const spouseFacts = (overrides: Partial<NonNullable<CrsFacts['spouse']>>): CrsFacts['spouse'] => ({
  education: null,
  english: null,
  french: null,
  canadianWorkYears: 0,
  ...overrides,
});

const levelOrNull = (index: number): EducationLevel | null =>
  index === 0 ? null : (educationLevels[index - 1] as EducationLevel);

function tabulate(length: number, points: (index: number) => number): Int16Array {
  return Int16Array.from({ length }, (_, index) => points(index));
}

const bothColumns = (points: (withSpouse: boolean, index: number) => number, length: number) =>
  [false, true].map((withSpouse) => tabulate(length, (index) => points(withSpouse, index)));

/** The factors tabulated here, with the section the compiled sum adds each one to. */
const KNOWN_FACTORS: Readonly<Record<string, Section>> = {
  age: 'A',
  education: 'A',
  'first-language': 'A',
  'second-language': 'A',
  'canadian-work': 'A',
  'spouse-education': 'B',
  'spouse-language': 'B',
  'spouse-canadian-work': 'B',
  'transferability-education': 'C',
  'transferability-foreign-work': 'C',
  'transferability-certificate': 'C',
  'provincial-nomination': 'D',
  'arranged-employment': 'D',
  'canadian-study': 'D',
  sibling: 'D',
  french: 'D',
};

/** The tables of one rule set. @throws RangeError for a factor it does not know. */
export function crsTables(ruleset: CrsRuleset, fromDay: number): CrsTables {
  const byId = new Map<string, Factor>();
  for (const factor of ruleset.factors) {
    const score = factor(probe({}));
    if (KNOWN_FACTORS[score.factor] !== score.section)
      throw new RangeError(`CRS factor ${score.factor} of ${ruleset.id} has no compiled form`);
    byId.set(score.factor, factor);
  }
  const points = (id: string, facts: CrsFacts) => {
    const factor = byId.get(id);
    return factor ? factor(facts).points : 0;
  };
  const secondLanguageMax = (withSpouse: boolean) => {
    const factor = byId.get('second-language');
    return factor ? factor(probe({ withSpouse, second: allAt(0) })).max : 0;
  };
  const withSpouse = (overrides: Partial<NonNullable<CrsFacts['spouse']>>) =>
    probe({ withSpouse: true, spouse: spouseFacts(overrides) });
  const lowestLevels = LEVELS;
  const transferabilityEducation = new Int16Array(9 * lowestLevels * 4);
  const transferabilityForeignWork = new Int16Array(4 * lowestLevels * 4);
  for (let lowest = 0; lowest < lowestLevels; lowest += 1) {
    for (let canadian = 0; canadian < 4; canadian += 1) {
      const first = lowest === 0 ? null : allAt(lowest);
      for (let level = 0; level < 9; level += 1) {
        transferabilityEducation[(level * lowestLevels + lowest) * 4 + canadian] = points(
          'transferability-education',
          probe({ education: levelOrNull(level), first, canadianWorkYears: canadian }),
        );
      }
      for (let foreign = 0; foreign < 4; foreign += 1) {
        transferabilityForeignWork[(foreign * lowestLevels + lowest) * 4 + canadian] = points(
          'transferability-foreign-work',
          probe({ foreignWorkYears: foreign, first, canadianWorkYears: canadian }),
        );
      }
    }
  }
  const arranged = new Int16Array(8);
  for (let unskilled = 0; unskilled < 2; unskilled += 1)
    for (let lmia = 0; lmia < 2; lmia += 1)
      for (let major00 = 0; major00 < 2; major00 += 1)
        arranged[unskilled * 4 + lmia * 2 + major00] = points(
          'arranged-employment',
          probe({
            jobOffer: { noc: major00 ? '00012' : '21232', teer: unskilled ? 4 : 1, lmia: lmia === 1 },
          }),
        );
  const frenchTable = new Int16Array((LEVELS + 1) * (LEVELS + 1));
  for (let frenchLowest = 0; frenchLowest <= LEVELS; frenchLowest += 1)
    for (let englishLowest = 0; englishLowest <= LEVELS; englishLowest += 1)
      frenchTable[frenchLowest * (LEVELS + 1) + englishLowest] = points(
        'french',
        probe({
          french: frenchLowest === 0 ? null : allAt(frenchLowest - 1),
          english: englishLowest === 0 ? null : allAt(englishLowest - 1),
        }),
      );
  return {
    id: ruleset.id,
    fromDay,
    age: bothColumns((spouse, age) => points('age', probe({ withSpouse: spouse, age })), AGES),
    education: bothColumns(
      (spouse, level) => points('education', probe({ withSpouse: spouse, education: levelOrNull(level) })),
      9,
    ),
    firstLanguage: bothColumns(
      (spouse, level) =>
        points(
          'first-language',
          probe({ withSpouse: spouse, first: listeningOnly(level), firstLanguage: 'english' }),
        ),
      LEVELS,
    ),
    secondLanguage: bothColumns(
      (spouse, level) =>
        points('second-language', probe({ withSpouse: spouse, second: listeningOnly(level) })),
      LEVELS,
    ),
    secondLanguageCap: [secondLanguageMax(false), secondLanguageMax(true)],
    canadianWork: bothColumns(
      (spouse, years) => points('canadian-work', probe({ withSpouse: spouse, canadianWorkYears: years })),
      YEARS,
    ),
    spouseEducation: tabulate(9, (level) =>
      points('spouse-education', withSpouse({ education: levelOrNull(level) })),
    ),
    spouseLanguage: tabulate(LEVELS, (level) =>
      points('spouse-language', withSpouse({ english: listeningOnly(level) })),
    ),
    spouseCanadianWork: tabulate(YEARS, (years) =>
      points('spouse-canadian-work', withSpouse({ canadianWorkYears: years })),
    ),
    transferabilityEducation,
    transferabilityForeignWork,
    transferabilityCertificate: tabulate(2 * lowestLevels, (index) =>
      points(
        'transferability-certificate',
        probe({
          certificateOfQualification: index >= lowestLevels,
          first: index % lowestLevels === 0 ? null : allAt(index % lowestLevels),
        }),
      ),
    ),
    nomination: points('provincial-nomination', probe({ provincialNomination: true })),
    arranged,
    canadianStudy: Int16Array.from([
      points('canadian-study', probe({})),
      points(
        'canadian-study',
        probe({ canadianStudy: { level: 'one-year-post-secondary', lengthYears: 1 } }),
      ),
      points('canadian-study', probe({ canadianStudy: { level: 'bachelors', lengthYears: 3 } })),
    ]),
    sibling: points('sibling', probe({ siblingInCanada: true })),
    french: frenchTable,
  };
}
