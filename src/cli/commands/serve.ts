import type { Command } from '@commander-js/extra-typings';
import { runServer } from '../../server/cluster.js';
import { configFromEnv } from '../../server/serve.js';
import type { CliContext } from '../program.js';

/**
 * `ee serve`: the HTTP API (and the web app) on PORT, with the store DATABASE_URL names; what
 * `npm start` runs. Stops cleanly on Ctrl-C or SIGTERM.
 */
export function registerServe(program: Command, _context: CliContext): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API and web app (env: PORT=3000, HOST=127.0.0.1, DATABASE_URL=sqlite:./var/express-entry.sqlite, WORKERS=one per core, at most 8)',
    )
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--workers <n>', 'server processes sharing the port (overrides WORKERS)')
    .action(async (options) => {
      const env = { ...process.env };
      if (options.port !== undefined) env.PORT = options.port;
      if (options.workers !== undefined) env.WORKERS = options.workers;
      await runServer(configFromEnv(env));
    });
}
