import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from './database-url.js';
import { createKyselyStore, type StoreOptions } from './kysely-store.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';
import type { Store } from './types.js';

/** How long a SQLite write waits for another process's write lock before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the store a database URL names and brings its schema up to date.
 *
 * @example
 * const store = await openStore('sqlite:./var/express-entry.sqlite');
 * const account = await store.createAccount({ email: 'Ana@Example.ca', passwordHash });
 * account.email //=> 'ana@example.ca'
 * await store.close();
 *
 * @param databaseUrl `sqlite:<file>` (relative to the working directory or absolute; its
 *   directory is created) or `postgres://…` / `postgresql://…`.
 * @throws InputError `option.invalid` for any other URL.
 */
export async function openStore(databaseUrl: string, options: StoreOptions = {}): Promise<Store> {
  const location = parseDatabaseUrl(databaseUrl);
  const db =
    location.dialect === 'sqlite' ? openSqlite(location.path) : openPostgres(location.connectionString);
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error;
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, location.dialect, options);
}

function openSqlite(path: string): Kysely<Database> {
  mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL: readers never block the writer, and a crash leaves the last committed state.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(connectionString: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString });
  // An idle connection the server closed is dropped from the pool; the next query that needs
  // the server reports the failure. Without a listener the event would end the process.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
