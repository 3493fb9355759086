/**
 * Candidates filed under the day their assessment is next due (their `validUntil`, valid-until.ts),
 * so that moving the pool's date finds the candidates to re-assess without looking at the others
 * (DESIGN.md "Rounds at scale": eligibility that depends on the date changes on known dates, so it
 * is scheduled rather than recomputed for everyone).
 *
 * Days are day numbers (days since 1970-01-01), small integers, so the map's keys are too. Each
 * day's candidates are a plain array of small integers, read and dropped whole when the day comes;
 * the days themselves are few (a few hundred, a year ahead at most), kept sorted. Plain arrays
 * rather than typed ones: the lists are made and dropped all year long, and typed arrays' buffers,
 * outside the heap, count towards the external memory that starts V8's full collections (with
 * typed lists a year's replay of 300,000 candidates ran one more, longer than the queue saves).
 */
export class DueQueue {
  readonly #lists = new Map<number, number[]>();
  /** The days of `#lists`, latest first: the earliest is the last, dropped with a pop. */
  readonly #days: number[] = [];

  /** The earliest day anyone is filed under; infinite when nobody is. */
  get earliest(): number {
    return this.#days.at(-1) ?? Number.POSITIVE_INFINITY;
  }

  /** Files candidate `index` under `day`. */
  add(day: number, index: number): void {
    const list = this.#lists.get(day);
    if (list !== undefined) list.push(index);
    else {
      this.#lists.set(day, [index]);
      this.#insertDay(day);
    }
  }

  /**
   * The candidates filed under `day` or earlier, in ascending order (one filed twice is there
   * twice). A copy: filing more does not change it.
   */
  filedBy(day: number): Uint32Array {
    const lists: number[][] = [];
    let count = 0;
    const days = this.#days;
    for (let d = days.length - 1; d >= 0 && (days[d] as number) <= day; d -= 1) {
      const list = this.#lists.get(days[d] as number) as number[];
      lists.push(list);
      count += list.length;
    }
    const filed = new Uint32Array(count);
    let at = 0;
    for (const list of lists) {
      filed.set(list, at);
      at += list.length;
    }
    return filed.sort();
  }

  /** Drops the days up to `day`, and the candidates filed under them. */
  dropBy(day: number): void {
    const days = this.#days;
    while (days.length > 0 && (days.at(-1) as number) <= day) this.#lists.delete(days.pop() as number);
  }

  #insertDay(day: number): void {
    const days = this.#days;
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((days[middle] as number) > day) low = middle + 1;
      else high = middle;
    }
    days.splice(low, 0, day);
  }
}
