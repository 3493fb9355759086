import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.js';
import { categorySetYear, categoryVersionOf } from './category-versions.js';
import {
  BUNDLED_ROUNDS_PATH,
  bundledRounds,
  formatRoundHistory,
  loadRoundHistory,
  parseRoundHistory,
  toRoundRecord,
  writeRoundHistory,
} from './history.js';
import { compareRoundNumbers, type Round } from './round.js';

const fileText = readFileSync(BUNDLED_ROUNDS_PATH, 'utf8');
const records = () => JSON.parse(fileText) as Record<string, unknown>[];

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('the round history', () => {
  it('reads round #262 in camelCase, with the tie-break the current feed gives (data/SOURCES.md §1)', () => {
    expect(bundledRounds().find((round) => round.number === '262')).toMatchObject({
      name: 'No Program Specified',
      kind: { type: 'general' },
      tieBreak: '2023-07-04T19:36:18Z',
      tieBreakText: 'July 04, 2023 at 19:36:18 UTC',
    });
  });

  it('writes back the bundled file byte for byte', () => {
    expect(formatRoundHistory(bundledRounds())).toBe(fileText);
  });

  it('keeps the category label in the file and our version in memory', () => {
    const round = bundledRounds().find((entry) => entry.number === '398') as Round;
    expect(round.kind).toEqual({
      type: 'category',
      category: 'healthcare@2026',
      categoryId: 'healthcare',
      versionLabel: '2026-Version 3',
    });
    expect(toRoundRecord(round)).toMatchObject({
      type: 'category',
      category_id: 'healthcare',
      category_version: '2026-Version 3',
    });
  });

  it('names each bad field of a rounds file', () => {
    const bad = records();
    (bad[0] as Record<string, unknown>).cutoff_crs = 'high';
    (bad[1] as Record<string, unknown>).extra = true;
    const error = inputError(() => parseRoundHistory(bad, 'rounds file test'));
    expect(error.code).toBe('json.invalid');
    expect(error.issues.map((issue) => issue.path)).toEqual(['$[0].cutoff_crs', '$[1].extra']);
  });

  it('rejects a program round without its program and a repeated number', () => {
    const bad = records();
    (bad[2] as Record<string, unknown>).program = null;
    (bad[3] as Record<string, unknown>).number = '3';
    (bad[3] as Record<string, unknown>).number_int = 3;
    expect(inputError(() => parseRoundHistory(bad)).issues.map((issue) => issue.path)).toEqual([
      '$[2].program',
      '$[3].number',
    ]);
  });

  it('writes atomically: the new text replaces the file and no temporary file is left', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ee-rounds-'));
    const path = join(folder, 'rounds.json');
    const firstTen = bundledRounds().slice(0, 10);
    writeRoundHistory(path, firstTen);
    writeRoundHistory(path, [...firstTen].reverse());
    expect(readdirSync(folder)).toEqual(['rounds.json']);
    expect(loadRoundHistory(path)).toEqual(firstTen);
  });

  it('reports a folder it cannot write to', () => {
    const error = inputError(() => writeRoundHistory(join(tmpdir(), 'no-such-folder-ee', 'rounds.json'), []));
    expect(error.code).toBe('file.unreadable');
  });
});

describe('categoryVersionOf', () => {
  const round = { number: '9999', categoryId: 'healthcare', versionLabel: 'Version 1' };

  it('follows the category files’ round lists first', () => {
    // #337 (2025-02-19) was held under the 2024 definitions, which ran to 2025-02-26.
    expect(
      categoryVersionOf({
        ...round,
        number: '337',
        categoryId: 'french-language-proficiency',
        date: '2025-02-19',
      }),
    ).toBe('french-language-proficiency@2024');
  });

  it('then a label with a year: "2026-Version 2" is 2026 even before 2026-02-18', () => {
    expect(categorySetYear({ ...round, versionLabel: '2026-Version 2', date: '2026-02-01' })).toBe(2026);
  });

  it('otherwise the set in force on the round date, both ends of each window included', () => {
    expect(categorySetYear({ ...round, date: '2023-05-31' })).toBe(2023);
    expect(categorySetYear({ ...round, date: '2023-12-31' })).toBe(2023);
    expect(categorySetYear({ ...round, date: '2024-01-01' })).toBe(2024);
    expect(categorySetYear({ ...round, date: '2025-02-26' })).toBe(2024);
    expect(categorySetYear({ ...round, date: '2025-02-27' })).toBe(2025);
    expect(categorySetYear({ ...round, date: '2026-02-17' })).toBe(2025);
    expect(categorySetYear({ ...round, date: '2026-02-18' })).toBe(2026);
    expect(categoryVersionOf({ ...round, date: '2030-01-01' })).toBe('healthcare@2026');
  });

  it('places no round before the first category set (2023-05-31)', () => {
    expect(categoryVersionOf({ ...round, date: '2023-05-30' })).toBeNull();
  });
});

describe('compareRoundNumbers', () => {
  it('orders by number, then by letter', () => {
    expect(['92', '91b', '100', '91a', '9'].sort(compareRoundNumbers)).toEqual([
      '9',
      '91a',
      '91b',
      '92',
      '100',
    ]);
  });
});
