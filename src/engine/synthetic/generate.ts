/**
 * A synthetic Express Entry pool whose CRS distribution on a date matches the one IRCC
 * published closest to that date (./distribution.ts), made of realistic, valid profiles.
 *
 * How profile `i` is made (it depends only on the seed and `i`, so chunks of a pool can be
 * generated on several threads and come out the same):
 * 1. Its target range: the ranges are laid out along a golden-ratio sequence in proportion to
 *    their published shares, so any prefix of the pool already has the right mix; a target
 *    score inside the range follows ./target-score.ts.
 * 2. Its features: program archetype (CEC, FSW, FST; a provincial nominee for 601–1200),
 *    partner, French, main occupation (./occupations.ts).
 * 3. A proposal aimed at the target: an age is drawn from the pool's age profile, and a
 *    strength is read from a calibration table of this kind of candidate (strength → expected
 *    CRS points besides age, and youngest possible age) so that the two land near the target.
 * 4. A plan is drawn at that strength (./candidate.ts) and its facts are scored with the rule
 *    set's own factors (`scoreFacts`), which is cheap; a proposal that misses costs little.
 * 5. Acceptance: the age is the one free fact left. Every age the plan's dates allow whose
 *    total falls in the target range is a choice, weighted by the age profile (and, for an FSW
 *    candidate, kept only while the FSW grid stays at 67 or more); no choice → a new proposal
 *    (bounded retries, fresh features every few). The total at another age is the total with the
 *    age factor's points swapped: the birth date enters the CRS only through the age (crs-rules
 *    §A1, §E3) and section A's cap never binds.
 * 6. The plan is written out as a dated profile and scored again with `crsScore`: the profile
 *    is accepted only when that score is in the target range.
 */

import { bundledCategorySets } from '../../data/categories.js';
import type { PoolProfile } from '../../data/pool-file.js';
import type { IsoDate } from '../../rules/_lib/dates.js';
import { categorySetOn } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { age as ageFactor } from '../../rules/crs/factors/age.js';
import { crsRulesetOn } from '../../rules/crs/rulesets.js';
import { type CrsScore, crsScore, scoreFacts } from '../../rules/crs/score.js';
import type { CrsFacts } from '../../rules/crs/types.js';
import { fswGrid } from '../../rules/programs/fsw-grid.js';
import { fundsTableOn } from '../../rules/programs/funds.js';
import { FSW_PASS_MARK, fswAgePoints } from '../../rules/programs/tables.js';
import {
  type Archetype,
  birthDateFor,
  type CandidateContext,
  type CandidateFeatures,
  type CandidatePlan,
  drawPlan,
  type Francophone,
  MAX_AGE,
  type Partner,
  planFacts,
  renderProfile,
} from './candidate.js';
import {
  CRS_RANGES,
  type CrsRange,
  type PublishedPoolDistribution,
  publishedPoolDistributionNear,
} from './distribution.js';
import { occupationMix } from './occupations.js';
import { createRandom, type Random, WeightedTable } from './random.js';
import { targetScoreSampler } from './target-score.js';

export interface GeneratePoolOptions {
  /** Number of profiles. */
  readonly size: number;
  /** The pool's date: scores, categories and the target distribution are those of this day. */
  readonly asOf: IsoDate;
  /** Any 32-bit integer; the same seed gives the same pool. */
  readonly seed: number;
  /** The distribution to match; default: the published one closest to `asOf`. */
  readonly distribution?: PublishedPoolDistribution;
  /** Category sets to take occupations from; default: the bundled ones. */
  readonly categorySets?: readonly CategorySet[];
}

/** A generated profile with what the generator knows about it. */
export interface GeneratedProfile {
  readonly profile: PoolProfile;
  /** Its CRS total on the pool's date. */
  readonly crs: number;
  /** The index in {@link CRS_RANGES} it was made for. */
  readonly targetRange: number;
  readonly archetype: Archetype;
  readonly nominee: boolean;
  /** Proposals drawn before one was accepted. */
  readonly attempts: number;
  /** False when the retries ran out and the closest proposal was kept (never seen in practice). */
  readonly onTarget: boolean;
}

/** Proposals per profile before the closest one is kept. */
const MAX_ATTEMPTS = 48;
/** Failed proposals before the features are drawn again. */
const ATTEMPTS_PER_FEATURES = 6;
/** Candidates per kind of candidate in the calibration table. */
const CALIBRATION_SAMPLES = 160;
/**
 * Plans with the same facts score the same: totals without age points, by facts, are kept
 * for this many distinct facts (about half of all plans repeat one).
 */
const SCORE_CACHE_SIZE = 200_000;
/** Calibration candidates a proposal picks its strength among. */
const NEAREST_SAMPLES = 8;
/** Calibration candidates on each side averaged into one strength's expected points. */
const SMOOTHING = 10;
const GOLDEN_RATIO_FRACTION = 0.6180339887498949;

/**
 * Assumed shares of partners and French speakers; with the French speakers' levels, about 8% of
 * the pool reaches NCLC 7 in all four abilities (IRCC's French category asks for that).
 */
const PARTNERS = new WeightedTable<Partner>([
  ['none', 0.5],
  ['accompanying', 0.4],
  ['not-accompanying', 0.07],
  ['citizen-or-pr', 0.03],
]);
const FRANCOPHONES = new WeightedTable<Francophone>([
  ['no', 0.925],
  ['english-first', 0.03],
  ['french-first', 0.045],
]);
/**
 * Program archetypes (assumed): most candidates are CEC or FSW; tradespeople score lower on
 * average, and below 400 the FSW grid's 67 points (which reward what the CRS rewards) are rarely met.
 */
const ARCHETYPES_LOW = new WeightedTable<Archetype>([
  ['CEC', 0.58],
  ['FSW', 0.28],
  ['FST', 0.14],
]);
const ARCHETYPES_MIDDLE = new WeightedTable<Archetype>([
  ['CEC', 0.48],
  ['FSW', 0.46],
  ['FST', 0.06],
]);
const ARCHETYPES_HIGH = new WeightedTable<Archetype>([
  ['CEC', 0.52],
  ['FSW', 0.46],
  ['FST', 0.02],
]);
const ARCHETYPES_NOMINEE = new WeightedTable<Archetype>([
  ['CEC', 0.6],
  ['FSW', 0.35],
  ['FST', 0.05],
]);

/**
 * Relative weight of each age in the pool (assumed: most candidates are 25–35, few over 45).
 * @example agePrior(29) > agePrior(45) //=> true
 */
export function agePrior(age: number): number {
  if (age < 18) return 0;
  // A skewed bell peaking at 28–29.
  const x = Math.log((age - 16) / 12.5);
  return Math.exp(-(x * x) / (2 * 0.33 * 0.33)) + 0.004;
}

/** One pool's generator: the distribution it matches and a profile for each index. */
export interface PoolGenerator {
  readonly distribution: PublishedPoolDistribution;
  /** The category set whose occupations are used (the one in force on `asOf`, if any). */
  readonly categorySet: CategorySet | undefined;
  /** Profile `index` (0-based) of the pool; a pure function of the seed and the index. */
  profileAt(index: number): GeneratedProfile;
}

/**
 * Sets up the generator for a pool: the target distribution, the occupations, the calibration.
 * @example poolGenerator({ size: 10, asOf: '2026-08-07', seed: 1 }).distribution.asOf //=> '2026-08-03'
 */
export function poolGenerator(options: GeneratePoolOptions): PoolGenerator {
  const { asOf, seed, size } = options;
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`pool size must be a whole number ≥ 0: ${size}`);
  const distribution = options.distribution ?? publishedPoolDistributionNear(asOf);
  const sets = options.categorySets ?? bundledCategorySets();
  const categorySet = categorySetOn(sets, asOf);
  // Before the first category set (2023-05-31) occupations still exist: take the first set's lists.
  const context: CandidateContext = {
    asOf,
    occupations: occupationMix(categorySet ?? sets[0]),
    funds: fundsTableOn(asOf),
  };
  const groups = new WeightedTable(context.occupations.groups.map((group) => [group, group.weight] as const));
  const drawTarget = targetScoreSampler(distribution);
  const scorer = createScorer(asOf);
  const calibration = new Calibration(context, scorer, seed, groups);
  const cumulative: number[] = [];
  let sum = 0;
  for (const range of distribution.ranges) {
    sum += range.share;
    cumulative.push(sum);
  }
  const offset = createRandom(seed, -1).next();
  const idWidth = Math.max(6, String(size).length);
  const nomineeRange = CRS_RANGES.length - 1;

  const rangeAt = (index: number): number => {
    const position = (offset + (index + 1) * GOLDEN_RATIO_FRACTION) % 1;
    const found = cumulative.findIndex((edge) => position < edge);
    return found === -1 ? nomineeRange : found;
  };

  const drawFeatures = (random: Random, rangeIndex: number): CandidateFeatures => {
    const nominee = rangeIndex === nomineeRange;
    const group = groups.draw(random);
    const archetypes = nominee
      ? ARCHETYPES_NOMINEE
      : rangeIndex <= 2
        ? ARCHETYPES_LOW
        : rangeIndex >= 13
          ? ARCHETYPES_HIGH
          : ARCHETYPES_MIDDLE;
    const archetype: Archetype = group.canadianOnly
      ? 'CEC'
      : group.military
        ? 'FSW'
        : archetypes.draw(random);
    return {
      archetype,
      nominee,
      group,
      partner: PARTNERS.draw(random),
      francophone: group.military ? 'no' : FRANCOPHONES.draw(random),
    };
  };

  const profileAt = (index: number): GeneratedProfile => {
    const random = createRandom(seed, index);
    const targetRange = rangeAt(index);
    const range = CRS_RANGES[targetRange] as CrsRange;
    const id = `c-${String(index + 1).padStart(idWidth, '0')}`;
    let features = drawFeatures(random, targetRange);
    let closest: { plan: CandidatePlan; age: number; distance: number } | undefined;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (attempt > 1 && (attempt - 1) % ATTEMPTS_PER_FEATURES === 0)
        features = drawFeatures(random, targetRange);
      const target = drawTarget(targetRange, random);
      const provisionalAge = drawAge(random);
      const strength = features.nominee
        ? (random.next() + random.next()) / 2
        : calibration.strengthFor(features, target, provisionalAge, random);
      if (strength === null) {
        features = drawFeatures(random, targetRange);
        continue;
      }
      const plan = drawPlan(random, context, features, strength);
      const planned = scorer.score(planFacts(plan, asOf, Math.max(provisionalAge, plan.minAge)));
      let options: AgeOption[] = [];
      for (let age = plan.minAge; age <= MAX_AGE; age++) {
        const total = scorer.totalAtAge(planned, age);
        const distance = total < range.min ? range.min - total : total > range.max ? total - range.max : 0;
        if (!closest || distance < closest.distance) closest = { plan, age, distance };
        if (distance > 0) continue;
        const nearTarget = range.max - range.min > 10 ? Math.exp(-Math.abs(total - target) / 8) : 1;
        options.push({ age, weight: agePrior(age) * nearTarget });
      }
      if (options.length === 0) continue;
      let age = pickOption(random, options).age;
      const profile = renderProfile(random, context, plan, id, age);
      if (features.archetype === 'FSW') {
        // The FSW grid needs 67 points (IRPR 76(2)); only its age factor changes with the age.
        const gridWithoutAge = fswGridWithoutAge(profile, asOf);
        options = options.filter((option) => gridWithoutAge + fswAgePoints(option.age) >= FSW_PASS_MARK);
        if (options.length === 0) continue;
        if (!options.some((option) => option.age === age)) {
          age = pickOption(random, options).age;
          profile.birthDate = birthDateFor(asOf, age, random);
        }
      }
      const score = crsScore(profile, { on: asOf });
      if (score.total < range.min || score.total > range.max) continue; // the plan and its profile disagree
      return {
        profile,
        crs: score.total,
        targetRange,
        archetype: features.archetype,
        nominee: features.nominee,
        attempts: attempt,
        onTarget: true,
      };
    }
    if (!closest) throw new Error(`no proposal for profile ${index}`);
    const profile = renderProfile(random, context, closest.plan, id, closest.age);
    return {
      profile,
      crs: crsScore(profile, { on: asOf }).total,
      targetRange,
      archetype: closest.plan.features.archetype,
      nominee: closest.plan.features.nominee,
      attempts: MAX_ATTEMPTS,
      onTarget: false,
    };
  };

  return { distribution, categorySet, profileAt };
}

/**
 * The profiles of a pool with their scores, one at a time.
 * @example [...generatePoolEntries({ size: 2, asOf: '2026-08-07', seed: 1 })].map((entry) => entry.profile.id) //=> ['c-000001', 'c-000002']
 */
export function* generatePoolEntries(
  options: GeneratePoolOptions,
): Generator<GeneratedProfile, void, undefined> {
  const generator = poolGenerator(options);
  for (let index = 0; index < options.size; index++) yield generator.profileAt(index);
}

/**
 * A synthetic pool of `size` valid profiles whose CRS distribution on `asOf` matches the
 * published pool distribution closest to `asOf`. Deterministic for a seed.
 * @example
 * const [first] = generatePool({ size: 1, asOf: '2026-08-07', seed: 1 });
 * first?.format //=> 'express-entry/profile@1'
 */
export function* generatePool(options: GeneratePoolOptions): Generator<PoolProfile, void, undefined> {
  for (const entry of generatePoolEntries(options)) yield entry.profile;
}

function drawAge(random: Random): number {
  // Rejection from a uniform proposal over 18–58 under the (bounded) age profile.
  for (;;) {
    const age = random.int(18, 58);
    if (random.next() * 1.01 < agePrior(age)) return age;
  }
}

function pickOption<T extends { weight: number }>(random: Random, options: readonly T[]): T {
  let total = 0;
  for (const option of options) total += option.weight;
  let target = random.next() * total;
  for (const option of options) {
    target -= option.weight;
    if (target < 0) return option;
  }
  return options[options.length - 1] as T;
}

/** The FSW grid points other than age, with the candidate's declared first language. */
function fswGridWithoutAge(profile: PoolProfile, on: IsoDate): number {
  const grid = fswGrid(profile, {
    on,
    firstLanguage: profile.firstOfficialLanguage === 'fr' ? 'french' : 'english',
  });
  const agePoints = grid.factors.find((factor) => factor.factor === 'age')?.points ?? 0;
  return grid.total - agePoints;
}

function levelsKey(levels: CrsFacts['english']): string {
  return levels ? `${levels.listening}.${levels.reading}.${levels.writing}.${levels.speaking}` : '-';
}

/**
 * Everything in the facts that a CRS factor reads, except the date (one per pool) and the age
 * (swapped separately), as one flat string: joined, not concatenated, so that V8 stores it
 * as one string rather than a rope of its pieces.
 */
function factsKey(facts: CrsFacts): string {
  const { spouse, canadianStudy, jobOffer } = facts;
  return [
    facts.withSpouse ? 1 : 0,
    facts.education,
    canadianStudy ? `${canadianStudy.level}.${canadianStudy.lengthYears}` : '-',
    facts.firstLanguage,
    levelsKey(facts.english),
    levelsKey(facts.french),
    facts.canadianWorkYears,
    facts.foreignWorkYears,
    facts.certificateOfQualification ? 1 : 0,
    facts.provincialNomination ? 1 : 0,
    facts.siblingInCanada ? 1 : 0,
    jobOffer ? `${jobOffer.noc}.${jobOffer.lmia ? 1 : 0}` : '-',
    spouse
      ? `${spouse.education}.${levelsKey(spouse.english)}.${levelsKey(spouse.french)}.${spouse.canadianWorkYears}`
      : '-',
  ].join('|');
}

interface AgeOption {
  readonly age: number;
  readonly weight: number;
}

/** Scores plan facts with the rule set in force, and the totals the same facts give at other ages. */
interface Scorer {
  score(facts: CrsFacts): Pick<CrsScore, 'total' | 'facts' | 'withSpouse'>;
  agePoints(age: number, withSpouse: boolean): number;
  totalAtAge(score: Pick<CrsScore, 'total' | 'facts' | 'withSpouse'>, age: number): number;
}

function createScorer(on: IsoDate): Scorer {
  const ruleset = crsRulesetOn(on);
  // Swapping the age factor's points is exact while the rule set scores age with table A1 and
  // section A's cap (500) never binds (its factors' maxima add up to 500 at most). A rule set
  // without that factor is re-scored in full.
  const usesAgeTable = ruleset.factors.includes(ageFactor);
  const cache = new Map<string, number>();
  const pointsFor = (age: number, withSpouse: boolean) =>
    ageFactor({ age, withSpouse } as Parameters<typeof ageFactor>[0]).points;
  return {
    score: (facts) => {
      const key = factsKey(facts);
      const cached = usesAgeTable ? cache.get(key) : undefined;
      if (cached !== undefined) {
        const agePts = pointsFor(facts.age, facts.withSpouse);
        return { total: cached + agePts, facts, withSpouse: facts.withSpouse };
      }
      const score = scoreFacts(facts, ruleset);
      if (usesAgeTable) {
        if (cache.size >= SCORE_CACHE_SIZE) cache.clear();
        cache.set(key, score.total - pointsFor(facts.age, facts.withSpouse));
      }
      return score;
    },
    agePoints: pointsFor,
    totalAtAge: (score, age) => {
      if (score.facts.age === age) return score.total;
      if (!usesAgeTable) return scoreFacts({ ...score.facts, age }, ruleset).total;
      return score.total - pointsFor(score.facts.age, score.withSpouse) + pointsFor(age, score.withSpouse);
    },
  };
}

/**
 * For each kind of candidate (archetype, partner, French), a table of strength → CRS points
 * other than age, built once per kind on first use from candidates of evenly spaced strengths.
 * A kind's table depends only on the seed and the kind, so the order of use does not matter.
 */
class Calibration {
  private readonly tables = new Map<string, CalibrationTable>();
  /** Age points by age, without and with spouse. */
  private readonly agePoints: readonly [readonly number[], readonly number[]];
  private readonly nearestDistances = new Float64Array(NEAREST_SAMPLES);
  private readonly nearestSamples = new Int32Array(NEAREST_SAMPLES);

  constructor(
    private readonly context: CandidateContext,
    private readonly scorer: Scorer,
    private readonly seed: number,
    private readonly groups: WeightedTable<CandidateFeatures['group']>,
  ) {
    const column = (withSpouse: boolean) =>
      Array.from({ length: MAX_AGE + 1 }, (_, age) => scorer.agePoints(age, withSpouse));
    this.agePoints = [column(false), column(true)];
  }

  /**
   * A strength whose candidates of this kind, at `age` or the youngest age their dates allow,
   * score about `target`: one of the calibration strengths whose candidate came nearest; null
   * when no candidate of this kind came within 40 points.
   */
  strengthFor(features: CandidateFeatures, target: number, age: number, random: Random): number | null {
    const table = this.tableFor(features);
    const points = this.agePoints[features.partner === 'accompanying' ? 1 : 0];
    // Candidates far below the ranges around 450 are mostly older: when no strength reaches the
    // target at the drawn age, try the same target some years older.
    for (let older = age; older <= MAX_AGE; older += 6) {
      const picked = this.nearestStrength(table, points, target, older, random);
      if (picked !== null) return picked;
      if (older + 6 > MAX_AGE || (table.rest[0] as number) + (points[older] as number) < target) break;
    }
    return null;
  }

  /** One of the strengths whose expected total at `age` is nearest `target`; null beyond 25 points. */
  private nearestStrength(
    table: CalibrationTable,
    points: readonly number[],
    target: number,
    age: number,
    random: Random,
  ): number | null {
    // The NEAREST_SAMPLES closest strengths, kept sorted by distance (insertion into a short list).
    const distances = this.nearestDistances;
    const picks = this.nearestSamples;
    let kept = 0;
    for (let sample = 0; sample < table.rest.length; sample++) {
      const at = Math.max(age, table.minAge[sample] as number);
      const distance = Math.abs((table.rest[sample] as number) + (points[at] as number) - target);
      if (kept === NEAREST_SAMPLES && distance >= (distances[kept - 1] as number)) continue;
      let slot = kept < NEAREST_SAMPLES ? kept++ : kept - 1;
      while (slot > 0 && (distances[slot - 1] as number) > distance) {
        distances[slot] = distances[slot - 1] as number;
        picks[slot] = picks[slot - 1] as number;
        slot -= 1;
      }
      distances[slot] = distance;
      picks[slot] = sample;
    }
    if (kept === 0 || (distances[0] as number) > 25) return null;
    const picked = table.strength[picks[random.int(0, kept - 1)] as number] as number;
    return Math.min(1, Math.max(0, picked + random.normal(0, 0.5 / CALIBRATION_SAMPLES)));
  }

  /** An occupation group without special rules (Canadian-only experience, military). */
  private ordinaryGroup(random: Random): CandidateFeatures['group'] {
    for (;;) {
      const group = this.groups.draw(random);
      if (!group.canadianOnly && !group.military) return group;
    }
  }

  private tableFor(features: CandidateFeatures): CalibrationTable {
    // Groups with their own rules get their own table, whichever of them comes first.
    const special =
      features.group.canadianOnly || features.group.military ? (features.group.category ?? '') : '';
    // Everything the table's candidates take from `features` is in the key, so a table does not
    // depend on which profile asked for it first.
    const key = `${features.archetype}|${features.partner}|${features.francophone}|${special}`;
    const found = this.tables.get(key);
    if (found) return found;
    const kindSeed = [...key].reduce(
      (hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619),
      2166136261,
    );
    const rest: number[] = [];
    const minAge: number[] = [];
    for (let sample = 0; sample < CALIBRATION_SAMPLES; sample++) {
      const random = createRandom(this.seed ^ kindSeed, sample);
      const strength = (sample + 0.5) / CALIBRATION_SAMPLES;
      const group = special ? features.group : this.ordinaryGroup(random);
      const plan = drawPlan(random, this.context, { ...features, group, nominee: false }, strength);
      const score = this.scorer.score(planFacts(plan, this.context.asOf, plan.minAge));
      rest.push(score.total - this.scorer.agePoints(plan.minAge, score.withSpouse));
      minAge.push(plan.minAge);
    }
    // Each strength's expected points: the mean of its neighbours. Matching single candidates
    // would favour the lucky ones, and fresh candidates of that strength fall short of them.
    const table: CalibrationTable = { rest: [], minAge: [], strength: [] };
    for (let sample = 0; sample < CALIBRATION_SAMPLES; sample++) {
      const from = Math.max(0, sample - SMOOTHING);
      const to = Math.min(CALIBRATION_SAMPLES - 1, sample + SMOOTHING);
      let restSum = 0;
      let ageSum = 0;
      for (let neighbour = from; neighbour <= to; neighbour++) {
        restSum += rest[neighbour] as number;
        ageSum += minAge[neighbour] as number;
      }
      table.rest.push(restSum / (to - from + 1));
      table.minAge.push(Math.round(ageSum / (to - from + 1)));
      table.strength.push((sample + 0.5) / CALIBRATION_SAMPLES);
    }
    this.tables.set(key, table);
    return table;
  }
}

/** Calibration candidates of one kind: CRS points besides age, youngest age, strength. */
interface CalibrationTable {
  readonly rest: number[];
  readonly minAge: number[];
  readonly strength: number[];
}
