/**
 * The Express Entry pool as columns (DESIGN.md "Rounds at scale"): one typed array per fact a
 * round reads, indexed by candidate, plus two orders over the candidates.
 *
 * - `submissionOrder`: every candidate by submission instant, then id. New profiles arrive later,
 *   so they append. Expiry follows submission (time.ts `expiryOf`), so the candidates whose
 *   profile is live at an instant are one contiguous run of it.
 * - `roundOrder`: `submissionOrder` stably counting-sorted on CRS, highest first: exactly the
 *   order of a round (programs.md "Rounds of invitations": CRS descending, ties by submission
 *   date-time, earliest first; then id, so that the order is total). Rebuilt, in O(n + 1201), only
 *   when a score changed or candidates arrived; an invitation only marks a status. A round walks it
 *   from the top and stops at N eligible candidates. Beside it, in the same order, copies of what
 *   the walk reads (status, submission instant, program and category bits), kept current on each
 *   invitation and re-assessment, so that the walk reads memory in sequence.
 * - Per block of 2,048 positions of `submissionOrder`, how many live candidates meet each kind of
 *   round, so that a round's eligible count is two binary searches, a sum over blocks and two
 *   partial blocks, not a scan of the pool.
 *
 * Scores and eligibility are kept right for the pool's date: `advanceTo` re-assesses only the
 * candidates whose `validUntil` has come (valid-until.ts), from each one's compiled form
 * (compiled/: the same results as the rules, without keeping the profile objects). It finds them
 * in a queue of due days (due-queue.ts): a candidate is filed under its `validUntil` when added
 * and again when re-assessed, so that moving the date costs the candidates due, not the pool.
 * With weekly rounds a few per cent of the pool are due at each move, and a scan of every
 * candidate, streaming through memory, cost about as much; moving the date day by day, the scan
 * was paid for the whole pool 365 times a year.
 */
import type { IsoDate } from '../../rules/_lib/dates.js';
import type { CategorySet } from '../../rules/categories/types.js';
import type { Profile } from '../../rules/profile/schema.js';
import { ANY_PROGRAM, assessCandidate, PROGRAM_BITS } from './assess-candidate.js';
import { CategoryRegistry, MAX_CATEGORY_VERSIONS } from './category-registry.js';
import { assessCompiled, compiledAssessment } from './compiled/assess-compiled.js';
import { compiledScratch, compileIntoScratch } from './compiled/compile-profile.js';
import { CompiledRules } from './compiled/compiled-rules.js';
import { CompiledSlab } from './compiled/compiled-slab.js';
import { DueQueue } from './due-queue.js';
import { dayStartOf, expiryOf, instantOf, isoDateOf, MS_PER_DAY, startOfDate } from './time.js';

/** A profile in the pool: the profile, its id and the instant it was submitted. */
export type PoolCandidate = Profile & { readonly id: string; readonly submittedAt: string };

/** `status` values. An invited candidate stays invited: the engine does not model declines. */
export const CandidateStatus = { inPool: 0, invited: 1 } as const;

/** The highest CRS score (600 + 600). */
export const MAX_CRS = 1200;

/** Kinds of round counted per block: general, FSW, CEC, FST, PNP, then one per category bit. */
export const KIND_SLOTS = 5 + MAX_CATEGORY_VERSIONS;
const BLOCK_SIZE = 2048;
const BLOCK_SHIFT = 11;
const NEVER = Number.POSITIVE_INFINITY;
const NOT_LISTED = 0xffff_ffff;
/** What a re-assessment changed. */
const SCORE_CHANGED = 1;
const ELIGIBILITY_CHANGED = 2;
/** `#compiledAt` of a candidate added as columns: never re-assessed. */
const NO_PROFILE = 0xffff_ffff;
/** `#compiledAt` of a candidate the compiled form cannot hold: its profile is kept, for the rules. */
const RULES_PROFILE = 0xffff_fffe;

/**
 * Which candidates a round may invite, beyond being in the pool and meeting one program:
 * `slot` names the per-block count; a candidate matches when it has a bit of `programMask`
 * (when not 0) and a bit of `categoryMask` (when not 0).
 */
export interface KindFilter {
  readonly slot: number;
  readonly programMask: number;
  readonly categoryMask: number;
}

/** The filter of a general round. */
export const GENERAL_FILTER: KindFilter = { slot: 0, programMask: 0, categoryMask: 0 };

/**
 * The filter of a program round (`PNP` is a nomination held) or a category-version round.
 * @example programFilter('CEC') //=> { slot: 2, programMask: 2, categoryMask: 0 }
 */
export function programFilter(program: keyof typeof PROGRAM_BITS): KindFilter {
  const slot = { FSW: 1, CEC: 2, FST: 3, PNP: 4 }[program];
  return { slot, programMask: PROGRAM_BITS[program], categoryMask: 0 };
}

/** @example categoryFilter(3) //=> { slot: 8, programMask: 0, categoryMask: 8 } */
export function categoryFilter(bit: number): KindFilter {
  return { slot: 5 + bit, programMask: 0, categoryMask: (1 << bit) >>> 0 };
}

/** True when a candidate with these bits meets the filter (and one program, as every round asks). */
export function meetsFilter(programBits: number, categoryBits: number, filter: KindFilter): boolean {
  return (
    (programBits & ANY_PROGRAM) !== 0 &&
    (filter.programMask === 0 || (programBits & filter.programMask) !== 0) &&
    (filter.categoryMask === 0 || (categoryBits & filter.categoryMask) !== 0)
  );
}

/** Columns a pool can be built from directly, without profiles (synthetic pools, benchmarks). */
export interface PoolColumns {
  readonly ids: readonly string[];
  readonly crs: ArrayLike<number>;
  /** Submission instants, ms since 1970 UTC. */
  readonly submittedAt: ArrayLike<number>;
  readonly programBits: ArrayLike<number>;
  readonly categoryBits: ArrayLike<number>;
  /** {@link CandidateStatus} values; all in the pool when absent. */
  readonly status?: ArrayLike<number>;
}

/** Read-only views of the columns, `size` long. */
export interface PoolView {
  readonly size: number;
  readonly ids: readonly string[];
  readonly crs: Uint16Array;
  readonly submittedAt: Float64Array;
  readonly expiresAt: Float64Array;
  readonly validUntil: Float64Array;
  readonly status: Uint8Array;
  readonly programBits: Uint8Array;
  readonly categoryBits: Uint32Array;
}

/** The round order, and what the walk reads, position by position (see `Pool.roundView`). */
export interface RoundView {
  readonly length: number;
  /** Candidate index at each position. */
  readonly order: Uint32Array;
  readonly submittedAt: Float64Array;
  readonly status: Uint8Array;
  readonly programBits: Uint8Array;
  readonly categoryBits: Uint32Array;
}

/** What `advanceTo` did. */
export interface AdvanceReport {
  readonly on: IsoDate;
  /** Candidates assessed again because their `validUntil` had come. */
  readonly reassessed: number;
  /** Of those, the ones whose CRS score changed. */
  readonly scoreChanged: number;
  /** Of those, the ones whose program or category bits changed. */
  readonly eligibilityChanged: number;
}

interface PoolOptions {
  /** The pool's date: candidates are assessed on it (an ISO date, or an instant: its UTC day). */
  readonly on: string;
  /** Category sets the rules choose from (the bundled ones, usually); also the registry's versions. */
  readonly sets: readonly CategorySet[];
}

export class Pool {
  readonly categories: CategoryRegistry;
  readonly #sets: readonly CategorySet[];
  #day: number;
  #size = 0;
  #capacity = 0;
  #crs = new Uint16Array(0);
  #submittedAt = new Float64Array(0);
  #expiresAt = new Float64Array(0);
  #validUntil = new Float64Array(0);
  #status = new Uint8Array(0);
  #programBits = new Uint8Array(0);
  #categoryBits = new Uint32Array(0);
  #submissionOrder = new Uint32Array(0);
  /** Position of each candidate in `submissionOrder`. */
  #positionOf = new Uint32Array(0);
  #roundOrder = new Uint32Array(0);
  /** What a round's walk reads, copied in round order so that the walk reads memory in sequence. */
  #roundSubmittedAt = new Float64Array(0);
  #roundStatus = new Uint8Array(0);
  #roundProgramBits = new Uint8Array(0);
  #roundCategoryBits = new Uint32Array(0);
  /** Position of each candidate in the round order, {@link NOT_LISTED} when left out. */
  #roundPositionOf = new Uint32Array(0);
  #roundOrderLength = 0;
  #roundOrderStale = true;
  #bucketCounts = new Uint32Array(MAX_CRS + 2);
  /** The rebuild's bucket of each position of `submissionOrder`, kept to be reused. */
  #buckets = new Uint16Array(0);
  /** `KIND_SLOTS` counts per block of `submissionOrder` positions, live candidates only. */
  #blockCounts = new Int32Array(0);
  #ids: string[] = [];
  /** Built on first use: indexing millions of ids costs more than a round. */
  #indexById: Map<string, number> | undefined;
  /**
   * Each profile compiled for the fast assessment, in the slab: the compiled form is all a
   * re-assessment reads, so the profile objects are not kept. `#compiledAt` is each candidate's
   * address there, {@link NO_PROFILE} for candidates added as columns, or {@link RULES_PROFILE}
   * for one the compiled form cannot hold: its profile is in `#ruleProfiles`, re-assessed through
   * the rules.
   */
  readonly #slab = new CompiledSlab();
  #compiledAt = new Uint32Array(0);
  readonly #ruleProfiles = new Map<number, Profile>();
  #compiledRules: CompiledRules | undefined;
  readonly #compiledResult = compiledAssessment();
  /** What `#assessCompiled` and `#assessByRules` write (read it straight after the call). */
  readonly #assessment = { crs: 0, programBits: 0, categoryBits: 0, validUntil: 0 };
  /**
   * Candidates with a profile, filed under their `validUntil` (see `#fileDue`): `advanceTo` reads
   * the days that have come, not the whole pool. One invited after being filed stays filed until
   * the day comes, and is dropped then.
   */
  readonly #due = new DueQueue();

  private constructor(on: string, sets: readonly CategorySet[], categories: CategoryRegistry) {
    this.#day = dayStartOf(instantOf(on));
    this.#sets = sets;
    this.categories = categories;
  }

  /**
   * Assesses every candidate on `on` (compiled: the same results as the rules) and builds the columns.
   * @throws RangeError for a candidate without an id or submission instant, or an id used twice.
   * @example
   * const pool = Pool.fromCandidates(candidates, { on: '2026-03-02', sets: bundledCategorySets() });
   * pool.size //=> candidates.length
   */
  static fromCandidates(candidates: readonly PoolCandidate[], options: PoolOptions): Pool {
    const pool = new Pool(options.on, options.sets, CategoryRegistry.fromSets(options.sets));
    pool.add(candidates);
    return pool;
  }

  /**
   * A pool from columns already computed (no profiles: `advanceTo` moves the date and
   * re-assesses nobody). `categories` are the versions the category bits stand for.
   * @example
   * const pool = Pool.fromColumns(
   *   { ids: ['a', 'b'], crs: [480, 512], submittedAt: [Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 9)],
   *     programBits: [2, 3], categoryBits: [0, 1] },
   *   { on: '2026-03-02', categories: ['french-language-proficiency@2026'] },
   * );
   * pool.roundOrder() //=> Uint32Array [1, 0]
   */
  static fromColumns(
    columns: PoolColumns,
    options: { readonly on: string; readonly categories: CategoryRegistry | readonly string[] },
  ): Pool {
    const registry =
      options.categories instanceof CategoryRegistry
        ? options.categories
        : new CategoryRegistry(options.categories);
    const pool = new Pool(options.on, [], registry);
    pool.addColumns(columns);
    return pool;
  }

  /**
   * Adds candidates given as columns (no profiles: they are never re-assessed).
   * Ids must be unique: they are checked against the id index when there is one, and all of them
   * when it is first built (by `indexOf`, `add` or `applyRound` by id), which then throws.
   * @throws RangeError for columns of different lengths, a CRS outside 0–1200, a submission
   * instant that is not a number, or an id used twice.
   */
  addColumns(columns: PoolColumns): void {
    const count = columns.ids.length;
    for (const [name, column] of Object.entries(columns)) {
      if (column !== undefined && column.length !== count) {
        throw new RangeError(`column ${name} has ${column.length} values for ${count} ids`);
      }
    }
    for (let k = 0; k < count; k += 1) {
      const crs = columns.crs[k] as number;
      if (!(Number.isInteger(crs) && crs >= 0 && crs <= MAX_CRS)) {
        throw new RangeError(`CRS ${crs} of ${columns.ids[k]} is not a whole number from 0 to 1200`);
      }
      if (!Number.isFinite(columns.submittedAt[k])) {
        throw new RangeError(`submission instant of ${columns.ids[k]} is not a number`);
      }
    }
    const from = this.#reserve(count);
    this.#claimIds(columns.ids, false);
    for (let k = 0; k < count; k += 1) {
      const i = from + k;
      const submitted = columns.submittedAt[k] as number;
      this.#ids.push(columns.ids[k] as string);
      this.#compiledAt[i] = NO_PROFILE;
      this.#crs[i] = columns.crs[k] as number;
      this.#submittedAt[i] = submitted;
      this.#expiresAt[i] = expiryOf(submitted);
      this.#validUntil[i] = NEVER;
      this.#status[i] = columns.status?.[k] ?? CandidateStatus.inPool;
      this.#programBits[i] = columns.programBits[k] as number;
      this.#categoryBits[i] = columns.categoryBits[k] as number;
    }
    this.#arrived(from, count);
  }

  /** Candidates ever added, invited and expired ones included. */
  get size(): number {
    return this.#size;
  }

  /** The date scores and eligibility are right for. */
  get on(): IsoDate {
    return isoDateOf(this.#day);
  }

  /**
   * Adds candidates, assessed on the pool's date. Each is kept compiled to re-assess it later
   * (the profile object itself only when the compiled form cannot hold it).
   * @throws RangeError for a candidate without an id or submission instant, or an id used twice.
   */
  add(candidates: readonly PoolCandidate[]): void {
    const on = this.on;
    const count = candidates.length;
    const submittedAt = new Float64Array(count);
    const ids: string[] = new Array(count);
    // Read and assess everyone first, each profile in one visit (its objects are read from memory
    // once): a bad candidate or a rule that throws leaves the pool as it was.
    const rules = this.#rules();
    const slabMark = this.#slab.mark();
    const compiledAt = new Uint32Array(count);
    const crs = new Uint16Array(count);
    const programBits = new Uint8Array(count);
    const categoryBits = new Uint32Array(count);
    const validUntil = new Float64Array(count);
    const assessment = this.#assessment;
    try {
      for (let k = 0; k < count; k += 1) {
        const candidate = candidates[k] as PoolCandidate;
        const id = candidate.id;
        if (typeof id !== 'string' || id === '') throw new RangeError('a candidate without an id');
        if (typeof candidate.submittedAt !== 'string')
          throw new RangeError(`candidate ${id} has no submission instant`);
        submittedAt[k] = instantOf(candidate.submittedAt);
        ids[k] = id;
        // Assessed where it was compiled, then copied to the slab.
        const numbers = compileIntoScratch(candidate, rules);
        if (numbers < 0) {
          compiledAt[k] = RULES_PROFILE;
          this.#assessByRules(candidate, on);
        } else {
          const scratch = compiledScratch();
          this.#assessCompiled(scratch, 0);
          compiledAt[k] = this.#slab.append(scratch, numbers);
        }
        crs[k] = assessment.crs;
        programBits[k] = assessment.programBits;
        categoryBits[k] = assessment.categoryBits;
        validUntil[k] = assessment.validUntil;
      }
    } catch (error) {
      this.#slab.rollBack(slabMark);
      throw error;
    }
    const from = this.#reserve(count);
    try {
      this.#claimIds(ids, true);
    } catch (error) {
      this.#slab.rollBack(slabMark);
      throw error;
    }
    // Nothing can fail from here: the candidates are filed only now, so that a failed add leaves
    // nothing in the queue.
    for (let k = 0; k < count; k += 1) {
      const i = from + k;
      const submitted = submittedAt[k] as number;
      this.#ids.push(ids[k] as string);
      this.#compiledAt[i] = compiledAt[k] as number;
      if (compiledAt[k] === RULES_PROFILE) this.#ruleProfiles.set(i, candidates[k] as PoolCandidate);
      this.#crs[i] = crs[k] as number;
      this.#submittedAt[i] = submitted;
      this.#expiresAt[i] = expiryOf(submitted);
      this.#validUntil[i] = validUntil[k] as number;
      this.#status[i] = CandidateStatus.inPool;
      this.#programBits[i] = programBits[k] as number;
      this.#categoryBits[i] = categoryBits[k] as number;
      this.#fileDue(i);
    }
    this.#arrived(from, count);
  }

  /**
   * Moves the pool to the day of `dateOrInstant`, re-assessing every candidate
   * whose assessment may have changed by then (its `validUntil` has come): a birthday, another
   * completed year of work, an expired language result, a new rule set. Invited and expired
   * profiles are left alone; they never return. Only the candidates filed under the days that
   * have come are read.
   * @throws RangeError for a day before the pool's date: time only moves forward.
   * @example
   * // One candidate, CEC on a CLB 9 result taken 2024-04-01, which stops counting on 2026-04-01:
   * pool.advanceTo('2026-03-31') //=> { on: '2026-03-31', reassessed: 0, scoreChanged: 0, eligibilityChanged: 0 }
   * pool.advanceTo('2026-04-01') //=> { on: '2026-04-01', reassessed: 1, scoreChanged: 1, eligibilityChanged: 1 }
   */
  advanceTo(dateOrInstant: string | number): AdvanceReport {
    const day = dayStartOf(typeof dateOrInstant === 'number' ? dateOrInstant : instantOf(dateOrInstant));
    if (day < this.#day) {
      throw new RangeError(`the pool is on ${this.on}; it cannot go back to ${isoDateOf(day)}`);
    }
    const report = { on: isoDateOf(day), reassessed: 0, scoreChanged: 0, eligibilityChanged: 0 };
    this.#day = day;
    const dayNumber = day / MS_PER_DAY;
    if (dayNumber < this.#due.earliest) return report;
    // In ascending index order, as a scan of the pool would go: the columns, and the compiled
    // profiles in the slab, are then read in address order.
    const due = this.#due.filedBy(dayNumber);
    for (let k = 0; k < due.length; k += 1) {
      const i = due[k] as number;
      // Invited and expired profiles never return. A `validUntil` after the day: re-assessed
      // since it was filed (only when a call threw half way), and filed again under its new day.
      if (
        this.#status[i] !== CandidateStatus.inPool ||
        (this.#expiresAt[i] as number) <= day ||
        (this.#validUntil[i] as number) > day
      )
        continue;
      report.reassessed += 1;
      const changed = this.#reassess(i, report.on);
      if ((changed & SCORE_CHANGED) !== 0) report.scoreChanged += 1;
      if ((changed & ELIGIBILITY_CHANGED) !== 0) report.eligibilityChanged += 1;
    }
    // A re-assessment files the candidate under a day after the pool's (valid-until.ts: at least
    // one day ahead), so dropping the days read loses nobody. Dropped only now: should a
    // re-assessment throw, the next call reads them again.
    this.#due.dropBy(dayNumber);
    return report;
  }

  /** Read-only views of the columns (valid until the pool grows). */
  view(): PoolView {
    const n = this.#size;
    return {
      size: n,
      ids: this.#ids,
      crs: this.#crs.subarray(0, n),
      submittedAt: this.#submittedAt.subarray(0, n),
      expiresAt: this.#expiresAt.subarray(0, n),
      validUntil: this.#validUntil.subarray(0, n),
      status: this.#status.subarray(0, n),
      programBits: this.#programBits.subarray(0, n),
      categoryBits: this.#categoryBits.subarray(0, n),
    };
  }

  /** Every candidate by submission instant, then id. */
  submissionOrder(): Uint32Array {
    return this.#submissionOrder.subarray(0, this.#size);
  }

  /**
   * The candidates in round order: CRS descending, then submission instant, then id. Invited
   * candidates, and profiles expired before the pool's date, are left out when it is rebuilt;
   * ones invited or expired since are still listed (a round skips them).
   */
  roundOrder(): Uint32Array {
    return this.roundView().order;
  }

  /**
   * The round order with, position by position, what a round's walk reads (status, submission
   * instant, program and category bits), kept current as candidates are invited or re-assessed.
   */
  roundView(): RoundView {
    if (this.#roundOrderStale) this.#rebuildRoundOrder();
    const n = this.#roundOrderLength;
    return {
      length: n,
      order: this.#roundOrder.subarray(0, n),
      submittedAt: this.#roundSubmittedAt.subarray(0, n),
      status: this.#roundStatus.subarray(0, n),
      programBits: this.#roundProgramBits.subarray(0, n),
      categoryBits: this.#roundCategoryBits.subarray(0, n),
    };
  }

  /** Rebuilds the round order now rather than at the next round (a counting sort, O(n + 1201)). */
  refreshRoundOrder(): void {
    this.#rebuildRoundOrder();
  }

  /**
   * The earliest submission instant of a profile still in the pool by age at `at` (expiry follows
   * submission, so every later one is too); infinite when none is.
   * @example
   * // Profiles received 2025-03-02T05:00Z and 2025-03-03T01:00Z; the first left on 2026-03-02:
   * pool.earliestLiveSubmission(Date.parse('2026-03-02T14:00:00Z')) //=> Date.parse('2025-03-03T01:00:00Z')
   */
  earliestLiveSubmission(at: number): number {
    const start = this.#firstPosition((i) => (this.#expiresAt[i] as number) > at);
    return start < this.#size ? (this.#submittedAt[this.#submissionOrder[start] as number] as number) : NEVER;
  }

  /** The index of a candidate id, or -1. */
  indexOf(id: string): number {
    return this.#idIndex().get(id) ?? -1;
  }

  /**
   * Candidates in the pool at `at` (submitted at or before it, not expired, not invited) who meet
   * one program and `filter`.
   * @example pool.countEligible(GENERAL_FILTER, Date.parse('2026-03-02T12:00:00Z')) //=> 2
   */
  countEligible(filter: KindFilter, at: number): number {
    const order = this.#submissionOrder;
    // Live profiles are one run of submissionOrder: submitted at or before `at`, expiring after it.
    const end = this.#firstPosition((i) => (this.#submittedAt[i] as number) > at);
    const start = this.#firstPosition((i) => (this.#expiresAt[i] as number) > at);
    if (start >= end) return 0;
    const countRun = (from: number, to: number) => {
      let count = 0;
      for (let p = from; p < to; p += 1) {
        const i = order[p] as number;
        if (
          this.#status[i] === CandidateStatus.inPool &&
          meetsFilter(this.#programBits[i] as number, this.#categoryBits[i] as number, filter)
        )
          count += 1;
      }
      return count;
    };
    const firstFullBlock = (start + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
    const endFullBlock = end >> BLOCK_SHIFT;
    if (firstFullBlock >= endFullBlock) return countRun(start, end);
    let count = countRun(start, firstFullBlock << BLOCK_SHIFT) + countRun(endFullBlock << BLOCK_SHIFT, end);
    for (let block = firstFullBlock; block < endFullBlock; block += 1)
      count += this.#blockCounts[block * KIND_SLOTS + filter.slot] as number;
    return count;
  }

  /**
   * Marks candidates invited (programs.md: an invitation takes the profile out of the pool).
   * Returns how many were not invited already.
   */
  markInvited(indices: ArrayLike<number>): number {
    let marked = 0;
    for (let k = 0; k < indices.length; k += 1) {
      const i = indices[k] as number;
      if (!(i >= 0 && i < this.#size)) throw new RangeError(`no candidate at index ${i}`);
      if (this.#status[i] === CandidateStatus.invited) continue;
      this.#count(i, -1);
      this.#status[i] = CandidateStatus.invited;
      const position = this.#roundPositionOf[i] as number;
      if (position !== NOT_LISTED) this.#roundStatus[position] = CandidateStatus.invited;
      marked += 1;
    }
    return marked;
  }

  /**
   * Bytes held by the columns and orders (allocated capacity); ids, compiled profiles (and their
   * addresses) and the queue of due days not included.
   */
  byteLength(): number {
    return [
      this.#crs,
      this.#submittedAt,
      this.#expiresAt,
      this.#validUntil,
      this.#status,
      this.#programBits,
      this.#categoryBits,
      this.#submissionOrder,
      this.#positionOf,
      this.#roundOrder,
      this.#roundSubmittedAt,
      this.#roundStatus,
      this.#roundProgramBits,
      this.#roundCategoryBits,
      this.#roundPositionOf,
      this.#bucketCounts,
      this.#blockCounts,
    ].reduce((sum, array) => sum + array.byteLength, 0);
  }

  /** Room for `count` more candidates; returns the index of the first. */
  #reserve(count: number): number {
    const needed = this.#size + count;
    if (needed > this.#capacity) {
      const capacity = Math.max(needed, this.#capacity === 0 ? 0 : this.#capacity * 2);
      this.#crs = grown(this.#crs, capacity);
      this.#submittedAt = grown(this.#submittedAt, capacity);
      this.#expiresAt = grown(this.#expiresAt, capacity);
      this.#validUntil = grown(this.#validUntil, capacity);
      this.#status = grown(this.#status, capacity);
      this.#programBits = grown(this.#programBits, capacity);
      this.#categoryBits = grown(this.#categoryBits, capacity);
      this.#submissionOrder = grown(this.#submissionOrder, capacity);
      this.#positionOf = grown(this.#positionOf, capacity);
      this.#roundOrder = grown(this.#roundOrder, capacity);
      this.#roundSubmittedAt = grown(this.#roundSubmittedAt, capacity);
      this.#roundStatus = grown(this.#roundStatus, capacity);
      this.#roundProgramBits = grown(this.#roundProgramBits, capacity);
      this.#roundCategoryBits = grown(this.#roundCategoryBits, capacity);
      this.#roundPositionOf = grown(this.#roundPositionOf, capacity);
      this.#compiledAt = grown(this.#compiledAt, capacity);
      this.#buckets = new Uint16Array(capacity);
      // Newcomers are not in the round order until it is rebuilt.
      this.#roundPositionOf.fill(NOT_LISTED, this.#capacity);
      this.#blockCounts = grown(this.#blockCounts, Math.ceil(capacity / BLOCK_SIZE) * KIND_SLOTS);
      this.#capacity = capacity;
    }
    return this.#size;
  }

  /** The id index, built now if it was not. @throws RangeError for an id used twice. */
  #idIndex(): Map<string, number> {
    if (this.#indexById) return this.#indexById;
    const index = new Map<string, number>();
    for (let i = 0; i < this.#size; i += 1) {
      const id = this.#ids[i] as string;
      if (index.has(id)) throw new RangeError(`candidate id ${id} used twice`);
      index.set(id, i);
    }
    this.#indexById = index;
    return index;
  }

  /**
   * Indexes the ids of the next candidates, or throws, changing nothing, if one is taken. Unless
   * `now`, ids go unchecked while there is no index yet; building it checks them all.
   */
  #claimIds(ids: readonly string[], now: boolean): void {
    const index = now ? this.#idIndex() : this.#indexById;
    if (!index) return;
    const first = this.#size;
    const count = ids.length;
    for (let k = 0; k < count; k += 1) {
      const id = ids[k] as string;
      // One look-up: a set that leaves the size as it was replaced a holder, found again to restore.
      const before = index.size;
      index.set(id, first + k);
      if (index.size === before) {
        const earlier = ids.indexOf(id);
        if (earlier < k) index.set(id, first + earlier);
        else index.set(id, this.#ids.indexOf(id));
        for (let claimed = 0; claimed < k; claimed += 1) index.delete(ids[claimed] as string);
        throw new RangeError(`candidate id ${id} used twice`);
      }
    }
  }

  /** Candidates `[from, from + count)` have their columns set: index them and order them. */
  #arrived(from: number, count: number): void {
    const ids = this.#ids;
    const submitted = this.#submittedAt;
    const bySubmission = (a: number, b: number) =>
      (submitted[a] as number) - (submitted[b] as number) ||
      ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0);
    const arrivals = new Uint32Array(count);
    let inOrder = true;
    for (let k = 0; k < count; k += 1) {
      arrivals[k] = from + k;
      if (k > 0 && inOrder && bySubmission(from + k - 1, from + k) > 0) inOrder = false;
    }
    // Profiles usually arrive in the order they were submitted: then there is nothing to sort.
    if (!inOrder) arrivals.sort(bySubmission);
    const size = this.#size;
    const last = size > 0 ? (this.#submissionOrder[size - 1] as number) : -1;
    this.#size = size + count;
    if (count === 0) return;
    if (last < 0 || bySubmission(last, arrivals[0] as number) < 0) {
      // The usual case: later submissions append, and only their blocks change.
      this.#submissionOrder.set(arrivals, size);
      for (let p = size; p < size + count; p += 1) {
        const i = this.#submissionOrder[p] as number;
        this.#positionOf[i] = p;
        this.#count(i, 1);
      }
    } else {
      // An earlier submission arriving late: merge, then every position after it moved.
      const merged = new Uint32Array(this.#capacity);
      let a = 0;
      let b = 0;
      for (let p = 0; p < size + count; p += 1) {
        const fromOld =
          b >= count ||
          (a < size && bySubmission(this.#submissionOrder[a] as number, arrivals[b] as number) < 0);
        merged[p] = fromOld ? (this.#submissionOrder[a++] as number) : (arrivals[b++] as number);
      }
      this.#submissionOrder = merged;
      this.#blockCounts.fill(0);
      for (let p = 0; p < size + count; p += 1) {
        const i = merged[p] as number;
        this.#positionOf[i] = p;
        this.#count(i, 1);
      }
    }
    this.#roundOrderStale = true;
  }

  /** Adds (`sign` 1) or removes (-1) a live candidate's share of its block's counts. */
  #count(i: number, sign: 1 | -1): void {
    const programBits = this.#programBits[i] as number;
    if (this.#status[i] !== CandidateStatus.inPool || (programBits & ANY_PROGRAM) === 0) return;
    const counts = this.#blockCounts;
    const base = ((this.#positionOf[i] as number) >> BLOCK_SHIFT) * KIND_SLOTS;
    counts[base] = (counts[base] as number) + sign;
    if (programBits & PROGRAM_BITS.FSW) counts[base + 1] = (counts[base + 1] as number) + sign;
    if (programBits & PROGRAM_BITS.CEC) counts[base + 2] = (counts[base + 2] as number) + sign;
    if (programBits & PROGRAM_BITS.FST) counts[base + 3] = (counts[base + 3] as number) + sign;
    if (programBits & PROGRAM_BITS.PNP) counts[base + 4] = (counts[base + 4] as number) + sign;
    for (let bits = this.#categoryBits[i] as number; bits !== 0; bits &= bits - 1) {
      const slot = base + 5 + (31 - Math.clz32(bits & -bits));
      counts[slot] = (counts[slot] as number) + sign;
    }
  }

  /**
   * Files candidate `i` under its `validUntil`, for `advanceTo` to re-assess it on that day;
   * unless its profile has expired by then: it is never re-assessed again (it never returns).
   */
  #fileDue(i: number): void {
    const validUntil = this.#validUntil[i] as number;
    if (validUntil < (this.#expiresAt[i] as number)) this.#due.add(validUntil / MS_PER_DAY, i);
  }

  /** Assesses candidate `i` again; returns {@link SCORE_CHANGED} and {@link ELIGIBILITY_CHANGED} bits. */
  #reassess(i: number, on: IsoDate): number {
    const address = this.#compiledAt[i] as number;
    if (address === NO_PROFILE) {
      this.#validUntil[i] = NEVER;
      return 0;
    }
    const assessment = this.#assessment;
    if (address === RULES_PROFILE) this.#assessByRules(this.#ruleProfiles.get(i) as Profile, on);
    else this.#assessCompiled(this.#slab.chunkOf(address), this.#slab.offsetOf(address));
    const scoreChanged = assessment.crs !== this.#crs[i];
    const eligibilityChanged =
      assessment.programBits !== this.#programBits[i] || assessment.categoryBits !== this.#categoryBits[i];
    if (scoreChanged) {
      this.#crs[i] = assessment.crs;
      this.#roundOrderStale = true;
    }
    if (eligibilityChanged) {
      this.#count(i, -1);
      this.#programBits[i] = assessment.programBits;
      this.#categoryBits[i] = assessment.categoryBits;
      this.#count(i, 1);
      const position = this.#roundPositionOf[i] as number;
      if (position !== NOT_LISTED) {
        this.#roundProgramBits[position] = assessment.programBits;
        this.#roundCategoryBits[position] = assessment.categoryBits;
      }
    }
    this.#validUntil[i] = assessment.validUntil;
    this.#fileDue(i);
    return (scoreChanged ? SCORE_CHANGED : 0) | (eligibilityChanged ? ELIGIBILITY_CHANGED : 0);
  }

  /** The pool's rules compiled, built on first use. */
  #rules(): CompiledRules {
    this.#compiledRules ??= new CompiledRules(this.#sets, this.categories);
    return this.#compiledRules;
  }

  /**
   * Writes into `#assessment` assessCandidate's result on `on` (the pool's date), `validUntil` as
   * an instant, for a profile the compiled form cannot hold.
   */
  #assessByRules(profile: Profile, on: IsoDate): void {
    const result = this.#assessment;
    const assessment = assessCandidate(profile, { on, sets: this.#sets, registry: this.categories });
    result.crs = assessment.crs;
    result.programBits = assessment.programBits;
    result.categoryBits = assessment.categoryBits;
    result.validUntil = startOfDate(assessment.validUntil);
  }

  /**
   * The same as {@link #assessByRules} through the profile compiled in `profile` from `from`
   * (assess-compiled.test.ts shows it equal to the rules), on the pool's day.
   */
  #assessCompiled(profile: Float64Array, from: number): void {
    const result = this.#assessment;
    const compiled = assessCompiled(
      profile,
      this.#day / MS_PER_DAY,
      this.#rules(),
      this.#compiledResult,
      from,
    );
    result.crs = compiled.crs;
    result.programBits = compiled.programBits;
    result.categoryBits = compiled.categoryBits;
    result.validUntil = compiled.validUntilDay * MS_PER_DAY;
  }

  /**
   * A stable counting sort of `submissionOrder` on CRS, highest first, leaving out the invited and
   * the profiles expired by the pool's date. Only the pass that must follow `submissionOrder`
   * does; the two others go in index order. A pool's first candidates come in any order of
   * submission (a pool file, a generated pool), and following `submissionOrder` then reads the
   * columns all over the place: 2,000,000 candidates, the first half in random order, took 65 ms
   * a rebuild that way, 43 ms so.
   */
  #rebuildRoundOrder(): void {
    const listed = this.#countBuckets();
    this.#placeInRoundOrder();
    this.#copyIntoRoundOrder();
    // Everyone listed is in the pool: their status is one fill, not one more array written at a
    // place per candidate.
    this.#roundStatus.fill(CandidateStatus.inPool, 0, listed);
    this.#roundOrderLength = listed;
    this.#roundOrderStale = false;
  }

  /**
   * Writes each live candidate's bucket at its place in `submissionOrder` (`#buckets`) and makes
   * `#bucketCounts` where each bucket starts in the round order; returns how many are listed.
   * Bucket b holds CRS 1200 − b, so ascending buckets are descending scores; bucket 1201 gathers
   * the invited.
   */
  #countBuckets(): number {
    const size = this.#size;
    const crs = this.#crs;
    const status = this.#status;
    const expiresAt = this.#expiresAt;
    const today = this.#day;
    const submissionPosition = this.#positionOf;
    const buckets = this.#buckets;
    const starts = this.#bucketCounts;
    starts.fill(0);
    for (let i = 0; i < size; i += 1) {
      if ((expiresAt[i] as number) <= today) continue;
      const bucket = status[i] === CandidateStatus.inPool ? MAX_CRS - (crs[i] as number) : MAX_CRS + 1;
      buckets[submissionPosition[i] as number] = bucket;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    let total = 0;
    for (let b = 0; b <= MAX_CRS + 1; b += 1) {
      const inBucket = starts[b] as number;
      starts[b] = total;
      total += inBucket;
    }
    return starts[MAX_CRS + 1] as number;
  }

  /**
   * Gives each listed candidate its position in the round order (`#roundPositionOf`), the others
   * {@link NOT_LISTED}: in submission order within a bucket, so that ties go to the earliest.
   */
  #placeInRoundOrder(): void {
    const size = this.#size;
    const order = this.#submissionOrder;
    const expiresAt = this.#expiresAt;
    const today = this.#day;
    const buckets = this.#buckets;
    const starts = this.#bucketCounts;
    const positionOf = this.#roundPositionOf;
    positionOf.fill(NOT_LISTED);
    // Expiry follows submission: the live profiles are the positions from `live` on.
    const live = this.#firstPosition((i) => (expiresAt[i] as number) > today);
    for (let p = live; p < size; p += 1) {
      const bucket = buckets[p] as number;
      if (bucket > MAX_CRS) continue;
      const position = starts[bucket] as number;
      starts[bucket] = position + 1;
      positionOf[order[p] as number] = position;
    }
  }

  /** Copies each listed candidate, and what a round's walk reads of it, to its place in the round order. */
  #copyIntoRoundOrder(): void {
    const size = this.#size;
    const positionOf = this.#roundPositionOf;
    const roundOrder = this.#roundOrder;
    const roundSubmittedAt = this.#roundSubmittedAt;
    const roundProgramBits = this.#roundProgramBits;
    const roundCategoryBits = this.#roundCategoryBits;
    const submittedAt = this.#submittedAt;
    const programBits = this.#programBits;
    const categoryBits = this.#categoryBits;
    for (let i = 0; i < size; i += 1) {
      const position = positionOf[i] as number;
      if (position === NOT_LISTED) continue;
      roundOrder[position] = i;
      roundSubmittedAt[position] = submittedAt[i] as number;
      roundProgramBits[position] = programBits[i] as number;
      roundCategoryBits[position] = categoryBits[i] as number;
    }
  }

  /** The first position of `submissionOrder` whose candidate passes `test` (monotone in position). */
  #firstPosition(test: (i: number) => boolean): number {
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.#submissionOrder[middle] as number)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A copy of `array` with room for `length` values. */
function grown<T extends Column>(array: T, length: number): T {
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array as never);
  return next;
}
