/**
 * Rounds of invitations as data. A round names its instant, its kind and its size; the engine
 * invites the top N eligible candidates by CRS, ties broken by profile submission instant
 * (earliest first), then by id.
 * Source: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 */

/** Programs a round can target; PNP means "holds a provincial nomination". */
export type RoundProgram = 'CEC' | 'FSW' | 'FST' | 'PNP';

export type RoundKind =
  | { readonly type: 'general' }
  | { readonly type: 'program'; readonly program: RoundProgram }
  /** `category` is a category version such as `healthcare@2023`. */
  | { readonly type: 'category'; readonly category: string };

export interface RoundInstruction {
  /** Caller's id of the round (re-running the same id is a no-op where rounds are stored). */
  readonly id?: string;
  /** ISO-8601 UTC instant of the round. */
  readonly at: string;
  readonly kind: RoundKind;
  /** Invitations to issue. */
  readonly size: number;
}

export interface RoundResult {
  readonly at: string;
  readonly kind: RoundKind;
  readonly size: number;
  /** Invited candidate ids, in rank order. */
  readonly invited: readonly string[];
  /** CRS of the lowest-ranked invited candidate; null when nobody was invited. */
  readonly lowestScore: number | null;
  /** Submission instant (ISO UTC) of the lowest-ranked invited candidate: the tie-break rule. */
  readonly tieBreak: string | null;
  /**
   * Rank of the lowest invited candidate among everyone in the pool at that instant (same
   * order: CRS, then submission instant): how high a profile had to stand to be reached.
   */
  readonly rankRequired: number | null;
  /** Candidates eligible for the round when it ran. */
  readonly eligibleCount: number;
  /** Invited per program the candidates were eligible for, and per category version. */
  readonly countsByProgram: Readonly<Record<string, number>>;
  readonly countsByCategory: Readonly<Record<string, number>>;
}
