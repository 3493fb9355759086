/**
 * Compiled profiles kept end to end in a few large arrays (chunks of {@link CHUNK_NUMBERS}
 * numbers), each found by one 32-bit address. A pool of millions then holds a few hundred
 * typed arrays that the garbage collector never walks, instead of one small array per
 * candidate; a chunk is never copied to grow, only a new one added.
 */
import type { CompiledProfile } from './compile-profile.js';

const CHUNK_BITS = 22;
/** Numbers per chunk (32 MiB of doubles). A profile never straddles two chunks. */
export const CHUNK_NUMBERS = 2 ** CHUNK_BITS;
const OFFSET_MASK = CHUNK_NUMBERS - 1;
/** Addresses are chunk × {@link CHUNK_NUMBERS} + offset below 2³²; the top two stay free for callers' markers. */
const MAX_CHUNKS = 2 ** (32 - CHUNK_BITS) - 1;

/** A place in the slab to roll back to (see {@link CompiledSlab.mark}). */
export interface SlabMark {
  readonly chunks: number;
  readonly used: number;
}

export class CompiledSlab {
  readonly #chunks: Float64Array[] = [];
  /** Numbers used in the last chunk. */
  #used = CHUNK_NUMBERS;

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
      this.#chunks.push(new Float64Array(CHUNK_NUMBERS));
      this.#used = 0;
    }
    const chunk = this.#chunks[this.#chunks.length - 1] as Float64Array;
    const offset = this.#used;
    for (let index = 0; index < length; index += 1) chunk[offset + index] = profile[index] as number;
    this.#used = offset + length;
    return (this.#chunks.length - 1) * CHUNK_NUMBERS + offset;
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

  /** Forgets the profiles appended since `mark`. */
  rollBack(mark: SlabMark): void {
    this.#chunks.length = mark.chunks;
    this.#used = mark.used;
  }

  /** Bytes of the chunks. */
  byteLength(): number {
    return this.#chunks.length * CHUNK_NUMBERS * Float64Array.BYTES_PER_ELEMENT;
  }
}
