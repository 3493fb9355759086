/**
 * Selecting one round of invitations (N = 3,500), three ways on the same synthetic pool:
 * - engine: `runRound` over the columnar pool, walking the round order from the top (the order is
 *   built once beforehand, as it is between score changes), eligible count and counts included;
 * - DuckDB: the same round as SQL (`ORDER BY crs DESC, submitted_at ASC, id ASC LIMIT 3500`,
 *   eligibility in the WHERE) over the same columns loaded into an in-memory table, a prepared
 *   statement, ids only;
 * - plain: filter the typed arrays into a list, `Array.prototype.sort` by CRS, instant and id,
 *   take 3,500.
 * A general round and a French-language category round, on pools of 100k, 1M and 3M candidates.
 */
import { type DuckDBConnection, DuckDBInstance, type DuckDBPreparedStatement } from '@duckdb/node-api';
import { Bench } from 'tinybench';
import { ANY_PROGRAM } from '../src/engine/pool/assess-candidate.js';
import { Pool, type PoolView } from '../src/engine/pool/pool.js';
import { runRound } from '../src/engine/round/select.js';
import type { RoundInstruction } from '../src/engine/types.js';
import {
  type BenchSection,
  count,
  mebibytes,
  medianMs,
  ms,
  ratio,
  samples,
  table,
  task,
  timeOnce,
} from './_lib/report.js';
import {
  ROUND_AT,
  SYNTHETIC_CATEGORIES,
  type SyntheticColumns,
  syntheticColumns,
} from './_lib/synthetic-columns.js';

const SIZES = [100_000, 1_000_000, 3_000_000] as const;
const ROUND_SIZE = 3500;
const CATEGORY = 'french-language-proficiency@2026';
const VERSIONS = SYNTHETIC_CATEGORIES.map(([version]) => version);
const CATEGORY_MASK = 1 << VERSIONS.indexOf(CATEGORY);

type RoundName = 'general' | 'category';
const ROUNDS: Record<RoundName, RoundInstruction> = {
  general: { at: ROUND_AT, kind: { type: 'general' }, size: ROUND_SIZE },
  category: { at: ROUND_AT, kind: { type: 'category', category: CATEGORY }, size: ROUND_SIZE },
};
const IMPLEMENTATIONS = ['engine', 'DuckDB', 'plain'] as const;
type Implementation = (typeof IMPLEMENTATIONS)[number];

interface SizeResult {
  readonly size: number;
  readonly median: Record<RoundName, Record<Implementation, number>>;
  readonly samples: Record<RoundName, Record<Implementation, number>>;
  readonly rankRequired: Record<RoundName, number>;
  readonly eligible: Record<RoundName, number>;
  readonly bytes: number;
  readonly buildMs: number;
  /** Median of rebuilding the round order (after scores changed). */
  readonly roundOrderMs: number;
  readonly duckLoadMs: number;
}

/** The round the obvious way: filter, sort, take. */
function plainRound(view: PoolView, at: number, categoryMask: number, size: number): string[] {
  const { crs, submittedAt, expiresAt, status, programBits, categoryBits, ids } = view;
  const eligible: number[] = [];
  for (let i = 0; i < view.size; i += 1) {
    if (
      status[i] === 0 &&
      (submittedAt[i] as number) <= at &&
      (expiresAt[i] as number) > at &&
      ((programBits[i] as number) & ANY_PROGRAM) !== 0 &&
      (categoryMask === 0 || ((categoryBits[i] as number) & categoryMask) !== 0)
    )
      eligible.push(i);
  }
  eligible.sort(
    (a, b) =>
      (crs[b] as number) - (crs[a] as number) ||
      (submittedAt[a] as number) - (submittedAt[b] as number) ||
      ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0),
  );
  return eligible.slice(0, size).map((i) => ids[i] as string);
}

async function loadDuckDb(
  connection: DuckDBConnection,
  columns: SyntheticColumns,
  view: PoolView,
): Promise<void> {
  await connection.run('DROP TABLE IF EXISTS pool');
  await connection.run(
    'CREATE TABLE pool (id VARCHAR, crs USMALLINT, submitted_at DOUBLE, expires_at DOUBLE, programs UTINYINT, categories UINTEGER, status UTINYINT)',
  );
  const appender = await connection.createAppender('pool');
  for (let i = 0; i < columns.ids.length; i += 1) {
    appender.appendVarchar(columns.ids[i] as string);
    appender.appendUSmallInt(columns.crs[i] as number);
    appender.appendDouble(columns.submittedAt[i] as number);
    appender.appendDouble(view.expiresAt[i] as number);
    appender.appendUTinyInt(columns.programBits[i] as number);
    appender.appendUInteger(columns.categoryBits[i] as number);
    appender.appendUTinyInt(columns.status[i] as number);
    appender.endRow();
  }
  appender.closeSync();
}

async function prepare(connection: DuckDBConnection, round: RoundName): Promise<DuckDBPreparedStatement> {
  const statement = await connection.prepare(`
    SELECT id FROM pool
    WHERE status = 0 AND submitted_at <= $1 AND expires_at > $1 AND (programs & ${ANY_PROGRAM}) <> 0
      ${round === 'category' ? 'AND (categories & $2) <> 0' : ''}
    ORDER BY crs DESC, submitted_at ASC, id ASC
    LIMIT ${ROUND_SIZE}`);
  statement.bindDouble(1, Date.parse(ROUND_AT));
  if (round === 'category') statement.bindUInteger(2, CATEGORY_MASK);
  return statement;
}

async function duckRound(statement: DuckDBPreparedStatement): Promise<string[]> {
  const reader = await statement.runAndReadAll();
  return reader.getColumnsJS()[0] as string[];
}

async function measureSize(size: number, connection: DuckDBConnection, log: (line: string) => void) {
  log(`rounds: drawing ${count(size)} candidates`);
  const columns = syntheticColumns(size);
  const build = await timeOnce(() => Pool.fromColumns(columns, { on: ROUND_AT, categories: VERSIONS }));
  const pool = build.value;
  const roundOrder = await timeOnce(() => pool.roundOrder());
  const view = pool.view();
  log(`rounds: pool built in ${ms(build.ms)} ms, round order in ${ms(roundOrder.ms)} ms; loading DuckDB`);
  const duckLoad = await timeOnce(() => loadDuckDb(connection, columns, view));
  const statements = {
    general: await prepare(connection, 'general'),
    category: await prepare(connection, 'category'),
  };
  const at = Date.parse(ROUND_AT);
  const masks: Record<RoundName, number> = { general: 0, category: CATEGORY_MASK };

  // The three must agree before any of them is timed.
  const rankRequired = { general: 0, category: 0 };
  const eligible = { general: 0, category: 0 };
  for (const round of ['general', 'category'] as const) {
    const engine = runRound(pool, ROUNDS[round]);
    const duck = await duckRound(statements[round]);
    const plain = plainRound(view, at, masks[round], ROUND_SIZE);
    const same = (other: readonly string[]) =>
      other.length === engine.invited.length && other.every((id, k) => id === engine.invited[k]);
    if (!same(duck) || !same(plain)) throw new Error(`the ${round} round differs between implementations`);
    rankRequired[round] = engine.rankRequired ?? 0;
    eligible[round] = engine.eligibleCount;
  }

  log(`rounds: timing ${count(size)}`);
  const bench = new Bench({ time: 400, iterations: 5, warmupTime: 50, warmupIterations: 2, throws: true });
  for (const round of ['general', 'category'] as const) {
    bench.add(`engine ${round}`, () => {
      runRound(pool, ROUNDS[round]);
    });
    bench.add(`DuckDB ${round}`, async () => {
      await duckRound(statements[round]);
    });
    bench.add(`plain ${round}`, () => {
      plainRound(view, at, masks[round], ROUND_SIZE);
    });
  }
  bench.add('engine rebuild', () => {
    pool.refreshRoundOrder();
  });
  await bench.run();
  for (const statement of Object.values(statements)) statement.destroySync();
  await connection.run('DROP TABLE pool');

  const pick = (read: (name: string) => number) =>
    Object.fromEntries(
      (['general', 'category'] as const).map((round) => [
        round,
        Object.fromEntries(IMPLEMENTATIONS.map((name) => [name, read(`${name} ${round}`)])),
      ]),
    ) as Record<RoundName, Record<Implementation, number>>;
  const result: SizeResult = {
    size,
    median: pick((name) => medianMs(task(bench, name))),
    samples: pick((name) => samples(task(bench, name))),
    rankRequired,
    eligible,
    bytes: pool.byteLength(),
    buildMs: build.ms,
    roundOrderMs: medianMs(task(bench, 'engine rebuild')),
    duckLoadMs: duckLoad.ms,
  };
  for (const round of ['general', 'category'] as const) {
    const m = result.median[round];
    log(
      `rounds: ${count(size)} ${round}: engine ${ms(m.engine)} ms, DuckDB ${ms(m.DuckDB)} ms, plain ${ms(m.plain)} ms`,
    );
  }
  return result;
}

function markdown(results: readonly SizeResult[]): string {
  const short = (size: number) => (size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`);
  const selection = table(
    [
      'pool',
      'round',
      'engine (ms)',
      'DuckDB (ms)',
      'plain JS (ms)',
      'DuckDB ÷ engine',
      'plain ÷ engine',
      'eligible',
      'rank required (walk)',
    ],
    results.flatMap((result) =>
      (['general', 'category'] as const).map((round) => {
        const m = result.median[round];
        return [
          count(result.size),
          round === 'general' ? 'general' : 'French category',
          ms(m.engine),
          ms(m.DuckDB),
          ms(m.plain),
          ratio(m.DuckDB, m.engine),
          ratio(m.plain, m.engine),
          count(result.eligible[round]),
          count(result.rankRequired[round]),
        ];
      }),
    ),
  );
  const growthColumns = results
    .slice(1)
    .map((result, k) => `${short((results[k] as SizeResult).size)} → ${short(result.size)}`);
  const growth = table(
    ['implementation, round', ...results.map((result) => `${short(result.size)} (ms)`), ...growthColumns],
    IMPLEMENTATIONS.flatMap((name) =>
      (['general', 'category'] as const).map((round) => [
        `${name}, ${round}`,
        ...results.map((result) => ms(result.median[round][name])),
        ...results
          .slice(1)
          .map((result, k) =>
            ratio(result.median[round][name], (results[k] as SizeResult).median[round][name]),
          ),
      ]),
    ),
  );
  const memory = table(
    ['pool', 'typed arrays', 'bytes per candidate'],
    results.map((result) => [
      count(result.size),
      mebibytes(result.bytes),
      (result.bytes / result.size).toFixed(1),
    ]),
  );
  const oneOff = table(
    [
      'pool',
      'build from columns (ms, once)',
      'rebuild round order (ms, median)',
      'load into DuckDB (ms, once)',
    ],
    results.map((result) => [
      count(result.size),
      ms(result.buildMs),
      ms(result.roundOrderMs),
      ms(result.duckLoadMs),
    ]),
  );
  const sampleCounts = results
    .map(
      (result) =>
        `${short(result.size)}: ${IMPLEMENTATIONS.map((name) => `${name} ${result.samples.general[name]}`).join(', ')}`,
    )
    .join('; ');
  return [
    `One round of ${count(ROUND_SIZE)} invitations at ${ROUND_AT} on synthetic pools drawn as columns`,
    '(bench/_lib/synthetic-columns.ts: scores in a bell around 430, 1.5% nominees above 600, 13 months',
    'of submissions numbered in arrival order, 2% already invited; French-language proficiency 8% of',
    'candidates). Median of tinybench samples; a ratio is how many times longer the other way takes',
    'than the engine.',
    '',
    '- **engine**: `runRound` on the columnar pool: walk of the round order (built beforehand, as it',
    '  stands between score changes) to N eligible, plus the eligible count from per-block counts.',
    '- **DuckDB**: the same round as one prepared SQL statement over the same columns in an in-memory',
    `  table (\`ORDER BY crs DESC, submitted_at ASC, id ASC LIMIT ${ROUND_SIZE}\`; ids only, no eligible`,
    '  count), DuckDB using every core.',
    '- **plain JS**: filter the typed arrays into an array, `Array.prototype.sort` on CRS, instant, id;',
    '  take N.',
    '',
    'All three return the same ids (checked before timing).',
    '',
    '### Selection of one round',
    '',
    selection,
    '',
    '### How each cost grows with the pool',
    '',
    growth,
    '',
    '### Memory: the pool’s typed arrays',
    '',
    'CRS, submission, expiry and validity instants, status, program and category bits (32 bytes);',
    'submission order and positions (8); round order, its positions and its copies of status,',
    'submission instant and bits (22); CRS buckets and per-block counts. Ids (a string array) and',
    'profiles are not included.',
    '',
    memory,
    '',
    '### One-off costs',
    '',
    'Building the pool computes expiries and the per-block counts (the candidates arrive in',
    'submission order, so there is nothing to sort; ids are indexed on first lookup, about 0.6 µs',
    'an id). The round order is a counting sort of the submission order on CRS, redone before a',
    'round only when scores changed or candidates arrived (`Pool.refreshRoundOrder`); a round on a',
    'pool whose scores just changed costs this plus the walk.',
    '',
    oneOff,
    '',
    `Samples per task (general round): ${sampleCounts}.`,
  ].join('\n');
}

export const roundsSection: BenchSection = {
  id: 'rounds',
  title: 'Rounds of invitations: selecting the invited',
  async run(log) {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const results: SizeResult[] = [];
      for (const size of SIZES) results.push(await measureSize(size, connection, log));
      return markdown(results);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  },
};
