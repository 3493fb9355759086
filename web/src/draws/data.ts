/** Every round (GET /api/draws), fetched once per page load and shared by the pages that need it. */
import { api } from '../api';
import type { RoundRow } from './series';

let allRounds: Promise<RoundRow[]> | null = null;

export function loadAllRounds(): Promise<RoundRow[]> {
  allRounds ??= api<RoundRow[]>('GET', '/api/draws').catch((error: unknown) => {
    allRounds = null;
    throw error;
  });
  return allRounds;
}

export interface CategoryName {
  readonly name: string;
  readonly nameFr: string;
}

let categoryNames: Promise<Map<string, CategoryName>> | null = null;

/** Category id → its English and French names, newest set last (GET /api/categories per year). */
export function loadCategoryNames(): Promise<Map<string, CategoryName>> {
  categoryNames ??= loadAllRounds().then(async (rounds) => {
    const years = [
      ...new Set(
        rounds.filter((round) => round.kind.type === 'category').map((round) => round.date.slice(0, 4)),
      ),
    ].sort();
    const sets = await Promise.allSettled(
      years.map((year) =>
        api<{ categories: { id: string; name: string; nameFr: string }[] }>('GET', '/api/categories', {
          query: { year },
        }),
      ),
    );
    const names = new Map<string, CategoryName>();
    for (const set of sets)
      if (set.status === 'fulfilled')
        for (const category of set.value.categories)
          names.set(category.id, { name: category.name, nameFr: category.nameFr });
    return names;
  });
  return categoryNames;
}
