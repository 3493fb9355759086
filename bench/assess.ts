/**
 * Assessing profiles into the pool (CRS, the three programs, the categories and the day any of
 * them can next change), and a year of real rounds replayed over a pool with weekly arrivals.
 */
import { bundledCategorySets } from '../src/data/categories.js';
import type { PoolProfile } from '../src/data/pool-file.js';
import { bundledRounds } from '../src/engine/draws/history.js';
import { assessCompiled, compiledAssessment } from '../src/engine/pool/compiled/assess-compiled.js';
import { type CompiledProfile, compileProfile } from '../src/engine/pool/compiled/compile-profile.js';
import { CompiledRules } from '../src/engine/pool/compiled/compiled-rules.js';
import { assessCandidate, CategoryRegistry, Pool, type PoolCandidate } from '../src/engine/pool/index.js';
import { simulate } from '../src/engine/simulate.js';
import { arrivalsBetween } from '../src/engine/synthetic/arrivals.js';
import { poolGenerator } from '../src/engine/synthetic/generate.js';
import { dayNumber } from '../src/rules/_lib/dates.js';
import { crsScore } from '../src/rules/crs/score.js';
import { type BenchSection, count, ms, ratio, table, timeOnce } from './_lib/report.js';

const AS_OF = '2024-01-01';

function profiles(size: number, asOf: string, seed: number, prefix = 'c'): PoolProfile[] {
  const generator = poolGenerator({ size, asOf, seed });
  return Array.from({ length: size }, (_, index) => {
    const { profile } = generator.profileAt(index);
    return { ...profile, id: `${prefix}-${index}` };
  });
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
      const compiled = compileProfile(profile, rules);
      if (compiled) assessCompiled(compiled, day, rules, out);
    }
    const crsOnly = throughput(sample, (p) => crsScore(p, { on: AS_OF }));
    const rulesPath = throughput(sample, (p) => assessCandidate(p, { on: AS_OF, sets, registry }));
    const compiledList: CompiledProfile[] = [];
    const compileOnly = throughput(sample, (p) =>
      compiledList.push(compileProfile(p, rules) as CompiledProfile),
    );
    const fastPath = throughput(sample, (p) => {
      const compiled = compileProfile(p, rules);
      if (compiled) assessCompiled(compiled, day, rules, out);
    });
    // Re-assessing a compiled profile on a later day, as the pool does when validUntil comes.
    const later = dayNumber('2024-06-01');
    let reassessRate = 0;
    for (let round = 0; round < 3; round += 1) {
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
      `${count(sample.length)} synthetic profiles (\`ee pool generate\`'s generator, as of ${AS_OF}), each assessed once,`,
      'on one core, after a warm-up on 2,000 others. The compiled path gives the same CRS, program bits,',
      'category bits and validUntil as `assessCandidate` (src/engine/pool/compiled/assess-compiled.test.ts).',
      '',
      table(
        ['work per profile', 'rules (profiles/s)', 'compiled (profiles/s)', 'compiled ÷ rules'],
        [
          ['CRS only (`crsScore`)', perSecond(crsOnly), '—', '—'],
          [
            'full assessment of a new profile (CRS, programs, categories, next change; compiled: compile + assess)',
            perSecond(rulesPath),
            perSecond(fastPath),
            ratio(fastPath, rulesPath),
          ],
          [
            'compiling a profile (`compileProfile`: dates, language conversions, job masks)',
            '—',
            perSecond(compileOnly),
            '—',
          ],
          [
            're-assessment of a compiled profile on a later day (`assessCompiled`; best of 3)',
            perSecond(rulesPath),
            perSecond(reassessRate),
            ratio(reassessRate, rulesPath),
          ],
          ['`Pool.fromCandidates` (compile, assess, columns)', '—', perSecond(buildRate), '—'],
        ],
      ),
      '',
      `The target is 200,000 profiles/s: ${fastPath >= 200_000 ? 'met' : 'not met'} for a new profile (compile + assess),`,
      `${reassessRate >= 200_000 ? 'met' : 'not met'} for a re-assessment.`,
    ].join('\n');
  },
};

/** Pool sizes of the replay; `BENCH_REPLAY_SIZES=100000,1000000,3000000` to choose others. */
const REPLAY_SIZES = (process.env.BENCH_REPLAY_SIZES ?? '100000,1000000')
  .split(',')
  .map((size) => Number(size));

export const replaySection: BenchSection = {
  id: 'replay',
  title: 'A year of rounds replayed with weekly arrivals',
  async run(log) {
    const sets = bundledCategorySets();
    const rounds = bundledRounds();
    const from = '2024-01-01';
    const to = '2024-12-31';
    const replayed = rounds.filter((round) => round.date >= from && round.date <= to);
    const rows: string[][] = [];
    const growth: { size: number; build: number; replay: number; perRound: number }[] = [];
    for (const size of REPLAY_SIZES) {
      // Generating profiles is not the engine's work: the initial pool and every round's
      // arrivals are drawn before the clock starts, the arrivals exactly as simulate asks for them.
      const generated = await timeOnce(() => {
        const start = profiles(size, '2023-12-31', 11);
        const perWeek = size / 52;
        const arrivals = new Map<string, readonly PoolCandidate[]>();
        let previous = `${from}T00:00:00Z`;
        for (const round of replayed) {
          arrivals.set(
            round.number,
            arrivalsBetween({ from: previous, to: round.instant, perWeek, nominees: 0, seed: 11 }),
          );
          previous = round.instant;
        }
        return { start, arrivals };
      });
      const { start, arrivals } = generated.value;
      const { value: pool, ms: buildMs } = await timeOnce(() =>
        Pool.fromCandidates(start, { on: from, sets }),
      );
      const published = rounds.find(
        (round) => round.poolDistribution && round.date >= from,
      )?.poolDistribution;
      const scale = published ? size / published.total : 1;
      let reassessed = 0;
      const advance = pool.advanceTo.bind(pool);
      pool.advanceTo = (dateOrInstant) => {
        const report = advance(dateOrInstant);
        reassessed += report.reassessed;
        return report;
      };
      const { value: result, ms: replayMs } = await timeOnce(() =>
        simulate(pool, {
          from,
          to,
          rounds,
          scale,
          arrivals: (_, round) => arrivals.get(round.number) ?? [],
        }),
      );
      const arrived = [...arrivals.values()].reduce((sum, list) => sum + list.length, 0);
      log(
        `replay ${size}: generated in ${Math.round(generated.ms)} ms, build ${Math.round(buildMs)} ms, ${result.rounds.length} rounds in ${Math.round(replayMs)} ms, ${reassessed} re-assessed`,
      );
      growth.push({ size, build: buildMs, replay: replayMs, perRound: replayMs / result.rounds.length });
      rows.push([
        count(size),
        String(result.rounds.length),
        count(arrived),
        count(reassessed),
        ms(generated.ms),
        ms(buildMs),
        ms(replayMs),
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
        ])
      : [];
    const largest = growth.find((row) => row.size === 1_000_000);
    return [
      `The real rounds of 2024 (\`ee simulate --from ${from} --to ${to}\`) over a synthetic pool of the given`,
      'size, round sizes scaled by pool size ÷ the published pool, with weekly arrivals (pool size ÷ 52',
      'a week). Generating the profiles (the initial pool and every arrival) is done before timing and',
      'shown apart; the build assesses the initial pool (`Pool.fromCandidates`); the replay time',
      'includes assessing the arrivals as they come, re-assessing candidates whose `validUntil` has',
      'come, and the rounds.',
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
        ],
        growthRows,
      ),
      '',
      largest
        ? `The 30-second target for a year over a 1,000,000 pool is ${largest.replay < 30_000 ? 'met' : 'not met'}: the replay took ${ms(largest.replay)} ms (build apart: ${ms(largest.build)} ms).`
        : 'The 1,000,000 pool was not run.',
    ].join('\n');
  },
};
