/**
 * The store's conformance suite. Every case runs on each backend (see conformance.*.test.ts),
 * each against a fresh database, through the public `openStore` only; counts read straight from
 * the database prove that a failed write left nothing behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openStore,
  type Store,
  StoreConflictError,
  type StoredRound,
  StoreNotFoundError,
} from '../../../src/store/index.js';
import type { TestDatabase } from '../../support/postgres.js';
import { type StoreBackend, scalar } from './backends.js';
import { candidates, invitationsOf, newAccount, round } from './fixtures.js';

export function describeStoreConformance(backend: StoreBackend): void {
  let database: TestDatabase;
  let store: Store;
  let now: number;
  const clock = () => new Date(now);
  const advance = (milliseconds: number) => {
    now += milliseconds;
  };
  const count = (query: string) => scalar(database.url, query);

  beforeEach(async () => {
    now = Date.parse('2025-03-25T12:00:00.000Z');
    database = await backend.createDatabase();
    store = await openStore(database.url, { now: clock });
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  describe('migrations', () => {
    it('opens an existing database again without re-running or failing, and keeps its rows', async () => {
      const account = await newAccount(store);
      await store.close();
      store = await openStore(database.url, { now: clock });
      const again = await openStore(database.url, { now: clock });
      try {
        expect(await again.accountById(account.id)).toEqual(account);
        expect(await count('select count(*) from kysely_migration')).toBe(2);
      } finally {
        await again.close();
      }
    });

    it('reports which dialect it speaks', () => {
      expect(store.dialect).toBe(backend.name);
    });
  });

  describe('accounts', () => {
    it('stores the email lower-cased and finds it in any case', async () => {
      const account = await store.createAccount({
        email: 'Ana.Silva@Example.CA',
        passwordHash: 'scrypt$abc',
      });
      expect(account).toMatchObject({
        email: 'ana.silva@example.ca',
        passwordHash: 'scrypt$abc',
        createdAt: '2025-03-25T12:00:00.000Z',
      });
      expect(await store.accountByEmail('ANA.SILVA@example.ca')).toEqual(account);
      expect(await store.accountById(account.id)).toEqual(account);
      expect(await store.accountByEmail('someone.else@example.ca')).toBeUndefined();
      expect(await store.accountById('no-such-id')).toBeUndefined();
    });

    it('refuses a second account for the same email in another case with StoreConflictError', async () => {
      await store.createAccount({ email: 'ana@example.ca', passwordHash: 'h1' });
      const duplicate = store.createAccount({ email: 'ANA@Example.ca', passwordHash: 'h2' });
      await expect(duplicate).rejects.toBeInstanceOf(StoreConflictError);
      await expect(duplicate).rejects.toMatchObject({ code: 'account.email-taken' });
      expect(await count('select count(*) from accounts')).toBe(1);
      expect((await store.accountByEmail('ana@example.ca'))?.passwordHash).toBe('h1');
    });
  });

  describe('login failures', () => {
    it('counts failures per key inside a window, forgets older ones, and clears a key', async () => {
      await store.recordLoginFailure('account:ana@example.ca');
      advance(60_000);
      await store.recordLoginFailure('account:ana@example.ca');
      await store.recordLoginFailure('address:203.0.113.9');
      const since = (ms: number) => new Date(now - ms);
      expect(await store.loginFailuresSince('account:ana@example.ca', since(15 * 60_000))).toEqual([
        '2025-03-25T12:00:00.000Z',
        '2025-03-25T12:01:00.000Z',
      ]);
      // The first failure is exactly 60 s old: on the edge of a 60-second window, so outside it, and forgotten.
      expect(await store.loginFailuresSince('account:ana@example.ca', since(60_000))).toEqual([
        '2025-03-25T12:01:00.000Z',
      ]);
      expect(await count("select count(*) from login_failures where key = 'account:ana@example.ca'")).toBe(1);
      await store.clearLoginFailures('account:ana@example.ca');
      expect(await store.loginFailuresSince('account:ana@example.ca', since(15 * 60_000))).toEqual([]);
      expect(await store.loginFailuresSince('address:203.0.113.9', since(15 * 60_000))).toHaveLength(1);
    });

    it("forgets every key's failures up to an instant", async () => {
      await store.recordLoginFailure('account:ana@example.ca');
      advance(60_000);
      await store.recordLoginFailure('address:203.0.113.9');
      expect(await store.deleteLoginFailuresBefore(new Date(now - 60_000))).toBe(1);
      expect(await count('select count(*) from login_failures')).toBe(1);
    });
  });

  describe('sessions', () => {
    it('finds a session until the instant it expires, then no more', async () => {
      const account = await newAccount(store);
      const session = await store.createSession({
        id: 'token-hash-1',
        accountId: account.id,
        csrfToken: 'csrf-1',
        expiresAt: '2025-03-25T13:00:00.000Z',
      });
      expect(session).toEqual({
        id: 'token-hash-1',
        accountId: account.id,
        csrfToken: 'csrf-1',
        createdAt: '2025-03-25T12:00:00.000Z',
        expiresAt: '2025-03-25T13:00:00.000Z',
      });
      now = Date.parse('2025-03-25T12:59:59.999Z');
      expect(await store.sessionById('token-hash-1')).toEqual(session);
      now = Date.parse('2025-03-25T13:00:00.000Z');
      expect(await store.sessionById('token-hash-1')).toBeUndefined();
    });

    it('compares expiry as instants whatever offset the caller wrote', async () => {
      const account = await newAccount(store);
      // 09:30 in UTC-04:00 is 13:30Z: still valid at 13:00Z even though "09" sorts before "13".
      await store.createSession({
        id: 'offset',
        accountId: account.id,
        csrfToken: 'c',
        expiresAt: '2025-03-25T09:30:00-04:00',
      });
      now = Date.parse('2025-03-25T13:00:00.000Z');
      expect((await store.sessionById('offset'))?.expiresAt).toBe('2025-03-25T13:30:00.000Z');
    });

    it('deletes one session, and all the expired ones at a given instant', async () => {
      const account = await newAccount(store);
      for (const [id, expiresAt] of [
        ['a', '2025-03-25T12:30:00.000Z'],
        ['b', '2025-03-25T13:00:00.000Z'],
        ['c', '2025-03-25T13:30:00.000Z'],
        ['d', '2025-03-26T12:00:00.000Z'],
      ] as const) {
        await store.createSession({ id, accountId: account.id, csrfToken: `csrf-${id}`, expiresAt });
      }
      await store.deleteSession('d');
      expect(await store.sessionById('d')).toBeUndefined();
      expect(await store.deleteExpiredSessions(new Date('2025-03-25T13:00:00.000Z'))).toBe(2);
      expect(await count('select count(*) from sessions')).toBe(1);
      expect((await store.sessionById('c'))?.csrfToken).toBe('csrf-c');
    });
  });

  describe('profiles', () => {
    it('keeps every saved version, newest first, and lists the latest of each profile', async () => {
      const account = await newAccount(store);
      const created = await store.createProfile(account.id, {
        name: 'Ana',
        profile: { age: 29 },
        assessment: { crs: 470 },
        assessedOn: '2025-03-25',
      });
      expect(created).toMatchObject({
        name: 'Ana',
        accountId: account.id,
        createdAt: '2025-03-25T12:00:00.000Z',
      });
      expect(created.versions).toEqual([
        {
          profileId: created.id,
          version: 1,
          profile: { age: 29 },
          assessment: { crs: 470 },
          assessedOn: '2025-03-25',
          createdAt: '2025-03-25T12:00:00.000Z',
        },
      ]);

      advance(60_000);
      const second = await store.saveProfileVersion(account.id, created.id, {
        profile: { age: 30 },
        assessment: { crs: 462 },
        assessedOn: '2025-06-01',
      });
      expect(second).toMatchObject({
        version: 2,
        profile: { age: 30 },
        createdAt: '2025-03-25T12:01:00.000Z',
      });
      advance(60_000);
      await store.saveProfileVersion(account.id, created.id, {
        name: 'Ana (with French)',
        profile: { age: 30, french: 'NCLC 7' },
        assessment: { crs: 512 },
        assessedOn: '2025-06-02',
      });

      const stored = await store.getProfile(account.id, created.id);
      expect(stored?.name).toBe('Ana (with French)');
      expect(stored?.updatedAt).toBe('2025-03-25T12:02:00.000Z');
      expect(stored?.versions.map((version) => [version.version, version.assessment])).toEqual([
        [3, { crs: 512 }],
        [2, { crs: 462 }],
        [1, { crs: 470 }],
      ]);

      advance(60_000);
      const other = await store.createProfile(account.id, {
        name: 'Ben',
        profile: {},
        assessment: null,
        assessedOn: '2025-03-25',
      });
      expect(await store.listProfiles(account.id)).toEqual([
        {
          id: other.id,
          accountId: account.id,
          name: 'Ben',
          latestVersion: 1,
          assessment: null,
          assessedOn: '2025-03-25',
          createdAt: '2025-03-25T12:03:00.000Z',
          updatedAt: '2025-03-25T12:03:00.000Z',
        },
        {
          id: created.id,
          accountId: account.id,
          name: 'Ana (with French)',
          latestVersion: 3,
          assessment: { crs: 512 },
          assessedOn: '2025-06-02',
          createdAt: '2025-03-25T12:00:00.000Z',
          updatedAt: '2025-03-25T12:02:00.000Z',
        },
      ]);
    });

    it('numbers concurrent saves of one profile without gaps or repeats', async () => {
      const account = await newAccount(store);
      const { id } = await store.createProfile(account.id, {
        name: 'Ana',
        profile: 0,
        assessment: 0,
        assessedOn: '2025-03-25',
      });
      const saved = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          store.saveProfileVersion(account.id, id, {
            profile: index,
            assessment: index,
            assessedOn: '2025-03-25',
          }),
        ),
      );
      expect(saved.map((version) => version.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
      expect((await store.getProfile(account.id, id))?.versions).toHaveLength(9);
    });

    it('deletes a profile with all its versions', async () => {
      const account = await newAccount(store);
      const { id } = await store.createProfile(account.id, {
        name: 'Ana',
        profile: {},
        assessment: {},
        assessedOn: '2025-03-25',
      });
      await store.saveProfileVersion(account.id, id, {
        profile: {},
        assessment: {},
        assessedOn: '2025-03-26',
      });
      expect(await store.deleteProfile(account.id, id)).toBe(true);
      expect(await store.getProfile(account.id, id)).toBeUndefined();
      expect(await count('select count(*) from profile_versions')).toBe(0);
      expect(await store.deleteProfile(account.id, id)).toBe(false);
      await expect(
        store.saveProfileVersion(account.id, id, { profile: {}, assessment: {}, assessedOn: '2025-03-27' }),
      ).rejects.toMatchObject({ code: 'profile.not-found' });
    });
  });

  describe('pools', () => {
    it('imports candidates in order of arrival and lists pools newest first', async () => {
      const account = await newAccount(store);
      const older = await store.createPool(account.id, {
        name: 'Older',
        source: 'generated',
        params: { seed: 7, size: 3 },
        candidates: candidates(3),
      });
      advance(1_000);
      const newer = await store.createPool(account.id, {
        name: 'Newer',
        source: 'imported',
        params: { file: 'pool.jsonl' },
        candidates: [],
      });
      expect(older).toEqual({
        id: older.id,
        accountId: account.id,
        name: 'Older',
        source: 'generated',
        params: { seed: 7, size: 3 },
        size: 3,
        createdAt: '2025-03-25T12:00:00.000Z',
      });
      expect(await store.getPool(account.id, older.id)).toEqual(older);
      expect((await store.listPools(account.id)).map((pool) => pool.name)).toEqual(['Newer', 'Older']);
      expect(newer.size).toBe(0);
      expect(await store.poolCandidates(account.id, older.id)).toEqual([
        {
          candidateId: 'c1',
          seq: 1,
          submittedAt: '2024-01-01T00:00:00.000Z',
          profile: { age: 20, clb: 4, crs: 300 },
          invitedRoundId: null,
        },
        {
          candidateId: 'c2',
          seq: 2,
          submittedAt: '2024-01-01T00:01:00.000Z',
          profile: { age: 21, clb: 5, crs: 301 },
          invitedRoundId: null,
        },
        {
          candidateId: 'c3',
          seq: 3,
          submittedAt: '2024-01-01T00:02:00.000Z',
          profile: { age: 22, clb: 6, crs: 302 },
          invitedRoundId: null,
        },
      ]);
    });

    it('rejects a duplicate candidate id and leaves no pool and no candidate rows', async () => {
      const account = await newAccount(store);
      // The duplicate comes after several full batches have been written.
      const rows = candidates(25_000);
      rows[20_000] = { ...rows[20_000], candidateId: 'c17' } as (typeof rows)[number];
      const failed = store.createPool(account.id, {
        name: 'Bad',
        source: 'imported',
        params: {},
        candidates: rows,
      });
      await expect(failed).rejects.toBeInstanceOf(StoreConflictError);
      await expect(failed).rejects.toMatchObject({ code: 'pool.candidate-duplicate' });
      await expect(failed).rejects.toThrow('"c17"');
      expect(await store.listPools(account.id)).toEqual([]);
      expect(await count('select count(*) from pools')).toBe(0);
      expect(await count('select count(*) from pool_candidates')).toBe(0);
    });

    it('imports 100,000 candidates in one call', async () => {
      const account = await newAccount(store);
      const rows = candidates(100_000);
      const started = performance.now();
      const pool = await store.createPool(account.id, {
        name: 'Big',
        source: 'generated',
        params: {},
        candidates: rows,
      });
      const imported = performance.now();
      const stored = await store.poolCandidates(account.id, pool.id);
      const read = performance.now();
      console.log(
        `[store ${backend.name}] 100,000 candidates: import ${Math.round(imported - started)} ms, ` +
          `read back ${Math.round(read - imported)} ms`,
      );
      expect(pool.size).toBe(100_000);
      expect(stored).toHaveLength(100_000);
      expect(stored?.[99_999]).toEqual({ ...rows[99_999], seq: 100_000, invitedRoundId: null });
      expect(await count('select count(*) from pool_candidates')).toBe(100_000);
    });

    it('deletes a pool with its candidates, rounds and invitations, and nothing of another pool', async () => {
      const account = await newAccount(store);
      const doomed = await store.createPool(account.id, {
        name: 'A',
        source: 'generated',
        params: {},
        candidates: candidates(10),
      });
      const kept = await store.createPool(account.id, {
        name: 'B',
        source: 'generated',
        params: {},
        candidates: candidates(10),
      });
      for (const pool of [doomed, kept]) {
        await store.recordRound(
          account.id,
          pool.id,
          round('r1', '2025-01-08T00:00:00Z'),
          invitationsOf(['c1', 'c2']),
        );
      }
      expect(await store.deletePool(account.id, doomed.id)).toBe(true);
      expect(await store.getPool(account.id, doomed.id)).toBeUndefined();
      expect(await store.deletePool(account.id, doomed.id)).toBe(false);
      expect(await count(`select count(*) from pool_candidates where pool_id = '${doomed.id}'`)).toBe(0);
      expect(await count(`select count(*) from rounds where pool_id = '${doomed.id}'`)).toBe(0);
      expect(await count(`select count(*) from invitations where pool_id = '${doomed.id}'`)).toBe(0);
      expect(await store.poolCandidates(account.id, kept.id)).toHaveLength(10);
      expect(await store.invitations(account.id, kept.id, 'r1', { limit: 10, offset: 0 })).toHaveLength(2);
    });
  });

  describe('rounds', () => {
    async function poolOf(size: number) {
      const account = await newAccount(store);
      const pool = await store.createPool(account.id, {
        name: 'Pool',
        source: 'generated',
        params: {},
        candidates: candidates(size),
      });
      return { account, pool };
    }

    it('records the round, its invitations in rank order and the invited candidates together', async () => {
      const { account, pool } = await poolOf(6);
      const { created, round: stored } = await store.recordRound(
        account.id,
        pool.id,
        round('2025-001', '2025-01-08T15:00:00Z'),
        invitationsOf(['c5', 'c2', 'c3']),
      );
      expect(created).toBe(true);
      const expected: StoredRound = {
        poolId: pool.id,
        id: '2025-001',
        accountId: account.id,
        instruction: { at: '2025-01-08T15:00:00Z', kind: { type: 'general' }, size: 3 },
        lowestCrs: 481,
        tieBreak: '2024-01-01T00:02:00.000Z',
        rankRequired: 3,
        eligibleCount: 10,
        invitedCount: 3,
        counts: { byProgram: { CEC: 2, FSW: 1 }, byCategory: {} },
        createdAt: '2025-03-25T12:00:00.000Z',
      };
      expect(stored).toEqual(expected);
      expect(await store.getRound(account.id, pool.id, '2025-001')).toEqual(expected);
      expect(await store.invitations(account.id, pool.id, '2025-001', { limit: 10, offset: 0 })).toEqual([
        { rank: 1, candidateId: 'c5', crs: 600 },
        { rank: 2, candidateId: 'c2', crs: 600 },
        { rank: 3, candidateId: 'c3', crs: 600 },
      ]);
      expect(await store.invitations(account.id, pool.id, '2025-001', { limit: 1, offset: 1 })).toEqual([
        { rank: 2, candidateId: 'c2', crs: 600 },
      ]);
      const status = (await store.poolCandidates(account.id, pool.id))?.map((row) => [
        row.candidateId,
        row.invitedRoundId,
      ]);
      expect(status).toEqual([
        ['c1', null],
        ['c2', '2025-001'],
        ['c3', '2025-001'],
        ['c4', null],
        ['c5', '2025-001'],
        ['c6', null],
      ]);
    });

    it('records a round that invited nobody', async () => {
      const { account, pool } = await poolOf(2);
      const empty = round('empty', '2025-01-08T15:00:00Z', {
        lowestCrs: null,
        tieBreak: null,
        rankRequired: null,
      });
      const result = await store.recordRound(account.id, pool.id, empty, []);
      expect(result).toMatchObject({
        created: true,
        round: { invitedCount: 0, lowestCrs: null, tieBreak: null },
      });
      expect(await store.invitations(account.id, pool.id, 'empty', { limit: 10, offset: 0 })).toEqual([]);
    });

    it('lists rounds newest first by round instant', async () => {
      const { account, pool } = await poolOf(6);
      await store.recordRound(account.id, pool.id, round('b', '2025-02-01T00:00:00Z'), invitationsOf(['c1']));
      await store.recordRound(account.id, pool.id, round('a', '2025-01-01T00:00:00Z'), invitationsOf(['c2']));
      await store.recordRound(account.id, pool.id, round('c', '2025-03-01T00:00:00Z'), invitationsOf(['c3']));
      expect((await store.listRounds(account.id, pool.id))?.map((stored) => stored.id)).toEqual([
        'c',
        'b',
        'a',
      ]);
      expect(await store.listRounds(account.id, 'no-such-pool')).toBeUndefined();
    });

    it('writes nothing when the round id is recorded again, and returns the first result', async () => {
      const { account, pool } = await poolOf(6);
      const first = await store.recordRound(
        account.id,
        pool.id,
        round('2025-001', '2025-01-08T15:00:00Z'),
        invitationsOf(['c1', 'c2']),
      );
      advance(60_000);
      const again = await store.recordRound(
        account.id,
        pool.id,
        round('2025-001', '2025-01-09T15:00:00Z', { eligibleCount: 99 }),
        invitationsOf(['c3', 'c4', 'c5']),
      );
      expect(again).toEqual({ created: false, round: first.round });
      expect(await count('select count(*) from rounds')).toBe(1);
      expect(await count('select count(*) from invitations')).toBe(2);
      expect(await count('select count(*) from pool_candidates where invited_round_id is not null')).toBe(2);
    });

    it('creates exactly one round when the same id is recorded concurrently', async () => {
      const { account, pool } = await poolOf(20_000);
      const invited = candidates(15_000).map((candidate) => candidate.candidateId);
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, attempt) =>
          store.recordRound(
            account.id,
            pool.id,
            round('race', '2025-01-08T15:00:00Z', { eligibleCount: attempt }),
            invitationsOf(invited),
          ),
        ),
      );
      expect(results.filter((result) => result.created)).toHaveLength(1);
      const winner = results.find((result) => result.created)?.round;
      for (const result of results) expect(result.round).toEqual(winner);
      expect(await count('select count(*) from rounds')).toBe(1);
      expect(await count('select count(*) from invitations')).toBe(15_000);
      expect(await count("select count(*) from pool_candidates where invited_round_id = 'race'")).toBe(
        15_000,
      );
    });

    it('leaves nothing written when an invitation names a candidate not in the pool', async () => {
      const { account, pool } = await poolOf(20_000);
      // The unknown candidate comes last, after several batches of invitations were written.
      const invited = [...candidates(15_000).map((candidate) => candidate.candidateId), 'stranger'];
      await expect(
        store.recordRound(account.id, pool.id, round('bad', '2025-01-08T15:00:00Z'), invitationsOf(invited)),
      ).rejects.toThrow();
      expect(await store.getRound(account.id, pool.id, 'bad')).toBeUndefined();
      expect(await count('select count(*) from rounds')).toBe(0);
      expect(await count('select count(*) from invitations')).toBe(0);
      expect(await count('select count(*) from pool_candidates where invited_round_id is not null')).toBe(0);
      // Nothing half-written blocks the same id afterwards.
      const retried = await store.recordRound(
        account.id,
        pool.id,
        round('bad', '2025-01-08T15:00:00Z'),
        invitationsOf(invited.slice(0, -1)),
      );
      expect(retried.created).toBe(true);
      expect(await count("select count(*) from pool_candidates where invited_round_id = 'bad'")).toBe(15_000);
    });

    it('leaves nothing written when a candidate was invited by an earlier round', async () => {
      const { account, pool } = await poolOf(6);
      await store.recordRound(
        account.id,
        pool.id,
        round('first', '2025-01-08T15:00:00Z'),
        invitationsOf(['c1']),
      );
      await expect(
        store.recordRound(
          account.id,
          pool.id,
          round('second', '2025-01-22T15:00:00Z'),
          invitationsOf(['c2', 'c1']),
        ),
      ).rejects.toThrow();
      expect(await store.getRound(account.id, pool.id, 'second')).toBeUndefined();
      expect(await count('select count(*) from invitations')).toBe(1);
      const status = (await store.poolCandidates(account.id, pool.id))?.map((row) => row.invitedRoundId);
      expect(status).toEqual(['first', null, null, null, null, null]);
    });
  });

  describe('one account never reaches another account’s rows', () => {
    it('reads, changes and deletes nothing of another account, for every method', async () => {
      const owner = await newAccount(store, 'owner');
      const intruder = await newAccount(store, 'intruder');
      const profile = await store.createProfile(owner.id, {
        name: 'Ana',
        profile: { age: 29 },
        assessment: { crs: 470 },
        assessedOn: '2025-03-25',
      });
      const pool = await store.createPool(owner.id, {
        name: 'Pool',
        source: 'generated',
        params: {},
        candidates: candidates(5),
      });
      await store.recordRound(owner.id, pool.id, round('r1', '2025-01-08T15:00:00Z'), invitationsOf(['c1']));
      const page = { limit: 10, offset: 0 };

      expect(await store.listProfiles(intruder.id)).toEqual([]);
      expect(await store.getProfile(intruder.id, profile.id)).toBeUndefined();
      const save = store.saveProfileVersion(intruder.id, profile.id, {
        name: 'Taken',
        profile: {},
        assessment: {},
        assessedOn: '2025-03-26',
      });
      await expect(save).rejects.toBeInstanceOf(StoreNotFoundError);
      await expect(save).rejects.toMatchObject({ code: 'profile.not-found' });
      expect(await store.deleteProfile(intruder.id, profile.id)).toBe(false);

      expect(await store.listPools(intruder.id)).toEqual([]);
      expect(await store.getPool(intruder.id, pool.id)).toBeUndefined();
      expect(await store.poolCandidates(intruder.id, pool.id)).toBeUndefined();
      expect(await store.deletePool(intruder.id, pool.id)).toBe(false);

      const record = store.recordRound(
        intruder.id,
        pool.id,
        round('r2', '2025-01-22T15:00:00Z'),
        invitationsOf(['c2']),
      );
      await expect(record).rejects.toBeInstanceOf(StoreNotFoundError);
      await expect(record).rejects.toMatchObject({ code: 'pool.not-found' });
      // Re-recording the owner's round id from the other account must not leak it either.
      await expect(
        store.recordRound(intruder.id, pool.id, round('r1', '2025-01-08T15:00:00Z'), []),
      ).rejects.toBeInstanceOf(StoreNotFoundError);
      expect(await store.listRounds(intruder.id, pool.id)).toBeUndefined();
      expect(await store.getRound(intruder.id, pool.id, 'r1')).toBeUndefined();
      expect(await store.invitations(intruder.id, pool.id, 'r1', page)).toBeUndefined();

      // The owner's rows are exactly as they were.
      expect(await store.getProfile(owner.id, profile.id)).toEqual(profile);
      expect(await store.getPool(owner.id, pool.id)).toEqual(pool);
      expect((await store.listRounds(owner.id, pool.id))?.map((stored) => stored.id)).toEqual(['r1']);
      expect(await store.invitations(owner.id, pool.id, 'r1', page)).toEqual([
        { rank: 1, candidateId: 'c1', crs: 600 },
      ]);
      expect(await count('select count(*) from invitations')).toBe(1);
    });
  });
}
