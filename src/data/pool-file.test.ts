import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parseProfile } from '../rules/profile/parse.js';
import {
  PoolLineError,
  type PoolProfile,
  readPoolFile,
  writePoolChunks,
  writePoolFile,
} from './pool-file.js';

const folder = mkdtempSync(join(tmpdir(), 'pool-file-'));

/** A valid pool line's object: never married, born 1994-05-10, one job in Canada, one IELTS. */
function candidate(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'express-entry/profile@1',
    id,
    birthDate: '1994-05-10',
    maritalStatus: 'never-married',
    submittedAt: '2026-03-01T14:05:09Z',
    languageTests: [
      { test: 'IELTS-GT', date: '2025-11-02', listening: 8, reading: 7, writing: 7, speaking: 7.5 },
    ],
    work: [{ noc: '21232', country: 'CA', start: '2023-09-01', end: null, hoursPerWeek: 40 }],
    ...extra,
  };
}

function file(name: string, lines: readonly string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** The error `readPoolFile` rejects with (the test fails when it resolves). */
async function failure(path: string): Promise<PoolLineError> {
  const error = await readPoolFile(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PoolLineError);
  return error as PoolLineError;
}

describe('readPoolFile', () => {
  it('returns every profile, validated and with defaults filled in, reporting bytes read', async () => {
    const lines = ['c-1', 'c-2', 'c-3'].map((id) => JSON.stringify(candidate(id)));
    const path = file('three.jsonl', [...lines, '']);
    const progress: number[] = [];
    const profiles = await readPoolFile(path, { onProgress: ({ bytesRead }) => progress.push(bytesRead) });
    expect(profiles.map((profile) => profile.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(profiles[0]?.education).toEqual([]);
    expect(profiles[0]?.work[0]?.selfEmployed).toBe(false);
    expect(progress.at(-1)).toBe(readFileSync(path).length);
  });

  it('stops at invalid JSON on line 3, naming the line, and returns nothing', async () => {
    const path = file('bad-json.jsonl', [
      JSON.stringify(candidate('c-1')),
      JSON.stringify(candidate('c-2')),
      '{"format": "express-entry/profile@1", "id": "c-3",',
      JSON.stringify(candidate('c-4')),
    ]);
    const error = await failure(path);
    expect(error).toMatchObject({ code: 'json.invalid', line: 3, file: path });
    expect(error.message).toMatch(new RegExp(`^${path}, line 3: not valid JSON`));
    expect(error.issues[0]).toMatchObject({
      path: '$',
      value: '{"format": "express-entry/profile@1", "id": "c-3",',
    });
  });

  it('stops at an invalid field on line 5 with its JSON path, value and expectation', async () => {
    const bad = candidate('c-5', {
      languageTests: [
        { test: 'IELTS-GT', date: '2025-11-02', listening: 7.25, reading: 7, writing: 7, speaking: 7 },
      ],
    });
    const path = file('bad-field.jsonl', [
      ...['c-1', 'c-2', 'c-3', 'c-4'].map((id) => JSON.stringify(candidate(id))),
      JSON.stringify(bad),
      JSON.stringify(candidate('c-6')),
    ]);
    const error = await failure(path);
    expect(error).toMatchObject({ code: 'profile.invalid', line: 5 });
    expect(error.message).toBe(`${path}, line 5: the profile is not valid (1 problem).`);
    expect(error.issues).toEqual([
      {
        path: '$.languageTests[0].listening',
        value: 7.25,
        expected:
          'a number from 0 to 9 in steps of 0.5 for listening on the IELTS General Training band scale',
      },
    ]);
  });

  it('stops at an id used twice, naming both lines', async () => {
    const path = file('duplicate.jsonl', [
      JSON.stringify(candidate('c-1')),
      JSON.stringify(candidate('c-2')),
      JSON.stringify(candidate('c-1')),
    ]);
    const error = await failure(path);
    expect(error).toMatchObject({ code: 'profile.invalid', line: 3 });
    expect(error.message).toBe(`${path}, line 3: the id "c-1" is already used on line 1.`);
    expect(error.issues).toEqual([
      { path: '$.id', value: 'c-1', expected: 'an id used once in the pool (line 1 has it)' },
    ]);
  });

  it('requires an id and a submission instant on every line', async () => {
    const { id: _, submittedAt: __, ...anonymous } = candidate('c-2');
    const path = file('anonymous.jsonl', [JSON.stringify(candidate('c-1')), JSON.stringify(anonymous)]);
    const error = await failure(path);
    expect(error).toMatchObject({ code: 'profile.invalid', line: 2 });
    expect(error.issues.map((issue) => [issue.path, issue.value])).toEqual([
      ['$.id', undefined],
      ['$.submittedAt', undefined],
    ]);
  });

  it('rejects a NOC code that does not exist, on its line', async () => {
    const path = file('unknown-noc.jsonl', [
      JSON.stringify(
        candidate('c-1', { work: [{ noc: '99999', country: 'CA', start: '2023-09-01', hoursPerWeek: 40 }] }),
      ),
    ]);
    const error = await failure(path);
    expect(error).toMatchObject({ code: 'noc.unknown', line: 1 });
    expect(error.issues[0]).toMatchObject({ path: '$.work[0].noc', value: '99999' });
  });

  it('skips blank lines and a byte-order mark, and counts them in line numbers', async () => {
    const path = join(folder, 'blank.jsonl');
    writeFileSync(path, `\uFEFF${JSON.stringify(candidate('c-1'))}\n\n   \n{oops}\n`);
    const error = await failure(path);
    expect(error.line).toBe(4);
  });

  it('names a missing file and a folder', async () => {
    await expect(readPoolFile(join(folder, 'nope.jsonl'))).rejects.toMatchObject({ code: 'file.not-found' });
    await expect(readPoolFile(folder)).rejects.toMatchObject({ code: 'file.unreadable' });
  });
});

describe('writePoolFile', () => {
  it('round-trips: what it writes reads back equal, one line per profile', async () => {
    const profiles = ['c-1', 'c-2', 'c-3'].map((id, index) =>
      parseProfile(candidate(id, { siblingInCanada: index === 1 })),
    ) as PoolProfile[];
    const path = join(folder, 'round-trip.jsonl');
    const progress: number[] = [];
    const written = await writePoolFile(path, profiles, { onProgress: (count) => progress.push(count) });
    expect(written.count).toBe(3);
    expect(written.bytes).toBe(readFileSync(path).length);
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(4); // three lines and the final newline
    expect(progress.at(-1)).toBe(3);
    expect(await readPoolFile(path)).toEqual(profiles);
  });

  it('takes an async iterable', async () => {
    async function* profiles() {
      yield parseProfile(candidate('a')) as PoolProfile;
      yield parseProfile(candidate('b')) as PoolProfile;
    }
    const path = join(folder, 'async.jsonl');
    await writePoolFile(path, profiles());
    expect((await readPoolFile(path)).map((profile) => profile.id)).toEqual(['a', 'b']);
  });

  it('leaves nothing behind when a profile cannot go into a pool', async () => {
    const path = join(folder, 'refused.jsonl');
    const profiles = [parseProfile(candidate('c-1')), parseProfile(candidate('c-1'))] as PoolProfile[];
    const error = await writePoolFile(path, profiles).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'profile.invalid', issues: [{ path: '$.id', value: 'c-1' }] });
    expect(readdirSync(folder).filter((name) => name.includes('refused'))).toEqual([]);
  });

  it('keeps the previous file when the source fails midway', async () => {
    const path = join(folder, 'kept.jsonl');
    writeFileSync(path, 'previous\n');
    function* failing() {
      yield { text: 'half\n', count: 1 };
      throw new Error('generator broke');
    }
    await expect(writePoolChunks(path, failing())).rejects.toThrow('generator broke');
    expect(readFileSync(path, 'utf8')).toBe('previous\n');
    expect(readdirSync(folder).filter((name) => name.startsWith('.kept'))).toEqual([]);
  });

  it('names a folder it cannot write into', async () => {
    await expect(writePoolFile(join(folder, 'missing', 'pool.jsonl'), [])).rejects.toMatchObject({
      code: 'file.unreadable',
      message: expect.stringContaining('cannot write the pool file'),
    });
  });
});
