import type { Command } from '@commander-js/extra-typings';
import { configFromEnv, startServer } from '../../server/serve.js';
import type { CliContext } from '../program.js';

/**
 * `ee serve`: the HTTP API (and the web app) on PORT, with the store DATABASE_URL names; what
 * `npm start` runs. Stops cleanly on Ctrl-C or SIGTERM.
 */
export function registerServe(program: Command, _context: CliContext): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API and web app (env: PORT=3000, HOST=127.0.0.1, DATABASE_URL=sqlite:./var/express-entry.sqlite)',
    )
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .action(async (options) => {
      const config = configFromEnv(
        options.port === undefined ? process.env : { ...process.env, PORT: options.port },
      );
      const server = await startServer(config);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
