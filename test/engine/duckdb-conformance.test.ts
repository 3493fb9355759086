/**
 * The columnar round engine against DuckDB (STYLE.md habit 9): the same random pool loaded into
 * an in-memory DuckDB table, each round asked as SQL —
 * `ORDER BY crs DESC, submitted_at ASC, id ASC LIMIT N` with the round's eligibility as a WHERE —
 * must invite the same ids, and count the same eligible candidates, as `runRound`. Invitations
 * carry over from round to round on both sides. The SQL states expiry its own way: the UTC day of
 * submission plus `INTERVAL 1 YEAR`.
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool } from '../../src/engine/pool/pool.js';
import { expiryOf } from '../../src/engine/pool/time.js';
import {
  columnsOf,
  type PoolRow,
  roundsArbitrary,
  rowsArbitrary,
  seededRows,
  TEST_CATEGORIES,
} from '../../src/engine/round/_test/random-pool.js';
import { applyRound, runRound } from '../../src/engine/round/select.js';
import type { RoundInstruction, RoundKind } from '../../src/engine/types.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

async function load(rows: readonly PoolRow[]): Promise<void> {
  await connection.run('DROP TABLE IF EXISTS pool');
  await connection.run(
    'CREATE TABLE pool (id VARCHAR, crs USMALLINT, submitted_ms BIGINT, programs UTINYINT, categories UINTEGER, status UTINYINT)',
  );
  const appender = await connection.createAppender('pool');
  for (const row of rows) {
    appender.appendVarchar(row.id);
    appender.appendUSmallInt(row.crs);
    appender.appendBigInt(BigInt(row.submittedAt));
    appender.appendUTinyInt(row.programBits);
    appender.appendUInteger(row.categoryBits);
    appender.appendUTinyInt(row.status);
    appender.endRow();
  }
  appender.closeSync();
}

const PROGRAM_BIT = { FSW: 1, CEC: 2, FST: 4, PNP: 8 } as const;

function kindSql(kind: RoundKind): string {
  switch (kind.type) {
    case 'general':
      return 'TRUE';
    case 'program':
      return `(programs & ${PROGRAM_BIT[kind.program]}) <> 0`;
    case 'category':
      return `(categories & ${2 ** TEST_CATEGORIES.indexOf(kind.category as never)}) <> 0`;
  }
}

/** The round in SQL: ids in rank order, and how many were eligible. */
async function roundInSql(
  instruction: RoundInstruction,
): Promise<{ invited: string[]; eligibleCount: number }> {
  const at = `epoch_ms(${Date.parse(instruction.at)})`;
  const eligible = `
    FROM (SELECT *, epoch_ms(submitted_ms) AS submitted_at FROM pool)
    WHERE status = 0
      AND submitted_at <= ${at}
      AND date_trunc('day', submitted_at) + INTERVAL 1 YEAR > ${at}
      AND (programs & 7) <> 0
      AND ${kindSql(instruction.kind)}`;
  const invited = await connection.runAndReadAll(
    `SELECT id ${eligible} ORDER BY crs DESC, submitted_at ASC, id ASC LIMIT ${instruction.size}`,
  );
  const count = await connection.runAndReadAll(`SELECT count(*)::INTEGER ${eligible}`);
  return {
    invited: invited.getRowsJS().map(([id]) => id as string),
    eligibleCount: count.getRowsJS()[0]?.[0] as number,
  };
}

async function conforms(rows: readonly PoolRow[], rounds: readonly RoundInstruction[]): Promise<void> {
  await load(rows);
  const pool = Pool.fromColumns(columnsOf(rows), { on: '2026-03-02', categories: TEST_CATEGORIES });
  for (const instruction of rounds) {
    const result = runRound(pool, instruction);
    const sql = await roundInSql(instruction);
    expect({ invited: result.invited, eligibleCount: result.eligibleCount }).toEqual(sql);
    applyRound(pool, result);
    if (sql.invited.length > 0) {
      const list = sql.invited.map((id) => `'${id}'`).join(', ');
      await connection.run(`UPDATE pool SET status = 1 WHERE id IN (${list})`);
    }
  }
}

const kinds: RoundKind[] = [
  { type: 'general' },
  { type: 'program', program: 'CEC' },
  { type: 'program', program: 'FSW' },
  { type: 'program', program: 'FST' },
  { type: 'program', program: 'PNP' },
  ...TEST_CATEGORIES.map((category) => ({ type: 'category', category }) as const),
];

describe('runRound conforms to DuckDB', () => {
  it('reads the 12-month anniversary the same way, 29 February included', async () => {
    const reader = await connection.runAndReadAll(
      "SELECT epoch_ms(date_trunc('day', epoch_ms(x)) + INTERVAL 1 YEAR) FROM (VALUES (1709224200000), (1704067200000)) t(x)",
    );
    // 2024-02-29T16:30Z → 2025-02-28; 2024-01-01 → 2025-01-01.
    const [[leap], [plain]] = reader.getRowsJS() as [[bigint], [bigint]];
    expect(Number(leap)).toBe(expiryOf(1_709_224_200_000));
    expect(Number(plain)).toBe(expiryOf(1_704_067_200_000));
  });

  it('for general, program and category rounds on a pool of 6,000', async () => {
    const rows = seededRows(424_242, 6000);
    await conforms(
      rows,
      kinds.map((kind, k) => ({
        at: new Date(Date.UTC(2026, 2, 2, 14) + k * 7 * 86_400_000).toISOString(),
        kind,
        size: [3500, 250, 1, 800][k % 4] as number,
      })),
    );
  });

  it('on random pools full of ties', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary(80), roundsArbitrary(90), async (rows, rounds) => {
        await conforms(rows, rounds);
      }),
      { numRuns: 60 },
    );
  });

  it('on random pools of several thousand', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1000, max: 8000 }),
        roundsArbitrary(3000),
        async (seed, count, rounds) => {
          await conforms(seededRows(seed, count), rounds);
        },
      ),
      { numRuns: 8 },
    );
  });
});
