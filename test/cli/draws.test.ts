import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS_PATH } from '../../src/engine/draws/history.js';
import { ee } from './_lib/ee.js';

const FEED = 'test/fixtures/ircc-feed/ee_rounds_123_en.json';
const scratch = mkdtempSync(join(tmpdir(), 'ee-draws-'));
function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}
/** A private copy of the bundled history, for imports that write. */
function historyCopy(name: string): string {
  const path = join(scratch, name);
  copyFileSync(BUNDLED_ROUNDS_PATH, path);
  return path;
}
function feedWith(edit: (rounds: Record<string, string>[]) => void): string {
  const feed = JSON.parse(readFileSync(FEED, 'utf8')) as { rounds: Record<string, string>[] };
  edit(feed.rounds);
  return JSON.stringify(feed);
}

interface RawRound {
  number: string;
  date: string;
  type: string;
  program: string | null;
  category_id: string | null;
  size: number;
  cutoff_crs: number;
}
const raw = JSON.parse(readFileSync(BUNDLED_ROUNDS_PATH, 'utf8')) as RawRound[];
const bundledText = readFileSync(BUNDLED_ROUNDS_PATH, 'utf8');

describe('ee draws', () => {
  it('lists the 2023 category rounds as a table with a total', async () => {
    const { code, stdout, stderr } = await ee('draws', '--year', '2023', '--kind', 'category');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+Date\s+Round type\s+Invitations\s+Lowest CRS\s+Tie-break \(UTC\)$/);
    expect(lines[1]).toMatch(
      /^252\s+2023-06-28\s+category healthcare@2023\s+500\s+476\s+2022-11-12 12:47:27$/,
    );
    const expected = raw.filter((round) => round.type === 'category' && round.date.startsWith('2023'));
    const invitations = expected.reduce((sum, round) => sum + round.size, 0);
    expect(lines.slice(1, -2).map((line) => line.split(/\s+/)[0])).toEqual(
      expected.map((round) => round.number),
    );
    expect(lines.at(-1)).toBe(
      `${expected.length} rounds, ${invitations.toLocaleString('en-CA')} invitations`,
    );
  });

  it('labels the table in French with --lang fr', async () => {
    const { code, stdout } = await ee('draws', '--year', '2023', '--kind', 'category', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^N°\s+Date\s+Type de ronde\s+Invitations\s+SCG le plus bas\s+Règle de départage \(UTC\)\n/,
    );
    expect(stdout).toMatch(/\n252\s+2023-06-28\s+catégorie healthcare@2023\s+500\s+476/);
    expect(stdout).toContain('17 rondes');
  });

  it('filters by program and year', async () => {
    const { code, stdout } = await ee('draws', '--program', 'CEC', '--year', '2026', '--json');
    expect(code).toBe(0);
    const rounds = JSON.parse(stdout) as { number: string; kind: unknown }[];
    const expected = raw.filter((round) => round.program === 'CEC' && round.date.startsWith('2026'));
    expect(rounds.map((round) => round.number)).toEqual(expected.map((round) => round.number));
    expect(rounds.every((round) => JSON.stringify(round.kind) === '{"type":"program","program":"CEC"}')).toBe(
      true,
    );
  });

  it('filters by category id or category version', async () => {
    const byId = JSON.parse((await ee('draws', '--category', 'healthcare', '--json')).stdout) as unknown[];
    expect(byId).toHaveLength(raw.filter((round) => round.category_id === 'healthcare').length);
    const { code, stdout } = await ee('draws', '--category', 'healthcare@2025', '--json');
    expect(code).toBe(0);
    const byVersion = JSON.parse(stdout) as { number: string; kind: { category: string } }[];
    expect(byVersion.map((round) => round.number)).toEqual(['345', '349', '357', '362', '373', '379', '385']);
  });

  it('prints rounds in camelCase with --json', async () => {
    const { stdout } = await ee('draws', '--year', '2026', '--kind', 'category', '--json');
    const rounds = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rounds.at(-1)).toMatchObject({
      number: '434',
      lowestScore: 470,
      kind: {
        type: 'category',
        category: 'transport@2026',
        categoryId: 'transport',
        versionLabel: '2026-Version 2',
      },
      poolDistribution: { asOf: '2026-08-03', total: 229_100 },
    });
  });

  it('prints CSV that a CSV reader reads back, names with commas quoted', async () => {
    const { code, stdout } = await ee('draws', '--year', '2026', '--kind', 'category', '--csv');
    expect(code).toBe(0);
    expect(stdout).toContain('"Transport Occupations, 2026-Version 2"');
    const [header, ...rows] = parse(stdout) as string[][];
    expect(header).toEqual([
      'number',
      'date',
      'instant',
      'name',
      'type',
      'program',
      'category_id',
      'category_version',
      'size',
      'lowest_score',
      'tie_break',
      'eligible_programs',
    ]);
    expect(rows).toHaveLength(
      raw.filter((round) => round.type === 'category' && round.date.startsWith('2026')).length,
    );
    expect(rows.at(-1)).toEqual([
      '434',
      '2026-08-07',
      '2026-08-07T10:08:20Z',
      'Transport Occupations, 2026-Version 2',
      'category',
      '',
      'transport',
      'transport@2026',
      '300',
      '470',
      '2025-10-11T14:55:49Z',
      'FSW CEC FST',
    ]);
  });

  it('says so when no round matches', async () => {
    const { code, stdout } = await ee('draws', '--year', '2014');
    expect(code).toBe(0);
    expect(stdout).toBe('No round matches.\n');
  });

  it.each([
    [['--kind', 'lottery'], /argument 'lottery' is invalid/],
    [['--program', 'XYZ'], /argument 'XYZ' is invalid/],
    [['--year', '23'], /--year: got "23", expected a year written YYYY/],
    [
      ['--category', 'plumbing'],
      /--category: got "plumbing", expected a category id \(french-language-proficiency, /,
    ],
    [
      ['--kind', 'general', '--program', 'CEC'],
      /--program: only program rounds have one, not --kind general/,
    ],
    [['--json', '--csv'], /option '--json' cannot be used with option '--csv'/],
    [['--lang', 'de'], /argument 'de' is invalid/],
    [['extra'], /too many arguments/],
  ])('exits with 2 on %j', async (args, message) => {
    const { code, stdout, stderr } = await ee('draws', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('ee draws stats', () => {
  it('shows 2025 per kind and group, as a plain loop over the file counts them', async () => {
    const { code, stdout, stderr } = await ee('draws', 'stats', '--year', '2025');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Year\s+Kind\s+Program \/ category\s+Rounds\s+Invitations\s+Min CRS\s+Median CRS\s+Max CRS$/,
    );
    expect(lines.slice(1).every((line) => line.startsWith('2025  '))).toBe(true);
    const healthcare = raw.filter(
      (round) => round.category_id === 'healthcare' && round.date.startsWith('2025'),
    );
    const scores = healthcare.map((round) => round.cutoff_crs).sort((a, b) => a - b);
    const invitations = healthcare.reduce((sum, round) => sum + round.size, 0).toLocaleString('en-CA');
    expect(stdout).toMatch(
      new RegExp(
        `\\n2025\\s+category\\s+healthcare\\s+${healthcare.length}\\s+${invitations}\\s+${scores[0]}\\s+${scores[3]}\\s+${scores.at(-1)}\\n`,
      ),
    );
  });

  it('prints the rows as JSON with --json', async () => {
    const { code, stdout } = await ee('draws', 'stats', '--year', '2023', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { kind: string; group: string | null; rounds: number }[];
    const categoryTotal = rows.find((row) => row.kind === 'category' && row.group === null);
    expect(categoryTotal?.rounds).toBe(
      raw.filter((round) => round.type === 'category' && round.date.startsWith('2023')).length,
    );
  });

  it('exits with 2 on a bad year', async () => {
    const { code, stderr } = await ee('draws', 'stats', '--year', 'last');
    expect(code).toBe(2);
    expect(stderr).toContain('--year: got "last"');
  });
});

describe('ee draws import', () => {
  it('is a dry run by default: the fixture adds and changes nothing', async () => {
    const { code, stdout, stderr } = await ee('draws', 'import', FEED);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`IRCC feed ${FEED}: 8 rounds read.`);
    expect(stdout).toContain('New rounds: 0\nChanged rounds: 0\nUnchanged rounds: 8');
    expect(stdout).toContain('Dry run: nothing was written. Add --write to update');
    expect(readFileSync(BUNDLED_ROUNDS_PATH, 'utf8')).toBe(bundledText);
  });

  const revisedFeed = () =>
    feedWith((rounds) => {
      const latest = rounds[0] as Record<string, string>;
      rounds.unshift({
        ...latest,
        drawNumber: '435',
        drawDate: '2026-08-12',
        drawDateFull: 'August 12, 2026',
        drawName: 'Canadian Experience Class',
        drawText2: 'Canadian Experience Class',
        drawSize: '3,000',
        drawCRS: '515',
        drawDateTime: 'August 12, 2026 at 10:00:00 UTC',
      });
      latest.drawSize = '350';
    });

  it('prints new and changed rounds, and writes the merged history with --write', async () => {
    const history = historyCopy('write.json');
    const feed = file('revised.json', revisedFeed());
    const dry = await ee('draws', 'import', feed, '--rounds', history);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/New rounds: 1\n {2}435 {2}2026-08-12 {2}program CEC {2}3,000 {2}515\n/);
    expect(dry.stdout).toContain('Changed rounds: 1\n  434  size: 300 → 350\nUnchanged rounds: 7');
    expect(readFileSync(history, 'utf8')).toBe(bundledText);

    const { code, stdout } = await ee('draws', 'import', feed, '--rounds', history, '--write');
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote 436 rounds to ${history}.`);
    const written = JSON.parse(readFileSync(history, 'utf8')) as RawRound[];
    expect(written).toHaveLength(436);
    expect(written.at(-1)).toMatchObject({ number: '435', type: 'program', program: 'CEC', size: 3000 });
    expect(written.find((round) => round.number === '434')?.size).toBe(350);
    expect(readFileSync(BUNDLED_ROUNDS_PATH, 'utf8')).toBe(bundledText);

    const again = await ee('draws', 'import', feed, '--rounds', history, '--write');
    expect(again.stdout).toContain('New rounds: 0\nChanged rounds: 0\nUnchanged rounds: 9');
    expect(again.stdout).toContain(`Nothing to write: ${history} already has every round of the feed.`);
  });

  it('imports nothing from a feed with an unreadable value, and names round, field and value', async () => {
    const history = historyCopy('untouched.json');
    const feed = file(
      'bad-date.json',
      feedWith((rounds) => {
        (rounds[2] as Record<string, string>).drawDateTime = 'Janvier 23, 2025 at 15:30:04 UTC';
      }),
    );
    const { code, stdout, stderr } = await ee('draws', 'import', feed, '--rounds', history, '--write');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing was imported');
    expect(stderr).toContain(
      '$.rounds[2].drawDateTime (round 333): got "Janvier 23, 2025 at 15:30:04 UTC", expected an instant',
    );
    expect(readFileSync(history, 'utf8')).toBe(bundledText);
  });

  it.each([
    ['not JSON', '{"rounds": [', /broken\.json is not valid JSON/],
    ['not a feed', '{"draws": []}', /is not an IRCC rounds feed/],
  ])('exits with 2 on a file that is %s', async (_what, content, message) => {
    const { code, stderr } = await ee('draws', 'import', file('broken.json', content));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits with 2 on a missing feed or history file', async () => {
    expect((await ee('draws', 'import', join(scratch, 'absent.json'))).stderr).toContain(
      'IRCC feed file not found',
    );
    const { code, stderr } = await ee('draws', 'import', FEED, '--rounds', join(scratch, 'absent.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('rounds file not found');
  });
});
