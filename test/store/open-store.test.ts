import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';

describe('openStore', () => {
  const directory = mkdtempSync(join(tmpdir(), 'express-entry-open-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('rejects an unsupported URL with an error naming it and what was expected', async () => {
    const opening = openStore('mysql://ee@db/ee');
    await expect(opening).rejects.toBeInstanceOf(InputError);
    await expect(opening).rejects.toThrow(
      'Database URL "mysql://ee@db/ee" is not usable: the scheme is not sqlite: or postgres://; expected sqlite:<file>',
    );
  });

  it('creates the SQLite file and its directories, in WAL mode with foreign keys enforced', async () => {
    const file = join(directory, 'a', 'b', 'store.sqlite');
    const store = await openStore(`sqlite:${file}`);
    try {
      expect(existsSync(file)).toBe(true);
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      } finally {
        raw.close();
      }
      // A pool for an account that does not exist breaks the accounts foreign key.
      await expect(
        store.createPool('no-such-account', { name: 'p', source: 'generated', params: {}, candidates: [] }),
      ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    } finally {
      await store.close();
    }
  });
});
