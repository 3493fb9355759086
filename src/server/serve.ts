/**
 * Starting the server: configuration from the environment, the store, the HTTP listener and a
 * clean shutdown. `npm start` and `ee serve` both end up here.
 */
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import pino, { type Logger } from 'pino';
import { InputError } from '../errors.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly logLevel: string;
  readonly trustProxy: boolean;
  /** Server processes sharing the port; 1 runs in this process alone. */
  readonly workers: number;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./var/express-entry.sqlite';
/** One process per core by default, but not a hundred on a large host: each holds the data. */
const MAX_DEFAULT_WORKERS = 8;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * `PORT` (3000), `HOST` (127.0.0.1), `DATABASE_URL` (sqlite:./var/express-entry.sqlite),
 * `LOG_LEVEL` (info), `TRUST_PROXY` (1 behind a reverse proxy that sets X-Forwarded-*),
 * `WORKERS` (server processes; one per core, at most 8, by default).
 * @throws InputError naming the variable, its value and what was expected.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT ?? '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535)
    throw new InputError('option.invalid', `PORT: got "${port}", expected a port number from 0 to 65535`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new InputError(
      'option.invalid',
      `LOG_LEVEL: got "${logLevel}", expected one of ${LOG_LEVELS.join(', ')}`,
    );
  const workers = env.WORKERS ?? String(Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
  if (!/^\d{1,3}$/.test(workers) || Number(workers) < 1)
    throw new InputError(
      'option.invalid',
      `WORKERS: got "${workers}", expected a whole number of processes, 1 or more`,
    );
  return {
    workers: Number(workers),
    port: Number(port),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    logLevel,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Opens the store (running its migrations), then listens. */
export async function startServer(
  config: Omit<ServerConfig, 'workers'>,
  {
    logger = pino({ level: config.logLevel }, pino.destination({ sync: false })),
    web,
  }: { logger?: Logger; web?: MiddlewareHandler } = {},
): Promise<RunningServer> {
  const store = await openStore(config.databaseUrl);
  const app = createApp({ store, logger, trustProxy: config.trustProxy, ...(web ? { web } : {}) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(listening),
    );
    listening.once('error', reject);
  });
  // Housekeeping: expired sessions, and login failures older than any limit's window, go.
  const housekeeping = setInterval(() => {
    const now = new Date();
    void Promise.all([
      store.deleteExpiredSessions(now),
      store.deleteLoginFailuresBefore(new Date(now.getTime() - DAY_MS)),
    ]).catch((error: unknown) => logger.error({ err: error }, 'housekeeping failed'));
  }, HOUR_MS);
  housekeeping.unref();
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info(
    { url, database: config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@') },
    'express-entry listening',
  );
  return {
    url,
    port,
    close: async () => {
      clearInterval(housekeeping);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      logger.flush();
    },
  };
}
