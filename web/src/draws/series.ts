/**
 * Chart data from the rounds (GET /api/draws): the lowest score over time per round group, the
 * invitations per month, and the latest published pool distribution. uPlot takes aligned
 * columns: one x array (seconds) and one y array per series, null where a series has no point.
 */

export interface RoundKind {
  readonly type: 'general' | 'program' | 'category';
  readonly program?: string;
  readonly category?: string;
  readonly categoryId?: string;
}

export interface PoolDistribution {
  readonly asOf: string;
  readonly total: number;
  readonly ranges: Readonly<Record<string, number>>;
}

/** The fields of a round (GET /api/draws) the web app reads. */
export interface RoundRow {
  readonly number: string;
  readonly date: string;
  readonly name: string;
  readonly kind: RoundKind;
  readonly size: number;
  readonly lowestScore: number | null;
  readonly tieBreak: string | null;
  readonly poolDistribution: PoolDistribution | null;
}

/** `general`, the program (`CEC`) or the category id (`healthcare`) of a round. */
export function roundGroup(kind: RoundKind): string {
  if (kind.type === 'program') return kind.program ?? 'program';
  if (kind.type === 'category') return kind.categoryId ?? kind.category ?? 'category';
  return 'general';
}

const seconds = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 1000;

/** A line breaks where a group held no round for longer than this: no line across the gap. */
export const MAX_GAP_DAYS = 180;

export interface AlignedSeries {
  readonly x: number[];
  /**
   * One value per x: the lowest score; undefined where the group held no round that day (the line
   * goes on); null on every date of a silence longer than {@link MAX_GAP_DAYS}, where it breaks.
   */
  readonly series: { readonly key: string; readonly values: (number | null | undefined)[] }[];
}

/**
 * The lowest score of each round, one series per group (in order of first appearance).
 * @example lowestScoreSeries([{ date: '2015-01-31', kind: { type: 'general' }, lowestScore: 886, ... }])
 * //=> { x: [1422662400], series: [{ key: 'general', values: [886] }] }
 */
export function lowestScoreSeries(rounds: readonly RoundRow[]): AlignedSeries {
  const scored = rounds
    .filter((round) => round.lowestScore !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...new Set(scored.map((round) => round.date))];
  const x = dates.map(seconds);
  const index = new Map(dates.map((date, at) => [date, at]));
  const byGroup = new Map<string, (number | null | undefined)[]>();
  const lastAt = new Map<string, number>();
  for (const round of scored) {
    const key = roundGroup(round.kind);
    let values = byGroup.get(key);
    if (!values) {
      values = dates.map(() => undefined);
      byGroup.set(key, values);
    }
    const at = index.get(round.date) ?? 0;
    const previous = lastAt.get(key);
    // uPlot leaves empty only the span its nulls cover: every date of the silence is null, or the
    // line would still be drawn across it (a null at one date hides a strip one pixel wide).
    if (
      previous !== undefined &&
      at - previous > 1 &&
      (x[at] as number) - (x[previous] as number) > MAX_GAP_DAYS * 86_400
    )
      for (let between = previous + 1; between < at; between += 1) values[between] = null;
    values[at] = round.lowestScore;
    lastAt.set(key, at);
  }
  return { x, series: [...byGroup].map(([key, values]) => ({ key, values })) };
}

/**
 * Invitations summed per calendar month, every month from the first round to the last (0 when none).
 * @example invitationsPerMonth(rounds).months[0] //=> '2015-01'
 */
export function invitationsPerMonth(rounds: readonly RoundRow[]): { months: string[]; totals: number[] } {
  if (rounds.length === 0) return { months: [], totals: [] };
  const totals = new Map<string, number>();
  for (const round of rounds) {
    const month = round.date.slice(0, 7);
    totals.set(month, (totals.get(month) ?? 0) + round.size);
  }
  const sorted = [...totals.keys()].sort();
  const months: string[] = [];
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  for (let [year, month] = first.split('-').map(Number) as [number, number]; ; ) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return { months, totals: months.map((month) => totals.get(month) ?? 0) };
}

export interface DistributionBar {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** The score given falls in this range. */
  readonly mine: boolean;
}

/**
 * The latest published pool distribution as bars over the widest non-overlapping ranges (IRCC
 * publishes 451-500 and its 10-point parts; the parts are left out), lowest first.
 */
export function latestDistribution(
  rounds: readonly RoundRow[],
  score: number | null,
): { asOf: string; total: number; round: string; bars: DistributionBar[] } | null {
  const latest = [...rounds]
    .filter((round) => round.poolDistribution !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!latest?.poolDistribution) return null;
  const ranges = Object.entries(latest.poolDistribution.ranges).flatMap(([label, count]) => {
    const match = /^(\d+)-(\d+)$/.exec(label);
    return match ? [{ label, from: Number(match[1]), to: Number(match[2]), count }] : [];
  });
  const widest = ranges.filter(
    (range) =>
      !ranges.some(
        (other) =>
          other !== range &&
          other.from <= range.from &&
          other.to >= range.to &&
          other.to - other.from > range.to - range.from,
      ),
  );
  return {
    asOf: latest.poolDistribution.asOf,
    total: latest.poolDistribution.total,
    round: latest.number,
    bars: widest
      .sort((a, b) => a.from - b.from)
      .map((range) => ({ ...range, mine: score !== null && score >= range.from && score <= range.to })),
  };
}
