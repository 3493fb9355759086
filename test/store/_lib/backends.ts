/**
 * The databases the conformance suite runs on, with a way to count rows behind the store's
 * back (to prove a failed write left nothing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { parseDatabaseUrl } from '../../../src/store/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/postgres.js';

export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database. */
  createDatabase(): Promise<TestDatabase>;
}

export const sqliteBackend: StoreBackend = {
  name: 'sqlite',
  async createDatabase() {
    const directory = mkdtempSync(join(tmpdir(), 'express-entry-store-'));
    return {
      url: `sqlite:${join(directory, 'nested', 'store.sqlite')}`,
      drop: async () => rmSync(directory, { recursive: true, force: true }),
    };
  },
};

export function postgresBackend(serverUrl: string): StoreBackend {
  return { name: 'postgres', createDatabase: () => createTestDatabase(serverUrl) };
}

/**
 * Runs a read-only SQL query on its own connection and returns the first column of the first
 * row as a number: `count(*)` without going through the store.
 */
export async function scalar(databaseUrl: string, query: string): Promise<number> {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect === 'sqlite') {
    const database = new BetterSqlite3(location.path, { readonly: true });
    try {
      return Number(database.prepare(query).pluck().get());
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: location.connectionString });
  await client.connect();
  try {
    const result = await client.query({ text: query, rowMode: 'array' });
    return Number(result.rows[0]?.[0]);
  } finally {
    await client.end();
  }
}
