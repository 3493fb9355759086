/**
 * Bind parameters one statement may carry, below both limits: SQLite's default
 * SQLITE_MAX_VARIABLE_NUMBER is 32,766 (since 3.32) and PostgreSQL's wire protocol allows 65,535.
 */
export const MAX_PARAMETERS_PER_STATEMENT = 30_000;

/**
 * Splits rows into batches a multi-row INSERT of `columns` values per row can carry.
 *
 * @example
 * [...insertBatches([1, 2, 3, 4, 5], 12_000)].map((batch) => batch.length)
 * //=> [2, 2, 1]
 */
export function* insertBatches<T>(rows: readonly T[], columns: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns));
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
