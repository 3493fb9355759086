/**
 * The history of every round of invitations since 2015, from `data/rounds/rounds.json`
 * (format, sources and known discrepancies: data/SOURCES.md §1). The file's snake_case records
 * become typed {@link Round}s here, and go back to the same text when the history is written.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../../data/files.js';
import { DATA_DIR } from '../../data/paths.js';
import { InputError, type InputIssue, jsonPath } from '../../errors.js';
import { isIsoDate } from '../../rules/_lib/dates.js';
import { toInputIssues } from '../../rules/profile/parse.js';
import { categoryVersionOf } from './category-versions.js';
import {
  compareRoundNumbers,
  type HistoricalRoundKind,
  POOL_RANGES,
  type PoolDistribution,
  type PoolRange,
  ROUND_PROGRAMS,
  type Round,
  roundNumberValue,
} from './round.js';

/** Where the bundled history lives. */
export const BUNDLED_ROUNDS_PATH = join(DATA_DIR, 'rounds', 'rounds.json');

const isoDate = z.string().refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' });
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { message: 'a UTC instant such as 2026-08-07T10:08:20Z' })
  .refine((text) => !Number.isNaN(Date.parse(text)), { message: 'a real UTC instant' });
const count = z.number().int().min(0);
const program = z.enum(ROUND_PROGRAMS);

const rangesSchema = z.strictObject(
  Object.fromEntries(POOL_RANGES.map(({ range }) => [range, count])) as Record<PoolRange, typeof count>,
);

const recordSchema = z.strictObject({
  number: z.string().regex(/^\d+[a-z]?$/, { message: 'a round number such as "252" or "91a"' }),
  number_int: z.number().int().positive(),
  date: isoDate,
  datetime_utc: instant,
  name: z.string().min(1),
  type: z.enum(['general', 'program', 'category']),
  program: program.nullable(),
  category_id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  category_version: z.string().min(1).nullable(),
  eligible_programs: z.array(program).min(1),
  size: count,
  cutoff_crs: z.number().int().min(0).max(1200),
  tie_break: instant.nullable(),
  tie_break_raw: z.string().nullable(),
  pool_distribution: z.strictObject({ as_of: isoDate, total: count, ranges: rangesSchema }).nullable(),
  pool_distribution_source: z.string().min(1).nullable(),
  parse_flags: z.array(z.string()),
  notes: z.array(z.string()),
});

/** One round as `rounds.json` stores it. */
export type RoundRecord = z.output<typeof recordSchema>;

const historySchema = z.array(recordSchema);

/**
 * Validates and converts the parsed JSON of a rounds file.
 * @throws InputError `json.invalid` naming every bad field (file format, a duplicated number,
 *   a category round no category set covers).
 * @example parseRoundHistory(JSON.parse(text), 'data/rounds/rounds.json')[0]?.kind //=> { type: 'general' }
 */
export function parseRoundHistory(input: unknown, source = 'rounds file'): Round[] {
  const result = historySchema.safeParse(input);
  if (!result.success) {
    throw new InputError(
      'json.invalid',
      `The ${source} is not a valid round history.`,
      toInputIssues(input, result.error.issues),
    );
  }
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const rounds: Round[] = [];
  for (const [index, record] of result.data.entries()) {
    const at = (field: string) => jsonPath([index, field]);
    if (seen.has(record.number))
      issues.push({ path: at('number'), value: record.number, expected: 'a round number used once' });
    seen.add(record.number);
    if (record.number_int !== roundNumberValue(record.number))
      issues.push({
        path: at('number_int'),
        value: record.number_int,
        expected: `the numeric part of "${record.number}"`,
      });
    const kind = kindOf(record, (field, expected) =>
      issues.push({ path: at(field), value: record[field], expected }),
    );
    if (kind) rounds.push(fromRecord(record, kind));
  }
  if (issues.length > 0)
    throw new InputError('json.invalid', `The ${source} is not a valid round history.`, issues);
  return rounds.sort((a, b) => compareRoundNumbers(a.number, b.number));
}

function kindOf(
  record: RoundRecord,
  problem: (field: keyof RoundRecord, expected: string) => void,
): HistoricalRoundKind | null {
  if (record.type === 'general') {
    if (record.program !== null) problem('program', 'null for a general round');
    if (record.category_id !== null) problem('category_id', 'null for a general round');
    return { type: 'general' };
  }
  if (record.type === 'program') {
    if (record.program === null) problem('program', 'CEC, FSW, FST or PNP for a program round');
    if (record.category_id !== null) problem('category_id', 'null for a program round');
    return record.program === null ? null : { type: 'program', program: record.program };
  }
  if (record.category_id === null) {
    problem('category_id', 'a category id for a category round');
    return null;
  }
  if (record.program !== null) problem('program', 'null for a category round');
  const facts = {
    number: record.number,
    date: record.date,
    categoryId: record.category_id,
    versionLabel: record.category_version,
  };
  const category = categoryVersionOf(facts);
  if (category === null) {
    problem('category_id', `a category with a category set in force on ${record.date}`);
    return null;
  }
  return { type: 'category', category, categoryId: facts.categoryId, versionLabel: facts.versionLabel };
}

function fromRecord(record: RoundRecord, kind: HistoricalRoundKind): Round {
  const distribution = record.pool_distribution;
  return {
    number: record.number,
    date: record.date,
    instant: record.datetime_utc,
    name: record.name,
    kind,
    size: record.size,
    lowestScore: record.cutoff_crs,
    tieBreak: record.tie_break,
    tieBreakText: record.tie_break_raw,
    eligiblePrograms: record.eligible_programs,
    poolDistribution: distribution
      ? { asOf: distribution.as_of, total: distribution.total, ranges: distribution.ranges }
      : null,
    poolDistributionSource: record.pool_distribution_source,
    parseFlags: record.parse_flags,
    notes: record.notes,
  };
}

/**
 * A round as `rounds.json` stores it, fields in the file's order.
 * @example toRoundRecord(round).cutoff_crs //=> round.lowestScore
 */
export function toRoundRecord(round: Round): RoundRecord {
  const { kind } = round;
  return {
    number: round.number,
    number_int: roundNumberValue(round.number),
    date: round.date,
    datetime_utc: round.instant,
    name: round.name,
    type: kind.type,
    program: kind.type === 'program' ? kind.program : null,
    category_id: kind.type === 'category' ? kind.categoryId : null,
    category_version: kind.type === 'category' ? kind.versionLabel : null,
    eligible_programs: [...round.eligiblePrograms],
    size: round.size,
    cutoff_crs: round.lowestScore,
    tie_break: round.tieBreak,
    tie_break_raw: round.tieBreakText,
    pool_distribution: round.poolDistribution ? distributionRecord(round.poolDistribution) : null,
    pool_distribution_source: round.poolDistributionSource,
    parse_flags: [...round.parseFlags],
    notes: [...round.notes],
  };
}

function distributionRecord(distribution: PoolDistribution): NonNullable<RoundRecord['pool_distribution']> {
  return {
    as_of: distribution.asOf,
    total: distribution.total,
    // The table's order, whatever order the object was built in.
    ranges: Object.fromEntries(POOL_RANGES.map(({ range }) => [range, distribution.ranges[range]])) as Record<
      PoolRange,
      number
    >,
  };
}

/**
 * The text of a rounds file: the records in round order, one-space indentation, final newline
 * (the layout of the bundled file, so that rewriting unchanged rounds changes no byte).
 * @example formatRoundHistory(bundledRounds()) === readFileSync(BUNDLED_ROUNDS_PATH, 'utf8') //=> true
 */
export function formatRoundHistory(rounds: readonly Round[]): string {
  const records = [...rounds].sort((a, b) => compareRoundNumbers(a.number, b.number)).map(toRoundRecord);
  return `${JSON.stringify(records, null, 1)}\n`;
}

/**
 * Reads and validates a rounds file.
 * @throws InputError `file.not-found`, `json.invalid`.
 * @example loadRoundHistory('data/rounds/rounds.json').at(-1)?.number //=> '434'
 */
export function loadRoundHistory(path: string): Round[] {
  return parseRoundHistory(readJsonFile(path, 'rounds'), `rounds file ${path}`);
}

let bundled: readonly Round[] | undefined;

/**
 * Every round since 2015 from the bundled `data/rounds/rounds.json`, in round order.
 * @example bundledRounds().length //=> 435
 */
export function bundledRounds(): readonly Round[] {
  bundled ??= parseRoundHistory(readJsonFile(BUNDLED_ROUNDS_PATH, 'rounds'), 'data/rounds/rounds.json');
  return bundled;
}

/**
 * Writes a rounds file atomically: the text goes to a temporary file in the same folder, which
 * is then renamed over the target, so a reader never sees half a file.
 * @throws InputError `file.unreadable` when the folder cannot be written.
 * @example writeRoundHistory('data/rounds/rounds.json', mergeRounds(bundledRounds(), imported).rounds)
 */
export function writeRoundHistory(path: string, rounds: readonly Round[]): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, formatRoundHistory(rounds), { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError('file.unreadable', `cannot write the rounds file ${path} (${code})`);
  } finally {
    // The cached bundled history is stale once its file is rewritten.
    if (path === BUNDLED_ROUNDS_PATH) bundled = undefined;
  }
}
