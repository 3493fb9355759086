/**
 * Which year's category definition a category round was held under: `healthcare@2023`.
 * Each `data/categories/<year>.json` lists, per category, the rounds held under it (`rounds`);
 * those lists decide. A round they do not list (a newly imported one) follows the rule of
 * data/SOURCES.md §2: a label with a year (`2026-Version 2`) names that year's set; otherwise
 * the set in force on the round date.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledCategorySets } from '../../data/categories.js';
import { readJsonFile } from '../../data/files.js';
import { DATA_DIR } from '../../data/paths.js';
import type { IsoDate } from '../../rules/_lib/dates.js';
import type { CategorySet } from '../../rules/categories/types.js';

/** Per category set year, the rounds each category lists: `2023 → healthcare → ['252', …]`. */
export type RoundsHeldUnder = ReadonlyMap<number, ReadonlyMap<string, ReadonlySet<string>>>;

const roundListsSchema = z.object({
  year: z.number().int(),
  categories: z.array(z.object({ id: z.string(), rounds: z.array(z.string()).default([]) })),
});

let bundled: RoundsHeldUnder | undefined;

/**
 * The `rounds` lists of the bundled category files.
 * @example bundledRoundsHeldUnder().get(2023)?.get('healthcare') //=> Set { '252', '255', '271' }
 */
export function bundledRoundsHeldUnder(): RoundsHeldUnder {
  if (bundled) return bundled;
  const folder = join(DATA_DIR, 'categories');
  const years = new Map<number, Map<string, Set<string>>>();
  for (const name of readdirSync(folder).filter((file) => /^\d{4}\.json$/.test(file))) {
    const file = roundListsSchema.parse(readJsonFile(join(folder, name), 'category set'));
    years.set(file.year, new Map(file.categories.map((category) => [category.id, new Set(category.rounds)])));
  }
  bundled = years;
  return bundled;
}

export interface CategoryRoundFacts {
  readonly number: string;
  readonly date: IsoDate;
  readonly categoryId: string;
  readonly versionLabel: string | null;
}

/**
 * The year of the category set a round was held under, or null when no rule places it (a
 * date before the first set, 2023-05-31).
 * @example
 * categorySetYear({ number: '394', date: '2026-02-06', categoryId: 'french-language-proficiency', versionLabel: '2026-Version 2' })
 * //=> 2026 (listed in 2026.json, though the 2026 set starts on 2026-02-18)
 */
export function categorySetYear(
  round: CategoryRoundFacts,
  sets: readonly CategorySet[] = bundledCategorySets(),
  heldUnder: RoundsHeldUnder = bundledRoundsHeldUnder(),
): number | null {
  for (const [year, categories] of heldUnder) {
    if (categories.get(round.categoryId)?.has(round.number)) return year;
  }
  // "2026-Version 2", and the 2023–24 feed labels such as "2023-1".
  const labelled = /^(\d{4})-/.exec(round.versionLabel ?? '');
  if (labelled) return Number(labelled[1]);
  const inForce = sets.find(
    (set) => set.effectiveFrom <= round.date && (set.effectiveTo === null || round.date <= set.effectiveTo),
  );
  return inForce?.year ?? null;
}

/**
 * The category version, `<id>@<year>`, a category round was held under; null when no set applies.
 * @example categoryVersionOf({ number: '252', date: '2023-06-28', categoryId: 'healthcare', versionLabel: 'Version 1' })
 * //=> 'healthcare@2023'
 */
export function categoryVersionOf(
  round: CategoryRoundFacts,
  sets: readonly CategorySet[] = bundledCategorySets(),
  heldUnder: RoundsHeldUnder = bundledRoundsHeldUnder(),
): string | null {
  const year = categorySetYear(round, sets, heldUnder);
  return year === null ? null : `${round.categoryId}@${year}`;
}
