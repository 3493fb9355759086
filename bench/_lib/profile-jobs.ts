/**
 * Synthetic profiles for the benchmarks, made on worker threads before any clock starts: slices
 * of a generated pool, and the arrivals between two instants. Profile `i` of a pool depends only
 * on the seed and `i`, and arrivals only on their options, so the profiles are the same whatever
 * the number of threads. Generation is not the engine's work; it only has to be fast enough that
 * a 1,000,000-candidate replay can be set up in minutes.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoolProfile } from '../../src/data/pool-file.js';
import { type ArrivalsOptions, arrivalsBetween } from '../../src/engine/synthetic/arrivals.js';
import { poolGenerator } from '../../src/engine/synthetic/generate.js';

/** A piece of work for a thread. */
export type ProfileJob =
  | {
      readonly kind: 'pool';
      readonly asOf: string;
      readonly seed: number;
      /** Profiles `start` (included) to `end` (excluded), ids `${prefix}-${index}`. */
      readonly start: number;
      readonly end: number;
      readonly prefix: string;
    }
  | { readonly kind: 'arrivals'; readonly options: ArrivalsOptions };

/** The profiles of one job, on the calling thread. */
export function runProfileJob(job: ProfileJob): PoolProfile[] {
  if (job.kind === 'arrivals') return arrivalsBetween(job.options);
  const generator = poolGenerator({ size: job.end, asOf: job.asOf, seed: job.seed });
  const profiles: PoolProfile[] = [];
  for (let index = job.start; index < job.end; index += 1)
    profiles.push({ ...generator.profileAt(index).profile, id: `${job.prefix}-${index}` });
  return profiles;
}

const WORKER = new URL('./profile-worker.ts', import.meta.url).href;

/** Profiles per job when a pool is cut into slices. */
export const POOL_SLICE = 25_000;

/** Jobs making profiles `0` to `size` of a pool, in slices. */
export function poolJobs(size: number, asOf: string, seed: number, prefix: string): ProfileJob[] {
  const jobs: ProfileJob[] = [];
  for (let start = 0; start < size; start += POOL_SLICE)
    jobs.push({ kind: 'pool', asOf, seed, start, end: Math.min(size, start + POOL_SLICE), prefix });
  return jobs;
}

/**
 * The profiles of each job as the JSON text of an array, in order, made on as many threads as
 * there are cores. Text waits in a few large strings, not millions of objects: a 3,000,000-candidate
 * replay keeps its year of arrivals in memory this way, and the garbage collector has nothing to
 * trace in them. The worker is TypeScript, as the benchmarks are: each thread registers tsx (which
 * `npm run bench` runs them with) before loading it.
 */
export async function runProfileJobs(jobs: readonly ProfileJob[]): Promise<string[]> {
  const threads = Math.min(jobs.length, os.availableParallelism());
  if (threads <= 1) return jobs.map((job) => JSON.stringify(runProfileJob(job)));
  const results: string[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); });`,
        { eval: true },
      ),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const ask = () => {
              if (next >= jobs.length) return resolve();
              current = next++;
              worker.postMessage(jobs[current]);
            };
            worker.on('message', (text: string) => {
              results[current] = text;
              ask();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`profile worker stopped with exit code ${code}`));
            });
            ask();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
