/**
 * A round is one transaction: the server process is killed (SIGKILL, no chance to clean up)
 * while it writes a large round, and after a restart the round is either wholly there or wholly
 * absent, and nothing written before it is lost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
const POOL_SIZE = 40_000;

let directory: string;
let database: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'ee-crash-'));
  database = join(directory, 'express-entry.sqlite');
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

/** Starts `ee serve` on a free port and resolves with its URL once it listens. */
function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, PORT: '0', WORKERS: '1', DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${output}`)),
    );
  });
}

class Session {
  cookie = '';
  csrf = '';
  constructor(readonly url: string) {}
  async call(method: string, path: string, body?: unknown) {
    const response = await fetch(this.url + path, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const cookie = response.headers.get('set-cookie');
    if (cookie) this.cookie = cookie.split(';')[0] ?? '';
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : null;
    if (parsed?.csrfToken) this.csrf = parsed.csrfToken;
    return { status: response.status, body: parsed };
  }
}

function walBytes(): number {
  try {
    return statSync(`${database}-wal`).size;
  } catch {
    return 0;
  }
}

it('keeps a round whole or absent when the server is killed in the middle of writing it', {
  timeout: 180_000,
}, async () => {
  const first = await startServer();
  const session = new Session(first.url);
  expect(
    (
      await session.call('POST', '/api/auth/signup', {
        email: 'kim@example.ca',
        password: 'kim password 123',
      })
    ).status,
  ).toBe(201);
  const profile = await session.call('POST', '/api/profiles?on=2026-06-01', {
    name: 'Nurse',
    profile: nurse,
  });
  expect(profile.status).toBe(201);
  const pool = await session.call('POST', '/api/pools', {
    name: 'Large',
    generate: { size: POOL_SIZE, asOf: '2026-03-01', seed: 3 },
  });
  expect(pool.status).toBe(201);
  const poolId = pool.body.id;
  const small = await session.call('POST', `/api/pools/${poolId}/rounds`, {
    id: 'small',
    at: '2026-03-02T14:00:00Z',
    kind: 'general',
    size: 100,
  });
  expect(small.status).toBe(201);

  // Every candidate left in the pool is invited: a write of tens of thousands of rows. The
  // server is killed as soon as the database's write-ahead log starts to grow with it.
  const walBefore = walBytes();
  const request = session
    .call('POST', `/api/pools/${poolId}/rounds`, {
      id: 'large',
      at: '2026-03-16T14:00:00Z',
      kind: 'general',
      size: POOL_SIZE,
    })
    .catch(() => 'killed');
  const deadline = Date.now() + 120_000;
  while (walBytes() <= walBefore && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 1));
  first.child.kill('SIGKILL');
  const walAtKill = walBytes();
  await request;
  await new Promise((resolve) => first.child.once('exit', resolve));

  // The file as the killed process left it, read directly.
  const store = await openStore(`sqlite:${database}`);
  try {
    const account = await store.accountByEmail('kim@example.ca');
    expect(account).toBeDefined();
    const accountId = account?.id ?? '';
    const large = await store.getRound(accountId, poolId, 'large');
    const invitations = await store.invitations(accountId, poolId, 'large', { limit: POOL_SIZE, offset: 0 });
    const candidates = (await store.poolCandidates(accountId, poolId)) ?? [];
    const invitedByLarge = candidates.filter((c) => c.invitedRoundId === 'large').length;
    if (large) {
      expect(invitations).toHaveLength(large.invitedCount);
      expect(invitedByLarge).toBe(large.invitedCount);
      // A round larger than the eligible pool invites everyone eligible.
      expect(large.invitedCount).toBe(large.eligibleCount);
    } else {
      expect(invitations ?? []).toHaveLength(0);
      expect(invitedByLarge).toBe(0);
    }
    console.log(
      `crash test: killed with the write-ahead log at ${walAtKill} bytes (${walBefore} before the round); the round was ${large ? 'wholly committed' : 'wholly absent'}`,
    );
    // Nothing written before it was lost.
    expect(candidates).toHaveLength(POOL_SIZE);
    expect(candidates.filter((c) => c.invitedRoundId === 'small')).toHaveLength(100);
    expect(await store.invitations(accountId, poolId, 'small', { limit: 1000, offset: 0 })).toHaveLength(100);
    expect((await store.listProfiles(accountId)).map((p) => p.name)).toEqual(['Nurse']);
  } finally {
    await store.close();
  }

  // The restarted server serves the same data, and the round can be run (or is found) again.
  const second = await startServer();
  const again = new Session(second.url);
  expect(
    (await again.call('POST', '/api/auth/login', { email: 'kim@example.ca', password: 'kim password 123' }))
      .status,
  ).toBe(200);
  expect((await again.call('GET', `/api/profiles/${profile.body.id}`)).body.versions).toHaveLength(1);
  const rerun = await again.call('POST', `/api/pools/${poolId}/rounds`, {
    id: 'large',
    at: '2026-03-16T14:00:00Z',
    kind: 'general',
    size: POOL_SIZE,
  });
  expect([200, 201]).toContain(rerun.status);
  expect(rerun.body.invitedCount).toBe(rerun.body.eligibleCount);
  expect(rerun.body.invitedCount).toBeGreaterThan(POOL_SIZE / 2);
  second.child.kill('SIGTERM');
  await new Promise((resolve) => second.child.once('exit', resolve));
});
