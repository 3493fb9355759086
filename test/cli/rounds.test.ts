/**
 * `ee round` and `ee simulate` over a hand-made pool file. Expected scores are the worked
 * examples of src/rules/crs/score.test.ts: the nurse scores 485 and the developer 429 on
 * 2026-06-01; the nurse meets CEC and FSW, the developer FSW only.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ee } from './_lib/ee.js';

const folder = mkdtempSync(join(tmpdir(), 'ee-rounds-'));
const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
const developer = JSON.parse(readFileSync('examples/francophone-developer.json', 'utf8'));
const pool = join(folder, 'pool.jsonl');
writeFileSync(
  pool,
  [
    { ...nurse, id: 'nurse-a', submittedAt: '2026-01-01T10:00:00Z' },
    { ...nurse, id: 'nurse-b', submittedAt: '2026-02-01T10:00:00Z' },
    // Submitted more than 12 months before the round: no longer in the pool.
    { ...nurse, id: 'nurse-expired', submittedAt: '2025-05-01T10:00:00Z' },
    { ...developer, id: 'developer', submittedAt: '2025-12-01T10:00:00Z' },
  ]
    .map((profile) => JSON.stringify(profile))
    .join('\n'),
);
const at = '2026-06-01T12:00:00Z';

describe('ee round', () => {
  it('ties at the cut-off go to the earlier submission', async () => {
    const one = JSON.parse(
      (await ee('round', '--pool', pool, '--at', at, '--general', '--size', '1', '--json')).stdout,
    );
    expect(one).toMatchObject({
      invited: ['nurse-a'],
      lowestScore: 485,
      tieBreak: '2026-01-01T10:00:00Z',
      rankRequired: 1,
    });
    const two = JSON.parse(
      (await ee('round', '--pool', pool, '--at', at, '--general', '--size', '2', '--json')).stdout,
    );
    expect(two).toMatchObject({ invited: ['nurse-a', 'nurse-b'], lowestScore: 485, eligibleCount: 3 });
  });

  it('a round larger than the eligible pool invites everyone eligible', async () => {
    const result = JSON.parse(
      (await ee('round', '--pool', pool, '--at', at, '--general', '--size', '10', '--json')).stdout,
    );
    expect(result).toMatchObject({ invited: ['nurse-a', 'nurse-b', 'developer'], lowestScore: 429 });
  });

  it('program and category rounds invite only their own', async () => {
    const cec = JSON.parse(
      (await ee('round', '--pool', pool, '--at', at, '--program', 'CEC', '--size', '10', '--json')).stdout,
    );
    expect(cec.invited).toEqual(['nurse-a', 'nurse-b']);
    const french = await ee(
      'round',
      '--pool',
      pool,
      '--at',
      at,
      '--category',
      'french-language-proficiency',
      '--size',
      '10',
    );
    expect(french.stdout).toContain(
      'Round at 2026-06-01T12:00:00Z (french-language-proficiency@2026): 1 invited of 10 requested, 1 eligible',
    );
    expect(french.stdout).toContain(
      'Lowest invited CRS 429; tie-break 2025-12-01T10:00:00Z; rank required 3',
    );
  });

  it('rejects bad options with exit code 2', async () => {
    for (const args of [
      ['--general', '--program', 'CEC', '--size', '1'],
      ['--general', '--size', 'many'],
      ['--category', 'plumbing', '--size', '1'],
    ]) {
      const { code, stderr } = await ee('round', '--pool', pool, '--at', at, ...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^ee: /);
    }
    expect((await ee('round', '--pool', pool, '--at', 'noon', '--general', '--size', '1')).code).toBe(2);
  });

  it('a bad pool line stops the import with its line number', async () => {
    const bad = join(folder, 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ ...nurse, id: 'a', submittedAt: '2026-01-01T10:00:00Z' })}\n{"format": "express-entry/profile@1",\n`,
    );
    const { code, stderr } = await ee('round', '--pool', bad, '--at', at, '--general', '--size', '1');
    expect(code).toBe(2);
    expect(stderr).toContain('line 2');
  });
});

describe('ee simulate', () => {
  it('replays the real rounds of the period and compares the cut-offs', async () => {
    const { code, stdout } = await ee(
      'simulate',
      '--pool',
      pool,
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-30',
      '--arrivals',
      '0',
      '--scale',
      '1',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Simulated rounds from 2026-06-01 to 2026-06-30, sizes × 1.000');
    // Round #420, CEC on 2026-06-23 (4,000 at 516): both nurses (485) are invited, 31 below.
    expect(stdout).toMatch(/#420 +2026-06-23 +CEC +4000 +516 +485 +-31/);
    // Round #422, healthcare@2026 on 2026-06-25: the nurses are gone, nobody else qualifies.
    expect(stdout).toMatch(/#422 +2026-06-25 +healthcare@2026 +4000 +475 +— +—/);
    expect(stdout).toContain('Mean absolute error of the cut-off over 1 round that invited someone: 31.0');
  });
});
