import { describe, expect, it } from 'vitest';
import type { Round } from './draws/round.js';
import { Pool } from './pool/index.js';
import { simulate } from './simulate.js';

const CEC = 2;
const january = Date.UTC(2026, 0, 5);

function round(number: string, date: string, kind: Round['kind'], size: number, lowestScore: number): Round {
  return {
    number,
    date,
    instant: `${date}T15:00:00Z`,
    name: number,
    kind,
    size,
    lowestScore,
    tieBreak: null,
    tieBreakText: null,
    eligiblePrograms: ['FSW', 'CEC', 'FST'],
    poolDistribution: null,
    poolDistributionSource: null,
    parseFlags: [],
    notes: [],
  };
}

describe('simulate', () => {
  const pool = () =>
    Pool.fromColumns(
      {
        ids: ['a', 'b', 'c', 'd'],
        crs: [500, 480, 470, 460],
        submittedAt: [january, january + 1, january + 2, january + 3],
        programBits: [CEC, CEC, CEC, CEC],
        categoryBits: [0, 0, 0, 0],
      },
      { on: '2026-02-01', categories: [] },
    );
  const rounds = [
    round('1', '2026-01-20', { type: 'general' }, 2, 400), // before `from`: not replayed
    round('2', '2026-02-10', { type: 'general' }, 1, 495),
    round('3', '2026-02-20', { type: 'program', program: 'CEC' }, 2, 470),
    round('4', '2026-03-20', { type: 'general' }, 4, 450), // after `to`
  ];

  it('replays the rounds of the period in order; the invited leave the pool', () => {
    const result = simulate(pool(), { from: '2026-02-01', to: '2026-03-01', rounds, scale: 1 });
    // Round 2 invites a (500): +5 against 495. Round 3 invites b and c (480, 470): 470, error 0.
    expect(result.rounds.map((r) => [r.number, r.simulatedLowest, r.error])).toEqual([
      ['2', 500, 5],
      ['3', 470, 0],
    ]);
    expect(result.meanAbsoluteError).toBe(2.5);
  });

  it('scales round sizes to the pool', () => {
    // Half the pool: round 3's 2 invitations become 1, so b (480) is the lowest invited.
    const result = simulate(pool(), { from: '2026-02-01', to: '2026-03-01', rounds, scale: 0.5 });
    expect(result.rounds.map((r) => [r.size, r.simulatedLowest])).toEqual([
      [1, 500],
      [1, 480],
    ]);
  });
});
