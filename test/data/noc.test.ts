/**
 * The bundled NOC 2021 data, checked against the counts and spot checks recorded in
 * data/noc2021/SOURCES.md ("Validation"), and against the bundled category sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bundledCategorySets } from '../../src/data/categories.js';
import {
  concordanceFrom2016,
  concordanceTable,
  concordanceTo2021,
  hierarchy,
  nocStructure,
  requireUnitGroup,
  unitGroup,
  unitGroups,
} from '../../src/data/noc.js';
import { DATA_DIR } from '../../src/data/paths.js';
import { InputError } from '../../src/errors.js';

function countBy<T>(items: readonly T[], key: (item: T) => string | number | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const name = String(key(item));
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

function titlesFile(name: string): { title: string; code: string }[] {
  return parse(readFileSync(join(DATA_DIR, 'noc2021', name), 'utf8'), { columns: true });
}

describe('NOC 2021 structure', () => {
  it('has 516 unit groups', () => {
    expect(unitGroups()).toHaveLength(516);
  });

  it('has 10 / 45 / 89 / 162 / 516 classes per level, 822 in all', () => {
    expect(nocStructure()).toHaveLength(822);
    expect(countBy(nocStructure(), (entry) => entry.level)).toEqual({
      'broad-category': 10,
      'major-group': 45,
      'sub-major-group': 89,
      'minor-group': 162,
      'unit-group': 516,
    });
  });

  it('has 48 / 97 / 162 / 69 / 95 / 45 unit groups in TEER 0 to 5', () => {
    expect(countBy(unitGroups(), (group) => group.teer)).toEqual({
      0: 48,
      1: 97,
      2: 162,
      3: 69,
      4: 95,
      5: 45,
    });
  });

  it('gives each level its number of digits, and each unit group the TEER of its second digit', () => {
    const digits = {
      'broad-category': 1,
      'major-group': 2,
      'sub-major-group': 3,
      'minor-group': 4,
      'unit-group': 5,
    };
    for (const entry of nocStructure()) {
      expect(entry.code).toMatch(new RegExp(`^\\d{${digits[entry.level]}}$`));
      if (entry.level !== 'broad-category') expect(entry.teer).toBe(Number(entry.code[1]));
    }
    for (const group of unitGroups()) {
      expect(group.code).toMatch(/^\d{5}$/);
      expect(group.teer).toBe(Number(group.code[1]));
    }
  });

  it('has unique codes', () => {
    expect(new Set(nocStructure().map((entry) => entry.code)).size).toBe(822);
    expect(new Set(unitGroups().map((group) => group.code)).size).toBe(516);
  });

  it('gives every class but the broad categories a parent that exists, its code minus one digit', () => {
    const codes = new Set(nocStructure().map((entry) => entry.code));
    for (const entry of nocStructure()) {
      if (entry.level === 'broad-category') {
        expect(entry.parent).toBeNull();
      } else {
        expect(entry.parent).toBe(entry.code.slice(0, -1));
        expect(codes.has(entry.parent ?? '')).toBe(true);
      }
    }
  });

  it('agrees between structure.csv and unit-groups.json on codes, titles and ancestors', () => {
    const fromStructure = nocStructure().filter((entry) => entry.level === 'unit-group');
    expect(fromStructure.map((entry) => entry.code)).toEqual(unitGroups().map((group) => group.code));
    for (const group of unitGroups()) {
      const chain = hierarchy(group.code);
      expect(chain.map((entry) => entry.code)).toEqual([
        group.broad,
        group.major,
        group.submajor,
        group.minor,
        group.code,
      ]);
      expect(chain[4]?.title).toBe(group.title);
      expect(chain[4]?.titleFr).toBe(group.titleFr);
    }
  });

  it('gives every unit group a French title, a definition and examples in both languages', () => {
    for (const group of unitGroups()) {
      expect(group.titleFr.trim()).not.toBe('');
      expect(group.definition.trim()).not.toBe('');
      expect(group.examples.length).toBeGreaterThanOrEqual(2);
      expect(group.examplesFr.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('NOC 2021 example titles', () => {
  it('has 27,935 English and 29,767 French example titles, 2 to 575 English per unit group', () => {
    const english = unitGroups().map((group) => group.examples.length);
    expect(english.reduce((sum, count) => sum + count, 0)).toBe(27_935);
    expect(Math.min(...english)).toBe(2);
    expect(Math.max(...english)).toBe(575);
    expect(unitGroups().reduce((sum, group) => sum + group.examplesFr.length, 0)).toBe(29_767);
  });

  it('matches 36 and 78 examples for 00010 and 00011 (the independent count in SOURCES.md)', () => {
    expect(unitGroup('00010')?.examples).toHaveLength(36);
    expect(unitGroup('00011')?.examples).toHaveLength(78);
  });

  it.each([
    ['titles.csv', 'examples', 27_935],
    ['titles-fr.csv', 'examplesFr', 29_767],
  ] as const)('%s lists exactly the %s of unit-groups.json (%i rows)', (file, field, rows) => {
    const flat = titlesFile(file);
    expect(flat).toHaveLength(rows);
    const fromJson = unitGroups().flatMap((group) => group[field].map((title) => `${group.code}\t${title}`));
    expect(flat.map(({ code, title }) => `${code}\t${title}`).sort()).toEqual(fromJson.sort());
  });

  it('maps each English title to one unit group only', () => {
    const titles = titlesFile('titles.csv').map(({ title }) => title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('maps "Software developer" to 21232', () => {
    expect(titlesFile('titles.csv').find(({ title }) => title === 'Software developer')?.code).toBe('21232');
  });
});

describe('NOC 2021 spot checks (SOURCES.md)', () => {
  it.each([
    ['21232', 1, 'Software developers and programmers'],
    ['31301', 1, 'Registered nurses and registered psychiatric nurses'],
    ['72310', 2, 'Carpenters'],
    ['73300', 3, 'Transport truck drivers'],
    ['82030', 2, 'Agricultural service contractors and farm supervisors'],
    ['63201', 3, 'Butchers - retail and wholesale'],
    ['41320', 1, 'Educational counsellors'],
    ['42203', 2, 'Instructors of persons with disabilities'],
    ['20012', 0, 'Computer and information systems managers'],
    ['70020', 0, 'Managers in transportation'],
  ])('%s is TEER %i, "%s"', (code, teer, title) => {
    expect(unitGroup(code)).toMatchObject({ code, teer, title });
  });

  it('gives 21232 its five-level hierarchy', () => {
    expect(hierarchy('21232').map(({ code, level, title }) => ({ code, level, title }))).toEqual([
      { code: '2', level: 'broad-category', title: 'Natural and applied sciences and related occupations' },
      { code: '21', level: 'major-group', title: 'Professional occupations in natural and applied sciences' },
      {
        code: '212',
        level: 'sub-major-group',
        title: 'Professional occupations in applied sciences (except engineering)',
      },
      { code: '2123', level: 'minor-group', title: 'Computer, software and Web designers and developers' },
      { code: '21232', level: 'unit-group', title: 'Software developers and programmers' },
    ]);
  });
});

describe('hierarchy', () => {
  it('stops at the class asked for, at any level', () => {
    expect(hierarchy('2123').map(({ code }) => code)).toEqual(['2', '21', '212', '2123']);
    expect(hierarchy('0').map(({ code }) => code)).toEqual(['0']);
  });

  it('throws noc.unknown for a code that is not a class', () => {
    expect(thrownBy(() => hierarchy('99999'))).toMatchObject({
      code: 'noc.unknown',
      message: expect.stringMatching(/^"99999" is not a NOC 2021 class\./),
    });
  });
});

describe('unit group look-up', () => {
  it('keeps leading zeros', () => {
    expect(unitGroup('00010')?.title).toBe('Legislators');
    expect(unitGroup('10')).toBeUndefined();
  });

  it('returns undefined for a code that is not a unit group', () => {
    expect(unitGroup('99999')).toBeUndefined();
    expect(unitGroup('2123')).toBeUndefined();
  });

  it('throws noc.unknown naming the code', () => {
    const error = thrownBy(() => requireUnitGroup('99999'));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      code: 'noc.unknown',
      message:
        '"99999" is not a NOC 2021 unit group. A NOC 2021 unit group code has five digits, e.g. 21232.',
    });
  });

  it('names the NOC 2021 successors of a NOC 2016 code', () => {
    expect(() => requireUnitGroup('2173')).toThrow(
      '"2173" is not a NOC 2021 unit group. It is a NOC 2016 code (Software engineers and designers); ' +
        'in NOC 2021 it became 21211 (Data scientists), 21231 (Software engineers and designers).',
    );
  });
});

describe('NOC 2016 → 2021 concordance', () => {
  it('has 584 rows, 500 distinct 2016 codes and 516 distinct 2021 codes', () => {
    const rows = concordanceTable();
    expect(rows).toHaveLength(584);
    expect(new Set(rows.map((row) => row.noc2016Code)).size).toBe(500);
    expect(new Set(rows.map((row) => row.noc2021Code)).size).toBe(516);
  });

  it('has 429 plain code and name changes', () => {
    expect(
      concordanceTable().filter((row) => row.changeType === 'VC1 - Code Change, VC2 - Name Change'),
    ).toHaveLength(429);
  });

  it('names only NOC 2021 unit groups, with their titles', () => {
    for (const row of concordanceTable()) {
      expect(row.noc2016Code).toMatch(/^\d{4}$/);
      expect(unitGroup(row.noc2021Code)?.title).toBe(row.noc2021Title);
    }
  });

  it('maps 3012 to 31301 and 7511 to 73300', () => {
    expect(concordanceFrom2016('3012').map((row) => row.noc2021Code)).toEqual(['31301']);
    expect(concordanceFrom2016('7511').map((row) => row.noc2021Code)).toEqual(['73300']);
  });

  it('splits 2173 into 21211 and 21231, and 21232 comes from 2174', () => {
    expect(concordanceFrom2016('2173').map((row) => row.noc2021Code)).toEqual(['21211', '21231']);
    expect(concordanceTo2021('21232')).toEqual([
      expect.objectContaining({
        noc2016Code: '2174',
        noc2016Title: 'Computer programmers and interactive media developers',
      }),
    ]);
  });

  it('returns no rows for unknown codes', () => {
    expect(concordanceFrom2016('9999')).toEqual([]);
    expect(concordanceTo2021('99999')).toEqual([]);
  });
});

describe('bundled category sets', () => {
  const occupations = bundledCategorySets().flatMap((set) =>
    set.categories.flatMap((category) =>
      category.occupations.map((occupation) => ({ version: category.version, ...occupation })),
    ),
  );

  it('list occupations', () => {
    expect(occupations.length).toBeGreaterThan(0);
  });

  it('name only NOC 2021 unit groups, each with its NOC 2021 TEER', () => {
    const wrong = occupations.filter(({ noc, teer }) => unitGroup(noc)?.teer !== teer);
    expect(wrong).toEqual([]);
  });
});
