import { describe, expect, it } from 'vitest';
import { CHUNK_NUMBERS, CompiledSlab } from './compiled-slab.js';

const numbers = (...values: number[]) => Float64Array.from(values);

describe('CompiledSlab', () => {
  it('keeps profiles end to end and reads each back from its address', () => {
    const slab = new CompiledSlab();
    const first = slab.append(numbers(1, 2, 3, 99), 3);
    const second = slab.append(numbers(4.5, 5), 2);
    expect([first, second]).toEqual([0, 3]);
    const read = (address: number, length: number) => [
      ...slab.chunkOf(address).subarray(slab.offsetOf(address), slab.offsetOf(address) + length),
    ];
    expect(read(first, 3)).toEqual([1, 2, 3]);
    expect(read(second, 2)).toEqual([4.5, 5]);
    expect(slab.byteLength()).toBe(CHUNK_NUMBERS * 8);
  });

  it('starts a new chunk for a profile that would straddle two', () => {
    const slab = new CompiledSlab();
    slab.append(new Float64Array(CHUNK_NUMBERS - 2), CHUNK_NUMBERS - 2);
    const address = slab.append(numbers(7, 8, 9), 3);
    expect(address).toBe(CHUNK_NUMBERS);
    expect(slab.offsetOf(address)).toBe(0);
    expect(slab.chunkOf(address)[2]).toBe(9);
    expect(slab.byteLength()).toBe(2 * CHUNK_NUMBERS * 8);
    // The third chunk comes with a fourth: as many as the slab has, in one buffer.
    slab.append(new Float64Array(CHUNK_NUMBERS), CHUNK_NUMBERS);
    expect(slab.byteLength()).toBe(4 * CHUNK_NUMBERS * 8);
    expect(slab.append(numbers(1), 1)).toBe(3 * CHUNK_NUMBERS);
    expect(slab.byteLength()).toBe(4 * CHUNK_NUMBERS * 8);
    expect(slab.chunkOf(3 * CHUNK_NUMBERS).buffer).toBe(slab.chunkOf(2 * CHUNK_NUMBERS).buffer);
  });

  it('forgets what was appended after a mark', () => {
    const slab = new CompiledSlab();
    slab.append(numbers(1, 2), 2);
    const mark = slab.mark();
    slab.append(numbers(3, 4), 2);
    slab.append(new Float64Array(CHUNK_NUMBERS), CHUNK_NUMBERS);
    slab.rollBack(mark);
    expect(slab.append(numbers(5), 1)).toBe(2);
    expect(slab.chunkOf(2)[2]).toBe(5);
  });

  it('refuses a profile longer than a chunk', () => {
    expect(() => new CompiledSlab().append(new Float64Array(1), CHUNK_NUMBERS + 1)).toThrow(RangeError);
  });
});
