/**
 * The PostgreSQL server of a test run (see postgres-global-setup.ts) and fresh databases on it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `url` of a server the tests may create databases on, or why there is none. */
    postgres: { url: string; unavailable: null } | { url: null; unavailable: string };
  }
}

export type TestPostgres =
  | { readonly url: string; readonly unavailable: null }
  | {
      readonly url: null;
      readonly unavailable: string;
    };

/** The run's server; `unavailable` explains a missing one (no global setup counts as missing). */
export function testPostgres(): TestPostgres {
  return inject('postgres') ?? { url: null, unavailable: 'the PostgreSQL global setup did not run' };
}

/** CI sets REQUIRE_POSTGRES=1: there a missing server fails the run instead of skipping. */
export const postgresRequired = process.env.REQUIRE_POSTGRES === '1';

export interface TestDatabase {
  readonly url: string;
  readonly drop: () => Promise<void>;
}

/** Creates an empty database on the server at `serverUrl` and returns its URL. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `express_entry_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
