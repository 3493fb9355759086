/**
 * What the store keeps, as the rest of the application sees it. Instants are ISO-8601 UTC
 * strings, dates `YYYY-MM-DD`; profiles, assessments, pool parameters and round counts are
 * plain JSON values the store keeps without reading.
 *
 * Every account-owned read and write takes the account id: a row belonging to another account
 * is reported exactly like a missing one (`undefined`, `false` or `StoreNotFoundError`).
 */

export interface Account {
  readonly id: string;
  /** Lower-cased. */
  readonly email: string;
  readonly passwordHash: string;
  readonly createdAt: string;
}

export interface NewAccount {
  readonly email: string;
  readonly passwordHash: string;
}

export interface Session {
  /** A hash of the token the client holds, never the token itself. */
  readonly id: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface NewSession {
  readonly id: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface ProfileVersion {
  readonly profileId: string;
  /** 1 for the first save, then 2, 3… */
  readonly version: number;
  readonly profile: unknown;
  readonly assessment: unknown;
  /** The date the assessment was made for. */
  readonly assessedOn: string;
  readonly createdAt: string;
}

/** A profile in a list: its name and newest version, without the profile itself. */
export interface ProfileSummary {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly latestVersion: number;
  readonly assessment: unknown;
  readonly assessedOn: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface StoredProfile {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Newest first; never empty. */
  readonly versions: readonly ProfileVersion[];
}

export interface NewProfile {
  readonly name: string;
  readonly profile: unknown;
  readonly assessment: unknown;
  readonly assessedOn: string;
}

export interface NewProfileVersion {
  /** Renames the profile when given. */
  readonly name?: string;
  readonly profile: unknown;
  readonly assessment: unknown;
  readonly assessedOn: string;
}

export type PoolSource = 'imported' | 'generated';

export interface Pool {
  readonly id: string;
  readonly accountId: string;
  readonly name: string;
  readonly source: PoolSource;
  /** How the pool was made: the generator's parameters, or the import's file name and options. */
  readonly params: unknown;
  /** Number of candidates. */
  readonly size: number;
  readonly createdAt: string;
}

export interface NewPoolCandidate {
  readonly candidateId: string;
  /** Instant the profile entered the pool (the tie-break). */
  readonly submittedAt: string;
  readonly profile: unknown;
}

export interface NewPool {
  readonly name: string;
  readonly source: PoolSource;
  readonly params: unknown;
  /** In order of arrival. */
  readonly candidates: readonly NewPoolCandidate[];
}

export interface PoolCandidate {
  readonly candidateId: string;
  /** Order of arrival, from 1. */
  readonly seq: number;
  readonly submittedAt: string;
  readonly profile: unknown;
  /** The round that invited the candidate, or null while in the pool. */
  readonly invitedRoundId: string | null;
}

/** The instruction a round ran: when, which kind (general, program, category), how many. */
export interface StoredRoundInstruction {
  readonly at: string;
  readonly kind: unknown;
  readonly size: number;
}

export interface NewRound {
  /** The caller's id for the round, unique within the pool. */
  readonly id: string;
  readonly instruction: StoredRoundInstruction;
  /** CRS of the lowest-ranked invited candidate; null when nobody was invited. */
  readonly lowestCrs: number | null;
  /** Submission instant of the lowest-ranked invited candidate. */
  readonly tieBreak: string | null;
  readonly rankRequired: number | null;
  readonly eligibleCount: number;
  /** Invited per program and per category, as the engine reports them. */
  readonly counts: unknown;
}

/** One invited candidate, given in rank order (the first is rank 1). */
export interface NewInvitation {
  readonly candidateId: string;
  readonly crs: number;
}

export interface StoredRound extends NewRound {
  readonly poolId: string;
  readonly accountId: string;
  readonly invitedCount: number;
  readonly createdAt: string;
}

export interface Invitation {
  readonly rank: number;
  readonly candidateId: string;
  readonly crs: number;
}

export interface RecordRoundResult {
  /** False when the pool already held a round with this id: nothing was written. */
  readonly created: boolean;
  /** The round as stored; when `created` is false, the first call's round. */
  readonly round: StoredRound;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

/** Accounts, sessions, saved profiles, candidate pools and the rounds run over them. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  /** @throws StoreConflictError `account.email-taken` when the email, in any case, is registered. */
  createAccount(account: NewAccount): Promise<Account>;
  /** Case-insensitive. */
  accountByEmail(email: string): Promise<Account | undefined>;
  accountById(accountId: string): Promise<Account | undefined>;

  createSession(session: NewSession): Promise<Session>;
  /** Undefined once `expiresAt` has passed. */
  sessionById(sessionId: string): Promise<Session | undefined>;
  deleteSession(sessionId: string): Promise<void>;
  /** Deletes sessions that expired at or before `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>;

  /** Notes a failed login under `key` (an account or a client address) at the store's now. */
  recordLoginFailure(key: string): Promise<void>;
  /** Instants of the failures under `key` after `since`, oldest first; older ones are forgotten. */
  loginFailuresSince(key: string, since: Date): Promise<string[]>;
  /** Forgets every failure under `key` (after a successful login). */
  clearLoginFailures(key: string): Promise<void>;
  /** Forgets every failure at or before `before`, whatever its key; returns how many. */
  deleteLoginFailuresBefore(before: Date): Promise<number>;

  /** Saves version 1. */
  createProfile(accountId: string, profile: NewProfile): Promise<StoredProfile>;
  /** Name order, then id. */
  listProfiles(accountId: string): Promise<ProfileSummary[]>;
  getProfile(accountId: string, profileId: string): Promise<StoredProfile | undefined>;
  /** @throws StoreNotFoundError `profile.not-found` */
  saveProfileVersion(
    accountId: string,
    profileId: string,
    version: NewProfileVersion,
  ): Promise<ProfileVersion>;
  /** Deletes the profile and all its versions; false when the account has no such profile. */
  deleteProfile(accountId: string, profileId: string): Promise<boolean>;

  /**
   * Imports a pool and its candidates in one transaction: all of it or nothing.
   * @throws StoreConflictError `pool.candidate-duplicate` when a candidate id appears twice.
   */
  createPool(accountId: string, pool: NewPool): Promise<Pool>;
  /** Newest first. */
  listPools(accountId: string): Promise<Pool[]>;
  getPool(accountId: string, poolId: string): Promise<Pool | undefined>;
  /** Deletes the pool with its candidates, rounds and invitations; false when not found. */
  deletePool(accountId: string, poolId: string): Promise<boolean>;
  /** In order of arrival; undefined when the account has no such pool. */
  poolCandidates(accountId: string, poolId: string): Promise<PoolCandidate[] | undefined>;

  /**
   * Records a round in one transaction: the round, its invitations (in rank order) and the
   * invited candidates' status. Re-recording a round id the pool already holds writes nothing
   * and returns the stored round.
   * @throws StoreNotFoundError `pool.not-found`
   */
  recordRound(
    accountId: string,
    poolId: string,
    round: NewRound,
    invitations: readonly NewInvitation[],
  ): Promise<RecordRoundResult>;
  /** Newest round instant first; undefined when the account has no such pool. */
  listRounds(accountId: string, poolId: string): Promise<StoredRound[] | undefined>;
  getRound(accountId: string, poolId: string, roundId: string): Promise<StoredRound | undefined>;
  /** In rank order; undefined when the account has no such round. */
  invitations(
    accountId: string,
    poolId: string,
    roundId: string,
    page: Page,
  ): Promise<Invitation[] | undefined>;

  /** Closes the database connections. */
  close(): Promise<void>;
}
