/**
 * Where inside a CRS range a synthetic profile should land. IRCC publishes 10-point ranges from
 * 401 to 500 but 50- to 300-point ones around them; spreading a wide range evenly would put as
 * many profiles at 301 as at 350. Instead the density inside a wide range falls away from its
 * busier neighbour: it starts at that neighbour's density per point and decays exponentially,
 * at the rate that gives the range its published count.
 */
import type { PublishedPoolDistribution, RangeShare } from './distribution.js';
import type { Random } from './random.js';

/** How one range is sampled: evenly, or decaying from one end. */
interface RangeShape {
  readonly min: number;
  readonly max: number;
  /** The end the density decays from; null when the range is sampled evenly. */
  readonly from: 'min' | 'max' | null;
  /** Decay per point. */
  readonly rate: number;
}

/** Ranges this wide or narrower are sampled evenly. */
const EVEN_WIDTH = 10;

/**
 * A sampler of target scores: `draw(rangeIndex, random)` is a whole CRS score inside that range.
 * @example
 * const draw = targetScoreSampler(publishedPoolDistributionNear('2026-08-07'));
 * draw(0, createRandom(1)) //=> a score from 0 to 300, most likely above 250
 */
export function targetScoreSampler(
  distribution: PublishedPoolDistribution,
): (rangeIndex: number, random: Random) => number {
  const shapes = distribution.ranges.map((range, index) => shapeOf(distribution.ranges, index, range));
  return (rangeIndex, random) => {
    const shape = shapes[rangeIndex];
    if (!shape) throw new RangeError(`no CRS range ${rangeIndex}`);
    const width = shape.max - shape.min + 1;
    if (shape.from === null) return shape.min + Math.floor(random.next() * width);
    const span = 1 - Math.exp(-shape.rate * width);
    const offset = Math.min(width - 1, Math.floor(-Math.log(1 - random.next() * span) / shape.rate));
    return shape.from === 'min' ? shape.min + offset : shape.max - offset;
  };
}

function perPoint(range: RangeShare | undefined): number {
  return range ? range.count / (range.max - range.min + 1) : 0;
}

function shapeOf(ranges: readonly RangeShare[], index: number, range: RangeShare): RangeShape {
  const width = range.max - range.min + 1;
  const even: RangeShape = { min: range.min, max: range.max, from: null, rate: 0 };
  if (width <= EVEN_WIDTH || range.count === 0) return even;
  const below = perPoint(ranges[index - 1]);
  const above = perPoint(ranges[index + 1]);
  const edge = Math.max(below, above);
  // A range at least as dense as its busier neighbour has no slope to follow.
  if (edge * width <= range.count) return even;
  return {
    min: range.min,
    max: range.max,
    from: above >= below ? 'max' : 'min',
    rate: decayRate(edge, width, range.count),
  };
}

/** The rate λ with edge × (1 − e^(−λ·width)) / λ = count, by bisection (the left side falls with λ). */
function decayRate(edge: number, width: number, count: number): number {
  const mass = (rate: number) => (edge * (1 - Math.exp(-rate * width))) / rate;
  let low = 1e-9;
  let high = 50;
  for (let step = 0; step < 100; step++) {
    const middle = (low + high) / 2;
    if (mass(middle) > count) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
