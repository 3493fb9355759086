/**
 * The pool's columns and orders, and how it keeps scores and eligibility right as its date moves.
 * Every expected order is worked out by hand from the rule: CRS descending, then submission
 * instant, then id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../data/categories.js';
import { addDays } from '../../rules/_lib/dates.js';
import { candidate, clb } from '../../rules/_test/profiles.js';
import type { Profile } from '../../rules/profile/schema.js';
import { profileArbitrary } from './_test/random-profile.js';
import { assessCandidate, PROGRAM_BITS } from './assess-candidate.js';
import { CategoryRegistry } from './category-registry.js';
import { CandidateStatus, GENERAL_FILTER, Pool, type PoolCandidate, programFilter } from './pool.js';
import { instantOf } from './time.js';

const sets = bundledCategorySets();
const { FSW, CEC, PNP } = PROGRAM_BITS;

const at = (iso: string) => Date.parse(iso);
const fiveColumns = {
  ids: ['c', 'a', 'b', 'd', 'e'],
  crs: [480, 491, 480, 480, 700],
  submittedAt: [
    at('2026-01-10T08:00:00Z'),
    at('2026-01-20T08:00:00Z'),
    at('2026-01-05T08:00:00Z'),
    at('2026-01-10T08:00:00Z'),
    at('2026-02-01T08:00:00Z'),
  ],
  programBits: [CEC, FSW | CEC, CEC, FSW, CEC | PNP],
  categoryBits: [0, 1, 0, 1, 0],
};
const fivePool = () => Pool.fromColumns(fiveColumns, { on: '2026-03-02', categories: ['french@2026'] });
const idsIn = (pool: Pool, order: Uint32Array) => [...order].map((i) => pool.view().ids[i]);

describe('Pool orders', () => {
  it('keeps submission order by instant, then id, and round order by CRS first', () => {
    const pool = fivePool();
    expect(idsIn(pool, pool.submissionOrder())).toEqual(['b', 'c', 'd', 'a', 'e']);
    // e 700; a 491; then the three at 480 in submission order: b (5 Jan), c and d (10 Jan, by id).
    expect(idsIn(pool, pool.roundOrder())).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('appends later arrivals and merges an earlier one that arrives late', () => {
    const pool = fivePool();
    pool.roundOrder();
    pool.addColumns({
      ids: ['f'],
      crs: [480],
      submittedAt: [at('2026-02-10T00:00:00Z')],
      programBits: [CEC],
      categoryBits: [0],
    });
    expect(idsIn(pool, pool.submissionOrder())).toEqual(['b', 'c', 'd', 'a', 'e', 'f']);
    expect(idsIn(pool, pool.roundOrder())).toEqual(['e', 'a', 'b', 'c', 'd', 'f']);
    pool.addColumns({
      ids: ['g'],
      crs: [480],
      submittedAt: [at('2026-01-01T00:00:00Z')],
      programBits: [CEC],
      categoryBits: [0],
    });
    expect(idsIn(pool, pool.submissionOrder())).toEqual(['g', 'b', 'c', 'd', 'a', 'e', 'f']);
    expect(idsIn(pool, pool.roundOrder())).toEqual(['e', 'a', 'g', 'b', 'c', 'd', 'f']);
    expect(pool.countEligible(GENERAL_FILTER, at('2026-03-02T12:00:00Z'))).toBe(7);
  });

  it('leaves invited and expired profiles out of a rebuilt round order', () => {
    const pool = Pool.fromColumns(
      {
        ...fiveColumns,
        // c was received 2025-03-01: 12 months later, on 2026-03-01, it left the pool.
        submittedAt: [at('2025-03-01T08:00:00Z'), ...fiveColumns.submittedAt.slice(1)],
        status: [0, 1, 0, 0, 0],
      },
      { on: '2026-03-02', categories: ['french@2026'] },
    );
    expect(idsIn(pool, pool.roundOrder())).toEqual(['e', 'b', 'd']);
  });

  it('counts the eligible of a kind at an instant', () => {
    const pool = fivePool();
    expect(pool.countEligible(GENERAL_FILTER, at('2026-03-02T12:00:00Z'))).toBe(5);
    expect(pool.countEligible(programFilter('FSW'), at('2026-03-02T12:00:00Z'))).toBe(2);
    expect(pool.countEligible(programFilter('PNP'), at('2026-03-02T12:00:00Z'))).toBe(1);
    // Before e and a were submitted; after b, c and d expired (2027-01-05, 2027-01-10).
    expect(pool.countEligible(GENERAL_FILTER, at('2026-01-15T00:00:00Z'))).toBe(3);
    expect(pool.countEligible(GENERAL_FILTER, at('2027-01-10T00:00:00Z'))).toBe(2);
    pool.markInvited([pool.indexOf('a')]);
    expect(pool.countEligible(programFilter('FSW'), at('2026-03-02T12:00:00Z'))).toBe(1);
  });

  it('reports the bytes of its typed arrays', () => {
    // 62 bytes a candidate: CRS 2; submission, expiry, validUntil 8 each; status and programs 1
    // each; categories 4; submission order and positions 4 each; round order, its positions, its
    // copies of submission (8), status (1), programs (1) and categories (4). Then 1,202 CRS
    // buckets of 4 bytes, and one block of 37 counts of 4 bytes.
    expect(fivePool().byteLength()).toBe(5 * 62 + 1202 * 4 + 37 * 4);
  });

  it('refuses an id used twice, and changes nothing', () => {
    const pool = fivePool();
    expect(pool.indexOf('a')).toBe(1);
    const again = {
      ids: ['z', 'a'],
      crs: [1, 2],
      submittedAt: [0, 0],
      programBits: [1, 1],
      categoryBits: [0, 0],
    };
    expect(() => pool.addColumns(again)).toThrow(RangeError);
    expect(pool.size).toBe(5);
    expect(pool.indexOf('z')).toBe(-1);
  });

  it('finds an id used twice in columns when it first indexes the ids', () => {
    const pool = Pool.fromColumns(
      { ids: ['a', 'a'], crs: [1, 2], submittedAt: [0, 0], programBits: [1, 1], categoryBits: [0, 0] },
      { on: '2026-03-02', categories: [] },
    );
    expect(() => pool.indexOf('a')).toThrow(/a used twice/);
  });

  it('does not go back in time', () => {
    const pool = fivePool();
    pool.advanceTo('2026-04-01T10:00:00Z');
    expect(pool.on).toBe('2026-04-01');
    expect(() => pool.advanceTo('2026-03-31')).toThrow(RangeError);
  });
});

const inPool = (profile: Profile, id: string, submittedAt = '2026-01-05T10:00:00Z'): PoolCandidate => ({
  ...profile,
  id,
  submittedAt,
});
const bitsOf = (pool: Pool, id: string) => pool.view().programBits[pool.indexOf(id)];

describe('Pool.advanceTo re-assesses on the day facts change', () => {
  it('a twelfth month of Canadian work brings CEC (IRPR 87.1)', () => {
    const worker = candidate({
      languageTests: [clb(9, 9, 9, 9)],
      jobs: [{ noc: '21232', start: '2025-03-01' }],
    });
    const pool = Pool.fromCandidates([inPool(worker, 'w')], { on: '2026-02-01', sets });
    expect(bitsOf(pool, 'w')).toBe(0);
    pool.advanceTo('2026-02-28');
    expect(bitsOf(pool, 'w')).toBe(0);
    pool.advanceTo('2026-03-01');
    expect(bitsOf(pool, 'w')).toBe(CEC);
  });

  it('a language result 2 years old stops counting, and the profile shows no program (P6 s.3(4))', () => {
    const worker = candidate({
      languageTests: [clb(9, 9, 9, 9, '2024-04-01')],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    });
    const pool = Pool.fromCandidates([inPool(worker, 'w')], { on: '2026-03-02', sets });
    const now = instantOf('2026-03-31T12:00:00Z');
    expect(pool.advanceTo(now)).toEqual({
      on: '2026-03-31',
      reassessed: 0,
      scoreChanged: 0,
      eligibilityChanged: 0,
    });
    expect(pool.countEligible(GENERAL_FILTER, now)).toBe(1);
    const report = pool.advanceTo('2026-04-01');
    // CLB 9 stops scoring too (CRS A3), so the score changes with the eligibility.
    expect(report).toEqual({ on: '2026-04-01', reassessed: 1, scoreChanged: 1, eligibilityChanged: 1 });
    expect(bitsOf(pool, 'w')).toBe(0);
    expect(pool.countEligible(GENERAL_FILTER, instantOf('2026-04-01T12:00:00Z'))).toBe(0);
  });

  it('a new category set replaces the versions in force (categories@2026 from 2026-02-18)', () => {
    // A nurse (31301) in Canada since 2025-06-01: 6 continuous months meet healthcare@2025;
    // healthcare@2026 asks 12 months, which she has on 2026-06-01.
    const nurse = candidate({
      languageTests: [clb(9, 9, 9, 9)],
      jobs: [{ noc: '31301', start: '2025-06-01' }],
    });
    const pool = Pool.fromCandidates([inPool(nurse, 'n')], { on: '2026-02-17', sets });
    const versions = () => pool.categories.versionsIn(pool.view().categoryBits[pool.indexOf('n')] as number);
    expect(versions()).toEqual(['healthcare@2025']);
    pool.advanceTo('2026-02-18');
    expect(versions()).toEqual([]);
    pool.advanceTo('2026-06-01');
    expect(versions()).toEqual(['healthcare@2026']);
  });

  it('matches a fresh assessment of everyone on every day, re-assessing only those due', () => {
    const registry = CategoryRegistry.fromSets(sets);
    const profiles = fc.sample(profileArbitrary, { numRuns: 40, seed: 20260302 });
    const candidates = profiles.map((profile, k) => inPool(profile, `p${k}`));
    const pool = Pool.fromCandidates(candidates, { on: '2025-10-01', sets });
    let reassessed = 0;
    for (let day = 1; day <= 200; day += 1) {
      const on = addDays('2025-10-01', day);
      reassessed += pool.advanceTo(on).reassessed;
      const view = pool.view();
      for (const [k, profile] of profiles.entries()) {
        const fresh = assessCandidate(profile, { on, sets, registry });
        expect({
          on,
          k,
          crs: view.crs[k],
          programs: view.programBits[k],
          categories: view.categoryBits[k],
        }).toEqual({ on, k, crs: fresh.crs, programs: fresh.programBits, categories: fresh.categoryBits });
      }
    }
    // Far fewer assessments than 40 candidates × 200 days.
    expect(reassessed).toBeLessThan(40 * 200 * 0.25);
  });

  it('keeps a profile the compiled form cannot hold and re-assesses it through the rules', () => {
    const registry = CategoryRegistry.fromSets(sets);
    const shortJob = {
      noc: '21232',
      country: 'CA',
      start: '2024-01-01',
      end: '2024-01-20',
      hoursPerWeek: 30,
      selfEmployed: false,
    };
    const longWorker: Profile = {
      ...candidate({ languageTests: [clb(9, 9, 9, 9, '2024-04-01')], jobs: [] }),
      work: [
        ...Array.from({ length: 30 }, () => shortJob),
        {
          noc: '21232',
          country: 'CA',
          start: '2025-05-01',
          end: null,
          hoursPerWeek: 30,
          selfEmployed: false,
        },
      ],
    };
    const others = fc.sample(profileArbitrary, { numRuns: 6, seed: 20260303 });
    const profiles = [others[0] as Profile, longWorker, ...others.slice(1)];
    const pool = Pool.fromCandidates(
      profiles.map((profile, k) => inPool(profile, `p${k}`)),
      { on: '2026-03-02', sets },
    );
    for (const on of ['2026-03-02', '2026-05-01', '2026-09-30', '2027-01-04']) {
      pool.advanceTo(on);
      const view = pool.view();
      for (const [k, profile] of profiles.entries()) {
        const fresh = assessCandidate(profile, { on, sets, registry });
        expect({
          on,
          k,
          crs: view.crs[k],
          programs: view.programBits[k],
          categories: view.categoryBits[k],
        }).toEqual({
          on,
          k,
          crs: fresh.crs,
          programs: fresh.programBits,
          categories: fresh.categoryBits,
        });
      }
    }
  });

  it('adds nothing from a list of candidates with an id used twice, and assesses the next ones right', () => {
    const registry = CategoryRegistry.fromSets(sets);
    const [first, second, third] = fc.sample(profileArbitrary, { numRuns: 3, seed: 20260304 }) as Profile[];
    const pool = Pool.fromCandidates([inPool(first as Profile, 'a')], { on: '2026-03-02', sets });
    expect(() => pool.add([inPool(second as Profile, 'b'), inPool(second as Profile, 'a')])).toThrow(
      /a used twice/,
    );
    expect(pool.size).toBe(1);
    pool.add([inPool(third as Profile, 'c')]);
    pool.advanceTo('2026-08-01');
    const view = pool.view();
    for (const [k, profile] of [first, third].entries()) {
      const fresh = assessCandidate(profile as Profile, { on: '2026-08-01', sets, registry });
      expect([view.crs[k], view.programBits[k], view.categoryBits[k]]).toEqual([
        fresh.crs,
        fresh.programBits,
        fresh.categoryBits,
      ]);
    }
  });

  it('leaves invited candidates alone', () => {
    const worker = candidate({
      languageTests: [clb(9, 9, 9, 9, '2024-04-01')],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    });
    const pool = Pool.fromCandidates([inPool(worker, 'w')], { on: '2026-03-02', sets });
    pool.markInvited([0]);
    expect(pool.view().status[0]).toBe(CandidateStatus.invited);
    expect(pool.advanceTo('2026-04-01').reassessed).toBe(0);
  });
});

/**
 * What a scan of every candidate would re-assess on `day`: the live profiles in the pool whose
 * `validUntil` has come.
 */
function dueByScan(pool: Pool, day: string): number {
  const { size, status, expiresAt, validUntil } = pool.view();
  const start = instantOf(day);
  let due = 0;
  for (let i = 0; i < size; i += 1)
    if (
      status[i] === CandidateStatus.inPool &&
      (expiresAt[i] as number) > start &&
      (validUntil[i] as number) <= start
    )
      due += 1;
  return due;
}

describe('Pool.advanceTo reads only the days that have come', () => {
  const profiles = fc.sample(profileArbitrary, { numRuns: 60, seed: 20260305 });
  // Submitted from 2025-03-01 on, 3 days apart: the first ones expire along the way.
  const candidates = profiles.map((profile, k) =>
    inPool(profile, `p${k}`, `${addDays('2025-03-01', 3 * k)}T09:00:00Z`),
  );

  it('re-assesses who a scan would, and ends where a pool built on the last day starts', () => {
    const pool = Pool.fromCandidates(candidates, { on: '2025-10-01', sets });
    expect(new Set(pool.view().validUntil).size).toBeGreaterThan(10);
    pool.markInvited([3, 17, 42]);
    let on = '2025-10-01';
    let reassessed = 0;
    let validUntilBefore = new Float64Array(0);
    for (const step of [1, 2, 5, 13, 30, 1, 61, 90, 7, 30]) {
      on = addDays(on, step);
      const due = dueByScan(pool, on);
      validUntilBefore = pool.view().validUntil.slice();
      const report = pool.advanceTo(on);
      expect({ on, reassessed: report.reassessed }).toEqual({ on, reassessed: due });
      reassessed += report.reassessed;
    }
    expect(reassessed).toBeGreaterThan(60);
    const stepped = pool.view();
    const fresh = Pool.fromCandidates(candidates, { on, sets }).view();
    const end = instantOf(on);
    let compared = 0;
    for (let i = 0; i < pool.size; i += 1) {
      if (stepped.status[i] !== CandidateStatus.inPool || (stepped.expiresAt[i] as number) <= end) continue;
      compared += 1;
      expect({
        i,
        crs: stepped.crs[i],
        programs: stepped.programBits[i],
        categories: stepped.categoryBits[i],
      }).toEqual({ i, crs: fresh.crs[i], programs: fresh.programBits[i], categories: fresh.categoryBits[i] });
      // Not due yet; and the same day as a fresh assessment's when re-assessed on the last day
      // (one assessed earlier keeps the day found then, also a day nothing changes before).
      expect(stepped.validUntil[i] as number).toBeGreaterThan(end);
      if ((validUntilBefore[i] as number) <= end) expect(stepped.validUntil[i]).toBe(fresh.validUntil[i]);
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('leaves alone a candidate invited, or whose profile expired, before its day', () => {
    // CLB 9 taken 2024-04-01 stops counting on 2026-04-01: all three are due that day.
    const worker = candidate({
      languageTests: [clb(9, 9, 9, 9, '2024-04-01')],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    });
    const pool = Pool.fromCandidates(
      [
        inPool(worker, 'kept'),
        inPool(worker, 'invited'),
        // Received 2025-03-15: it leaves the pool on 2026-03-15.
        inPool(worker, 'expired', '2025-03-15T10:00:00Z'),
      ],
      { on: '2026-03-02', sets },
    );
    const before = [...pool.view().crs];
    pool.markInvited([pool.indexOf('invited')]);
    expect(pool.advanceTo('2026-03-20').reassessed).toBe(0);
    expect(pool.advanceTo('2026-04-01')).toEqual({
      on: '2026-04-01',
      reassessed: 1,
      scoreChanged: 1,
      eligibilityChanged: 1,
    });
    const view = pool.view();
    expect(view.crs[pool.indexOf('kept')]).not.toBe(before[0]);
    expect([view.crs[pool.indexOf('invited')], view.crs[pool.indexOf('expired')]]).toEqual([
      before[1],
      before[2],
    ]);
    expect(pool.advanceTo('2027-06-01').reassessed).toBe(dueByScan(pool, '2027-06-01'));
  });

  it('files nothing for an add that throws: a later day re-assesses only the candidates added', () => {
    const worker = candidate({
      languageTests: [clb(9, 9, 9, 9, '2024-04-01')],
      jobs: [{ noc: '21232', start: '2023-01-01' }],
    });
    const pool = Pool.fromCandidates([inPool(worker, 'a')], { on: '2026-03-02', sets });
    // b is assessed, and due on 2026-04-01, before the id used twice is found.
    expect(() => pool.add([inPool(worker, 'b'), inPool(worker, 'a')])).toThrow(/a used twice/);
    // c takes the index b would have had, due the same day.
    pool.add([inPool(worker, 'c')]);
    expect(pool.indexOf('c')).toBe(1);
    expect(pool.advanceTo('2026-04-01').reassessed).toBe(2);
  });
});
