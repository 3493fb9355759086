import { describe, expect, it } from 'vitest';
import { ee } from './_lib/ee.js';

describe('ee crs', () => {
  it('prints the total and every factor with its points and maximum', async () => {
    const { code, stdout } = await ee('crs', 'examples/nurse.json', '--on', '2026-06-01');
    expect(code).toBe(0);
    // Worked by hand in src/rules/crs/score.test.ts: 385 + 0 + 100 + 0.
    expect(stdout).toContain('CRS 485 on 2026-06-01 (crs@2025-03-25, without spouse)');
    expect(stdout).toMatch(/ {2}Age +88 +110 +age 33/);
    expect(stdout).toMatch(/C\. Skill transferability +100 +100/);
    expect(stdout).toMatch(/Total +485 +1200/);
  });

  it('names the rule set of the date and warns past the confirmed date', async () => {
    expect((await ee('crs', 'examples/nurse.json', '--on', '2025-03-24')).stdout).toContain('crs@2020-10-27');
    const later = await ee('crs', 'examples/nurse.json', '--on', '2026-11-30');
    expect(later.stdout).toContain('! the crs@2025-03-25 tables are confirmed up to 2026-07-31');
  });

  it('prints JSON and French', async () => {
    const score = JSON.parse(
      (await ee('crs', 'examples/francophone-developer.json', '--on', '2026-06-01', '--json')).stdout,
    );
    expect(score).toMatchObject({
      total: 429,
      firstLanguage: 'french',
      sections: { A: 321, B: 8, C: 50, D: 50 },
    });
    const french = await ee(
      'crs',
      'examples/francophone-developer.json',
      '--on',
      '2026-06-01',
      '--lang',
      'fr',
    );
    expect(french.stdout).toContain('SCG 429 le 2026-06-01 (crs@2025-03-25, avec époux)');
  });

  it('rejects bad input with exit code 2', async () => {
    expect((await ee('crs', 'examples/invalid.json')).code).toBe(2);
    expect((await ee('crs', 'examples/nurse.json', '--on', 'tomorrow')).code).toBe(2);
  });
});

describe('ee assess', () => {
  it('reports age, languages, experience, CRS, programs and categories with the rule sets', async () => {
    const { code, stdout } = await ee('assess', 'examples/nurse.json', '--on', '2026-06-01');
    expect(code).toBe(0);
    expect(stdout).toContain('Rule sets: crs@2025-03-25, categories@2026');
    expect(stdout).toContain('Age 33');
    expect(stdout).toContain('English: IELTS-GT of 2025-09-20, valid until 2027-09-19: L 9 R 9 W 9 S 9');
    expect(stdout).toContain('CRS 485 on 2026-06-01');
    expect(stdout).toContain('✓ CEC');
    expect(stdout).toContain('✓ Healthcare and social services occupations (healthcare@2026)');
  });

  it('prints the assessment object with --json', async () => {
    const assessment = JSON.parse(
      (await ee('assess', 'examples/nurse.json', '--on', '2026-06-01', '--json')).stdout,
    );
    expect(assessment.ruleset).toEqual({ crs: 'crs@2025-03-25', categories: 'categories@2026' });
    expect(assessment.age).toBe(33);
    expect(assessment.crs.total).toBe(485);
    expect(assessment.experience.lastThreeYears[0]).toMatchObject({ noc: '31301' });
  });
});

describe('ee whatif', () => {
  it('ranks single changes by the points they gain, with what they open', async () => {
    const { code, stdout } = await ee('whatif', 'examples/nurse.json', '--on', '2026-06-01');
    expect(code).toBe(0);
    expect(stdout).toContain('CRS 485 on 2026-06-01 (crs@2025-03-25)');
    // A nomination: D from 0 to 600 → +600.
    expect(stdout).toContain(' 1. A provincial or territorial nomination: +600 points (485 → 1085)');
    // French NCLC 7 ×4: second language 4 × 3 = 12, French bonus with English CLB 5+ = 50 → +62.
    expect(stdout).toContain(
      'French as second official language, NCLC 7 in all four abilities: +62 points (485 → 547); opens french-language-proficiency@2026',
    );
    // Age 33 → 34 on 2027-04-12: 88 → 83.
    expect(stdout).toMatch(/Turning 34 on 2027-04-12: -5 points/);
  });

  it('prints JSON', async () => {
    const result = JSON.parse(
      (await ee('whatif', 'examples/nurse.json', '--on', '2026-06-01', '--json')).stdout,
    );
    expect(result.currentTotal).toBe(485);
    expect(result.suggestions[0]).toMatchObject({
      code: 'whatif.provincial-nomination',
      crsGain: 600,
      newTotal: 1085,
    });
  });
});
