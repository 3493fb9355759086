import { describe, it } from 'vitest';
import { postgresRequired, testPostgres } from '../support/postgres.js';
import { postgresBackend } from './_lib/backends.js';
import { describeStoreConformance } from './_lib/store-cases.js';

const postgres = testPostgres();

if (postgres.url === null) {
  if (postgresRequired) {
    describe('store on PostgreSQL', () => {
      it('has a PostgreSQL server (REQUIRE_POSTGRES=1)', () => {
        throw new Error(`REQUIRE_POSTGRES=1 but no PostgreSQL server: ${postgres.unavailable}`);
      });
    });
  } else {
    console.log(`[store] PostgreSQL conformance tests skipped: ${postgres.unavailable}`);
  }
}

describe.skipIf(postgres.url === null)('store on PostgreSQL (a fresh database per test)', () => {
  // When skipped, the cases are still listed (as skipped) and never touch the placeholder URL.
  describeStoreConformance(postgresBackend(postgres.url ?? 'postgres://unavailable'));
});
