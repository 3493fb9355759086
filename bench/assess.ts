/**
 * Assessing profiles into the pool (CRS, the three programs, the categories and the day any of
 * them can next change), and a year of real rounds replayed over a pool with weekly arrivals.
 */

import os from 'node:os';
import { bundledCategorySets } from '../src/data/categories.js';
import type { PoolProfile } from '../src/data/pool-file.js';
import { bundledRounds } from '../src/engine/draws/history.js';
import { assessCompiled, compiledAssessment } from '../src/engine/pool/compiled/assess-compiled.js';
import {
  type CompiledProfile,
  compiledScratch,
  compileIntoScratch,
  compileProfile,
} from '../src/engine/pool/compiled/compile-profile.js';
import { CompiledRules } from '../src/engine/pool/compiled/compiled-rules.js';
import { assessCandidate, CategoryRegistry, Pool, type PoolCandidate } from '../src/engine/pool/index.js';
import { simulate } from '../src/engine/simulate.js';
import { poolGenerator } from '../src/engine/synthetic/generate.js';
import { dayNumber } from '../src/rules/_lib/dates.js';
import { crsScore } from '../src/rules/crs/score.js';
import { POOL_SLICE, type ProfileJob, poolJobs, runProfileJobs } from './_lib/profile-jobs.js';
import { type BenchSection, count, ms, ratio, table, timeOnce } from './_lib/report.js';

const AS_OF = '2024-01-01';
/**
 * Passes over the sample per compiled figure, the fastest kept: this 2-core machine is shared,
 * and a pass slowed by other work says nothing of the code.
 */
const BEST_OF = 7;

/**
 * Generated profiles as a pool reads them: from the JSON Lines of `ee pool generate` (one
 * `JSON.parse` per line), so each profile's objects lie together in memory as they do after an
 * import or an API call. Objects straight from the generator lie scattered among its own garbage,
 * and reading them costs more cache misses than assessing them.
 */
function profiles(size: number, asOf: string, seed: number, prefix = 'c'): PoolProfile[] {
  const generator = poolGenerator({ size, asOf, seed });
  const lines = Array.from({ length: size }, (_, index) =>
    JSON.stringify({ ...generator.profileAt(index).profile, id: `${prefix}-${index}` }),
  );
  return lines.map((line) => JSON.parse(line) as PoolProfile);
}

/** Profiles per second of `work` over `list`, on one core (this process). */
function throughput(list: readonly PoolProfile[], work: (profile: PoolProfile) => unknown): number {
  const started = performance.now();
  for (const profile of list) work(profile);
  return (list.length / (performance.now() - started)) * 1000;
}

export const assessSection: BenchSection = {
  id: 'assess',
  title: 'Assessing profiles into the pool',
  async run(log) {
    const loadBefore = loadAverage();
    const sets = bundledCategorySets();
    const registry = CategoryRegistry.fromSets(sets);
    const sample = profiles(20_000, AS_OF, 7);
    // Warm up on other profiles: the rules parse and cache dates as they meet them.
    const warm = profiles(2_000, AS_OF, 8, 'w');
    for (const profile of warm) assessCandidate(profile, { on: AS_OF, sets, registry });
    const rules = new CompiledRules(sets, registry);
    const out = compiledAssessment();
    const day = dayNumber(AS_OF);
    for (const profile of warm) {
      if (compileIntoScratch(profile, rules) >= 0) assessCompiled(compiledScratch(), day, rules, out);
    }
    const crsOnly = throughput(sample, (p) => crsScore(p, { on: AS_OF }));
    const rulesPath = throughput(sample, (p) => assessCandidate(p, { on: AS_OF, sets, registry }));
    let compiledList: CompiledProfile[] = [];
    let compileOnly = 0;
    let fastPath = 0;
    for (let round = 0; round < BEST_OF; round += 1) {
      compileOnly = Math.max(
        compileOnly,
        throughput(sample, (p) => compileIntoScratch(p, rules)),
      );
      // As the pool assesses a new profile: where it was compiled, before copying it to the slab.
      fastPath = Math.max(
        fastPath,
        throughput(sample, (p) => {
          if (compileIntoScratch(p, rules) >= 0) assessCompiled(compiledScratch(), day, rules, out);
        }),
      );
    }
    compiledList = sample.map((p) => compileProfile(p, rules) as CompiledProfile);
    // Re-assessing a compiled profile on a later day, as the pool does when validUntil comes.
    const later = dayNumber('2024-06-01');
    let reassessRate = 0;
    for (let round = 0; round < BEST_OF; round += 1) {
      const started = performance.now();
      for (const compiled of compiledList) assessCompiled(compiled, later, rules, out);
      reassessRate = Math.max(reassessRate, (compiledList.length / (performance.now() - started)) * 1000);
    }
    const built = await timeOnce(() => Pool.fromCandidates(sample, { on: '2024-01-02', sets }));
    const buildRate = (sample.length / built.ms) * 1000;
    for (const [name, rate] of [
      ['rules: crsScore', crsOnly],
      ['rules: assessCandidate', rulesPath],
      ['compiled: compile', compileOnly],
      ['compiled: compile + assess', fastPath],
      ['compiled: re-assess', reassessRate],
      ['Pool.fromCandidates', buildRate],
    ] as const)
      log(`assess: ${name}: ${Math.round(rate)} profiles/s`);
    const perSecond = (rate: number) => count(Math.round(rate));
    return [
      `${count(sample.length)} synthetic profiles (\`ee pool generate\`'s generator, as of ${AS_OF}, read back from their`,
      'JSON Lines as a pool file is read), each assessed once, on one core, after a warm-up on 2,000',
      'others. The compiled path gives the same CRS, program bits,',
      'category bits and validUntil as `assessCandidate` (src/engine/pool/compiled/assess-compiled.test.ts).',
      `The machine was shared with other work: ${loadBefore} at the start, ${loadAverage()} at the end.`,
      '',
      table(
        ['work per profile', 'rules (profiles/s)', 'compiled (profiles/s)', 'compiled ÷ rules'],
        [
          ['CRS only (`crsScore`)', perSecond(crsOnly), '—', '—'],
          [
            `full assessment of a new profile (CRS, programs, categories, next change; compiled: compile + assess in the compile buffer, as \`Pool.add\` does, best of ${BEST_OF})`,
            perSecond(rulesPath),
            perSecond(fastPath),
            ratio(fastPath, rulesPath),
          ],
          [
            `compiling a profile (\`compileIntoScratch\`: dates, language conversions, job masks; best of ${BEST_OF})`,
            '—',
            perSecond(compileOnly),
            '—',
          ],
          [
            `re-assessment of a compiled profile on a later day (\`assessCompiled\`; best of ${BEST_OF})`,
            perSecond(rulesPath),
            perSecond(reassessRate),
            ratio(reassessRate, rulesPath),
          ],
          [
            '`Pool.fromCandidates` (compile, assess, copy to the slab, ids, columns)',
            '—',
            perSecond(buildRate),
            '—',
          ],
        ],
      ),
      '',
      `The target is 200,000 profiles/s: ${fastPath >= 200_000 ? 'met' : 'not met'} for a new profile (compile + assess),`,
      `${reassessRate >= 200_000 ? 'met' : 'not met'} for a re-assessment.`,
    ].join('\n');
  },
};

/** The load average now, for the text: the machine is shared with other work. */
function loadAverage(): string {
  const [one, five] = os.loadavg();
  return `load average ${one?.toFixed(1)} (1 min), ${five?.toFixed(1)} (5 min) on ${os.cpus().length} cores`;
}

/** Bytes the process holds after a full garbage collection (NaN without `--expose-gc`). */
function heapUsed(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return Number.NaN;
  collect();
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Pool sizes of the replay; `BENCH_REPLAY_SIZES=100000,1000000` to choose others. */
const REPLAY_SIZES = (process.env.BENCH_REPLAY_SIZES ?? '100000,1000000,3000000')
  .split(',')
  .map((size) => Number(size));

/** Profiles per call when the initial pool is built (see the replay). */
const BUILD_PIECE = 250_000;

export const replaySection: BenchSection = {
  id: 'replay',
  title: 'A year of rounds replayed with weekly arrivals',
  async run(log) {
    const loadBefore = loadAverage();
    const sets = bundledCategorySets();
    const rounds = bundledRounds();
    const from = '2024-01-01';
    const to = '2024-12-31';
    const replayed = rounds.filter((round) => round.date >= from && round.date <= to);
    const rows: string[][] = [];
    const growth: {
      size: number;
      build: number;
      replay: number;
      perRound: number;
      reassessed: number;
      perCandidate: number;
    }[] = [];
    for (const size of REPLAY_SIZES) {
      // Generating profiles is not the engine's work: the initial pool and every round's
      // arrivals are drawn before the clock starts, the arrivals exactly as simulate asks for them.
      // They are made on worker threads (bench/_lib/profile-jobs.ts), the same whatever their
      // number, and wait as JSON text; reading a piece back (JSON.parse) is off the clock too.
      const baseline = heapUsed();
      const generated = await timeOnce(async () => {
        const perWeek = size / 52;
        const arrivalJobs: ProfileJob[] = [];
        let previous = `${from}T00:00:00Z`;
        for (const round of replayed) {
          arrivalJobs.push({
            kind: 'arrivals',
            options: { from: previous, to: round.instant, perWeek, nominees: 0, seed: 11 },
          });
          previous = round.instant;
        }
        const poolSlices = poolJobs(size, '2023-12-31', 11, 'c');
        const made = await runProfileJobs([...poolSlices, ...arrivalJobs]);
        const start = made.slice(0, poolSlices.length);
        const arrivals = new Map<string, string>();
        for (const [index, round] of replayed.entries())
          arrivals.set(round.number, made[poolSlices.length + index] as string);
        return { start, arrivals };
      });
      const { start, arrivals } = generated.value;
      // The build assesses the initial pool BUILD_PIECE profiles at a time (the first piece
      // through Pool.fromCandidates, the others through Pool.add), so that a 3,000,000 pool never
      // waits as objects all at once; only the engine's calls are timed.
      let pool: Pool | undefined;
      let buildMs = 0;
      const slicesPerPiece = BUILD_PIECE / POOL_SLICE;
      for (let first = 0; first < start.length; first += slicesPerPiece) {
        const piece: PoolProfile[] = start
          .slice(first, first + slicesPerPiece)
          .flatMap((text) => JSON.parse(text) as PoolProfile[]);
        start.fill('', first, first + slicesPerPiece);
        const started = performance.now();
        if (pool) pool.add(piece);
        else pool = Pool.fromCandidates(piece, { on: from, sets });
        buildMs += performance.now() - started;
      }
      if (!pool) throw new Error('no pool');
      const built = pool;
      const published = rounds.find(
        (round) => round.poolDistribution && round.date >= from,
      )?.poolDistribution;
      const scale = published ? size / published.total : 1;
      let reassessed = 0;
      const advance = built.advanceTo.bind(built);
      built.advanceTo = (dateOrInstant) => {
        const report = advance(dateOrInstant);
        reassessed += report.reassessed;
        return report;
      };
      // Reading each round's arrivals from their text is not the engine's work: it is timed
      // apart and taken out of the replay's time.
      let readingMs = 0;
      const simulated = await timeOnce(() =>
        simulate(built, {
          from,
          to,
          rounds,
          scale,
          arrivals: (_, round) => {
            const started = performance.now();
            const text = arrivals.get(round.number);
            arrivals.delete(round.number);
            const list = text === undefined ? [] : (JSON.parse(text) as PoolCandidate[]);
            readingMs += performance.now() - started;
            return list;
          },
        }),
      );
      const result = simulated.value;
      const replayMs = simulated.ms - readingMs;
      const arrived = result.rounds.reduce((sum, round) => sum + round.arrivals, 0);
      arrivals.clear();
      const heldBytes = heapUsed() - baseline;
      const perCandidate = heldBytes / built.size;
      log(
        `replay ${size}: generated in ${Math.round(generated.ms)} ms, build ${Math.round(buildMs)} ms, ${result.rounds.length} rounds in ${Math.round(replayMs)} ms, ${reassessed} re-assessed, heap ${Math.round(heldBytes / 2 ** 20)} MiB for ${built.size} candidates`,
      );
      growth.push({
        size,
        build: buildMs,
        replay: replayMs,
        perRound: replayMs / result.rounds.length,
        reassessed,
        perCandidate,
      });
      rows.push([
        count(size),
        String(result.rounds.length),
        count(arrived),
        count(reassessed),
        ms(generated.ms),
        ms(buildMs),
        ms(replayMs),
        (reassessed / (size + arrived)).toFixed(2),
        Number.isFinite(perCandidate) ? count(Math.round(perCandidate)) : '—',
        result.meanAbsoluteError === null ? '—' : result.meanAbsoluteError.toFixed(1),
      ]);
    }
    const first = growth[0];
    const growthRows = first
      ? growth.map((row) => [
          count(row.size),
          ms(row.build),
          ratio(row.build, first.build),
          ms(row.replay),
          ratio(row.replay, first.replay),
          ms(row.perRound),
          ratio(row.reassessed, first.reassessed),
        ])
      : [];
    const largest = growth.find((row) => row.size === 1_000_000);
    return [
      `The real rounds of 2024 (\`ee simulate --from ${from} --to ${to}\`) over a synthetic pool of the given`,
      'size, round sizes scaled by pool size ÷ the published pool, with weekly arrivals (pool size ÷ 52',
      'a week). Generating the profiles (the initial pool and every arrival) is done before timing, on',
      'worker threads, and shown apart; they wait as JSON text, and reading each piece back',
      '(`JSON.parse`) is not timed either. The build assesses the initial pool 250,000 profiles at a',
      'time (`Pool.fromCandidates`, then `Pool.add`). The replay time includes assessing the arrivals',
      'as they come, re-assessing candidates whose `validUntil` has come, and the rounds. `npm run',
      'bench` runs with `--max-old-space-size=16000 --expose-gc`; the pool keeps each candidate',
      'compiled, not its profile, in a slab of 32 MiB chunks allocated as many at a time as it has',
      '(up to 2 GiB). "Heap per candidate" is what the process holds after the year (garbage',
      'collected, profiles let go) over the candidates ever added: the compiled profiles (the slab,',
      'its unused chunks included), the columns and the ids. The machine was shared',
      `with other work: ${loadBefore} at the start, ${loadAverage()} at the end.`,
      '',
      table(
        [
          'pool',
          'rounds',
          'arrivals',
          're-assessed',
          'generation (ms, untimed)',
          'build (ms)',
          'replay (ms)',
          're-assessments per candidate',
          'heap per candidate (bytes)',
          'cut-off MAE',
        ],
        rows,
      ),
      '',
      '### How each cost grows with the pool',
      '',
      table(
        [
          'pool',
          'build (ms)',
          'build ÷ smallest',
          'replay (ms)',
          'replay ÷ smallest',
          'replay per round (ms)',
          're-assessed ÷ smallest',
        ],
        growthRows,
      ),
      '',
      largest
        ? `The 30-second target for a year over a 1,000,000 pool is ${largest.replay < 30_000 ? 'met' : 'not met'}: the replay took ${ms(largest.replay)} ms (build apart: ${ms(largest.build)} ms).`
        : 'The 1,000,000 pool was not run.',
      ...(growth.some((row) => row.size >= 3_000_000)
        ? []
        : ['', 'A 3,000,000 pool was not run this time (`BENCH_REPLAY_SIZES` chose the sizes).']),
    ].join('\n');
  },
};
