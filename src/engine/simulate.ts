/**
 * Replays the real rounds of a period over a pool: each round with the kind, category version
 * and size IRCC used (size scaled to the pool's size against the published pool), with arrivals
 * and expiries between rounds, and compares the simulated cut-off with the published one.
 */
import type { IsoDate } from '../rules/_lib/dates.js';
import type { Round } from './draws/round.js';
import type { Pool, PoolCandidate } from './pool/index.js';
import { applyRound, runRound } from './round/index.js';
import type { RoundKind } from './types.js';

export interface SimulatedRound {
  readonly number: string;
  readonly date: IsoDate;
  /** `general`, a program, or a category version. */
  readonly round: string;
  /** The published size and the size used on this pool. */
  readonly publishedSize: number;
  readonly size: number;
  readonly actualLowest: number;
  /** The simulated cut-off; null when nobody was eligible. */
  readonly simulatedLowest: number | null;
  /** simulated − actual. */
  readonly error: number | null;
  readonly eligible: number;
  readonly arrivals: number;
}

export interface Simulation {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Pool size ÷ published pool size: round sizes are multiplied by it. */
  readonly scale: number;
  readonly rounds: readonly SimulatedRound[];
  /** Mean absolute error of the cut-off over the rounds that invited someone. */
  readonly meanAbsoluteError: number | null;
}

export interface SimulateOptions {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Every round of the history; those from `from` to `to` are replayed. */
  readonly rounds: readonly Round[];
  /** Pool size ÷ published pool size. */
  readonly scale: number;
  /** New profiles submitted from `fromInstant` until `round`, added before it runs. */
  readonly arrivals?: (fromInstant: string, round: Round) => readonly PoolCandidate[];
  /** Called after each round, for a progress bar. */
  readonly onRound?: (done: number, total: number) => void;
}

/** The engine's kind for a historical round. */
export function roundKindOf(round: Round): RoundKind {
  const kind = round.kind;
  if (kind.type === 'category') return { type: 'category', category: kind.category };
  return kind.type === 'program' ? { type: 'program', program: kind.program } : { type: 'general' };
}

function label(kind: RoundKind): string {
  return kind.type === 'general' ? 'general' : kind.type === 'program' ? kind.program : kind.category;
}

/**
 * Runs the rounds held from `from` to `to` (inclusive) over `pool`, in order, each one's invited
 * leaving the pool.
 * @example simulate(pool, { from: '2024-01-01', to: '2024-12-31', rounds, scale: 1 }).meanAbsoluteError //=> 21.4
 */
export function simulate(pool: Pool, options: SimulateOptions): Simulation {
  const replayed = options.rounds.filter((round) => round.date >= options.from && round.date <= options.to);
  const results: SimulatedRound[] = [];
  let previous = `${options.from}T00:00:00Z`;
  for (const [index, round] of replayed.entries()) {
    const arriving = options.arrivals ? options.arrivals(previous, round) : [];
    if (arriving.length > 0) {
      pool.advanceTo(previous);
      pool.add(arriving);
    }
    previous = round.instant;
    const kind = roundKindOf(round);
    const size = Math.max(1, Math.round(round.size * options.scale));
    const result = runRound(pool, { id: round.number, at: round.instant, kind, size });
    applyRound(pool, result);
    results.push({
      number: round.number,
      date: round.date,
      round: label(kind),
      publishedSize: round.size,
      size,
      actualLowest: round.lowestScore,
      simulatedLowest: result.lowestScore,
      error: result.lowestScore === null ? null : result.lowestScore - round.lowestScore,
      eligible: result.eligibleCount,
      arrivals: arriving.length,
    });
    options.onRound?.(index + 1, replayed.length);
  }
  const errors = results.flatMap((round) => (round.error === null ? [] : [Math.abs(round.error)]));
  return {
    from: options.from,
    to: options.to,
    scale: options.scale,
    rounds: results,
    meanAbsoluteError:
      errors.length > 0 ? errors.reduce((sum, error) => sum + error, 0) / errors.length : null,
  };
}
