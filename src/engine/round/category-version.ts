import { InputError } from '../../errors.js';
import { categorySetOn } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';

/**
 * The category version a round names: `healthcare@2026` as given, or an id (`healthcare`) read
 * as its version in the set in force on the round's day.
 * @throws InputError naming `field` when neither matches.
 * @example categoryVersionAt('healthcare', '2023-06-28T14:00:00Z', sets) //=> 'healthcare@2023'
 */
export function categoryVersionAt(
  value: string,
  at: string,
  sets: readonly CategorySet[],
  field = 'category',
): string {
  const versions = sets.flatMap((set) => set.categories.map((category) => category.version));
  if (versions.includes(value)) return value;
  const day = at.slice(0, 10);
  const inForce = categorySetOn(sets, day);
  const match = inForce?.categories.find((category) => category.id === value);
  if (match) return match.version;
  throw new InputError(
    'option.invalid',
    `${field}: got "${value}", expected a category version such as healthcare@2026, or an id of the set in force on ${day} (${inForce?.categories.map((c) => c.id).join(', ') ?? 'none'})`,
  );
}
