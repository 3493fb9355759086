import { type Command, Option } from '@commander-js/extra-typings';
import { bundledCategorySets } from '../../data/categories.js';
import { type PoolProfile, readPoolFile } from '../../data/pool-file.js';
import { bundledRounds } from '../../engine/draws/history.js';
import type { Round } from '../../engine/draws/round.js';
import { Pool } from '../../engine/pool/index.js';
import { categoryVersionAt } from '../../engine/round/category-version.js';
import { runRound } from '../../engine/round/index.js';
import { type Simulation, simulate } from '../../engine/simulate.js';
import { arrivalsBetween } from '../../engine/synthetic/arrivals.js';
import type { RoundKind, RoundProgram, RoundResult } from '../../engine/types.js';
import { InputError } from '../../errors.js';
import { type Lang, t } from '../../i18n/index.js';
import { isIsoDate } from '../../rules/_lib/dates.js';
import { parseLangOption } from '../input.js';
import type { CliContext } from '../program.js';
import { startProgress } from '../progress.js';
import { json } from '../render.js';

/** `ee round` and `ee simulate`: rounds of invitations over a pool file. */
export function registerRounds(program: Command, context: CliContext): void {
  program
    .command('round')
    .description('run one round of invitations over a pool file')
    .requiredOption('--pool <file>', 'pool file (JSON Lines of profiles with id and submittedAt)')
    .requiredOption('--at <instant>', 'the round instant, ISO-8601 UTC (e.g. 2026-08-07T14:00:00Z) or a date')
    .option('--general', 'a general round (every program)')
    .addOption(new Option('--program <program>', 'a program round').choices(['CEC', 'FSW', 'FST', 'PNP']))
    .option(
      '--category <version>',
      'a category round, e.g. healthcare@2026 (or healthcare: the version in force)',
    )
    .requiredOption('--size <n>', 'invitations to issue')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the round result as JSON')
    .action(async (options) => {
      const lang = parseLangOption(options.lang);
      const at = parseInstant(options.at);
      const size = parseCount('--size', options.size);
      const kind = parseKind(options, at);
      const pool = await loadPool(options.pool, at.slice(0, 10), context);
      const result = runRound(pool, { at, kind, size });
      context.out(options.json ? json(result) : renderRound(result, lang));
    });

  program
    .command('simulate')
    .description('replay the real rounds of a period over a pool and compare the cut-offs')
    .requiredOption('--pool <file>', 'pool file (JSON Lines of profiles with id and submittedAt)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--scale <ratio>', 'multiply round sizes by this (default: pool size ÷ the published pool size)')
    .option(
      '--arrivals <per-week>',
      'new profiles a week, generated like the pool (default: pool size ÷ 52; 0: a closed pool)',
    )
    .option('--nominee-inflow', 'also let nominees arrive before each PNP round, as many as it invites')
    .option('--seed <n>', 'seed for the arrivals', '1')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the simulation as JSON')
    .action(async (options) => {
      const lang = parseLangOption(options.lang);
      const from = parseDate('--from', options.from);
      const to = parseDate('--to', options.to);
      if (to < from)
        throw new InputError(
          'option.invalid',
          `--to: got "${to}", expected a date on or after --from (${from})`,
        );
      const rounds = bundledRounds();
      const pool = await loadPool(options.pool, from, context);
      const scale =
        options.scale === undefined ? defaultScale(pool.size, rounds, from) : parseRatio(options.scale);
      const bar = startProgress(context, {
        label: 'Rounds',
        total: rounds.filter((r) => r.date >= from && r.date <= to).length,
        unit: 'profiles',
      });
      const perWeek =
        options.arrivals === undefined ? pool.size / 52 : parseRatio(options.arrivals, '--arrivals', true);
      const seed = parseCount('--seed', options.seed);
      // With --nominee-inflow, nominees arrive as the PNP rounds invite them (docs/simulation.md).
      const arrivals = (from: string, round: Round) =>
        arrivalsBetween({
          from,
          to: round.instant,
          perWeek,
          nominees:
            options.nomineeInflow && round.kind.type === 'program' && round.kind.program === 'PNP'
              ? Math.round(round.size * scale)
              : 0,
          seed,
        });
      const result = simulate(pool, {
        from,
        to,
        rounds,
        scale,
        arrivals,
        onRound: (done) => bar.update(done),
      });
      bar.stop();
      context.out(options.json ? json(result) : renderSimulation(result, lang));
    });
}

async function loadPool(path: string, on: string, context: CliContext): Promise<Pool> {
  const reading = startProgress(context, { label: 'Reading', total: 1, unit: 'bytes' });
  let profiles: PoolProfile[];
  try {
    profiles = await readPoolFile(path, {
      onProgress: ({ bytesRead, totalBytes }) => {
        reading.update(totalBytes > 0 ? bytesRead / totalBytes : 1);
      },
    });
  } finally {
    reading.stop();
  }
  const sets = bundledCategorySets();
  const pool = Pool.fromCandidates([], { on, sets });
  const bar = startProgress(context, { label: 'Assessing', total: profiles.length, unit: 'profiles' });
  const chunk = 5_000;
  for (let start = 0; start < profiles.length; start += chunk) {
    pool.add(profiles.slice(start, start + chunk));
    bar.update(Math.min(profiles.length, start + chunk));
  }
  bar.stop();
  return pool;
}

/** Pool size ÷ the pool IRCC published closest before `from`: a 10× pool gets 10× rounds. */
function defaultScale(poolSize: number, rounds: readonly Round[], from: string): number {
  const published =
    [...rounds].reverse().find((round) => round.poolDistribution && round.date <= from) ??
    rounds.find((round) => round.poolDistribution);
  return published?.poolDistribution ? poolSize / published.poolDistribution.total : 1;
}

function parseInstant(value: string): string {
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    isIsoDate(value.slice(0, 10))
  ) {
    return value;
  }
  throw new InputError(
    'date.invalid',
    `--at: got "${value}", expected an ISO-8601 UTC instant such as 2026-08-07T14:00:00Z, or a date`,
  );
}

function parseDate(option: string, value: string): string {
  if (!isIsoDate(value))
    throw new InputError(
      'date.invalid',
      `${option}: got "${value}", expected a calendar date written YYYY-MM-DD`,
    );
  return value;
}

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value))
    throw new InputError('option.invalid', `${option}: got "${value}", expected a whole number such as 3500`);
  return Number(value);
}

function parseRatio(value: string, option = '--scale', zeroAllowed = false): number {
  const ratio = Number(value);
  if (value.trim() === '' || !Number.isFinite(ratio) || ratio < 0 || (ratio === 0 && !zeroAllowed)) {
    const expected = zeroAllowed ? 'a number ≥ 0 such as 500' : 'a positive number such as 0.5';
    throw new InputError('option.invalid', `${option}: got "${value}", expected ${expected}`);
  }
  return ratio;
}

function parseKind(
  options: { general?: boolean; program?: string; category?: string },
  at: string,
): RoundKind {
  const chosen = [options.general, options.program, options.category].filter((value) => value !== undefined);
  if (chosen.length !== 1) {
    throw new InputError(
      'option.invalid',
      'round: give exactly one of --general, --program <CEC|FSW|FST|PNP> or --category <version>',
    );
  }
  if (options.program) return { type: 'program', program: options.program as RoundProgram };
  if (options.category)
    return {
      type: 'category',
      category: categoryVersionAt(options.category, at, bundledCategorySets(), '--category'),
    };
  return { type: 'general' };
}

function renderRound(result: RoundResult, lang: Lang): string {
  const lines = [
    t(lang, 'round.result', {
      at: result.at,
      kind:
        result.kind.type === 'general'
          ? 'general'
          : result.kind.type === 'program'
            ? result.kind.program
            : result.kind.category,
      invited: result.invited.length,
      size: result.size,
      eligible: result.eligibleCount,
    }),
    t(lang, 'round.cut-off', result),
  ];
  const counts = (record: Readonly<Record<string, number>>) =>
    Object.entries(record)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ') || '—';
  lines.push(t(lang, 'round.by-program', { counts: counts(result.countsByProgram) }));
  lines.push(t(lang, 'round.by-category', { counts: counts(result.countsByCategory) }));
  return lines.join('\n');
}

function renderSimulation(result: Simulation, lang: Lang): string {
  const lines = [
    t(lang, 'simulate.heading', { ...result, scale: result.scale.toFixed(3) }),
    '',
    t(lang, 'simulate.columns'),
  ];
  for (const round of result.rounds) {
    lines.push(
      `#${round.number.padEnd(5)}${round.date}  ${round.round.padEnd(36)}${String(round.size).padStart(6)}${String(round.actualLowest).padStart(8)}${String(round.simulatedLowest ?? '—').padStart(11)}${(round.error === null ? '—' : (round.error > 0 ? '+' : '') + round.error).padStart(7)}`,
    );
  }
  lines.push(
    '',
    t(lang, 'simulate.mae', {
      mae: result.meanAbsoluteError === null ? '—' : result.meanAbsoluteError.toFixed(1),
      count: result.rounds.filter((round) => round.error !== null).length,
    }),
  );
  return lines.join('\n');
}
