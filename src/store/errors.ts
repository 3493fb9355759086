/**
 * Errors the store raises on purpose. Each has a stable `code`; the HTTP API maps
 * `StoreConflictError` to 409 and `StoreNotFoundError` to 404, in one place. Any other error
 * from the store is a bug or an unavailable database.
 */

export type StoreConflictCode = 'account.email-taken' | 'pool.candidate-duplicate';

/** The write would break a uniqueness rule: an email already registered, a candidate id twice in a pool. */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  constructor(
    readonly code: StoreConflictCode,
    message: string,
  ) {
    super(message);
  }
}

export type StoreNotFoundCode = 'profile.not-found' | 'pool.not-found';

/**
 * A write named a row that does not exist for this account. Another account's row is
 * reported the same way as a missing one, so ids cannot be probed.
 */
export class StoreNotFoundError extends Error {
  override readonly name = 'StoreNotFoundError';
  constructor(
    readonly code: StoreNotFoundCode,
    message: string,
  ) {
    super(message);
  }
}
