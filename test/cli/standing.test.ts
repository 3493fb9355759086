import { describe, expect, it } from 'vitest';
import { ee } from './_lib/ee.js';

describe('ee standing', () => {
  it('prints the estimated rank and the recent rounds', async () => {
    const { code, stdout } = await ee('standing', 'examples/nurse.json', '--on', '2026-08-07');
    expect(code).toBe(0);
    expect(stdout).toContain('CRS 485 on 2026-08-07 (crs@2025-03-25)');
    // 500 + 19,705 + 12,939 + 12,890 × 5/10 + 1 (round #434's distribution).
    expect(stdout).toContain('about 39,590 of 229,100 (top 17.3%)');
    expect(stdout).toMatch(/#432 +2026-08-05 +CEC +516 +2026-07-03 21:35:13 +485 +✗ 31 points short/);
  });

  it('prints JSON', async () => {
    const result = JSON.parse(
      (await ee('standing', 'examples/nurse.json', '--on', '2026-08-07', '--json')).stdout,
    );
    expect(result.rank).toMatchObject({ round: '434', total: 229_100, rank: 39_590 });
    expect(result.rounds).toHaveLength(10);
  });
});
