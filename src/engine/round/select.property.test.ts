/**
 * The round engine equals sort-then-take (STYLE.md habit 8): on random pools, every round's
 * invitations and figures are those of filtering the rows, sorting them by CRS, submission
 * instant and id, and taking the first N; invitations carry over to the next round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../data/categories.js';
import { categoryEligibility } from '../../rules/categories/eligibility.js';
import { crsScore } from '../../rules/crs/score.js';
import { programEligibility } from '../../rules/programs/index.js';
import { candidateProfileArbitrary } from '../pool/_test/random-profile.js';
import { Pool, type PoolCandidate } from '../pool/pool.js';
import type { RoundInstruction, RoundKind } from '../types.js';
import {
  columnsOf,
  expiryOfRow,
  type PoolRow,
  roundBySort,
  roundsArbitrary,
  rowsArbitrary,
  seededRows,
  TEST_CATEGORIES,
} from './_test/random-pool.js';
import { applyRound, runRound } from './select.js';

/** Runs the rounds on both, invitations applied after each; returns the pairs to compare. */
function bothWays(rows: readonly PoolRow[], rounds: readonly RoundInstruction[]) {
  const pool = Pool.fromColumns(columnsOf(rows), { on: '2026-03-02', categories: TEST_CATEGORIES });
  let current = [...rows];
  return rounds.map((instruction) => {
    const result = runRound(pool, instruction);
    applyRound(pool, result);
    const expected = roundBySort(current, instruction);
    const invited = new Set(expected.invited);
    current = current.map((row) => (invited.has(row.id) ? { ...row, status: 1 } : row));
    const { at: _at, kind: _kind, size: _size, ...figures } = result;
    return { actual: figures, expected };
  });
}

describe('runRound equals filter, sort, take', () => {
  it('on small pools full of ties', () => {
    fc.assert(
      fc.property(rowsArbitrary(60), roundsArbitrary(70), (rows, rounds) => {
        for (const { actual, expected } of bothWays(rows, rounds)) expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('on pools of several thousand (many blocks of the eligible count)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 9000 }),
        roundsArbitrary(4000),
        (seed, count, rounds) => {
          for (const { actual, expected } of bothWays(seededRows(seed, count), rounds))
            expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('when later arrivals append and an earlier submission arrives late', () => {
    fc.assert(
      fc.property(rowsArbitrary(40), rowsArbitrary(40), roundsArbitrary(50), (first, second, rounds) => {
        const late = second.map((row) => ({ ...row, id: `late-${row.id}` }));
        const pool = Pool.fromColumns(columnsOf(first), { on: '2026-03-02', categories: TEST_CATEGORIES });
        pool.roundOrder();
        pool.addColumns(columnsOf(late));
        const rows = [...first, ...late];
        const {
          at: _at,
          kind: _kind,
          size: _size,
          ...figures
        } = runRound(pool, rounds[0] as RoundInstruction);
        expect(figures).toEqual(roundBySort(rows, rounds[0] as RoundInstruction));
        const order = [...pool.submissionOrder()].map((i) => rows[i] as PoolRow);
        const sorted = [...rows].sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1));
        expect(order.map((row) => row.id)).toEqual(sorted.map((row) => row.id));
      }),
      { numRuns: 200 },
    );
  });
});

const sets = bundledCategorySets();

/** The round from the rules themselves: every candidate assessed afresh on the round's day. */
function roundFromRules(
  candidates: readonly PoolCandidate[],
  invitedBefore: ReadonlySet<string>,
  instruction: RoundInstruction,
) {
  const at = Date.parse(instruction.at);
  const on = instruction.at.slice(0, 10);
  const rows = candidates
    .filter((c) => !invitedBefore.has(c.id))
    .map((c) => {
      const programs = programEligibility(c, { on });
      const categories = categoryEligibility(c, { on, sets }).categories;
      return {
        id: c.id,
        crs: crsScore(c, { on }).total,
        submittedAt: Date.parse(c.submittedAt),
        anyProgram: programs.fsw.eligible || programs.cec.eligible || programs.fst.eligible,
        FSW: programs.fsw.eligible,
        CEC: programs.cec.eligible,
        FST: programs.fst.eligible,
        PNP: c.provincialNomination !== null && c.provincialNomination.issued <= on,
        versions: categories.filter((category) => category.eligible).map((category) => category.version),
      };
    })
    .filter((row) => row.anyProgram && row.submittedAt <= at && expiryOfRow(row.submittedAt) > at);
  const meets = (row: (typeof rows)[number], kind: RoundKind) =>
    kind.type === 'general' ||
    (kind.type === 'program' && row[kind.program]) ||
    (kind.type === 'category' && row.versions.includes(kind.category));
  const ranked = rows.sort(
    (a, b) => b.crs - a.crs || a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1),
  );
  const eligible = ranked.filter((row) => meets(row, instruction.kind));
  const invited = eligible.slice(0, instruction.size);
  const lowest = invited.at(-1);
  return {
    invited: invited.map((row) => row.id),
    lowestScore: lowest?.crs ?? null,
    rankRequired: lowest ? ranked.indexOf(lowest) + 1 : null,
    eligibleCount: eligible.length,
  };
}

const realKinds: RoundKind[] = [
  { type: 'general' },
  { type: 'program', program: 'CEC' },
  { type: 'program', program: 'FSW' },
  { type: 'program', program: 'PNP' },
  { type: 'category', category: 'healthcare@2025' },
  { type: 'category', category: 'healthcare@2026' },
  { type: 'category', category: 'french-language-proficiency@2026' },
  { type: 'category', category: 'trade@2026' },
];

describe('runRound on pools of profiles equals the rules applied afresh on each round day', () => {
  it('as birthdays, months of work, test expiries and rule sets move scores and eligibility', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(candidateProfileArbitrary, fc.integer({ min: 180, max: 540 })), {
          minLength: 5,
          maxLength: 30,
        }),
        fc.array(
          fc.record({
            gapDays: fc.integer({ min: 0, max: 120 }),
            kind: fc.constantFrom(...realKinds),
            size: fc.integer({ min: 0, max: 12 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (drawn, rounds) => {
          const candidates: PoolCandidate[] = drawn.map(([profile, offset], k) => ({
            ...profile,
            id: `p${k}`,
            submittedAt: new Date(Date.UTC(2025, 0, 1, 9) + offset * day + k * 1000).toISOString(),
          }));
          const pool = Pool.fromCandidates(candidates, { on: '2025-10-01', sets });
          const invited = new Set<string>();
          let at = Date.UTC(2025, 9, 1, 14);
          for (const { gapDays, kind, size } of rounds) {
            at += gapDays * day;
            const instruction: RoundInstruction = { at: new Date(at).toISOString(), kind, size };
            const expected = roundFromRules(candidates, invited, instruction);
            const result = runRound(pool, instruction);
            expect({
              invited: result.invited,
              lowestScore: result.lowestScore,
              rankRequired: result.rankRequired,
              eligibleCount: result.eligibleCount,
            }).toEqual(expected);
            applyRound(pool, result);
            for (const id of result.invited) invited.add(id);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
