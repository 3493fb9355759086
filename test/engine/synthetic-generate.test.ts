/**
 * The synthetic pool generator against what it promises: deterministic for a seed, every
 * profile valid and eligible for a program, and the CRS distribution of the published pool
 * closest to the date. Expected shares are computed here from data/rounds/rounds.json, and
 * every score is computed again here with crsScore, not taken from the generator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../src/data/categories.js';
import type { PoolProfile } from '../../src/data/pool-file.js';
import { checkProfileNocs } from '../../src/data/profile-file.js';
import { generatePool, generatePoolEntries } from '../../src/engine/synthetic/generate.js';
import { generatePoolChunks } from '../../src/engine/synthetic/parallel.js';
import { addYears, completedYears, dayNumber } from '../../src/rules/_lib/dates.js';
import { categoryEligibility } from '../../src/rules/categories/eligibility.js';
import { crsScore } from '../../src/rules/crs/score.js';
import { languageLevels } from '../../src/rules/language/levels.js';
import { parseProfile } from '../../src/rules/profile/parse.js';
import { programEligibility } from '../../src/rules/programs/index.js';

/** The finest non-overlapping ranges of IRCC's table, lowest first (data/SOURCES.md §1). */
const RANGES: ReadonlyArray<readonly [string, number, number]> = [
  ['0-300', 0, 300],
  ['301-350', 301, 350],
  ['351-400', 351, 400],
  ['401-410', 401, 410],
  ['411-420', 411, 420],
  ['421-430', 421, 430],
  ['431-440', 431, 440],
  ['441-450', 441, 450],
  ['451-460', 451, 460],
  ['461-470', 461, 470],
  ['471-480', 471, 480],
  ['481-490', 481, 490],
  ['491-500', 491, 500],
  ['501-600', 501, 600],
  ['601-1200', 601, 1200],
];

type Round = { pool_distribution: { as_of: string; ranges: Record<string, number> } | null };
const rounds = JSON.parse(
  readFileSync(new URL('../../data/rounds/rounds.json', import.meta.url), 'utf8'),
) as Round[];

/** Each range's share of the distribution whose as-of date is closest to `on`. */
function publishedShares(on: string): { asOf: string; shares: number[] } {
  let best: NonNullable<Round['pool_distribution']> | undefined;
  for (const round of rounds) {
    const published = round.pool_distribution;
    if (!published) continue;
    const distance = Math.abs(dayNumber(published.as_of) - dayNumber(on));
    if (!best || distance < Math.abs(dayNumber(best.as_of) - dayNumber(on))) best = published;
  }
  if (!best) throw new Error('no distribution');
  const counts = RANGES.map(([label]) => best?.ranges[label] ?? Number.NaN);
  const sum = counts.reduce((total, count) => total + count, 0);
  return { asOf: best.as_of, shares: counts.map((count) => count / sum) };
}

function rangeOf(score: number): number {
  return RANGES.findIndex(([, min, max]) => score >= min && score <= max);
}

/** Re-reads a generated profile as a pool file would: JSON, schema, NOC codes. */
function reread(profile: PoolProfile) {
  const parsed = parseProfile(JSON.parse(JSON.stringify(profile)));
  checkProfileNocs(parsed);
  return parsed;
}

const ON = '2026-08-07';
const entries = [...generatePoolEntries({ size: 4000, asOf: ON, seed: 1 })];

describe('generatePool: determinism', () => {
  it('gives the same first 100 profiles for the same seed, and different ones for another seed', () => {
    const first = [...generatePool({ size: 100, asOf: ON, seed: 42 })];
    const again = [...generatePool({ size: 100, asOf: ON, seed: 42 })];
    const other = [...generatePool({ size: 100, asOf: ON, seed: 43 })];
    expect(again).toEqual(first);
    const same = other.filter((profile, index) => JSON.stringify(profile) === JSON.stringify(first[index]));
    expect(same).toHaveLength(0);
  });

  it('makes profile i the same whatever the pool size and whatever was generated before it', () => {
    const small = [...generatePool({ size: 30, asOf: ON, seed: 1 })];
    expect(small).toEqual(entries.slice(0, 30).map((entry) => entry.profile));
  });

  it('writes the same lines in chunks, in-process and on worker threads', async () => {
    const expected = `${entries
      .slice(0, 120)
      .map((entry) => JSON.stringify(entry.profile))
      .join('\n')}\n`;
    const collect = async (workers: number, worker?: { url: URL }) => {
      let text = '';
      const scores: number[] = [];
      for await (const chunk of generatePoolChunks({
        size: 120,
        asOf: ON,
        seed: 1,
        workers,
        chunkSize: 25,
        worker,
      })) {
        text += chunk.text;
        scores.push(...chunk.crs);
      }
      return { text, scores };
    };
    const inProcess = await collect(1);
    expect(inProcess.text).toBe(expected);
    expect(inProcess.scores).toEqual(entries.slice(0, 120).map((entry) => entry.crs));
    // The compiled worker runs from dist/; here the TypeScript one runs through tsx's loader.
    // require.resolve finds tsx's CommonJS entry; its ES module entry sits beside it.
    const tsxCommonJs = createRequire(import.meta.url).resolve('tsx/esm/api');
    const tsx = pathToFileURL(tsxCommonJs.replace(/index\.cjs$/, 'index.mjs')).href;
    const worker = new URL('../../src/engine/synthetic/worker.ts', import.meta.url).href;
    const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker)});`;
    const threaded = await collect(2, {
      url: new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`),
    });
    expect(threaded.text).toBe(expected);
  });
});

describe('generatePool: every profile', () => {
  it('is a valid pool profile whose CRS on the date is the one reported, in its target range', () => {
    const ids = new Set<string>();
    for (const entry of entries.slice(0, 1500)) {
      const profile = reread(entry.profile);
      ids.add(entry.profile.id);
      const score = crsScore(profile, { on: ON }).total;
      expect(score).toBe(entry.crs);
      expect(rangeOf(score)).toBe(entry.targetRange);
      expect(entry.onTarget).toBe(true);
    }
    expect(ids.size).toBe(1500);
  });

  it('has dated facts: submitted in the 12 months before the date, a valid test taken before that, plausible age', () => {
    const from = addYears(ON, -1);
    let earliest = ON;
    let latest = from;
    for (const { profile } of entries) {
      const submitted = profile.submittedAt.slice(0, 10);
      expect(submitted >= from && submitted < ON).toBe(true);
      if (submitted < earliest) earliest = submitted;
      if (submitted > latest) latest = submitted;
      const age = completedYears(profile.birthDate, ON);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(58);
      const levels = languageLevels(profile.languageTests, { on: ON });
      const used = profile.firstOfficialLanguage === 'fr' ? levels.french : levels.english;
      expect(used?.date && used.date <= submitted).toBe(true);
      for (const job of profile.work) expect(job.start <= (job.end ?? ON)).toBe(true);
      for (const credential of profile.education) expect((credential.completed ?? '') <= ON).toBe(true);
    }
    // Spread over the whole year.
    expect(dayNumber(earliest) - dayNumber(from)).toBeLessThan(10);
    expect(dayNumber(ON) - dayNumber(latest)).toBeLessThan(10);
  });

  it('meets at least one program (FSW, CEC or FST), as everyone in the pool does', () => {
    for (const entry of entries.slice(0, 300)) {
      const programs = programEligibility(entry.profile, { on: ON });
      expect(programs.fsw.eligible || programs.cec.eligible || programs.fst.eligible).toBe(true);
    }
  });
});

describe('generatePool: the pool', () => {
  it(`matches the published CRS distribution closest to ${ON} within a percentage point per range`, () => {
    const { asOf, shares } = publishedShares(ON);
    expect(asOf).toBe('2026-08-03');
    const counts = RANGES.map(() => 0);
    for (const entry of entries) {
      const range = rangeOf(crsScore(entry.profile, { on: ON }).total);
      counts[range] = (counts[range] ?? 0) + 1;
    }
    for (const [index, share] of shares.entries()) {
      expect(Math.abs((counts[index] ?? 0) / entries.length - share)).toBeLessThan(0.01);
    }
  });

  it('matches an older distribution too (2024-06-15, with job-offer points still in the CRS)', () => {
    const on = '2024-06-15';
    const { shares } = publishedShares(on);
    const counts = RANGES.map(() => 0);
    for (const profile of generatePool({ size: 1500, asOf: on, seed: 9 })) {
      const range = rangeOf(crsScore(reread(profile), { on }).total);
      counts[range] = (counts[range] ?? 0) + 1;
    }
    for (const [index, share] of shares.entries()) {
      expect(Math.abs((counts[index] ?? 0) / 1500 - share)).toBeLessThan(0.015);
    }
  });

  it('has plausible shares of programs, nominees, French speakers and categories', () => {
    const sample = entries.slice(0, 1000);
    const share = (test: (profile: PoolProfile) => boolean) =>
      sample.filter((entry) => test(entry.profile)).length / sample.length;
    const sets = bundledCategorySets();
    const programs = sample.map((entry) => programEligibility(entry.profile, { on: ON }));
    const programShare = (program: 'fsw' | 'cec' | 'fst') =>
      programs.filter((result) => result[program].eligible).length / programs.length;
    expect(programShare('cec')).toBeGreaterThan(0.4);
    expect(programShare('fsw')).toBeGreaterThan(0.3);
    expect(programShare('fst')).toBeGreaterThan(0.02);
    expect(programShare('fst')).toBeLessThan(0.2);
    // Nominees are exactly the 601–1200 range.
    for (const entry of entries) expect(entry.profile.provincialNomination !== null).toBe(entry.crs > 600);
    const french = share((profile) => {
      const levels = languageLevels(profile.languageTests, { on: ON }).french?.levels;
      return levels !== undefined && Object.values(levels).every((level) => level >= 7);
    });
    expect(french).toBeGreaterThan(0.05);
    expect(french).toBeLessThan(0.13);
    const categoryShare = (id: string) =>
      sample.filter(
        (entry) =>
          categoryEligibility(entry.profile, { on: ON, sets }).categories.find((c) => c.id === id)?.eligible,
      ).length / sample.length;
    expect(categoryShare('healthcare')).toBeGreaterThan(0.05);
    expect(categoryShare('stem')).toBeGreaterThan(0.02);
    expect(categoryShare('trade')).toBeGreaterThan(0.03);
    expect(categoryShare('education')).toBeGreaterThan(0.005);
    expect(categoryShare('transport')).toBeGreaterThan(0.005);
  });

  it('uses the occupations of the category set in force: none from a 2026 list before it', () => {
    const on = '2025-06-01';
    // The 2026 transport list (aircraft technicians and mechanics, pilots): no 2025 category lists them.
    const transport2026 = new Set(['22313', '72404', '72600']);
    const nocs = new Set<string>();
    for (const profile of generatePool({ size: 800, asOf: on, seed: 4 }))
      for (const job of profile.work) nocs.add(job.noc);
    expect([...transport2026].filter((noc) => nocs.has(noc))).toEqual([]);
    expect(nocs.has('31301')).toBe(true); // registered nurses, healthcare in both years
  });
});
