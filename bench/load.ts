/**
 * Load on the HTTP API: `POST /api/assess` with realistic profiles (the synthetic pool
 * generator's, all different), autocannon against 127.0.0.1 only and bounded in time, the server
 * as `ee serve` runs it (SQLite store, JSON request logs, one process per core), and with one
 * process. Side by side, the same work behind a plain node:http handler in one process
 * (JSON.parse, parseProfile, assess, JSON.stringify) shows what the framework, validation,
 * messages, security headers and logging cost.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { poolGenerator } from '../src/engine/synthetic/generate.js';
import { type BenchSection, count, table } from './_lib/report.js';

const PROFILES = 500;
const CONNECTIONS = 32;
const WARM_UP_SECONDS = 5;
const SECONDS = 20;
const ON = '2026-08-01';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilUp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/draws/stats?year=2024`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

function start(script: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, bodies: readonly string[], seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/api/assess?on=${ON}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: `/api/assess?on=${ON}`,
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export const loadSection: BenchSection = {
  id: 'load',
  title: 'HTTP API under load: POST /api/assess',
  async run(log) {
    const generator = poolGenerator({ size: PROFILES, asOf: ON, seed: 5 });
    const bodies = Array.from({ length: PROFILES }, (_, index) =>
      JSON.stringify(generator.profileAt(index).profile),
    );
    const meanBytes = Math.round(bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length);
    const directory = mkdtempSync(join(tmpdir(), 'ee-load-'));
    const rows: string[][] = [];
    try {
      const serve = (workers: string) => ({
        name: `\`ee serve\`, ${workers === '1' ? 'one process' : `${workers} processes (the default: one per core)`}`,
        script: ['src/cli/main.ts', 'serve'],
        env: (port: number) => ({
          PORT: String(port),
          WORKERS: workers,
          DATABASE_URL: `sqlite:${join(directory, 'load.sqlite')}`,
          LOG_LEVEL: 'info',
        }),
      });
      const servers = [
        serve(String(Math.min(availableParallelism(), 8))),
        serve('1'),
        {
          name: 'plain node:http + assess, one process (no framework, no messages, no logs)',
          script: ['bench/_lib/plain-assess-server.ts'],
          env: (port: number) => ({ PORT: String(port) }),
        },
      ];
      for (const server of servers) {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const child = start(server.script, server.env(port));
        try {
          await waitUntilUp(url);
          await load(url, bodies, WARM_UP_SECONDS);
          const result = await load(url, bodies, SECONDS);
          log(`load: ${server.name}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99} ms`);
          rows.push([
            server.name,
            count(Math.round(result.requestsPerSecond)),
            String(result.p50),
            String(result.p90),
            String(result.p99),
            String(result.max),
            count(result.total),
            String(result.non2xx + result.errors),
          ]);
        } finally {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
        }
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    return [
      `autocannon on 127.0.0.1, ${CONNECTIONS} connections, ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, cycling through`,
      `${PROFILES} different generated profiles (${count(meanBytes)} bytes of JSON on average), each assessed on ${ON}:`,
      'CRS with its breakdown, FSW/CEC/FST, every category, with reasons and their messages. `ee serve`',
      'runs as `npm start` does (SQLite store, validation, security headers, session lookup, a JSON log',
      'line per request); autocannon runs in another process on the same cores. Target: at least 3,000',
      'requests/s with p99 under 50 ms.',
      '',
      table(
        ['server', 'requests/s', 'p50 (ms)', 'p90 (ms)', 'p99 (ms)', 'max (ms)', 'requests', 'errors'],
        rows,
      ),
    ].join('\n');
  },
};
