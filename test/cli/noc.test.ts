import { describe, expect, it } from 'vitest';
import { ee } from './_lib/ee.js';

describe('ee noc search', () => {
  it('lists matching unit groups as a table, best first', async () => {
    const { code, stdout, stderr } = await ee('noc', 'search', 'software developer');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Code\s+TEER\s+Title\s+Matching example titles$/);
    expect(lines[1]).toMatch(/^21232\s+1\s+Software developers and programmers\s+Software developer;/);
    expect(lines).toHaveLength(11);
  });

  it('joins the words of an unquoted title and respects --limit', async () => {
    const { code, stdout } = await ee('noc', 'search', 'truck', 'driver', '--limit', '2');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^73300\s+3\s+Transport truck drivers\s+Truck driver;/);
  });

  it('searches French titles and labels the columns in French with --lang fr', async () => {
    const { code, stdout } = await ee('noc', 'search', 'infirmière', '--lang', 'fr', '--limit', '3');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Code\s+FEER\s+Titre\s+Exemples d’appellations correspondants\n31301\s+1\s+Infirmiers/,
    );
  });

  it('prints the ranked hits as JSON with --json', async () => {
    const { code, stdout } = await ee('noc', 'search', 'nurse', '--json', '--limit', '3');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as { code: string; teer: number; matchedExamples: string[] }[];
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ code: '31301', teer: 1 });
    expect(hits[0]?.matchedExamples).toContain('Nurse');
  });

  it('says so when nothing matches', async () => {
    const { code, stdout } = await ee('noc', 'search', 'xqzvkw');
    expect(code).toBe(0);
    expect(stdout).toBe('No NOC 2021 unit group matches "xqzvkw".\n');
  });

  it.each([
    [['--limit', 'abc'], 'abc'],
    [['--limit', '0'], '0'],
    [['--limit=-3'], '-3'],
    [['--limit', '2.5'], '2.5'],
  ])(
    'rejects %j with exit code 2, naming the option, the value and what was expected',
    async (option, value) => {
      const { code, stdout, stderr } = await ee('noc', 'search', 'nurse', ...option);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`ee: --limit: got "${value}", expected a positive whole number such as 10\n`);
    },
  );

  it('rejects an unknown --lang with exit code 2', async () => {
    const { code, stderr } = await ee('noc', 'search', 'nurse', '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('de');
  });
});

describe('ee noc show', () => {
  it('shows titles, TEER, hierarchy, definition, examples, categories and NOC 2016 codes', async () => {
    const { code, stdout, stderr } = await ee('noc', 'show', '31301');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '31301  Registered nurses and registered psychiatric nurses',
      '       Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées',
      'TEER 1',
    ]);
    expect(stdout).toContain('Hierarchy\n  Broad category   3      Health occupations\n');
    expect(stdout).toMatch(
      /\n {2}Unit group {7}31301 {2}Registered nurses and registered psychiatric nurses\n/,
    );
    expect(stdout).toMatch(/\nDefinition\n {2}Registered nurses and registered psychiatric nurses /);
    expect(stdout).toMatch(/\nExample titles \(10 of \d+\)\n/);
    expect(stdout).toContain('  2023  healthcare (Healthcare occupations)\n');
    expect(stdout).toContain('  2025  healthcare (Healthcare and social services occupations)\n');
    expect(stdout).toContain(
      'From NOC 2016\n  3012  Registered nurses and registered psychiatric nurses (VC1 - Code Change, VC2 - Name Change)\n',
    );
  });

  it('says "none" for a year whose categories do not list the unit group', async () => {
    const { code, stdout } = await ee('noc', 'show', '73300');
    expect(code).toBe(0);
    // Transport occupations: 2023 and 2024, not 2025 (SOURCES: data/categories).
    expect(stdout).toContain('  2023  transport (Transport occupations)\n');
    expect(stdout).toContain('  2025  none\n');
  });

  it("shows the split a NOC 2016 code went through, with Statistics Canada's note", async () => {
    const { stdout } = await ee('noc', 'show', '21232');
    const section = stdout.slice(stdout.indexOf('From NOC 2016\n')).replace(/\s+/g, ' ');
    expect(section).toBe(
      'From NOC 2016 2174 Computer programmers and interactive media developers ' +
        '(RC4.2 - Split off, VC1 - Code Change, VC2 - Name Change) ' +
        '2174 continues as 21230 and part transferred to 21234 and part split off to emerging item 21232 ',
    );
  });

  it('shows French titles, labels and examples with --lang fr', async () => {
    const { code, stdout } = await ee('noc', 'show', '31301', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '31301  Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées',
      '       Registered nurses and registered psychiatric nurses',
      'FEER 1',
    ]);
    expect(stdout).toContain('Groupe de base');
    expect(stdout).toMatch(/\nExemples d’appellations d’emploi \(10 sur \d+\)\n/);
    expect(stdout).toContain('\n  Infirmier autorisé/infirmière autorisée\n');
    expect(stdout).toContain('  2023  healthcare (Professions des soins de santé)\n');
  });

  it('prints the unit group, hierarchy, categories and concordance as JSON with --json', async () => {
    const { code, stdout } = await ee('noc', 'show', '21232', '--json');
    expect(code).toBe(0);
    const details = JSON.parse(stdout);
    expect(details.unitGroup).toMatchObject({
      code: '21232',
      teer: 1,
      title: 'Software developers and programmers',
    });
    expect(details.hierarchy.map((entry: { code: string }) => entry.code)).toEqual([
      '2',
      '21',
      '212',
      '2123',
      '21232',
    ]);
    expect(details.categories[0]).toMatchObject({
      year: 2023,
      listedIn: [{ id: 'stem', version: 'stem@2023' }],
    });
    expect(details.noc2016.map((row: { noc2016Code: string }) => row.noc2016Code)).toEqual(['2174']);
  });

  it('exits 2 for a code that is not a NOC 2021 unit group', async () => {
    const { code, stdout, stderr } = await ee('noc', 'show', '99999');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"99999" is not a NOC 2021 unit group');
  });

  it('names the NOC 2021 successors of a NOC 2016 code', async () => {
    const { code, stderr } = await ee('noc', 'show', '3012');
    expect(code).toBe(2);
    expect(stderr).toContain(
      'in NOC 2021 it became 31301 (Registered nurses and registered psychiatric nurses)',
    );
  });
});
