/**
 * Random pools as plain rows, and the obvious way to run a round over them: filter, sort, take.
 * The property test and the DuckDB conformance test check the columnar engine against these.
 * Nothing here imports the pool: the oracle reads the rules of a round from programs.md afresh.
 */
import fc from 'fast-check';
import { addYears } from '../../../rules/_lib/dates.js';
import type { RoundInstruction, RoundKind, RoundProgram } from '../../types.js';

export interface PoolRow {
  readonly id: string;
  readonly crs: number;
  /** Submission instant, ms since 1970 UTC. */
  readonly submittedAt: number;
  /** FSW 1, CEC 2, FST 4, PNP 8. */
  readonly programBits: number;
  /** Bit k: {@link TEST_CATEGORIES}[k]. */
  readonly categoryBits: number;
  /** 0 in the pool, 1 invited. */
  readonly status: number;
}

export const TEST_CATEGORIES = [
  'french-language-proficiency@2026',
  'healthcare@2026',
  'stem@2026',
  'trade@2026',
] as const;

const PROGRAM_BIT: Record<RoundProgram, number> = { FSW: 1, CEC: 2, FST: 4, PNP: 8 };

/** Rounds happen on and after this day; profiles are submitted from 14 months before to 4 after. */
export const FIRST_ROUND = Date.UTC(2026, 2, 2, 14);
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2026, 6, 1);

/** When a profile stops being in the pool: the 12-month anniversary of its UTC day (programs.md). */
export function expiryOfRow(submittedAt: number): number {
  const day = new Date(submittedAt).toISOString().slice(0, 10);
  return Date.parse(`${addYears(day, 1)}T00:00:00Z`);
}

/** In the pool at `at`, and meeting one of FSW, CEC, FST. */
export function inPoolAt(row: PoolRow, at: number): boolean {
  return (
    row.status === 0 &&
    row.submittedAt <= at &&
    expiryOfRow(row.submittedAt) > at &&
    (row.programBits & 7) !== 0
  );
}

export function meetsKind(row: PoolRow, kind: RoundKind): boolean {
  switch (kind.type) {
    case 'general':
      return true;
    case 'program':
      return (row.programBits & PROGRAM_BIT[kind.program]) !== 0;
    case 'category':
      return ((row.categoryBits >>> TEST_CATEGORIES.indexOf(kind.category as never)) & 1) === 1;
  }
}

/** CRS descending, then submission instant, then id. */
export function byRank(a: PoolRow, b: PoolRow): number {
  return b.crs - a.crs || a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The round by filter and sort, with the fields of a RoundResult that can be compared. */
export function roundBySort(rows: readonly PoolRow[], instruction: RoundInstruction) {
  const at = Date.parse(instruction.at);
  const ranked = rows.filter((row) => inPoolAt(row, at)).sort(byRank);
  const eligible = ranked.filter((row) => meetsKind(row, instruction.kind));
  const invited = eligible.slice(0, instruction.size);
  const lowest = invited.at(-1);
  const countsByProgram: Record<string, number> = {};
  for (const [name, bit] of Object.entries(PROGRAM_BIT))
    countsByProgram[name] = invited.filter((row) => row.programBits & bit).length;
  const countsByCategory: Record<string, number> = {};
  for (const [bit, version] of TEST_CATEGORIES.entries()) {
    const count = invited.filter((row) => (row.categoryBits >>> bit) & 1).length;
    if (count > 0) countsByCategory[version] = count;
  }
  return {
    invited: invited.map((row) => row.id),
    lowestScore: lowest?.crs ?? null,
    tieBreak: lowest ? new Date(lowest.submittedAt).toISOString().replace('.000Z', 'Z') : null,
    rankRequired: lowest ? ranked.indexOf(lowest) + 1 : null,
    eligibleCount: eligible.length,
    countsByProgram,
    countsByCategory,
  };
}

/** Columns of rows, as `Pool.fromColumns` takes them. */
export function columnsOf(rows: readonly PoolRow[]) {
  return {
    ids: rows.map((row) => row.id),
    crs: rows.map((row) => row.crs),
    submittedAt: rows.map((row) => row.submittedAt),
    programBits: rows.map((row) => row.programBits),
    categoryBits: rows.map((row) => row.categoryBits),
    status: rows.map((row) => row.status),
  };
}

/**
 * Rows with many ties: scores from a narrow band, instants from a few days (often the same
 * millisecond, so the id decides), ids not in index order.
 */
export const rowsArbitrary = (maxLength = 60): fc.Arbitrary<PoolRow[]> =>
  fc
    .array(
      fc.record({
        crs: fc.oneof(fc.integer({ min: 470, max: 476 }), fc.integer({ min: 0, max: 1200 })),
        // Some at a round's instant, some expiring at one (2026-03-03T00:00Z is FIRST_ROUND + 10 h).
        submittedAt: fc.oneof(
          fc.constantFrom(
            Date.UTC(2025, 2, 2),
            Date.UTC(2025, 2, 3, 20),
            Date.UTC(2025, 8, 1, 9),
            Date.UTC(2026, 0, 5, 12),
            FIRST_ROUND,
          ),
          fc.integer({ min: FROM, max: TO }),
        ),
        programBits: fc.integer({ min: 0, max: 15 }),
        categoryBits: fc.integer({ min: 0, max: 15 }),
        status: fc.constantFrom(0, 0, 0, 1),
        name: fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', 'Z', '0') }),
      }),
      { maxLength },
    )
    .map((rows) => rows.map(({ name, ...row }, index) => ({ ...row, id: `${name}-${index}` })));

export const kindArbitrary: fc.Arbitrary<RoundKind> = fc.oneof(
  fc.constant({ type: 'general' } as const),
  fc
    .constantFrom<RoundProgram>('FSW', 'CEC', 'FST', 'PNP')
    .map((program) => ({ type: 'program', program }) as const),
  fc.constantFrom(...TEST_CATEGORIES).map((category) => ({ type: 'category', category }) as const),
);

/** One to three rounds on non-decreasing instants from {@link FIRST_ROUND}. */
export const roundsArbitrary = (maxSize: number): fc.Arbitrary<RoundInstruction[]> =>
  fc
    .array(
      fc.record({
        gapHours: fc.oneof(fc.constantFrom(0, 10), fc.integer({ min: 0, max: 24 * 90 })),
        kind: kindArbitrary,
        size: fc.integer({ min: 0, max: maxSize }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((rounds) => {
      let at = FIRST_ROUND;
      return rounds.map(({ gapHours, kind, size }) => {
        at += gapHours * 3_600_000;
        return { at: new Date(at).toISOString(), kind, size };
      });
    });

/** A seeded generator (mulberry32) for pools too large to shrink usefully. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` rows from a seed: scores bunched around 470, instants over 18 months, some invited. */
export function seededRows(seed: number, count: number): PoolRow[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, (_, index) => ({
    id: `s${pick(1000).toString().padStart(3, '0')}-${index}`,
    crs: random() < 0.7 ? 440 + pick(60) : pick(1201),
    submittedAt: FROM + pick(TO - FROM),
    programBits: pick(16),
    categoryBits: pick(16),
    status: random() < 0.1 ? 1 : 0,
  }));
}
