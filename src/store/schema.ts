/**
 * Row shapes as the database holds them. One schema serves SQLite and PostgreSQL, so only the
 * common subset is used: `text` and `integer` columns, instants as ISO-8601 UTC text
 * (`2025-03-25T14:00:00.000Z`), dates as `YYYY-MM-DD`, JSON as text.
 */

export interface AccountsTable {
  id: string;
  /** Lower-cased, so uniqueness is case-insensitive on both databases. */
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** A hash of the session token: a stolen copy of the table opens no session. */
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ProfilesTable {
  id: string;
  account_id: string;
  name: string;
  /** Number of the newest row in profile_versions; the counter that numbers the next save. */
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export interface ProfileVersionsTable {
  profile_id: string;
  version: number;
  profile: string;
  assessment: string;
  assessed_on: string;
  created_at: string;
}

export interface PoolsTable {
  id: string;
  account_id: string;
  name: string;
  source: 'imported' | 'generated';
  params: string;
  size: number;
  created_at: string;
}

export interface PoolCandidatesTable {
  pool_id: string;
  candidate_id: string;
  /** Order of arrival in the pool, from 1. */
  seq: number;
  submitted_at: string;
  profile: string;
  invited_round_id: string | null;
}

export interface RoundsTable {
  pool_id: string;
  /** The caller's round id, unique within the pool: recording it again is a no-op. */
  id: string;
  account_id: string;
  /** The round's instant, also inside `instruction`; kept as a column to order rounds by it. */
  at: string;
  instruction: string;
  lowest_crs: number | null;
  tie_break: string | null;
  rank_required: number | null;
  eligible_count: number;
  invited_count: number;
  counts: string;
  created_at: string;
}

export interface InvitationsTable {
  pool_id: string;
  round_id: string;
  /** 1 for the highest-ranked invited candidate. */
  rank: number;
  candidate_id: string;
  crs: number;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  profiles: ProfilesTable;
  profile_versions: ProfileVersionsTable;
  pools: PoolsTable;
  pool_candidates: PoolCandidatesTable;
  rounds: RoundsTable;
  invitations: InvitationsTable;
  login_failures: LoginFailuresTable;
}

/** One failed login, under a key naming what failed: `account:<email>` or `address:<ip>`. */
export interface LoginFailuresTable {
  key: string;
  at: string;
}
