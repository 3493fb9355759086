/**
 * `ee serve` on every core: the primary process migrates the store once, then forks one worker
 * per core (`WORKERS`, default the machine's parallelism), each a full server on the shared
 * port. A worker that dies is replaced; a worker whose primary dies (even by SIGKILL) exits, so
 * no orphan keeps the database open. With one worker the server runs in this process alone.
 */
import cluster from 'node:cluster';
import pino from 'pino';
import { openStore } from '../store/index.js';
import { type ServerConfig, startServer } from './serve.js';
import { webApp } from './web.js';

export async function runServer(config: ServerConfig): Promise<void> {
  if (config.workers <= 1 || cluster.isWorker) {
    const server = await startServer(config, { web: webApp() });
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // A worker's primary is gone: stop serving rather than live on alone.
    if (cluster.isWorker) process.once('disconnect', stop);
    return;
  }

  const logger = pino({ level: config.logLevel }, pino.destination({ sync: false }));
  // Migrations run here, once, before any worker opens the database.
  await (await openStore(config.databaseUrl)).close();
  let stopping = false;
  const fork = () => cluster.fork();
  for (let index = 0; index < config.workers; index += 1) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ worker: worker.process.pid, code, signal }, 'worker died; starting another');
    fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const exitWhenDone = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(exitWhenDone);
        logger.flush();
        process.exit(0);
      }
    }, 20);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
