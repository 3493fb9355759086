/**
 * The category versions a pool knows, each given one bit of a 32-bit set: a candidate's
 * categories are then one `Uint32Array` cell, and "eligible for `healthcare@2023`" one AND.
 * A round names a category *version* (`<id>@<year>`, programs.md "Rounds of invitations"), so
 * `healthcare@2023` and `healthcare@2026` are different bits: their criteria differ.
 */
import type { CategorySet } from '../../rules/categories/types.js';

/** A `Uint32Array` cell holds this many category versions. */
export const MAX_CATEGORY_VERSIONS = 32;

export class CategoryRegistry {
  readonly #bits = new Map<string, number>();
  /** The versions, in bit order: `versions[3]` is bit 3. */
  readonly versions: readonly string[];

  /**
   * @throws RangeError for a repeated version or more than 32 of them (a programming error: a
   * pool over more category versions needs a wider bit set).
   */
  constructor(versions: readonly string[]) {
    if (versions.length > MAX_CATEGORY_VERSIONS) {
      throw new RangeError(
        `a pool holds at most ${MAX_CATEGORY_VERSIONS} category versions, got ${versions.length}`,
      );
    }
    for (const [bit, version] of versions.entries()) {
      if (this.#bits.has(version)) throw new RangeError(`category version ${version} listed twice`);
      this.#bits.set(version, bit);
    }
    this.versions = [...versions];
  }

  /**
   * Every category version of the sets, oldest set first, in each set's order.
   * @example CategoryRegistry.fromSets(bundledCategorySets()).bitOf('french-language-proficiency@2023') //=> 0
   */
  static fromSets(sets: readonly CategorySet[]): CategoryRegistry {
    return new CategoryRegistry(sets.flatMap((set) => set.categories.map((category) => category.version)));
  }

  get size(): number {
    return this.versions.length;
  }

  /** The bit of a version, undefined when the registry does not know it. @example registry.bitOf('stem@2023') //=> 2 */
  bitOf(version: string): number | undefined {
    return this.#bits.get(version);
  }

  /**
   * The versions whose bits are set, in bit order.
   * @example registry.versionsIn(0b101) //=> ['french-language-proficiency@2023', 'stem@2023']
   */
  versionsIn(bits: number): string[] {
    return this.versions.filter((_, bit) => (bits >>> bit) & 1);
  }
}
