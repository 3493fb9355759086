/**
 * A small seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state) seeded through splitmix32. The same seed and stream give the same
 * numbers on every machine and Node version; `Math.random` is never used, so a pool is a pure
 * function of its seed.
 */

/** Uniform numbers and the few distributions the generator draws from. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `items`, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** A normal variate (Box–Muller). */
  normal(mean: number, sd: number): number;
}

/** splitmix32: spreads one 32-bit seed over the state words of sfc32. */
function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * The generator for `seed` and `stream`: one pool uses one stream per profile (its index), so a
 * profile depends only on the seed and its position, never on the profiles before it.
 * @example createRandom(1, 0).int(1, 6) === createRandom(1, 0).int(1, 6) //=> true
 * @example createRandom(1, 0).next() === createRandom(2, 0).next() //=> false
 */
export function createRandom(seed: number, stream = 0): Random {
  const mix = splitmix32(splitmix32(seed)() ^ Math.imul(stream + 1, 0x27d4eb2f));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
  for (let i = 0; i < 12; i++) next();
  let spareNormal: number | null = null;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    normal: (mean, sd) => {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return mean + sd * value;
      }
      const u = 1 - next();
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spareNormal = radius * Math.sin(2 * Math.PI * v);
      return mean + sd * radius * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Items with weights, drawn in proportion to their weight. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: number[];
  private readonly total: number;

  /** @throws RangeError when no weight is positive (a programming error). */
  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    const kept = entries.filter(([, weight]) => weight > 0);
    if (kept.length === 0) throw new RangeError('a weighted table needs a positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = [];
    let sum = 0;
    for (const [, weight] of kept) {
      sum += weight;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  /**
   * One item, in proportion to its weight.
   * @example new WeightedTable([['a', 1], ['b', 0]]).draw(createRandom(1)) //=> 'a'
   */
  draw(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

/**
 * Weights tilted towards the later items as `strength` goes from 0 to 1 (0.5 keeps them):
 * weight × e^(steepness × (strength − 0.5) × (index − middle)).
 * @example tilt([1, 1], 1, 2).map((w) => w.toFixed(2)) //=> ['0.61', '1.65']
 */
export function tilt(weights: readonly number[], strength: number, steepness: number): number[] {
  const middle = (weights.length - 1) / 2;
  return weights.map((weight, index) => weight * Math.exp(steepness * (strength - 0.5) * (index - middle)));
}
