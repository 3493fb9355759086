import { createRequire } from 'node:module';
import { Command } from '@commander-js/extra-typings';
import { registerAssess } from './commands/assess.js';
import { registerCategories } from './commands/categories.js';
import { registerCrs } from './commands/crs.js';
import { registerDraws } from './commands/draws.js';
import { registerEligibility } from './commands/eligibility.js';
import { registerNoc } from './commands/noc.js';
import { registerPool } from './commands/pool.js';
import { registerRounds } from './commands/rounds.js';
import { registerServe } from './commands/serve.js';
import { registerStanding } from './commands/standing.js';
import { registerWhatIf } from './commands/whatif.js';
import type { CliStreams } from './run.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Everything a command needs from its surroundings; tests pass their own streams. */
export interface CliContext {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  interactive: boolean;
}

/** Builds the `ee` program. Commands live one per file in ./commands and render library results. */
export function buildProgram(streams: CliStreams): Command {
  const context: CliContext = {
    out: (text) => streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => streams.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    interactive: Boolean(streams.stderr.isTTY),
  };
  const program = new Command('ee')
    .description(
      "Canada's Express Entry as of any date: CRS, programs, category eligibility, NOC, rounds of invitations.",
    )
    .version(version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      outputError: (text, write) => write(`ee: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(run ee --help for usage)');
  // One module per command, listed in the order help shows them.
  const commands: Array<(program: Command, context: CliContext) => void> = [
    registerCategories,
    registerEligibility,
    registerCrs,
    registerAssess,
    registerWhatIf,
    registerStanding,
    registerRounds,
    registerNoc,
    registerDraws,
    registerPool,
    registerServe,
  ];
  for (const register of commands) register(program, context);
  return program;
}
