import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

/**
 * The schema's history, oldest first. A migration is never edited once released: a change is a
 * new numbered entry. Migrations see the database as `Kysely<unknown>` because they must not
 * depend on today's row types.
 */
const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('email', 'text', (column) => column.notNull().unique())
        .addColumn('password_hash', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('account_id', 'text', (column) =>
          column.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('csrf_token', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('sessions_account_id').on('sessions').column('account_id').execute();
      await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

      await db.schema
        .createTable('profiles')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('account_id', 'text', (column) =>
          column.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('latest_version', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('profiles_account_id').on('profiles').column('account_id').execute();

      await db.schema
        .createTable('profile_versions')
        .addColumn('profile_id', 'text', (column) =>
          column.notNull().references('profiles.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('profile', 'text', (column) => column.notNull())
        .addColumn('assessment', 'text', (column) => column.notNull())
        .addColumn('assessed_on', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('profile_versions_pk', ['profile_id', 'version'])
        .execute();

      await db.schema
        .createTable('pools')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('account_id', 'text', (column) =>
          column.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('params', 'text', (column) => column.notNull())
        .addColumn('size', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addCheckConstraint('pools_source', sql`source in ('imported', 'generated')`)
        .execute();
      await db.schema.createIndex('pools_account_id').on('pools').column('account_id').execute();

      await db.schema
        .createTable('rounds')
        .addColumn('pool_id', 'text', (column) => column.notNull().references('pools.id').onDelete('cascade'))
        .addColumn('id', 'text', (column) => column.notNull())
        .addColumn('account_id', 'text', (column) =>
          column.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('instruction', 'text', (column) => column.notNull())
        .addColumn('lowest_crs', 'integer')
        .addColumn('tie_break', 'text')
        .addColumn('rank_required', 'integer')
        .addColumn('eligible_count', 'integer', (column) => column.notNull())
        .addColumn('invited_count', 'integer', (column) => column.notNull())
        .addColumn('counts', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('rounds_pk', ['pool_id', 'id'])
        .execute();

      await db.schema
        .createTable('pool_candidates')
        .addColumn('pool_id', 'text', (column) => column.notNull().references('pools.id').onDelete('cascade'))
        .addColumn('candidate_id', 'text', (column) => column.notNull())
        .addColumn('seq', 'integer', (column) => column.notNull())
        .addColumn('submitted_at', 'text', (column) => column.notNull())
        .addColumn('profile', 'text', (column) => column.notNull())
        .addColumn('invited_round_id', 'text')
        .addPrimaryKeyConstraint('pool_candidates_pk', ['pool_id', 'candidate_id'])
        .addUniqueConstraint('pool_candidates_seq', ['pool_id', 'seq'])
        // Checked at commit: deleting a pool removes its rounds and candidates in one statement.
        .addForeignKeyConstraint(
          'pool_candidates_invited_round',
          ['pool_id', 'invited_round_id'],
          'rounds',
          ['pool_id', 'id'],
          (constraint) => constraint.deferrable().initiallyDeferred(),
        )
        .execute();

      await db.schema
        .createTable('invitations')
        .addColumn('pool_id', 'text', (column) => column.notNull())
        .addColumn('round_id', 'text', (column) => column.notNull())
        .addColumn('rank', 'integer', (column) => column.notNull())
        .addColumn('candidate_id', 'text', (column) => column.notNull())
        .addColumn('crs', 'integer', (column) => column.notNull())
        .addPrimaryKeyConstraint('invitations_pk', ['pool_id', 'round_id', 'rank'])
        // programs.md: an invitation takes the profile out of the pool, so once per pool.
        .addUniqueConstraint('invitations_candidate', ['pool_id', 'candidate_id'])
        .addForeignKeyConstraint(
          'invitations_round',
          ['pool_id', 'round_id'],
          'rounds',
          ['pool_id', 'id'],
          (fk) => fk.onDelete('cascade'),
        )
        .addForeignKeyConstraint(
          'invitations_candidate_in_pool',
          ['pool_id', 'candidate_id'],
          'pool_candidates',
          ['pool_id', 'candidate_id'],
          (fk) => fk.onDelete('cascade'),
        )
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'invitations',
        'pool_candidates',
        'rounds',
        'pools',
        'profile_versions',
        'profiles',
        'sessions',
        'accounts',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0002-login-failures': {
    async up(db: Kysely<unknown>) {
      // Failed logins, so that the limits hold across server processes and instances.
      await db.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('login_failures_key_at')
        .on('login_failures')
        .columns(['key', 'at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('login_failures').execute();
    },
  },
};

/** Kysely's Migrator reads the migrations from here rather than from files on disk. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
