/**
 * Round statistics per year: for each kind of round (general, program, category) and for each
 * program and category within it, how many rounds, how many invitations, and the lowest CRS
 * score's minimum, median and maximum. Years are calendar years of the published round date.
 */
import type { Round } from './round.js';

export type RoundKindType = Round['kind']['type'];

export interface LowestScoreSpread {
  readonly min: number;
  /** The middle score; the mean of the two middle scores for an even count. */
  readonly median: number;
  readonly max: number;
}

export interface RoundStatsRow {
  readonly year: number;
  readonly kind: RoundKindType;
  /**
   * The program (`CEC`) or category id (`healthcare`) within the kind; null for the row that
   * sums the whole kind. General rounds have only that row.
   */
  readonly group: string | null;
  readonly rounds: number;
  readonly invitations: number;
  readonly lowestScore: LowestScoreSpread;
}

const KIND_ORDER: readonly RoundKindType[] = ['general', 'program', 'category'];

/**
 * The median of a non-empty list of numbers.
 * @example median([470, 431, 486]) //=> 470
 * @example median([1, 2, 3, 10]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

function groupOf(round: Round): string | null {
  const { kind } = round;
  if (kind.type === 'program') return kind.program;
  if (kind.type === 'category') return kind.categoryId;
  return null;
}

function summarise(
  year: number,
  kind: RoundKindType,
  group: string | null,
  rounds: readonly Round[],
): RoundStatsRow {
  const scores = rounds.map((round) => round.lowestScore);
  return {
    year,
    kind,
    group,
    rounds: rounds.length,
    invitations: rounds.reduce((sum, round) => sum + round.size, 0),
    lowestScore: { min: Math.min(...scores), median: median(scores), max: Math.max(...scores) },
  };
}

/**
 * Per year (ascending), per kind (general, program, category): one row for the whole kind, then
 * one per program or category id (alphabetical). Only years and groups with rounds appear.
 * @example
 * roundStats(bundledRounds(), { year: 2023 }).find((row) => row.kind === 'category' && row.group === null)
 * //=> { year: 2023, kind: 'category', group: null, rounds: 17, invitations: …, lowestScore: { … } }
 */
export function roundStats(rounds: readonly Round[], { year }: { year?: number } = {}): RoundStatsRow[] {
  const byYear = new Map<number, Round[]>();
  for (const round of rounds) {
    const roundYear = Number(round.date.slice(0, 4));
    if (year !== undefined && roundYear !== year) continue;
    byYear.set(roundYear, [...(byYear.get(roundYear) ?? []), round]);
  }
  const rows: RoundStatsRow[] = [];
  for (const roundYear of [...byYear.keys()].sort((a, b) => a - b)) {
    const ofYear = byYear.get(roundYear) ?? [];
    for (const kind of KIND_ORDER) {
      const ofKind = ofYear.filter((round) => round.kind.type === kind);
      if (ofKind.length === 0) continue;
      rows.push(summarise(roundYear, kind, null, ofKind));
      if (kind === 'general') continue;
      const groups = [...new Set(ofKind.map(groupOf))].sort();
      for (const group of groups) {
        rows.push(
          summarise(
            roundYear,
            kind,
            group,
            ofKind.filter((round) => groupOf(round) === group),
          ),
        );
      }
    }
  }
  return rows;
}
