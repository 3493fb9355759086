/**
 * The dated rule data the compiled assessment reads, as day numbers and tables: which CRS rule
 * set, category set and proof-of-funds table is in force from which day, each category's
 * criteria, and the NOC lists as bits. Built once per pool from the same data the rules read.
 */
import { addDays, dayNumber } from '../../../rules/_lib/dates.js';
import type { CategorySet, Criterion } from '../../../rules/categories/types.js';
import { CRS_RULESETS } from '../../../rules/crs/rulesets.js';
import { abilities } from '../../../rules/language/tables.js';
import { educationLevels } from '../../../rules/profile/schema.js';
import { CEC_LOOKBACK_YEARS } from '../../../rules/programs/cec.js';
import { FST_LOOKBACK_YEARS } from '../../../rules/programs/fst.js';
import { FSW_LOOKBACK_YEARS } from '../../../rules/programs/fsw-grid.js';
import { FUNDS_TABLES, type FundsTable } from '../../../rules/programs/tables.js';
import type { CategoryRegistry } from '../category-registry.js';
import { type CrsTables, crsTables } from './crs-tables.js';

/** One criterion with its NOC list as the category's registry bit. */
export type CompiledCriterion =
  | {
      readonly kind: 'language';
      readonly french: boolean;
      readonly minLevel: number;
      readonly abilities: readonly number[];
    }
  | {
      readonly kind: 'work-experience';
      readonly minMonths: number;
      readonly lookbackYears: number;
      readonly continuous: boolean;
      readonly canadaOnly: boolean;
    }
  | { readonly kind: 'military-service'; readonly minYears: number }
  | { readonly kind: 'armed-forces-job-offer'; readonly minYears: number; readonly nocs: ReadonlySet<string> }
  | { readonly kind: 'education'; readonly minLevel: number };

export interface CompiledCategory {
  /** The registry bit of the version. */
  readonly bit: number;
  /** The category's own start (physicians, 2025-12-08); −2^30 when it starts with its set. */
  readonly fromDay: number;
  readonly criteria: readonly CompiledCriterion[];
}

export interface CompiledCategorySet {
  readonly fromDay: number;
  /** The last day in force, inclusive; 2^30 while open. */
  readonly toDay: number;
  readonly categories: readonly CompiledCategory[];
}

export interface CompiledFundsTable {
  readonly fromDay: number;
  readonly table: FundsTable;
}

function compileCriterion(criterion: Criterion, nocs: ReadonlySet<string>): CompiledCriterion {
  switch (criterion.kind) {
    case 'language':
      return {
        kind: 'language',
        french: criterion.language === 'french',
        minLevel: criterion.minLevel,
        abilities: criterion.abilities.map((ability) => abilities.indexOf(ability)),
      };
    case 'work-experience':
      return {
        kind: 'work-experience',
        minMonths: criterion.minMonths,
        lookbackYears: criterion.lookbackYears,
        continuous: criterion.continuous,
        canadaOnly: criterion.location === 'canada-only',
      };
    case 'military-service':
      return { kind: 'military-service', minYears: criterion.minYears };
    case 'armed-forces-job-offer':
      return { kind: 'armed-forces-job-offer', minYears: criterion.minYears, nocs };
    case 'education':
      return { kind: 'education', minLevel: educationLevels.indexOf(criterion.minLevel) };
  }
}

/**
 * The rules of a pool, compiled: its category sets and registry, the CRS rule sets and the
 * proof-of-funds tables, and the days valid-until.ts treats as rule changes.
 */
export class CompiledRules {
  readonly registry: CategoryRegistry;
  readonly crsRulesets: readonly CrsTables[];
  readonly categorySets: readonly CompiledCategorySet[];
  /** Oldest first. */
  readonly fundsTables: readonly CompiledFundsTable[];
  /** The lookback windows jobs leave (valid-until.ts `WINDOW_YEARS`). */
  readonly windowYears: readonly number[] = [CEC_LOOKBACK_YEARS, FST_LOOKBACK_YEARS, FSW_LOOKBACK_YEARS];
  /** valid-until.ts `ruleDates`: every day a CRS rule set, category set or category starts or ends. */
  readonly changeDays: Int32Array;
  /** Every category's minimum months, ascending (valid-until.ts `thresholds.category`). */
  readonly categoryThresholds: readonly number[];
  readonly #listing = new Map<string, number>();

  /** @throws RangeError for a CRS rule set or category version this form does not know. */
  constructor(sets: readonly CategorySet[], registry: CategoryRegistry) {
    this.registry = registry;
    this.crsRulesets = CRS_RULESETS.map((ruleset) => crsTables(ruleset, dayNumber(ruleset.effectiveFrom)));
    const changes = new Set<number>();
    for (const ruleset of CRS_RULESETS) changes.add(dayNumber(ruleset.effectiveFrom));
    const thresholds = new Set<number>();
    this.categorySets = sets.map((set) => {
      changes.add(dayNumber(set.effectiveFrom));
      if (set.effectiveTo !== null) changes.add(dayNumber(addDays(set.effectiveTo, 1)));
      return {
        fromDay: dayNumber(set.effectiveFrom),
        toDay: set.effectiveTo === null ? 2 ** 30 : dayNumber(set.effectiveTo),
        categories: set.categories.map((category) => {
          const bit = registry.bitOf(category.version);
          if (bit === undefined)
            throw new RangeError(`category version ${category.version} is not in the pool's registry`);
          const nocs = new Set(category.occupations.map((occupation) => occupation.noc));
          for (const noc of nocs) this.#listing.set(noc, ((this.#listing.get(noc) ?? 0) | (1 << bit)) >>> 0);
          if (category.effectiveFrom) changes.add(dayNumber(category.effectiveFrom));
          for (const criterion of category.criteria)
            if (criterion.kind === 'work-experience') thresholds.add(criterion.minMonths);
          return {
            bit,
            fromDay: category.effectiveFrom ? dayNumber(category.effectiveFrom) : -(2 ** 30),
            criteria: category.criteria.map((criterion) => compileCriterion(criterion, nocs)),
          };
        }),
      };
    });
    this.changeDays = Int32Array.from([...changes].sort((a, b) => a - b));
    this.categoryThresholds = [...thresholds].sort((a, b) => a - b);
    this.fundsTables = FUNDS_TABLES.map((table) => ({ fromDay: dayNumber(table.effectiveFrom), table })).sort(
      (a, b) => a.fromDay - b.fromDay,
    );
  }

  /** The registry bits of the category versions whose occupation list names `noc`. */
  categoriesListing(noc: string): number {
    return this.#listing.get(noc) ?? 0;
  }

  /** crsRulesetOn: the last set started by `day`, the first before any. */
  crsRulesetOn(day: number): CrsTables {
    const sets = this.crsRulesets;
    let found = sets[0] as CrsTables;
    for (let index = 1; index < sets.length; index += 1) {
      const set = sets[index] as CrsTables;
      if (set.fromDay <= day) found = set;
    }
    return found;
  }

  /** categorySetOn: among the sets covering `day`, the one started last (the later listed on a tie). */
  categorySetOn(day: number): CompiledCategorySet | undefined {
    let found: CompiledCategorySet | undefined;
    for (const set of this.categorySets) {
      if (set.fromDay <= day && day <= set.toDay && (!found || set.fromDay >= found.fromDay)) found = set;
    }
    return found;
  }

  /** fundsTableOn: the latest table in force on `day`, the earliest before any. */
  fundsTableOn(day: number): FundsTable {
    let found: CompiledFundsTable | undefined;
    let earliest: CompiledFundsTable | undefined;
    for (const table of this.fundsTables) {
      if (table.fromDay <= day && (!found || table.fromDay >= found.fromDay)) found = table;
      if (!earliest || table.fromDay < earliest.fromDay) earliest = table;
    }
    const table = found ?? earliest;
    if (!table) throw new RangeError('no proof-of-funds table');
    return table.table;
  }
}
