import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import { insertBatches } from './_lib/batches.js';
import { isUniqueViolation } from './_lib/constraint-errors.js';
import { storedInstant } from './_lib/iso-instant.js';
import { StoreConflictError, StoreNotFoundError } from './errors.js';
import type { Database, PoolsTable, RoundsTable } from './schema.js';
import type {
  Account,
  Invitation,
  NewInvitation,
  NewPool,
  NewProfileVersion,
  NewRound,
  Page,
  Pool,
  PoolCandidate,
  ProfileSummary,
  ProfileVersion,
  RecordRoundResult,
  Session,
  Store,
  StoredProfile,
  StoredRound,
} from './types.js';

export interface StoreOptions {
  /** The clock behind `createdAt`, `updatedAt` and session expiry; the system clock by default. */
  readonly now?: () => Date;
}

/** The store over a migrated Kysely database; the SQL is the same for both dialects. */
export function createKyselyStore(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  options: StoreOptions = {},
): Store {
  const clock = options.now ?? (() => new Date());
  const now = (): string => clock().toISOString();

  /**
   * Runs `work` in one write transaction. On SQLite it is BEGIN IMMEDIATE, which takes the
   * write lock first (waiting out the busy timeout) instead of failing when a read transaction
   * later needs to write while another connection holds the lock.
   */
  async function writeTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    if (dialect === 'postgres') return db.transaction().execute(work);
    return db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        // SQLite may already have rolled back (e.g. on SQLITE_FULL); the original error is what matters.
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
    });
  }

  async function ownedPool(
    queries: Kysely<Database>,
    accountId: string,
    poolId: string,
  ): Promise<Selectable<PoolsTable> | undefined> {
    return queries
      .selectFrom('pools')
      .selectAll()
      .where('id', '=', poolId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  async function readRound(
    accountId: string,
    poolId: string,
    roundId: string,
  ): Promise<StoredRound | undefined> {
    const row = await db
      .selectFrom('rounds')
      .selectAll()
      .where('pool_id', '=', poolId)
      .where('id', '=', roundId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row && roundFromRow(row);
  }

  const store: Store = {
    dialect,

    async createAccount({ email, passwordHash }) {
      const row = {
        id: randomUUID(),
        email: normalizeEmail(email),
        password_hash: passwordHash,
        created_at: now(),
      };
      try {
        await db.insertInto('accounts').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new StoreConflictError(
            'account.email-taken',
            `An account with email ${row.email} already exists.`,
          );
        }
        throw error;
      }
      return accountFromRow(row);
    },

    async accountByEmail(email) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', normalizeEmail(email))
        .executeTakeFirst();
      return row && accountFromRow(row);
    },

    async accountById(accountId) {
      const row = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
      return row && accountFromRow(row);
    },

    async createSession({ id, accountId, csrfToken, expiresAt }) {
      const row = {
        id,
        account_id: accountId,
        csrf_token: csrfToken,
        created_at: now(),
        expires_at: storedInstant(expiresAt),
      };
      await db.insertInto('sessions').values(row).execute();
      return sessionFromRow(row);
    },

    async sessionById(sessionId) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', sessionId)
        .where('expires_at', '>', now())
        .executeTakeFirst();
      return row && sessionFromRow(row);
    },

    async deleteSession(sessionId) {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    async recordLoginFailure(key) {
      await db.insertInto('login_failures').values({ key, at: now() }).execute();
    },

    async loginFailuresSince(key, since) {
      const from = storedInstant(since);
      await db.deleteFrom('login_failures').where('key', '=', key).where('at', '<=', from).execute();
      const rows = await db
        .selectFrom('login_failures')
        .select('at')
        .where('key', '=', key)
        .where('at', '>', from)
        .orderBy('at')
        .execute();
      return rows.map((row) => row.at);
    },

    async clearLoginFailures(key) {
      await db.deleteFrom('login_failures').where('key', '=', key).execute();
    },

    async deleteLoginFailuresBefore(before) {
      const result = await db
        .deleteFrom('login_failures')
        .where('at', '<=', storedInstant(before))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpiredSessions(at) {
      const result = await db
        .deleteFrom('sessions')
        .where('expires_at', '<=', storedInstant(at))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async createProfile(accountId, { name, profile, assessment, assessedOn }) {
      const createdAt = now();
      const profileRow = {
        id: randomUUID(),
        account_id: accountId,
        name,
        latest_version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      };
      const versionRow = {
        profile_id: profileRow.id,
        version: 1,
        profile: toJson(profile),
        assessment: toJson(assessment),
        assessed_on: assessedOn,
        created_at: createdAt,
      };
      await writeTransaction(async (trx) => {
        await trx.insertInto('profiles').values(profileRow).execute();
        await trx.insertInto('profile_versions').values(versionRow).execute();
      });
      return {
        id: profileRow.id,
        accountId,
        name,
        createdAt,
        updatedAt: createdAt,
        versions: [profileVersionFromRow(versionRow)],
      };
    },

    async listProfiles(accountId) {
      const rows = await db
        .selectFrom('profiles')
        .innerJoin('profile_versions', (join) =>
          join
            .onRef('profile_versions.profile_id', '=', 'profiles.id')
            .onRef('profile_versions.version', '=', 'profiles.latest_version'),
        )
        .select([
          'profiles.id',
          'profiles.account_id',
          'profiles.name',
          'profiles.latest_version',
          'profiles.created_at',
          'profiles.updated_at',
          'profile_versions.assessment',
          'profile_versions.assessed_on',
        ])
        .where('profiles.account_id', '=', accountId)
        .orderBy('profiles.updated_at', 'desc')
        .orderBy('profiles.id')
        .execute();
      return rows.map(
        (row): ProfileSummary => ({
          id: row.id,
          accountId: row.account_id,
          name: row.name,
          latestVersion: row.latest_version,
          assessment: JSON.parse(row.assessment),
          assessedOn: row.assessed_on,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }),
      );
    },

    async getProfile(accountId, profileId) {
      const profile = await db
        .selectFrom('profiles')
        .selectAll()
        .where('id', '=', profileId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      if (!profile) return undefined;
      const versions = await db
        .selectFrom('profile_versions')
        .selectAll()
        .where('profile_id', '=', profile.id)
        .orderBy('version', 'desc')
        .execute();
      return {
        id: profile.id,
        accountId: profile.account_id,
        name: profile.name,
        createdAt: profile.created_at,
        updatedAt: profile.updated_at,
        versions: versions.map(profileVersionFromRow),
      } satisfies StoredProfile;
    },

    async saveProfileVersion(
      accountId,
      profileId,
      { name, profile, assessment, assessedOn }: NewProfileVersion,
    ) {
      const createdAt = now();
      return writeTransaction(async (trx) => {
        // The increment numbers the version; concurrent saves queue on the row and get 2, 3…
        const updated = await trx
          .updateTable('profiles')
          .set((eb) => ({
            latest_version: eb('latest_version', '+', 1),
            updated_at: createdAt,
            ...(name === undefined ? {} : { name }),
          }))
          .where('id', '=', profileId)
          .where('account_id', '=', accountId)
          .returning('latest_version')
          .executeTakeFirst();
        if (!updated) throw profileNotFound(profileId);
        const versionRow = {
          profile_id: profileId,
          version: updated.latest_version,
          profile: toJson(profile),
          assessment: toJson(assessment),
          assessed_on: assessedOn,
          created_at: createdAt,
        };
        await trx.insertInto('profile_versions').values(versionRow).execute();
        return profileVersionFromRow(versionRow);
      });
    },

    async deleteProfile(accountId, profileId) {
      const result = await db
        .deleteFrom('profiles')
        .where('id', '=', profileId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async createPool(accountId, { name, source, params, candidates }: NewPool) {
      const poolRow = {
        id: randomUUID(),
        account_id: accountId,
        name,
        source,
        params: toJson(params),
        size: candidates.length,
        created_at: now(),
      };
      try {
        await writeTransaction(async (trx) => {
          await trx.insertInto('pools').values(poolRow).execute();
          let seq = 0;
          for (const batch of insertBatches(candidates, 5)) {
            await trx
              .insertInto('pool_candidates')
              .values(
                batch.map((candidate) => ({
                  pool_id: poolRow.id,
                  candidate_id: candidate.candidateId,
                  seq: ++seq,
                  submitted_at: candidate.submittedAt,
                  profile: toJson(candidate.profile),
                })),
              )
              .execute();
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          const duplicate = firstDuplicate(candidates.map((candidate) => candidate.candidateId));
          throw new StoreConflictError(
            'pool.candidate-duplicate',
            `Candidate id ${JSON.stringify(duplicate)} appears more than once; a pool's candidate ids must be unique.`,
          );
        }
        throw error;
      }
      return poolFromRow(poolRow);
    },

    async listPools(accountId) {
      const rows = await db
        .selectFrom('pools')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(poolFromRow);
    },

    async getPool(accountId, poolId) {
      const row = await ownedPool(db, accountId, poolId);
      return row && poolFromRow(row);
    },

    async deletePool(accountId, poolId) {
      const result = await db
        .deleteFrom('pools')
        .where('id', '=', poolId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async poolCandidates(accountId, poolId) {
      if (!(await ownedPool(db, accountId, poolId))) return undefined;
      const rows = await db
        .selectFrom('pool_candidates')
        .select(['candidate_id', 'seq', 'submitted_at', 'profile', 'invited_round_id'])
        .where('pool_id', '=', poolId)
        .orderBy('seq')
        .execute();
      return rows.map(
        (row): PoolCandidate => ({
          candidateId: row.candidate_id,
          seq: row.seq,
          submittedAt: row.submitted_at,
          profile: JSON.parse(row.profile),
          invitedRoundId: row.invited_round_id,
        }),
      );
    },

    async recordRound(
      accountId: string,
      poolId: string,
      round: NewRound,
      invitations: readonly NewInvitation[],
    ): Promise<RecordRoundResult> {
      const roundRow: Selectable<RoundsTable> = {
        pool_id: poolId,
        id: round.id,
        account_id: accountId,
        at: storedInstant(round.instruction.at),
        instruction: toJson({
          at: round.instruction.at,
          kind: round.instruction.kind,
          size: round.instruction.size,
        }),
        lowest_crs: round.lowestCrs,
        tie_break: round.tieBreak,
        rank_required: round.rankRequired,
        eligible_count: round.eligibleCount,
        invited_count: invitations.length,
        counts: toJson(round.counts),
        created_at: now(),
      };
      const created = await writeTransaction(async (trx) => {
        if (!(await ownedPool(trx, accountId, poolId))) throw poolNotFound(poolId);
        // The primary key decides a race: the loser's insert waits for the winner's commit and
        // then does nothing, and this transaction ends having written nothing.
        const inserted = await trx
          .insertInto('rounds')
          .values(roundRow)
          .onConflict((conflict) => conflict.columns(['pool_id', 'id']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return false;
        let rank = 0;
        for (const batch of insertBatches(invitations, 5)) {
          await trx
            .insertInto('invitations')
            .values(
              batch.map((invitation) => ({
                pool_id: poolId,
                round_id: round.id,
                rank: ++rank,
                candidate_id: invitation.candidateId,
                crs: invitation.crs,
              })),
            )
            .execute();
        }
        const marked = await trx
          .updateTable('pool_candidates')
          .set({ invited_round_id: round.id })
          .where('pool_id', '=', poolId)
          .where('invited_round_id', 'is', null)
          .where('candidate_id', 'in', (eb) =>
            eb
              .selectFrom('invitations')
              .select('invitations.candidate_id')
              .where('invitations.pool_id', '=', poolId)
              .where('invitations.round_id', '=', round.id),
          )
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) !== invitations.length) {
          throw new Error(
            `Round ${round.id}: ${invitations.length} invitations but ${marked.numUpdatedRows} candidates ` +
              'could be marked invited; the round was not recorded.',
          );
        }
        return true;
      });
      if (created) return { created: true, round: roundFromRow(roundRow) };
      const stored = await readRound(accountId, poolId, round.id);
      // Rounds are deleted only with their pool, so a missing round here means the pool went too.
      if (!stored) throw poolNotFound(poolId);
      return { created: false, round: stored };
    },

    async listRounds(accountId, poolId) {
      if (!(await ownedPool(db, accountId, poolId))) return undefined;
      const rows = await db
        .selectFrom('rounds')
        .selectAll()
        .where('pool_id', '=', poolId)
        .where('account_id', '=', accountId)
        .orderBy('at', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(roundFromRow);
    },

    getRound: readRound,

    async invitations(accountId, poolId, roundId, { limit, offset }: Page) {
      if (!Number.isSafeInteger(limit) || limit < 0 || !Number.isSafeInteger(offset) || offset < 0) {
        throw new RangeError(
          `A page needs whole numbers limit >= 0 and offset >= 0, got ${limit} and ${offset}`,
        );
      }
      if (!(await readRound(accountId, poolId, roundId))) return undefined;
      const rows = await db
        .selectFrom('invitations')
        .select(['rank', 'candidate_id', 'crs'])
        .where('pool_id', '=', poolId)
        .where('round_id', '=', roundId)
        .orderBy('rank')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((row): Invitation => ({ rank: row.rank, candidateId: row.candidate_id, crs: row.crs }));
    },

    async close() {
      await db.destroy();
    },
  };
  return store;
}

/** Emails compare case-insensitively on both databases because they are stored lower-cased. */
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('The store keeps JSON values; got undefined or a function.');
  return text;
}

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

function profileNotFound(profileId: string): StoreNotFoundError {
  return new StoreNotFoundError('profile.not-found', `No profile ${profileId} in this account.`);
}

function poolNotFound(poolId: string): StoreNotFoundError {
  return new StoreNotFoundError('pool.not-found', `No pool ${poolId} in this account.`);
}

function accountFromRow(row: Selectable<Database['accounts']>): Account {
  return { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: row.created_at };
}

function sessionFromRow(row: Selectable<Database['sessions']>): Session {
  return {
    id: row.id,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

function profileVersionFromRow(row: Selectable<Database['profile_versions']>): ProfileVersion {
  return {
    profileId: row.profile_id,
    version: row.version,
    profile: JSON.parse(row.profile),
    assessment: JSON.parse(row.assessment),
    assessedOn: row.assessed_on,
    createdAt: row.created_at,
  };
}

function poolFromRow(row: Selectable<PoolsTable>): Pool {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    source: row.source,
    params: JSON.parse(row.params),
    size: row.size,
    createdAt: row.created_at,
  };
}

function roundFromRow(row: Selectable<RoundsTable>): StoredRound {
  const instruction = JSON.parse(row.instruction) as StoredRound['instruction'];
  return {
    poolId: row.pool_id,
    id: row.id,
    accountId: row.account_id,
    instruction,
    lowestCrs: row.lowest_crs,
    tieBreak: row.tie_break,
    rankRequired: row.rank_required,
    eligibleCount: row.eligible_count,
    invitedCount: row.invited_count,
    counts: JSON.parse(row.counts),
    createdAt: row.created_at,
  };
}
