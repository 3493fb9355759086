/**
 * The same server on PostgreSQL, as deployed: `ee serve` with a postgres:// DATABASE_URL and two
 * worker processes sharing the port. Accounts, saved profiles, pools and rounds work as on
 * SQLite, and the login limit holds across the workers because failures live in the database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  postgresRequired,
  type TestDatabase,
  testPostgres,
} from '../support/postgres.js';

const postgres = testPostgres();
const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
let child: ChildProcess | undefined;
let database: TestDatabase | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child?.once('exit', resolve));
  }
  await database?.drop();
});

if (postgres.url === null && !postgresRequired)
  console.log(`[server] PostgreSQL server test skipped: ${postgres.unavailable}`);

describe.skipIf(postgres.url === null && !postgresRequired)('ee serve on PostgreSQL with two workers', () => {
  it('serves accounts, profiles, pools and rounds, with one login limit for both workers', {
    timeout: 120_000,
  }, async () => {
    if (postgres.url === null)
      throw new Error(`REQUIRE_POSTGRES=1 but no PostgreSQL server: ${postgres.unavailable}`);
    database = await createTestDatabase(postgres.url);
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      env: { ...process.env, PORT: '0', WORKERS: '2', DATABASE_URL: database.url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const listening = new Set<number>();
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child?.stdout?.on('data', (chunk) => {
        output += String(chunk);
        for (const line of output.split('\n')) {
          const match = /"pid":(\d+).*"url":"(http:\/\/[^"]+)"/.exec(line);
          if (match?.[1] && match[2]) listening.add(Number(match[1]));
          if (listening.size === 2 && match?.[2]) resolve(match[2]);
        }
      });
      child?.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
    expect(listening.size).toBe(2);

    // A new connection per call, so the calls are spread over both workers.
    let cookie = '';
    let csrf = '';
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(url + path, {
        method,
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf, connection: 'close' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      const text = await response.text();
      const parsed = text ? JSON.parse(text) : null;
      if (parsed?.csrfToken) csrf = parsed.csrfToken;
      return { status: response.status, body: parsed };
    };

    expect(
      (await call('POST', '/api/auth/signup', { email: 'pg@example.ca', password: 'pg password 123' }))
        .status,
    ).toBe(201);
    const saved = await call('POST', '/api/profiles?on=2026-06-01', { name: 'Nurse', profile: nurse });
    expect(saved.status).toBe(201);
    expect(saved.body.versions[0].assessment.crs.total).toBe(485);
    const pool = await call('POST', '/api/pools', {
      name: 'Small',
      generate: { size: 300, asOf: '2026-03-01', seed: 2 },
    });
    expect(pool.status).toBe(201);
    const round = { id: 'pg-1', at: '2026-03-02T14:00:00Z', kind: 'general', size: 40 };
    const first = await call('POST', `/api/pools/${pool.body.id}/rounds`, round);
    expect(first.status).toBe(201);
    expect(first.body.invitedCount).toBe(40);
    const again = await call('POST', `/api/pools/${pool.body.id}/rounds`, round);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    cookie = '';
    for (let attempt = 1; attempt <= 5; attempt += 1)
      expect(
        (
          await call('POST', '/api/auth/login', {
            email: 'pg@example.ca',
            password: `wrong guess ${attempt}`,
          })
        ).status,
      ).toBe(401);
    expect(
      (await call('POST', '/api/auth/login', { email: 'pg@example.ca', password: 'pg password 123' })).status,
    ).toBe(429);
  });
});
