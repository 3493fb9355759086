import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../data/categories.js';
import { parseProfile } from '../rules/profile/parse.js';
import { bundledRounds } from './draws/history.js';
import type { PoolDistribution, Round } from './draws/round.js';
import { estimatedRank, standing } from './standing.js';

const sets = bundledCategorySets();
const nurse = parseProfile(JSON.parse(readFileSync('examples/nurse.json', 'utf8')));

describe('estimatedRank', () => {
  // Round #434's distribution (2026-08-03), from data/rounds/rounds.json.
  const distribution = bundledRounds().find((round) => round.number === '434')
    ?.poolDistribution as PoolDistribution;

  it('counts everyone in higher ranges and the part of its own range above the score', () => {
    // 485: 601+ 500, 501–600 19,705, 491–500 12,939, and 5 of the 10 scores of 481–490 (12,890 / 2 = 6,445).
    expect(estimatedRank(distribution, 485).rank).toBe(500 + 19_705 + 12_939 + 6_445 + 1);
    // 700: only the 601–1200 range lies above; 500 candidates spread over 600 scores, 500 above 700.
    expect(estimatedRank(distribution, 700).rank).toBe(Math.floor((500 * 500) / 600) + 1);
    expect(estimatedRank(distribution, 1200).rank).toBe(1);
    expect(estimatedRank(distribution, 0).rank).toBe(distribution.total - Math.ceil(7_683 / 301) + 1);
  });
});

describe('standing', () => {
  it('a healthcare round with a cut-off below the score invites; a CEC round above it does not', () => {
    const result = standing(nurse, { on: '2026-06-25', rounds: bundledRounds(), sets, recent: 40 });
    // 2026-06-25: age 33 (88), bachelor's (120), CLB 9 ×4 (124), 2 years in Canada (53), C 100 → 485.
    expect(result.crs).toBe(485);
    expect(result.rounds.find((round) => round.number === '422')).toMatchObject({
      round: 'healthcare@2026',
      lowestScore: 475,
      outcome: 'invited',
    });
    const cec = result.rounds.find((round) => round.round === 'CEC' && round.lowestScore > 485);
    expect(cec?.outcome).toBe('below-cut-off');
    expect(result.rounds.find((round) => round.round === 'french-language-proficiency@2026')).toMatchObject({
      outcome: 'not-eligible',
      missing: 'french-language-proficiency@2026',
    });
  });

  it('at the cut-off score, the submission instant decides', () => {
    const round = (tieBreak: string): Round => ({
      number: '999',
      date: '2026-06-25',
      instant: '2026-06-25T15:00:00Z',
      name: 'General',
      kind: { type: 'general' },
      size: 1000,
      lowestScore: 485,
      tieBreak,
      tieBreakText: null,
      eligiblePrograms: ['FSW', 'CEC', 'FST'],
      poolDistribution: null,
      poolDistributionSource: null,
      parseFlags: [],
      notes: [],
    });
    const submitted = parseProfile({
      ...JSON.parse(readFileSync('examples/nurse.json', 'utf8')),
      submittedAt: '2026-01-10T08:00:00Z',
    });
    const outcome = (tieBreak: string, profile = submitted) =>
      standing(profile, { on: '2026-06-25', rounds: [round(tieBreak)], sets }).rounds[0]?.outcome;
    expect(outcome('2026-01-10T08:00:00Z')).toBe('invited');
    expect(outcome('2026-01-10T07:59:59Z')).toBe('tie-lost');
    expect(outcome('2026-01-10T07:59:59Z', nurse)).toBe('tie-unknown');
  });

  it('a profile submitted after the round, or more than 12 months before it, was not in the pool', () => {
    const at = (submittedAt: string) =>
      standing(parseProfile({ ...JSON.parse(readFileSync('examples/nurse.json', 'utf8')), submittedAt }), {
        on: '2026-06-25',
        rounds: bundledRounds().filter((round) => round.number === '422'),
        sets,
      }).rounds[0];
    expect(at('2026-06-26T00:00:00Z')?.missing).toBe('profile-not-yet-submitted');
    expect(at('2025-06-25T00:00:00Z')?.missing).toBe('profile-expired');
    expect(at('2025-06-26T00:00:00Z')?.outcome).toBe('invited');
  });
});
