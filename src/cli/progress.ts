/**
 * A progress bar on stderr for long commands (pool generation and reading), drawn only when
 * stderr is a terminal ({@link CliContext.interactive}); otherwise every call does nothing, so
 * pipes, files and tests see no control characters.
 */
import cliProgress from 'cli-progress';
import type { CliContext } from './program.js';

/** A bar that counts up to a total. */
export interface ProgressBar {
  /** Moves the bar to `value` (of the total given at the start). */
  update(value: number): void;
  /** Draws the final state and releases the terminal line. */
  stop(): void;
}

export interface ProgressOptions {
  /** Shown before the bar, e.g. `Generating`. */
  readonly label: string;
  readonly total: number;
  /** `profiles` counts items; `bytes` shows megabytes read. */
  readonly unit: 'profiles' | 'bytes';
}

const SILENT: ProgressBar = { update: () => {}, stop: () => {} };

/**
 * A progress bar for `context`: drawn on stderr when it is a terminal, silent otherwise.
 * `stream` is for tests; the CLI draws on `process.stderr`, which `context.interactive` describes.
 * @example
 * const bar = startProgress(context, { label: 'Generating', total: 1_000_000, unit: 'profiles' });
 * bar.update(250_000); // Generating [██████░░░░░░░░░░░░░░░░░░] 25% | 250,000/1,000,000 profiles | ETA 31s
 * bar.stop();
 */
export function startProgress(
  context: Pick<CliContext, 'interactive'>,
  { label, total, unit }: ProgressOptions,
  stream: NodeJS.WritableStream = process.stderr,
): ProgressBar {
  if (!context.interactive) return SILENT;
  const amount = unit === 'bytes' ? megabytes : count;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% | {done}/{all} ${unit === 'bytes' ? 'MB' : unit} | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { done: amount(0), all: amount(total) });
  return {
    update: (value) => bar.update(value, { done: amount(value), all: amount(total) }),
    stop: () => bar.stop(),
  };
}

function count(value: number): string {
  return value.toLocaleString('en-CA');
}

function megabytes(value: number): string {
  return (value / 1_048_576).toFixed(1);
}
