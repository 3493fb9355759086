/**
 * What a benchmark section is, and the few helpers every section uses to write its part of
 * BENCHMARKS.md. A section runs its own tinybench suites and returns Markdown; `run.ts` puts
 * the sections together under one header (machine, date, Node).
 */
import os from 'node:os';
import type { Bench, Task } from 'tinybench';

export interface BenchSection {
  /** Stable id: the marker of the section in BENCHMARKS.md and the name on the command line. */
  readonly id: string;
  readonly title: string;
  /** Runs the benchmarks and returns the section's Markdown (without its title). */
  run(log: (line: string) => void): Promise<string>;
}

export function machine(): { cpu: string; cores: number; memoryGiB: number; node: string; platform: string } {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** The median latency of a finished task, in ms. */
export function medianMs(task: Task | undefined): number {
  const result = task?.result;
  if (!result || !('latency' in result))
    throw new Error(`task ${task?.name} has no result (${result?.state})`);
  return result.latency.p50;
}

export function samples(task: Task | undefined): number {
  const result = task?.result;
  return result && 'latency' in result ? result.latency.samplesCount : 0;
}

export function task(bench: Bench, name: string): Task {
  const found = bench.getTask(name);
  if (!found) throw new Error(`no task ${name}`);
  return found;
}

/** `0.0123 ms`, `4.56 ms`, `1,234 ms`: three significant figures. */
export function ms(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

/** `×12.3` for how many times `other` takes longer than `ours`. */
export function ratio(other: number, ours: number): string {
  const times = other / ours;
  return times >= 100 ? `×${Math.round(times).toLocaleString('en-US')}` : `×${times.toPrecision(3)}`;
}

export function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, index) => (index === 0 ? ':--' : '--:'))),
    ...rows.map(line),
  ].join('\n');
}

/** Time one call, in ms. */
export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}
