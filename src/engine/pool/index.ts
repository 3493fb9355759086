export { ANY_PROGRAM, assessCandidate, type CandidateAssessment, PROGRAM_BITS } from './assess-candidate.js';
export { CategoryRegistry, MAX_CATEGORY_VERSIONS } from './category-registry.js';
export {
  type AdvanceReport,
  CandidateStatus,
  categoryFilter,
  GENERAL_FILTER,
  type KindFilter,
  MAX_CRS,
  meetsFilter,
  Pool,
  type PoolCandidate,
  type PoolColumns,
  type PoolView,
  programFilter,
  type RoundView,
} from './pool.js';
export { expiryOf, instantOf } from './time.js';
export { nextChangeOn } from './valid-until.js';
