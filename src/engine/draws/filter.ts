/**
 * Choosing rounds from the history by kind, program, category and year: the one filter behind
 * `ee draws` and `GET /api/draws`.
 */
import { bundledCategorySets } from '../../data/categories.js';
import { InputError } from '../../errors.js';
import type { Round } from './round.js';
import type { RoundKindType } from './stats.js';

/** The kinds of round IRCC holds. */
export const ROUND_KIND_TYPES = [
  'general',
  'program',
  'category',
] as const satisfies readonly RoundKindType[];

export interface RoundFilter {
  readonly kind?: RoundKindType | undefined;
  readonly program?: string | undefined;
  readonly category?: string | undefined;
  readonly year?: number | undefined;
}

/**
 * The rounds that pass every filter given. A category is an id (every version) or a version.
 * `fieldName` names a field in errors as the caller's user wrote it (`--kind` on the command line).
 * @throws InputError for contradictory filters or a category no set or round knows.
 */
export function filterRounds(
  rounds: readonly Round[],
  filter: RoundFilter,
  fieldName: (field: string) => string = (field) => field,
): readonly Round[] {
  if (filter.program !== undefined && filter.kind !== undefined && filter.kind !== 'program')
    throw new InputError(
      'option.invalid',
      `${fieldName('program')}: only program rounds have one, not ${fieldName('kind')} ${filter.kind}`,
    );
  if (filter.category !== undefined && filter.kind !== undefined && filter.kind !== 'category')
    throw new InputError(
      'option.invalid',
      `${fieldName('category')}: only category rounds have one, not ${fieldName('kind')} ${filter.kind}`,
    );
  if (filter.category !== undefined && filter.program !== undefined)
    throw new InputError(
      'option.invalid',
      `${fieldName('category')} and ${fieldName('program')}: a round has a category or a program, not both`,
    );
  const category = filter.category?.trim();
  if (category !== undefined) checkCategory(category, rounds, fieldName);
  return rounds.filter(({ kind, date }) => {
    if (filter.year !== undefined && Number(date.slice(0, 4)) !== filter.year) return false;
    if (filter.kind !== undefined && kind.type !== filter.kind) return false;
    if (filter.program !== undefined && (kind.type !== 'program' || kind.program !== filter.program))
      return false;
    if (category !== undefined) {
      if (kind.type !== 'category') return false;
      return category.includes('@') ? kind.category === category : kind.categoryId === category;
    }
    return true;
  });
}

function checkCategory(
  category: string,
  rounds: readonly Round[],
  fieldName: (field: string) => string,
): void {
  const categories = bundledCategorySets().flatMap((set) => set.categories);
  const known = new Set([
    ...categories.flatMap((entry) => [entry.id, entry.version]),
    ...rounds.flatMap(({ kind }) => (kind.type === 'category' ? [kind.categoryId, kind.category] : [])),
  ]);
  if (known.has(category)) return;
  const ids = [...new Set(categories.map((entry) => entry.id))].join(', ');
  throw new InputError(
    'option.invalid',
    `${fieldName('category')}: got "${category}", expected a category id (${ids}) or a version such as healthcare@2023`,
  );
}
