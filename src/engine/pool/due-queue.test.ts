/** The queue of due days: days kept in order, candidates read back in index order. */
import { describe, expect, it } from 'vitest';
import { DueQueue } from './due-queue.js';

describe('DueQueue', () => {
  it('gives the candidates filed by a day in ascending order, and drops those days', () => {
    const queue = new DueQueue();
    expect(queue.earliest).toBe(Number.POSITIVE_INFINITY);
    for (const [day, index] of [
      [20_300, 7],
      [20_100, 9],
      [20_200, 2],
      [20_100, 4],
      [20_400, 1],
    ] as const)
      queue.add(day, index);
    expect(queue.earliest).toBe(20_100);
    expect([...queue.filedBy(20_099)]).toEqual([]);
    expect([...queue.filedBy(20_300)]).toEqual([2, 4, 7, 9]);
    queue.add(20_250, 3);
    queue.dropBy(20_200);
    expect(queue.earliest).toBe(20_250);
    expect([...queue.filedBy(20_400)]).toEqual([1, 3, 7]);
    queue.dropBy(20_400);
    expect(queue.earliest).toBe(Number.POSITIVE_INFINITY);
  });
});
