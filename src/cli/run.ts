import { CommanderError } from '@commander-js/extra-typings';
import { formatIssues, InputError } from '../errors.js';
import { buildProgram } from './program.js';

export interface CliStreams {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes, one place: 0 done, 1 a bug, 2 bad input or usage. */
export const EXIT = { ok: 0, bug: 1, input: 2 } as const;

/**
 * Runs `ee` with the given arguments and returns the exit code. Every error a user can cause
 * becomes one clear message on stderr and exit code 2; no stack trace reaches the terminal.
 */
export async function runCli(args: readonly string[], streams: CliStreams): Promise<number> {
  const program = buildProgram(streams);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      return EXIT.input;
    }
    if (error instanceof InputError) {
      streams.stderr.write(`ee: ${error.message}\n`);
      if (error.issues.length > 0) streams.stderr.write(`${formatIssues(error.issues)}\n`);
      return EXIT.input;
    }
    streams.stderr.write(`ee: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.EE_DEBUG && error instanceof Error) streams.stderr.write(`${error.stack}\n`);
    return EXIT.bug;
  }
}
