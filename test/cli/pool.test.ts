import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';
import { ee } from './_lib/ee.js';

const folder = mkdtempSync(join(tmpdir(), 'ee-pool-'));

/** The CRS table of a summary: from its header to the blank line after it. */
function crsTable(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith('CRS range'));
  return lines.slice(start, lines.indexOf('', start));
}

describe('ee pool generate', () => {
  const out = join(folder, 'pool.jsonl');
  const generated = ee(
    'pool',
    'generate',
    '--size',
    '400',
    '--as-of',
    '2026-08-07',
    '--seed',
    '3',
    '--out',
    out,
  );

  it('writes the pool and prints the count, the target and achieved share per range, programs and categories', async () => {
    const { code, stdout, stderr } = await generated;
    expect(code).toBe(0);
    expect(stderr).toBe(''); // no progress bar off a terminal
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(400);
    expect(stdout).toMatch(/^Wrote 400 profiles to .*pool\.jsonl in [\d.]+ s \([\d,]+ profiles\/s\)\.\n/);
    expect(stdout).toContain('Pool of 400 profiles scored on 2026-08-07');
    expect(stdout).toContain('Target: the pool distribution IRCC published as of 2026-08-03');
    const table = crsTable(stdout);
    expect(table[0]).toMatch(/^CRS range +Target +Pool +Difference$/);
    // Highest range first, as IRCC shows it; 500 of 229,100 profiles are at 601-1200.
    expect(table[1]).toMatch(/^601-1200 +0\.2% +\d+\.\d% +[+−]\d+\.\d\d$/);
    expect(table[15]).toMatch(/^0-300 +3\.4% +/);
    expect(table).toHaveLength(16);
    expect(stdout).toMatch(/Largest difference: \d+\.\d\d percentage points\. Mean CRS: \d{3}\.\d\./);
    expect(stdout).toContain('Programs (400 profiles checked)');
    expect(stdout).toMatch(/ +\d+\.\d% {2}CEC: meets the Canadian Experience Class/);
    expect(stdout).toMatch(/ +0\.0% {2}Meets no program/);
    expect(stdout).toContain('Categories of categories@2026 (meets the category and a program)');
    expect(stdout).toMatch(/ +\d+\.\d% {2}Healthcare and social services occupations/);
  });

  it('gives the same file for the same seed', async () => {
    await generated;
    const again = join(folder, 'again.jsonl');
    const { code } = await ee(
      'pool',
      'generate',
      '--size',
      '400',
      '--as-of',
      '2026-08-07',
      '--seed',
      '3',
      '--out',
      again,
    );
    expect(code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('prints the summary as JSON', async () => {
    const path = join(folder, 'json.jsonl');
    const { code, stdout } = await ee(
      'pool',
      'generate',
      '--size',
      '50',
      '--as-of',
      '2024-06-15',
      '--seed',
      '1',
      '--out',
      path,
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: path, count: 50, seed: 1, asOf: '2024-06-15', offTarget: 0 });
    expect(report.summary).toMatchObject({
      on: '2024-06-15',
      count: 50,
      sampled: 50,
      categorySet: 'categories@2024',
    });
    expect(report.summary.ranges).toHaveLength(15);
    expect(
      report.summary.ranges.reduce((sum: number, range: { count: number }) => sum + range.count, 0),
    ).toBe(50);
  });

  it.each([
    [
      ['--size', 'abc'],
      '--size: got "abc", expected a number of profiles: a whole number from 1 to 10,000,000',
    ],
    [['--size', '0'], '--size: got "0"'],
    [['--size', '2.5'], '--size: got "2.5"'],
    [['--size', '10000001'], '--size: got "10000001"'],
    [['--as-of', '2026-02-30'], '--as-of: got "2026-02-30", expected a calendar date written YYYY-MM-DD'],
    [['--as-of', '2014-12-31'], 'on or after 2015-01-01 (the first Express Entry pool)'],
    [['--seed', 'x'], '--seed: got "x", expected a seed: a whole number from 0 to 4,294,967,295'],
    [['--seed=-1'], '--seed: got "-1"'],
    [['--seed', '4294967296'], '--seed: got "4294967296"'],
    [['--workers', '0'], '--workers: got "0"'],
  ])(
    'refuses %j with exit code 2, naming the option, the value and what is expected',
    async (bad, message) => {
      const options: Record<string, string> = { '--size': '10', '--as-of': '2026-08-07', '--seed': '1' };
      const args = ['pool', 'generate', '--out', join(folder, 'never.jsonl')];
      for (const [name, value] of Object.entries(options)) {
        if (!bad.some((arg) => arg.startsWith(name))) args.push(name, value);
      }
      const { code, stdout, stderr } = await ee(...args, ...bad);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    },
  );

  it('needs --size, --as-of and --out', async () => {
    const { code, stderr } = await ee(
      'pool',
      'generate',
      '--as-of',
      '2026-08-07',
      '--out',
      join(folder, 'x.jsonl'),
    );
    expect(code).toBe(2);
    expect(stderr).toContain("required option '--size <n>' not specified");
  });
});

describe('ee pool inspect', () => {
  it('reads a pool and prints the same summary its generation printed', async () => {
    const path = join(folder, 'inspected.jsonl');
    const generated = await ee(
      'pool',
      'generate',
      '--size',
      '300',
      '--as-of',
      '2026-08-07',
      '--seed',
      '5',
      '--out',
      path,
    );
    const { code, stdout, stderr } = await ee('pool', 'inspect', path, '--on', '2026-08-07');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Read 300 profiles from .*inspected\.jsonl in [\d.]+ s\.\n/);
    expect(crsTable(stdout)).toEqual(crsTable(generated.stdout));
    const summary = (text: string) => text.slice(text.indexOf('Pool of'));
    expect(summary(stdout)).toBe(summary(generated.stdout));
  });

  it('prints French', async () => {
    const path = join(folder, 'french.jsonl');
    await ee('pool', 'generate', '--size', '30', '--as-of', '2026-08-07', '--out', path);
    const { code, stdout } = await ee('pool', 'inspect', path, '--on', '2026-08-07', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout).toContain('Bassin de 30 profils évalués le 2026-08-07');
    expect(stdout).toMatch(/Tranche SCG +Cible +Bassin +Écart/);
  });

  it('fails on a bad line with exit code 2, naming the line, and prints no summary', async () => {
    const path = join(folder, 'broken.jsonl');
    await ee('pool', 'generate', '--size', '5', '--as-of', '2026-08-07', '--out', path);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    lines[2] = (lines[2] as string).replace('"birthDate":"', '"birthDate":"19');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const { code, stdout, stderr } = await ee('pool', 'inspect', path, '--on', '2026-08-07');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`ee: ${path}, line 3: the profile is not valid (1 problem).`);
    expect(stderr).toMatch(
      /\$\.birthDate: got "19\d{4}-\d\d-\d\d", expected a calendar date written YYYY-MM-DD/,
    );
  });

  it('names a missing file and a bad date', async () => {
    const missing = await ee('pool', 'inspect', join(folder, 'none.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('pool file not found');
    const badDate = await ee('pool', 'inspect', join(folder, 'none.jsonl'), '--on', '07/08/2026');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--on: got "07/08/2026", expected a calendar date written YYYY-MM-DD');
  });
});

describe('startProgress', () => {
  /** A terminal-like stream that keeps what is drawn on it. */
  function terminal() {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let drawn = '';
    stream.on('data', (data: Buffer) => {
      drawn += data.toString();
    });
    return { stream, drawn: () => drawn };
  }

  it('draws a bar with counts on a terminal', async () => {
    const { stream, drawn } = terminal();
    const bar = startProgress(
      { interactive: true },
      { label: 'Generating', total: 2000, unit: 'profiles' },
      stream,
    );
    bar.update(2000);
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(drawn()).toContain('Generating [');
    expect(drawn()).toContain('100% | 2,000/2,000 profiles');
  });

  it('shows megabytes for bytes', async () => {
    const { stream, drawn } = terminal();
    const bar = startProgress(
      { interactive: true },
      { label: 'Reading', total: 3_145_728, unit: 'bytes' },
      stream,
    );
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(drawn()).toContain('0.0/3.0 MB');
  });

  it('draws nothing when stderr is not a terminal', async () => {
    const { stream, drawn } = terminal();
    const bar = startProgress(
      { interactive: false },
      { label: 'Generating', total: 10, unit: 'profiles' },
      stream,
    );
    bar.update(5);
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(drawn()).toBe('');
  });
});
