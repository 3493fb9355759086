/** Small builders for store tests: candidates, rounds and invitations with readable defaults. */
import type { NewInvitation, NewPoolCandidate, NewRound, Store } from '../../../src/store/index.js';

const FIRST_ARRIVAL = Date.parse('2024-01-01T00:00:00.000Z');

/** `count` candidates `c1`, `c2`… arriving a minute apart, each with a small profile. */
export function candidates(count: number, prefix = 'c'): NewPoolCandidate[] {
  return Array.from({ length: count }, (_, index) => ({
    candidateId: `${prefix}${index + 1}`,
    submittedAt: new Date(FIRST_ARRIVAL + index * 60_000).toISOString(),
    profile: { age: 20 + (index % 25), clb: 4 + (index % 7), crs: 300 + (index % 300) },
  }));
}

/** A round with the given id and instant; the remaining fields are plausible values. */
export function round(id: string, at: string, overrides: Partial<NewRound> = {}): NewRound {
  return {
    id,
    instruction: { at, kind: { type: 'general' }, size: 3 },
    lowestCrs: 481,
    tieBreak: '2024-01-01T00:02:00.000Z',
    rankRequired: 3,
    eligibleCount: 10,
    counts: { byProgram: { CEC: 2, FSW: 1 }, byCategory: {} },
    ...overrides,
  };
}

/** Invitations for `candidateIds` in that rank order, with falling CRS. */
export function invitationsOf(candidateIds: readonly string[]): NewInvitation[] {
  return candidateIds.map((candidateId, index) => ({ candidateId, crs: 600 - Math.floor(index / 10) }));
}

let accounts = 0;

/** A new account with an email no other test uses. */
export async function newAccount(store: Store, label = 'user') {
  accounts += 1;
  return store.createAccount({
    email: `${label}.${accounts}.${Date.now()}@example.ca`,
    passwordHash: 'scrypt$x',
  });
}
