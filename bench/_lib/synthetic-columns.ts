/**
 * Synthetic pools built directly as columns, for benchmarks: nobody is assessed, the figures are
 * drawn. Shapes follow IRCC's published pool: most scores from 300 to 550 (a bell around 430),
 * about 1.5% provincial nominees above 600; FSW the most common program, then CEC, few FST;
 * category shares of a few per cent; 13 months of submissions, so some profiles have expired;
 * a few already invited. Candidates are numbered in the order they were submitted, as profiles
 * arrive in a real pool. Seeded, so every run measures the same pool.
 */
import type { PoolColumns } from '../../src/engine/pool/pool.js';

/** The round instant the synthetic pools are drawn around. */
export const ROUND_AT = '2026-03-02T14:00:00Z';
const ROUND_MS = Date.parse(ROUND_AT);
const THIRTEEN_MONTHS_MS = 395 * 86_400_000;

/** The 2026 category versions, bit by bit, with the share of candidates meeting each. */
export const SYNTHETIC_CATEGORIES: ReadonlyArray<readonly [version: string, share: number]> = [
  ['french-language-proficiency@2026', 0.08],
  ['healthcare@2026', 0.09],
  ['stem@2026', 0.07],
  ['trade@2026', 0.05],
  ['education@2026', 0.02],
  ['transport@2026', 0.02],
  ['physicians-canadian-experience@2026', 0.002],
  ['researchers-canadian-experience@2026', 0.003],
  ['senior-managers-canadian-experience@2026', 0.005],
  ['skilled-military-recruits@2026', 0.001],
];

/** mulberry32: small, fast, good enough to draw a pool. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SyntheticColumns extends PoolColumns {
  readonly ids: string[];
  readonly crs: Uint16Array;
  readonly submittedAt: Float64Array;
  readonly programBits: Uint8Array;
  readonly categoryBits: Uint32Array;
  readonly status: Uint8Array;
}

export function syntheticColumns(size: number, seed = 2026): SyntheticColumns {
  const random = seeded(seed);
  const ids = new Array<string>(size);
  const crs = new Uint16Array(size);
  const submittedAt = new Float64Array(size);
  const programBits = new Uint8Array(size);
  const categoryBits = new Uint32Array(size);
  const status = new Uint8Array(size);
  // Submitted within the 13 months before the round, to the millisecond, in arrival order.
  for (let i = 0; i < size; i += 1) submittedAt[i] = ROUND_MS - Math.floor(random() * THIRTEEN_MONTHS_MS);
  submittedAt.sort();
  for (let i = 0; i < size; i += 1) {
    ids[i] = `C${i.toString(36).padStart(7, '0')}`;
    // A bell around 430 (sum of four uniforms: sd ≈ 58), clamped to the scale.
    const bell = 430 + (random() + random() + random() + random() - 2) * 100;
    const nominee = random() < 0.015;
    crs[i] = Math.max(0, Math.min(1200, Math.round(bell) + (nominee ? 600 : 0)));
    let programs = 0;
    if (random() < 0.7) programs |= 1; // FSW
    if (random() < 0.35) programs |= 2; // CEC
    if (random() < 0.02) programs |= 4; // FST
    if (programs === 0 && random() < 0.9) programs = 1;
    if (nominee) programs |= 8; // PNP
    programBits[i] = programs;
    let categories = 0;
    for (const [bit, [, share]] of SYNTHETIC_CATEGORIES.entries())
      if (random() < share) categories |= 1 << bit;
    categoryBits[i] = categories >>> 0;
    status[i] = random() < 0.02 ? 1 : 0;
  }
  return { ids, crs, submittedAt, programBits, categoryBits, status };
}
