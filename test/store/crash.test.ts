/**
 * Crash safety on SQLite: a process killed (SIGKILL) in the middle of recording a large round
 * leaves the round wholly absent, with earlier data intact, and the store usable.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { scalar } from './_lib/backends.js';
import { candidates, invitationsOf, round } from './_lib/fixtures.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('./_lib/crash-child.ts', import.meta.url));

/** Invitations in the killed round: big enough that its transaction spills pages to the WAL. */
const ROUND_SIZE = 200_000;
/** Earlier candidates, invited by a round that committed before the crash. */
const INVITED_BEFORE = 10;
/** How much the WAL must grow inside the round's transaction before the kill (~5% of its writes). */
const WAL_GROWTH_BEFORE_KILL = 2 * 1024 * 1024;

interface ChildOutcome {
  readonly killedMidTransaction: boolean;
  readonly walGrowth: number;
}

/**
 * Runs the child, waits for `begin`, then for the WAL to grow by WAL_GROWTH_BEFORE_KILL bytes
 * (pages of the uncommitted round being written), and kills it.
 */
async function recordRoundAndKill(args: readonly string[], walFile: string): Promise<ChildOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('begin\n')) resolve();
    });
    void exited.then(() => reject(new Error(`child exited before beginning: ${stderr}`)));
  });
  const walSize = () => statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
  const baseline = walSize();
  while (!hasExited && walSize() - baseline < WAL_GROWTH_BEFORE_KILL) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const walGrowth = walSize() - baseline;
  const killedMidTransaction = !hasExited && !stdout.includes('committed');
  child.kill('SIGKILL');
  await exited;
  return { killedMidTransaction, walGrowth };
}

describe('store on SQLite, killed in the middle of recording a round', () => {
  const directory = mkdtempSync(join(tmpdir(), 'express-entry-crash-'));
  const file = join(directory, 'store.sqlite');
  const databaseUrl = `sqlite:${file}`;
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps the round wholly absent and earlier data intact', { timeout: 120_000 }, async () => {
    const before = await openStore(databaseUrl);
    const account = await before.createAccount({ email: 'ana@example.ca', passwordHash: 'scrypt$x' });
    const profile = await before.createProfile(account.id, {
      name: 'Ana',
      profile: { age: 29 },
      assessment: { crs: 470 },
      assessedOn: '2025-03-25',
    });
    await before.saveProfileVersion(account.id, profile.id, {
      profile: { age: 30 },
      assessment: { crs: 462 },
      assessedOn: '2025-06-01',
    });
    const pool = await before.createPool(account.id, {
      name: 'Pool',
      source: 'generated',
      params: {},
      candidates: candidates(INVITED_BEFORE + ROUND_SIZE),
    });
    const earlierIds = candidates(INVITED_BEFORE).map((candidate) => candidate.candidateId);
    const earlier = await before.recordRound(
      account.id,
      pool.id,
      round('earlier', '2025-01-08T15:00:00Z'),
      invitationsOf(earlierIds),
    );
    await before.close();

    const outcome = await recordRoundAndKill(
      [databaseUrl, account.id, pool.id, 'killed', String(INVITED_BEFORE), String(ROUND_SIZE)],
      `${file}-wal`,
    );
    console.log(
      `[store sqlite crash] killed mid-transaction: ${outcome.killedMidTransaction}, ` +
        `WAL grew ${(outcome.walGrowth / 1024 / 1024).toFixed(1)} MB in the round's transaction before SIGKILL`,
    );
    // The kill landed inside the transaction, after some of its pages reached the WAL file.
    expect(outcome.killedMidTransaction).toBe(true);
    expect(outcome.walGrowth).toBeGreaterThanOrEqual(WAL_GROWTH_BEFORE_KILL);

    // Recovery happens on the next open; check the file with its own connection first.
    const raw = new BetterSqlite3(file);
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_key_check')).toEqual([]);
    } finally {
      raw.close();
    }
    expect(await scalar(databaseUrl, "select count(*) from rounds where id = 'killed'")).toBe(0);
    expect(await scalar(databaseUrl, "select count(*) from invitations where round_id = 'killed'")).toBe(0);
    expect(
      await scalar(databaseUrl, "select count(*) from pool_candidates where invited_round_id = 'killed'"),
    ).toBe(0);

    const after = await openStore(databaseUrl);
    try {
      expect(await after.accountById(account.id)).toEqual(account);
      expect(
        (await after.getProfile(account.id, profile.id))?.versions.map((version) => version.version),
      ).toEqual([2, 1]);
      expect(await after.getPool(account.id, pool.id)).toEqual(pool);
      expect((await after.listRounds(account.id, pool.id))?.map((stored) => stored.id)).toEqual(['earlier']);
      expect(await after.getRound(account.id, pool.id, 'earlier')).toEqual(earlier.round);
      expect(await after.invitations(account.id, pool.id, 'earlier', { limit: 100, offset: 0 })).toHaveLength(
        INVITED_BEFORE,
      );
      const status = await after.poolCandidates(account.id, pool.id);
      expect(status).toHaveLength(INVITED_BEFORE + ROUND_SIZE);
      expect(
        status?.filter((candidate) => candidate.invitedRoundId === 'earlier').map((c) => c.candidateId),
      ).toEqual(earlierIds);
      expect(status?.filter((candidate) => candidate.invitedRoundId !== null)).toHaveLength(INVITED_BEFORE);

      // The same round id records cleanly afterwards: the crash left nothing behind in its way.
      const retried = await after.recordRound(
        account.id,
        pool.id,
        round('killed', '2025-02-05T15:00:00Z'),
        invitationsOf(
          candidates(INVITED_BEFORE + 100)
            .slice(INVITED_BEFORE)
            .map((c) => c.candidateId),
        ),
      );
      expect(retried.created).toBe(true);
    } finally {
      await after.close();
    }
  });
});
