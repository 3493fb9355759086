/**
 * True for a unique or primary-key violation, as better-sqlite3 (`SQLITE_CONSTRAINT_UNIQUE`,
 * `SQLITE_CONSTRAINT_PRIMARYKEY`) and pg (SQLSTATE 23505) report it.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
