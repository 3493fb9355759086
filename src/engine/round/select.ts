/**
 * A round of invitations over a pool, as IRCC runs it (programs.md "Rounds of invitations"; MI
 * "Express Entry application management system"): everyone eligible for the round is ranked by
 * CRS, highest first; candidates tied on a score are ranked by the date and time their profile was
 * submitted, earliest first (the tie-breaking rule, since 2017-06-06); the top N are invited.
 * Equal instants, which IRCC's clock does not produce, fall back to the id so that the order is total.
 *
 * Eligible for a round: in the pool at its instant (submitted at or before it, not 12 months old,
 * not invited), eligible for FSW, CEC or FST on its date, and for the kind: a program round needs
 * that program (PNP: a provincial nomination), a category round that category version.
 *
 * `rankRequired` ranks the last one invited among everyone in the pool at the instant, whatever the
 * kind of round: live, not invited, and showing one program (a profile that no longer shows
 * eligibility leaves the pool, programs.md "Express Entry pool and profile"). In a general round
 * it is the number invited; in a category round, how high in the whole pool the cut-off fell.
 */
import { ANY_PROGRAM, PROGRAM_BITS, type ProgramBitName } from '../pool/assess-candidate.js';
import {
  CandidateStatus,
  categoryFilter,
  GENERAL_FILTER,
  type KindFilter,
  meetsFilter,
  type Pool,
  programFilter,
} from '../pool/pool.js';
import { instantOf, isoInstant } from '../pool/time.js';
import type { RoundInstruction, RoundKind, RoundResult } from '../types.js';

/** The candidates a result invited, by index, for `applyRound` on the same pool. */
const invitedIndices = new WeakMap<RoundResult, { pool: Pool; indices: Uint32Array }>();

const PROGRAM_NAMES = Object.keys(PROGRAM_BITS) as ProgramBitName[];

/**
 * The filter of a round kind on `pool`.
 * @throws RangeError for a category version the pool's registry does not know.
 * @example roundFilter({ type: 'program', program: 'CEC' }, pool).programMask //=> 2
 */
export function roundFilter(kind: RoundKind, pool: Pool): KindFilter {
  switch (kind.type) {
    case 'general':
      return GENERAL_FILTER;
    case 'program':
      return programFilter(kind.program);
    case 'category': {
      const bit = pool.categories.bitOf(kind.category);
      if (bit === undefined) {
        throw new RangeError(
          `category version ${kind.category} is not one the pool knows (${pool.categories.versions.join(', ')})`,
        );
      }
      return categoryFilter(bit);
    }
  }
}

/**
 * Runs a round on `pool` without changing who is invited: moves the pool to the round's day
 * (re-assessing whoever may have changed), walks the round order from the top and stops at N
 * eligible candidates — O(N + candidates skipped), not a scan of the pool. A round larger than the
 * eligible pool invites everyone eligible. `applyRound` then marks the invitations.
 * @throws RangeError for a size that is not a whole number ≥ 0, an instant before the pool's
 * date, or an unknown category version.
 * @example
 * // Pool: a 491 (submitted 2026-01-10), b 480 (2026-01-05), c 480 (2026-01-20); all CEC.
 * runRound(pool, { at: '2026-03-02T14:00:00Z', kind: { type: 'general' }, size: 2 })
 * //=> { invited: ['a', 'b'], lowestScore: 480, tieBreak: '2026-01-05T00:00:00Z',
 * //     rankRequired: 2, eligibleCount: 3, countsByProgram: { FSW: 0, CEC: 2, FST: 0, PNP: 0 }, … }
 */
export function runRound(pool: Pool, instruction: RoundInstruction): RoundResult {
  const { size, kind } = instruction;
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`round size must be a whole number ≥ 0, got ${size}`);
  const at = instantOf(instruction.at);
  pool.advanceTo(at);
  const filter = roundFilter(kind, pool);
  // Live by age: submitted at or after this instant (expiry follows submission) and by `at`.
  const earliest = pool.earliestLiveSubmission(at);
  const round = pool.roundView();

  const invited: number[] = [];
  let inPoolSeen = 0;
  let rankRequired: number | null = null;
  for (let k = 0; k < round.length && invited.length < size; k += 1) {
    const submitted = round.submittedAt[k] as number;
    const programs = round.programBits[k] as number;
    // In the pool at the instant; a profile that shows no program has left it (programs.md).
    if (
      round.status[k] !== CandidateStatus.inPool ||
      submitted > at ||
      submitted < earliest ||
      (programs & ANY_PROGRAM) === 0
    )
      continue;
    inPoolSeen += 1;
    if (meetsFilter(programs, round.categoryBits[k] as number, filter)) {
      invited.push(round.order[k] as number);
      rankRequired = inPoolSeen;
    }
  }

  const { crs, submittedAt, programBits, categoryBits, ids } = pool.view();
  const programCounts = [0, 0, 0, 0];
  const byCategoryBit = new Array<number>(pool.categories.size).fill(0);
  for (const i of invited) {
    const programs = programBits[i] as number;
    for (let bit = 0; bit < 4; bit += 1)
      if ((programs >> bit) & 1) programCounts[bit] = (programCounts[bit] as number) + 1;
    for (let bits = categoryBits[i] as number; bits !== 0; bits &= bits - 1) {
      const bit = 31 - Math.clz32(bits & -bits);
      byCategoryBit[bit] = (byCategoryBit[bit] as number) + 1;
    }
  }
  const countsByProgram: Record<string, number> = {};
  for (const name of PROGRAM_NAMES)
    countsByProgram[name] = programCounts[Math.log2(PROGRAM_BITS[name])] as number;
  const countsByCategory: Record<string, number> = {};
  for (const [bit, count] of byCategoryBit.entries())
    if (count > 0) countsByCategory[pool.categories.versions[bit] as string] = count;

  const lowest = invited.at(-1);
  const result: RoundResult = {
    at: instruction.at,
    kind,
    size,
    invited: invited.map((i) => ids[i] as string),
    lowestScore: lowest === undefined ? null : (crs[lowest] as number),
    tieBreak: lowest === undefined ? null : isoInstant(submittedAt[lowest] as number),
    rankRequired,
    eligibleCount: pool.countEligible(filter, at),
    countsByProgram,
    countsByCategory,
  };
  invitedIndices.set(result, { pool, indices: Uint32Array.from(invited) });
  return result;
}

/**
 * Marks the candidates a round invited: they leave the pool (programs.md: an invitation issued
 * ends the profile's time in the pool). Applying the same result twice changes nothing.
 * Returns how many candidates were newly marked.
 * @throws RangeError for an invited id the pool does not hold.
 * @example applyRound(pool, runRound(pool, instruction)) //=> 2
 */
export function applyRound(pool: Pool, result: RoundResult): number {
  const known = invitedIndices.get(result);
  if (known && known.pool === pool) return pool.markInvited(known.indices);
  const indices = result.invited.map((id) => {
    const index = pool.indexOf(id);
    if (index < 0) throw new RangeError(`invited candidate ${id} is not in the pool`);
    return index;
  });
  return pool.markInvited(indices);
}
