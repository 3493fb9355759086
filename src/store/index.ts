export type { DatabaseLocation } from './database-url.js';
export { parseDatabaseUrl } from './database-url.js';
export type { StoreConflictCode, StoreNotFoundCode } from './errors.js';
export { StoreConflictError, StoreNotFoundError } from './errors.js';
export type { StoreOptions } from './kysely-store.js';
export { openStore } from './open-store.js';
export type * from './types.js';
