/**
 * Compiled profiles kept end to end in a few large arrays (chunks of {@link CHUNK_NUMBERS}
 * numbers), each found by one 32-bit address. A pool of millions then holds a few dozen typed
 * arrays that the garbage collector never walks, instead of one small array per candidate; a
 * chunk is never copied to grow, only a new one added.
 *
 * Chunks are cut from buffers allocated as many at a time as the slab already has (up to 2 GiB
 * at once): V8 starts a full collection each time 64 MiB more of buffers have been allocated
 * since the last one, and a full collection of a heap of millions of objects takes a second, so
 * a slab growing by one chunk at a time would set one off every other chunk. On Linux a buffer
 * this large is mapped zeroed, so its pages take memory only once written.
 */
import type { CompiledProfile } from './compile-profile.js';

const CHUNK_BITS = 22;
/** Numbers per chunk (32 MiB of doubles). A profile never straddles two chunks. */
export const CHUNK_NUMBERS = 2 ** CHUNK_BITS;
const OFFSET_MASK = CHUNK_NUMBERS - 1;
/** Addresses are chunk × {@link CHUNK_NUMBERS} + offset below 2³²; the top two stay free for callers' markers. */
const MAX_CHUNKS = 2 ** (32 - CHUNK_BITS) - 1;
/** The most chunks allocated in one buffer (2 GiB). */
const MAX_CHUNKS_AT_ONCE = 64;

/** A place in the slab to roll back to (see {@link CompiledSlab.mark}). */
export interface SlabMark {
  readonly chunks: number;
  readonly used: number;
}

export class CompiledSlab {
  readonly #chunks: Float64Array[] = [];
  /** Numbers used in the last chunk. */
  #used = CHUNK_NUMBERS;
  /** Chunks allocated and not yet in use, the next first. */
  readonly #spare: Float64Array[] = [];

  /**
   * Copies `profile[0, length)` (one compiled profile) to the end of the slab; returns its address.
   * @throws RangeError for a profile longer than a chunk, or a slab of 2³² numbers.
   * @example
   * const slab = new CompiledSlab();
   * slab.append(compiledScratch(), compileIntoScratch(profile, rules)) //=> 0
   */
  append(profile: CompiledProfile, length: number): number {
    if (length > CHUNK_NUMBERS) throw new RangeError(`a compiled profile of ${length} numbers`);
    if (this.#used + length > CHUNK_NUMBERS) {
      if (this.#chunks.length >= MAX_CHUNKS) throw new RangeError('the compiled slab is full');
      if (this.#spare.length === 0) this.#allocate();
      this.#chunks.push(this.#spare.shift() as Float64Array);
      this.#used = 0;
    }
    const chunk = this.#chunks[this.#chunks.length - 1] as Float64Array;
    const offset = this.#used;
    for (let index = 0; index < length; index += 1) chunk[offset + index] = profile[index] as number;
    this.#used = offset + length;
    return (this.#chunks.length - 1) * CHUNK_NUMBERS + offset;
  }

  /** Allocates as many chunks as the slab has (one at first, at most {@link MAX_CHUNKS_AT_ONCE}) in one buffer. */
  #allocate(): void {
    const count = Math.max(
      1,
      Math.min(this.#chunks.length, MAX_CHUNKS_AT_ONCE, MAX_CHUNKS - this.#chunks.length),
    );
    const buffer = new ArrayBuffer(count * CHUNK_NUMBERS * Float64Array.BYTES_PER_ELEMENT);
    for (let index = 0; index < count; index += 1)
      this.#spare.push(
        new Float64Array(buffer, index * CHUNK_NUMBERS * Float64Array.BYTES_PER_ELEMENT, CHUNK_NUMBERS),
      );
  }

  /** The chunk holding the profile at `address` (read it from {@link offsetOf}). */
  chunkOf(address: number): CompiledProfile {
    return this.#chunks[Math.floor(address / CHUNK_NUMBERS)] as Float64Array;
  }

  /** Where the profile at `address` starts in its chunk. */
  offsetOf(address: number): number {
    return address & OFFSET_MASK;
  }

  /** The slab's end now, to {@link rollBack} to. */
  mark(): SlabMark {
    return { chunks: this.#chunks.length, used: this.#used };
  }

  /** Forgets the profiles appended since `mark` (their chunks are kept for the next ones). */
  rollBack(mark: SlabMark): void {
    this.#spare.unshift(...this.#chunks.splice(mark.chunks));
    this.#used = mark.used;
  }

  /** Bytes of the chunks allocated, spare ones included. */
  byteLength(): number {
    return (this.#chunks.length + this.#spare.length) * CHUNK_NUMBERS * Float64Array.BYTES_PER_ELEMENT;
  }
}
