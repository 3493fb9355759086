import { describe } from 'vitest';
import { sqliteBackend } from './_lib/backends.js';
import { describeStoreConformance } from './_lib/store-cases.js';

describe('store on SQLite (a file in a temp dir)', () => {
  describeStoreConformance(sqliteBackend);
});
