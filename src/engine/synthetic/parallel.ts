/**
 * A pool generated in chunks of JSON lines, on worker threads when there are several cores.
 * Profile `i` depends only on the seed and `i` (./generate.ts), so chunks can be made in any
 * order on any thread: they are handed back in order and the file is the same byte for byte
 * whatever the number of workers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type GeneratePoolOptions, type PoolGenerator, poolGenerator } from './generate.js';

/** Profiles `start` (included) to `end` (excluded). */
export interface ChunkRequest {
  readonly start: number;
  readonly end: number;
}

/** A run of consecutive profiles, written out. */
export interface GeneratedChunk {
  readonly start: number;
  readonly count: number;
  /** One JSON line per profile, each ending with `\n`. */
  readonly text: string;
  /** The CRS total of each profile on the pool's date. */
  readonly crs: Int16Array;
  /** Profiles whose retries ran out (kept closest to their range). */
  readonly offTarget: number;
  /** Proposals scored, all profiles together. */
  readonly attempts: number;
}

/** What a worker is started with. */
export interface WorkerSetup {
  readonly options: GeneratePoolOptions;
}

export interface ChunkOptions extends GeneratePoolOptions {
  /** Worker threads; 1 (or no worker module found) generates on the calling thread. */
  readonly workers: number;
  /** Profiles per chunk (default 2,000). */
  readonly chunkSize?: number;
  /** The worker module and Node options to run it (tests run the TypeScript source through tsx). */
  readonly worker?: { readonly url: URL; readonly execArgv?: readonly string[] };
}

const DEFAULT_CHUNK = 2_000;

/**
 * Profiles `request.start` to `request.end` of a pool as JSON lines with their scores.
 * @example generateChunk(poolGenerator({ size: 10, asOf: '2026-08-07', seed: 1 }), { start: 0, end: 2 }).count //=> 2
 */
export function generateChunk(generator: PoolGenerator, { start, end }: ChunkRequest): GeneratedChunk {
  const crs = new Int16Array(end - start);
  let text = '';
  let offTarget = 0;
  let attempts = 0;
  for (let index = start; index < end; index++) {
    const entry = generator.profileAt(index);
    text += `${JSON.stringify(entry.profile)}\n`;
    crs[index - start] = entry.crs;
    attempts += entry.attempts;
    if (!entry.onTarget) offTarget += 1;
  }
  return { start, count: end - start, text, crs, offTarget, attempts };
}

/**
 * The pool as chunks of JSON lines, in order. With `workers` > 1 the chunks are made on that
 * many worker threads, at most two chunks ahead per worker, so memory stays flat while the
 * consumer writes.
 * @example
 * for await (const chunk of generatePoolChunks({ size: 100_000, asOf: '2026-08-07', seed: 1, workers: 2 }))
 *   await write(chunk.text);
 */
export async function* generatePoolChunks(
  options: ChunkOptions,
): AsyncGenerator<GeneratedChunk, void, undefined> {
  const { size, workers: wanted, worker, chunkSize = DEFAULT_CHUNK, ...rest } = options;
  const generatorOptions: GeneratePoolOptions = { ...rest, size };
  const chunks = Math.ceil(size / chunkSize);
  const request = (chunk: number): ChunkRequest => ({
    start: chunk * chunkSize,
    end: Math.min(size, (chunk + 1) * chunkSize),
  });
  const module = worker ?? builtWorker();
  const count = Math.min(wanted, chunks);
  if (count <= 1 || !module) {
    const generator = poolGenerator(generatorOptions);
    for (let chunk = 0; chunk < chunks; chunk++) {
      yield generateChunk(generator, request(chunk));
      // Let the consumer's writes and the progress bar run between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const setup: WorkerSetup = { options: generatorOptions };
  const threads = Array.from(
    { length: count },
    () => new Worker(module.url, { workerData: setup, execArgv: [...(module.execArgv ?? [])] }),
  );
  // Each worker answers its requests in order; chunk k goes to worker k mod count.
  const waiting = threads.map(
    () => [] as Array<{ resolve: (chunk: GeneratedChunk) => void; reject: (error: unknown) => void }>,
  );
  threads.forEach((thread, index) => {
    const queue = waiting[index] as (typeof waiting)[number];
    thread.on('message', (chunk: GeneratedChunk) => queue.shift()?.resolve(chunk));
    const fail = (error: unknown) => {
      for (const pending of queue.splice(0)) pending.reject(error);
    };
    thread.on('error', fail);
    thread.on('exit', (code) => {
      if (code !== 0) fail(new Error(`pool worker stopped with exit code ${code}`));
    });
  });
  const submit = (chunk: number) => {
    const result = new Promise<GeneratedChunk>((resolve, reject) => {
      const index = chunk % count;
      (waiting[index] as (typeof waiting)[number]).push({ resolve, reject });
      (threads[index] as Worker).postMessage(request(chunk));
    });
    // A failure is reported when this chunk's turn comes (or dropped after an earlier failure).
    result.catch(() => {});
    return result;
  };
  const inFlight: Array<Promise<GeneratedChunk>> = [];
  let submitted = 0;
  try {
    while (submitted < chunks && submitted < 2 * count) inFlight.push(submit(submitted++));
    for (let chunk = 0; chunk < chunks; chunk++) {
      const next = await (inFlight.shift() as Promise<GeneratedChunk>);
      if (submitted < chunks) inFlight.push(submit(submitted++));
      yield next;
    }
  } finally {
    // Requests still in flight are dropped with their workers.
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** The compiled worker beside this module (dist/), or undefined when running from source. */
function builtWorker(): { url: URL; execArgv?: readonly string[] } | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? { url } : undefined;
}
