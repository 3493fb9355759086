import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ee } from './_lib/ee.js';

const scratch = mkdtempSync(join(tmpdir(), 'ee-cli-'));
function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
const minimal = {
  format: 'express-entry/profile@1',
  birthDate: '1990-01-01',
  maritalStatus: 'never-married',
};

describe('ee eligibility', () => {
  it('lists every category of the year with the reason, and the programs beside them', async () => {
    const { code, stdout, stderr } = await ee('eligibility', 'examples/nurse.json', '--on', '2026-06-01');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Category-based selection on 2026-06-01 (categories@2026)');
    expect(stdout).toContain('✓ Healthcare and social services occupations (healthcare@2026)');
    expect(stdout).toMatch(
      /✗ Trade occupations \(trade@2026\)\n {4}no work in a listed occupation between 2023-06-01 and 2026-06-01/,
    );
    expect(stdout).toContain('✓ CEC');
  });

  it('prints the result object with --json', async () => {
    const { code, stdout } = await ee('eligibility', 'examples/nurse.json', '--on', '2023-06-28', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ruleset).toBe('categories@2023');
    const healthcare = report.categories.find((c: { id: string }) => c.id === 'healthcare');
    // 2023-06-28: the Philippine job (to 2023-08-31) runs through the whole 3-year window.
    expect(healthcare).toMatchObject({ version: 'healthcare@2023', eligible: true });
    expect(healthcare.reasons[0]).toMatchObject({
      code: 'experience.met',
      noc: '31301',
      window: ['2020-06-28', '2023-06-28'],
    });
    expect(Object.keys(report.programs).sort()).toEqual(['cec', 'fst', 'fsw']);
  });

  it('speaks French with --lang fr', async () => {
    const { stdout } = await ee('eligibility', 'examples/nurse.json', '--on', '2026-06-01', '--lang', 'fr');
    expect(stdout).toContain('Sélection par catégorie le 2026-06-01 (categories@2026)');
    expect(stdout).toContain('✓ Professions des soins de santé et des services sociaux (healthcare@2026)');
  });

  it('says so before category-based selection began', async () => {
    const { code, stdout } = await ee('eligibility', 'examples/nurse.json', '--on', '2022-01-01');
    expect(code).toBe(0);
    expect(stdout).toContain('no category-based selection on 2022-01-01');
  });

  it('loads one more category set with --categories', async () => {
    const path = file(
      'categories-2027.json',
      JSON.stringify({
        year: 2027,
        effective_from: '2027-01-01',
        effective_to: null,
        categories: [
          {
            id: 'healthcare',
            name: 'Healthcare occupations',
            kind: 'occupation',
            criteria: {
              work_experience: {
                min_months: 24,
                lookback_years: 3,
                continuous_required: false,
                location: 'canada_only',
              },
            },
            occupations: [
              { noc: '31301', title: 'Registered nurses and registered psychiatric nurses', teer: 1 },
            ],
          },
        ],
      }),
    );
    const { code, stdout } = await ee(
      'eligibility',
      'examples/nurse.json',
      '--on',
      '2027-03-01',
      '--categories',
      path,
    );
    expect(code).toBe(0);
    // Canadian work from 2024-03-01 to 2027-03-01 is 36 months.
    expect(stdout).toContain('✓ Healthcare occupations (healthcare@2027)');
  });
});

describe('bad input: one clear message, exit code 2, no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'a missing file',
      ['eligibility', 'no-such-profile.json'],
      /profile file not found: no-such-profile\.json/,
    ],
    [
      'invalid JSON',
      ['eligibility', file('broken.json', '{\n  "format": "express-entry/profile@1",\n  birthDate\n}')],
      /is not valid JSON: .*line 3, column 3/,
    ],
    [
      'a bad date',
      ['eligibility', 'examples/nurse.json', '--on', '2026-02-30'],
      /--on: got "2026-02-30", expected a calendar date written YYYY-MM-DD/,
    ],
    ['a bad language', ['eligibility', 'examples/nurse.json', '--lang', 'de'], /--lang/],
    [
      'an unknown NOC code',
      [
        'eligibility',
        file(
          'unknown-noc.json',
          JSON.stringify({
            ...minimal,
            work: [{ noc: '99999', country: 'CA', start: '2024-01-01', hoursPerWeek: 40 }],
          }),
        ),
      ],
      /\$\.work\[0\]\.noc: got "99999", expected a NOC 2021 unit group code/,
    ],
    [
      'a bad category file',
      ['eligibility', 'examples/nurse.json', '--categories', file('bad-categories.json', '{"year": 2027}')],
      /not a valid category set[\s\S]*\$\.effective_from/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const { code, stdout, stderr } = await ee(...args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('an invalid profile: every problem with its path, value and expectation', async () => {
    const { code, stderr } = await ee('eligibility', 'examples/invalid.json');
    expect(code).toBe(2);
    expect(stderr).toContain('The profile is not valid (4 problems).');
    expect(stderr).toContain('$.birthDate: got "1990-02-30", expected a calendar date written YYYY-MM-DD');
    expect(stderr).toContain('$.maritalStatus: got "single", expected one of "never-married", "married"');
    expect(stderr).toContain('$.work[0].noc: got "2123", expected a NOC 2021 unit group code of five digits');
    expect(stderr).toContain('$.work[0].employer: got "Acme", expected no such field');
  });
});

describe('ee categories', () => {
  it('lists a year’s categories and occupations', async () => {
    const { code, stdout } = await ee('categories', '--year', '2023');
    expect(code).toBe(0);
    expect(stdout).toContain('categories@2023: in force from 2023-05-31 to 2023-12-31, 6 categories');
    expect(stdout).toContain('Transport occupations (transport@2023) — 10 occupations');
    expect(stdout).toContain('    70020  TEER 0  Managers in transportation');
  });

  it('takes the set in force on a date, and rejects an unknown year', async () => {
    expect((await ee('categories', '--on', '2025-03-01')).stdout).toMatch(/^categories@2025/);
    const unknown = await ee('categories', '--year', '2019');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--year: got "2019", expected one of 2023, 2024, 2025, 2026');
  });

  it('prints JSON', async () => {
    const set = JSON.parse((await ee('categories', '--year', '2026', '--json')).stdout);
    expect(set.categories).toHaveLength(10);
  });
});
