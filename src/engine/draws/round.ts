/**
 * A published round of invitations, as the history keeps it: what IRCC announced for each round
 * since 2015 (number, instant, kind, size, lowest CRS score, tie-break, pool distribution).
 * File format and sources: data/SOURCES.md §1.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html
 */
import type { IsoDate } from '../../rules/_lib/dates.js';
import type { RoundProgram } from '../types.js';

export type { RoundProgram };

/** The four programs in the order IRCC lists them. */
export const ROUND_PROGRAMS = ['FSW', 'CEC', 'FST', 'PNP'] as const satisfies readonly RoundProgram[];

/**
 * What a published round selected on. It is a {@link import('../types.js').RoundKind} with the
 * facts the history adds: the category's lineage id and IRCC's own version label.
 */
export type HistoricalRoundKind =
  | { readonly type: 'general' }
  | { readonly type: 'program'; readonly program: RoundProgram }
  | {
      readonly type: 'category';
      /** Our category version, `<id>@<year>` (the year of `data/categories/<year>.json`). */
      readonly category: string;
      /** Lineage id shared across years, e.g. `healthcare`. */
      readonly categoryId: string;
      /** IRCC's label in the round name: `Version 1`, `2026-Version 3`; null when the name has none. */
      readonly versionLabel: string | null;
    };

/**
 * The CRS ranges of IRCC's pool distribution table, in the feed's `dd1`…`dd17` order. The
 * sub-ranges are nested: 491-500…451-460 lie inside 451-500 and 441-450…401-410 inside 401-450,
 * so only the ranges without a parent add up to the total (`dd18`).
 */
export const POOL_RANGES = [
  { field: 'dd1', range: '601-1200', parent: null },
  { field: 'dd2', range: '501-600', parent: null },
  { field: 'dd3', range: '451-500', parent: null },
  { field: 'dd4', range: '491-500', parent: '451-500' },
  { field: 'dd5', range: '481-490', parent: '451-500' },
  { field: 'dd6', range: '471-480', parent: '451-500' },
  { field: 'dd7', range: '461-470', parent: '451-500' },
  { field: 'dd8', range: '451-460', parent: '451-500' },
  { field: 'dd9', range: '401-450', parent: null },
  { field: 'dd10', range: '441-450', parent: '401-450' },
  { field: 'dd11', range: '431-440', parent: '401-450' },
  { field: 'dd12', range: '421-430', parent: '401-450' },
  { field: 'dd13', range: '411-420', parent: '401-450' },
  { field: 'dd14', range: '401-410', parent: '401-450' },
  { field: 'dd15', range: '351-400', parent: null },
  { field: 'dd16', range: '301-350', parent: null },
  { field: 'dd17', range: '0-300', parent: null },
] as const;

/** The feed field holding the pool total. */
export const POOL_TOTAL_FIELD = 'dd18';

/** A CRS range label such as `451-500`. */
export type PoolRange = (typeof POOL_RANGES)[number]['range'];

/** Candidates in the pool per CRS range on the day IRCC counted them. */
export interface PoolDistribution {
  readonly asOf: IsoDate;
  readonly total: number;
  readonly ranges: Readonly<Record<PoolRange, number>>;
}

export interface Round {
  /** As published: `"91a"` and `"91b"` exist (both on 2018-05-30), there is no plain 91. */
  readonly number: string;
  /** The round date as IRCC publishes it (Canadian local date). */
  readonly date: IsoDate;
  /** ISO-8601 UTC instant of the round, e.g. `2026-08-07T10:08:20Z`. */
  readonly instant: string;
  /** IRCC's round name, verbatim. */
  readonly name: string;
  readonly kind: HistoricalRoundKind;
  /** Invitations issued. */
  readonly size: number;
  /** CRS score of the lowest-ranked invited candidate. */
  readonly lowestScore: number;
  /** ISO UTC instant of the tie-break rule; null for rounds 1–76, where IRCC published none. */
  readonly tieBreak: string | null;
  /** The tie-break as IRCC wrote it. */
  readonly tieBreakText: string | null;
  /** Programs the round could invite from. */
  readonly eligiblePrograms: readonly RoundProgram[];
  /** Null before round #214 (2022-01-19) and where IRCC publishes zeros. */
  readonly poolDistribution: PoolDistribution | null;
  /** `ircc_feed_current`, or the archived copy a distribution was recovered from. */
  readonly poolDistributionSource: string | null;
  /** Parsing assumptions, e.g. `tie_break:timezone_missing_assumed_utc`. */
  readonly parseFlags: readonly string[];
  /** Per-round caveats. */
  readonly notes: readonly string[];
}

/**
 * The numeric part of a round number.
 * @example roundNumberValue('91a') //=> 91
 */
export function roundNumberValue(number: string): number {
  return Number.parseInt(number, 10);
}

/**
 * Orders round numbers as IRCC does: by number, then by letter.
 * @example ['92', '91b', '91a', '9'].sort(compareRoundNumbers) //=> ['9', '91a', '91b', '92']
 */
export function compareRoundNumbers(a: string, b: string): number {
  return roundNumberValue(a) - roundNumberValue(b) || (a < b ? -1 : a > b ? 1 : 0);
}
