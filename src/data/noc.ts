/**
 * NOC 2021 Version 1.0 from `data/noc2021/` (sources and gaps in data/noc2021/SOURCES.md):
 * the 516 unit groups, the 822-class structure and the NOC 2016 → 2021 concordance.
 * Each file is read once, checked, and cached; the file formats stop here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { DATA_DIR } from './paths.js';

const NOC_DIR = join(DATA_DIR, 'noc2021');

/** The five levels of NOC 2021, from the 1-digit broad category to the 5-digit unit group. */
export const nocLevels = [
  'broad-category',
  'major-group',
  'sub-major-group',
  'minor-group',
  'unit-group',
] as const;
export type NocLevel = (typeof nocLevels)[number];

/** A NOC 2021 unit group: the 5-digit occupation code Express Entry works with. */
export interface UnitGroup {
  /** Five digits, leading zeros kept: `00010`. */
  readonly code: string;
  readonly title: string;
  readonly titleFr: string;
  /** Training, Education, Experience and Responsibilities: 0–5, the code's second digit. */
  readonly teer: number;
  readonly broad: string;
  readonly major: string;
  readonly submajor: string;
  readonly minor: string;
  /** Statistics Canada's lead statement, in English only. */
  readonly definition: string;
  /** English example titles, sorted; not parallel to `examplesFr`. */
  readonly examples: readonly string[];
  readonly examplesFr: readonly string[];
}

/** One class of the structure, at any level. */
export interface NocClass {
  readonly code: string;
  readonly level: NocLevel;
  readonly title: string;
  /** Filled for unit groups only (French titles of the upper levels are a known gap). */
  readonly titleFr: string | null;
  /** Null for the ten broad categories, which span every TEER. */
  readonly teer: number | null;
  /** The code without its last digit; null for broad categories. */
  readonly parent: string | null;
}

/** One row of Statistics Canada's NOC 2016 V1.3 → NOC 2021 V1.0 correspondence table. */
export interface ConcordanceRow {
  /** Four digits, leading zeros kept: `0011`. */
  readonly noc2016Code: string;
  readonly noc2016Title: string;
  /** GSIM type of change, e.g. `RC4.2 - Split off, VC1 - Code Change, VC2 - Name Change`. */
  readonly changeType: string;
  readonly noc2021Code: string;
  readonly noc2021Title: string;
  /** Statistics Canada's explanation of a split, transfer or merger; empty for plain renames. */
  readonly notes: string;
}

const unitGroupFileSchema = z.array(
  z.object({
    code: z.string().regex(/^\d{5}$/),
    title: z.string().min(1),
    title_fr: z.string().min(1),
    teer: z.number().int().min(0).max(5),
    broad: z.string().regex(/^\d$/),
    major: z.string().regex(/^\d{2}$/),
    submajor: z.string().regex(/^\d{3}$/),
    minor: z.string().regex(/^\d{4}$/),
    definition: z.string(),
    examples: z.array(z.string().min(1)),
    examples_fr: z.array(z.string().min(1)),
  }),
);

const fileLevels = {
  broad_category: 'broad-category',
  major_group: 'major-group',
  sub_major_group: 'sub-major-group',
  minor_group: 'minor-group',
  unit_group: 'unit-group',
} as const satisfies Record<string, NocLevel>;

const structureRowSchema = z.object({
  code: z.string().regex(/^\d{1,5}$/),
  level: z.enum(Object.keys(fileLevels) as [keyof typeof fileLevels]),
  title_en: z.string().min(1),
  title_fr: z.string(),
  teer: z.string().regex(/^[0-5]?$/),
  parent: z.string().regex(/^\d{0,4}$/),
});

const concordanceRowSchema = z.object({
  noc2016_code: z.string().regex(/^\d{4}$/),
  noc2016_title: z.string().min(1),
  gsim_change_type: z.string().min(1),
  noc2021_code: z.string().regex(/^\d{5}$/),
  noc2021_title: z.string().min(1),
  notes: z.string(),
});

/** Rows of a bundled CSV with a header line, as objects keyed by column name. */
function readCsv(name: string): unknown[] {
  return parse(readFileSync(join(NOC_DIR, name), 'utf8'), { columns: true, skip_empty_lines: true });
}

let unitGroupList: readonly UnitGroup[] | undefined;
let unitGroupByCode: ReadonlyMap<string, UnitGroup> | undefined;
let classList: readonly NocClass[] | undefined;
let classByCode: ReadonlyMap<string, NocClass> | undefined;
let concordanceRows: readonly ConcordanceRow[] | undefined;

/**
 * The 516 NOC 2021 unit groups, in code order.
 * @example
 * unitGroups().length //=> 516
 * unitGroups().find((group) => group.code === '21232')?.teer //=> 1
 */
export function unitGroups(): readonly UnitGroup[] {
  unitGroupList ??= unitGroupFileSchema
    .parse(JSON.parse(readFileSync(join(NOC_DIR, 'unit-groups.json'), 'utf8')))
    .map((group) => ({
      code: group.code,
      title: group.title,
      titleFr: group.title_fr,
      teer: group.teer,
      broad: group.broad,
      major: group.major,
      submajor: group.submajor,
      minor: group.minor,
      definition: group.definition,
      examples: group.examples,
      examplesFr: group.examples_fr,
    }));
  return unitGroupList;
}

/**
 * The whole classification: 10 broad categories, 45 major, 89 sub-major, 162 minor and
 * 516 unit groups (822 classes), in the file's order (each class after its parent).
 * @example
 * nocStructure().length //=> 822
 * nocStructure().find((nocClass) => nocClass.code === '2123')
 * //=> { code: '2123', level: 'minor-group', title: 'Computer, software and Web designers and developers',
 * //     titleFr: null, teer: 1, parent: '212' }
 */
export function nocStructure(): readonly NocClass[] {
  classList ??= readCsv('structure.csv').map((input) => {
    const row = structureRowSchema.parse(input);
    return {
      code: row.code,
      level: fileLevels[row.level],
      title: row.title_en,
      titleFr: row.title_fr === '' ? null : row.title_fr,
      teer: row.teer === '' ? null : Number(row.teer),
      parent: row.parent === '' ? null : row.parent,
    };
  });
  return classList;
}

/**
 * The unit group with this 5-digit code, or undefined.
 * @example
 * unitGroup('31301')?.title //=> 'Registered nurses and registered psychiatric nurses'
 * unitGroup('2173') //=> undefined (a NOC 2016 code)
 */
export function unitGroup(code: string): UnitGroup | undefined {
  unitGroupByCode ??= new Map(unitGroups().map((group) => [group.code, group]));
  return unitGroupByCode.get(code);
}

function nocClass(code: string): NocClass | undefined {
  classByCode ??= new Map(nocStructure().map((entry) => [entry.code, entry]));
  return classByCode.get(code);
}

/**
 * The unit group with this code; a user's unknown code is an input error, with the NOC 2021
 * successors named when the code is a NOC 2016 unit group.
 * @throws InputError `noc.unknown`
 * @example
 * requireUnitGroup('73300').title //=> 'Transport truck drivers'
 * requireUnitGroup('2173')
 * //=> throws InputError('noc.unknown', '"2173" is not a NOC 2021 unit group. It is a NOC 2016
 * //   code (Software engineers and designers); in NOC 2021 it became 21211 (Data scientists),
 * //   21231 (Software engineers and designers).')
 */
export function requireUnitGroup(code: string): UnitGroup {
  const found = unitGroup(code);
  if (found) return found;
  throw unknownCode(code, 'unit group', ' A NOC 2021 unit group code has five digits, e.g. 21232.');
}

/** `noc.unknown` for `code`; a NOC 2016 code gets its NOC 2021 successors instead of `hint`. */
function unknownCode(code: string, what: string, hint: string): InputError {
  const successors = /^\d{4}$/.test(code) ? concordanceFrom2016(code) : [];
  const first = successors[0];
  const help = first
    ? ` It is a NOC 2016 code (${first.noc2016Title}); in NOC 2021 it became ${successors
        .map((row) => `${row.noc2021Code} (${row.noc2021Title})`)
        .join(', ')}.`
    : hint;
  return new InputError('noc.unknown', `"${code}" is not a NOC 2021 ${what}.${help}`);
}

/**
 * The chain of classes from the broad category down to `code` (any level), each with its
 * code and titles.
 * @throws InputError `noc.unknown` when the code is not a NOC 2021 class.
 * @example
 * hierarchy('21232').map(({ code }) => code) //=> ['2', '21', '212', '2123', '21232']
 * hierarchy('21232')[1].title //=> 'Professional occupations in natural and applied sciences'
 */
export function hierarchy(code: string): readonly NocClass[] {
  const chain: NocClass[] = [];
  let current = nocClass(code);
  if (!current)
    throw unknownCode(code, 'class', ' NOC 2021 codes have 1 to 5 digits, e.g. 2, 21, 212, 2123, 21232.');
  while (current) {
    chain.unshift(current);
    current = current.parent === null ? undefined : nocClass(current.parent);
  }
  return chain;
}

/**
 * The full concordance, in Statistics Canada's row order.
 * @example
 * concordanceTable().length //=> 584
 */
export function concordanceTable(): readonly ConcordanceRow[] {
  concordanceRows ??= readCsv('concordance-2016-2021.csv').map((input) => {
    const row = concordanceRowSchema.parse(input);
    return {
      noc2016Code: row.noc2016_code,
      noc2016Title: row.noc2016_title,
      changeType: row.gsim_change_type,
      noc2021Code: row.noc2021_code,
      noc2021Title: row.noc2021_title,
      notes: row.notes,
    };
  });
  return concordanceRows;
}

/**
 * Every concordance row for a NOC 2016 code: one for a plain code change, several for a split.
 * Empty when the code is not a NOC 2016 V1.3 unit group.
 * @example
 * concordanceFrom2016('2173').map((row) => row.noc2021Code) //=> ['21211', '21231']
 * concordanceFrom2016('0011')[0].noc2021Code //=> '00010'
 */
export function concordanceFrom2016(code2016: string): readonly ConcordanceRow[] {
  return concordanceTable().filter((row) => row.noc2016Code === code2016);
}

/**
 * Every concordance row that leads to a NOC 2021 unit group: the NOC 2016 codes it came from.
 * @example
 * concordanceTo2021('21232').map((row) => row.noc2016Code) //=> ['2174']
 */
export function concordanceTo2021(code2021: string): readonly ConcordanceRow[] {
  return concordanceTable().filter((row) => row.noc2021Code === code2021);
}
