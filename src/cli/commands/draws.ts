import { relative } from 'node:path';
import { type Command, Option } from '@commander-js/extra-typings';
import { bundledCategorySets } from '../../data/categories.js';
import { readJsonFile } from '../../data/files.js';
import { toCsv } from '../../engine/draws/_lib/csv.js';
import { filterRounds, ROUND_KIND_TYPES } from '../../engine/draws/filter.js';
import {
  BUNDLED_ROUNDS_PATH,
  bundledRounds,
  loadRoundHistory,
  writeRoundHistory,
} from '../../engine/draws/history.js';
import {
  type FieldChange,
  type MergeReport,
  mergeRounds,
  parseIrccFeed,
} from '../../engine/draws/ircc-feed.js';
import { type HistoricalRoundKind, ROUND_PROGRAMS, type Round } from '../../engine/draws/round.js';
import { type RoundStatsRow, roundStats } from '../../engine/draws/stats.js';
import { InputError } from '../../errors.js';
import { formatNumber } from '../../i18n/format.js';
import { type Lang, t } from '../../i18n/index.js';
import { parseLangOption } from '../input.js';
import type { CliContext } from '../program.js';
import { json } from '../render.js';

const KINDS = ROUND_KIND_TYPES;

/** Names a filter field as the option that set it. */
const cliOption = (field: string): string => `--${field}`;

/**
 * `ee draws`: the rounds of invitations since 2015, filtered and shown as a table, JSON or CSV;
 * `ee draws stats`: rounds, invitations and lowest scores per year and kind;
 * `ee draws import <feed.json>`: merge IRCC's own feed into the history (a dry run without `--write`).
 * @example
 * registerDraws(program, context);
 * // ee draws --year 2023 --kind category
 * //=> #    Date        Round type                 Invitations  Lowest CRS  Tie-break (UTC)
 * //=> 252  2023-06-28  category healthcare@2023           500         476  2022-11-12 12:47:27
 */
export function registerDraws(program: Command, context: CliContext): void {
  const draws = program
    .command('draws')
    .description('the rounds of invitations since 2015: list, statistics, import of the IRCC feed');

  // The default subcommand, so that `ee draws --year 2023` lists and `ee draws stats --year 2025`
  // leaves --year to `stats`.
  draws
    .command('list', { isDefault: true })
    .description('list the rounds, filtered by kind, program, category and year')
    .addOption(new Option('--kind <kind>', 'only rounds of this kind').choices(KINDS))
    .addOption(new Option('--program <program>', 'only rounds for this program').choices(ROUND_PROGRAMS))
    .option(
      '--category <id>',
      'only rounds of this category: an id (healthcare) or a version (healthcare@2023)',
    )
    .option('--year <year>', 'only rounds of this calendar year')
    .addOption(new Option('--json', 'print the rounds as JSON').conflicts('csv'))
    .addOption(new Option('--csv', 'print the rounds as CSV (RFC 4180)').conflicts('json'))
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .action((options) => {
      const lang = parseLangOption(options.lang);
      const rounds = filterRounds(
        bundledRounds(),
        {
          kind: options.kind,
          program: options.program,
          category: options.category,
          year: parseYearOption(options.year),
        },
        cliOption,
      );
      if (options.json) context.out(json(rounds));
      else if (options.csv) context.out(roundsCsv(rounds));
      else context.out(rounds.length === 0 ? t(lang, 'draws.none') : roundsTable(rounds, lang));
    });

  draws
    .command('stats')
    .description('rounds, invitations and lowest CRS (min, median, max) per year, kind, program and category')
    .option('--year <year>', 'only this calendar year')
    .option('--json', 'print the statistics as JSON')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .action((options) => {
      const lang = parseLangOption(options.lang);
      const year = parseYearOption(options.year);
      const rows = roundStats(bundledRounds(), year === undefined ? {} : { year });
      if (options.json) context.out(json(rows));
      else context.out(rows.length === 0 ? t(lang, 'draws.none') : statsTable(rows, lang));
    });

  draws
    .command('import')
    .description(
      "merge IRCC's rounds feed (ee_rounds_123_en.json) into the history: a dry run unless --write",
    )
    .argument(
      '<feed>',
      'a copy of https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json',
    )
    .option('--write', 'write the merged history (atomically: a temporary file renamed over it)')
    .option('--rounds <file>', 'the history to merge into and write', BUNDLED_ROUNDS_PATH)
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .action((feedPath, options) => {
      const lang = parseLangOption(options.lang);
      const imported = parseIrccFeed(readJsonFile(feedPath, 'IRCC feed'), `IRCC feed ${feedPath}`);
      const existing =
        options.rounds === BUNDLED_ROUNDS_PATH ? bundledRounds() : loadRoundHistory(options.rounds);
      const { rounds, report } = mergeRounds(existing, imported);
      for (const warning of unknownCategoryVersions(report))
        context.err(t(lang, 'draws.import.unknown-category', warning));
      const lines = [
        t(lang, 'draws.import.read', { feed: feedPath, count: imported.length }),
        ...reportLines(report, lang),
      ];
      const hasNews = report.added.length > 0 || report.changed.length > 0;
      if (!options.write)
        lines.push(
          '',
          t(lang, 'draws.import.dry-run', {
            path: shownPath(options.rounds),
          }),
        );
      else if (!hasNews)
        lines.push(
          '',
          t(lang, 'draws.import.nothing-to-write', {
            path: shownPath(options.rounds),
          }),
        );
      else {
        writeRoundHistory(options.rounds, rounds);
        lines.push('', t(lang, 'draws.import.written', { count: rounds.length, path: options.rounds }));
      }
      context.out(lines.join('\n'));
    });
}

/** `--year`: a four-digit year. */
function parseYearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value))
    throw new InputError(
      'option.invalid',
      `--year: got "${value}", expected a year written YYYY, such as 2023`,
    );
  return Number(value);
}

function kindText(kind: HistoricalRoundKind, lang: Lang): string {
  if (kind.type === 'program') return t(lang, 'draws.kind.program', kind);
  if (kind.type === 'category') return t(lang, 'draws.kind.category', kind);
  return t(lang, 'draws.kind.general');
}

/** `2025-10-11 14:55:49` from `2025-10-11T14:55:49Z`. */
function instantText(instant: string | null): string {
  return instant === null ? '—' : instant.replace('T', ' ').replace(/Z$/, '');
}

/** Columns padded to their widest cell; `right` columns (numbers) aligned right. */
function table(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          right.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function roundsTable(rounds: readonly Round[], lang: Lang): string {
  const rows = [
    [
      t(lang, 'draws.column.number'),
      t(lang, 'draws.column.date'),
      t(lang, 'draws.column.kind'),
      t(lang, 'draws.column.size'),
      t(lang, 'draws.column.lowest-score'),
      t(lang, 'draws.column.tie-break'),
    ],
    ...rounds.map((round) => [
      round.number,
      round.date,
      kindText(round.kind, lang),
      formatNumber(round.size, lang),
      String(round.lowestScore),
      instantText(round.tieBreak),
    ]),
  ];
  const invitations = rounds.reduce((sum, round) => sum + round.size, 0);
  return [
    table(rows, new Set([3, 4])),
    '',
    t(lang, 'draws.summary', { count: rounds.length, invitations: formatNumber(invitations, lang) }),
  ].join('\n');
}

const CSV_HEADER = [
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
] as const;

function roundsCsv(rounds: readonly Round[]): string {
  return toCsv(
    CSV_HEADER,
    rounds.map(({ kind, ...round }) => [
      round.number,
      round.date,
      round.instant,
      round.name,
      kind.type,
      kind.type === 'program' ? kind.program : null,
      kind.type === 'category' ? kind.categoryId : null,
      kind.type === 'category' ? kind.category : null,
      round.size,
      round.lowestScore,
      round.tieBreak,
      round.eligiblePrograms.join(' '),
    ]),
  );
}

function statsTable(rows: readonly RoundStatsRow[], lang: Lang): string {
  const cells = [
    [
      t(lang, 'draws.stats.column.year'),
      t(lang, 'draws.stats.column.kind'),
      t(lang, 'draws.stats.column.group'),
      t(lang, 'draws.stats.column.rounds'),
      t(lang, 'draws.column.size'),
      t(lang, 'draws.stats.column.min'),
      t(lang, 'draws.stats.column.median'),
      t(lang, 'draws.stats.column.max'),
    ],
    ...rows.map((row) => [
      String(row.year),
      t(lang, `draws.stats.kind.${row.kind}`),
      row.group ?? t(lang, 'draws.stats.all'),
      String(row.rounds),
      formatNumber(row.invitations, lang),
      String(row.lowestScore.min),
      formatNumber(row.lowestScore.median, lang),
      String(row.lowestScore.max),
    ]),
  ];
  return table(cells, new Set([3, 4, 5, 6, 7]));
}

function reportLines(report: MergeReport, lang: Lang): string[] {
  const lines = ['', t(lang, 'draws.import.added', { count: report.added.length })];
  for (const round of report.added) {
    lines.push(
      `  ${round.number}  ${round.date}  ${kindText(round.kind, lang)}  ${formatNumber(round.size, lang)}  ${round.lowestScore}`,
    );
  }
  lines.push(t(lang, 'draws.import.changed', { count: report.changed.length }));
  for (const { number, changes } of report.changed) {
    lines.push(`  ${number}  ${changes.map((change) => changeText(change, lang)).join('; ')}`);
  }
  lines.push(t(lang, 'draws.import.unchanged', { count: report.unchanged }));
  return lines;
}

function changeText({ field, before, after }: FieldChange, lang: Lang): string {
  return t(lang, 'draws.import.field', {
    field,
    before: valueText(field, before, lang),
    after: valueText(field, after, lang),
  });
}

function valueText(field: FieldChange['field'], value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (field === 'kind') return kindText(value as HistoricalRoundKind, lang);
  if (field === 'poolDistribution') {
    const distribution = value as NonNullable<Round['poolDistribution']>;
    return t(lang, 'draws.import.distribution', {
      asOf: distribution.asOf,
      total: formatNumber(distribution.total, lang),
    });
  }
  if (Array.isArray(value)) return value.join('/');
  return typeof value === 'number' ? formatNumber(value, lang) : String(value);
}

/** Category versions of new or changed rounds that no bundled category set defines. */
function unknownCategoryVersions(report: MergeReport): { number: string; category: string }[] {
  const versions = new Set(
    bundledCategorySets().flatMap((set) => set.categories.map((entry) => entry.version)),
  );
  const kinds = [
    ...report.added.map(({ number, kind }) => ({ number, kind })),
    ...report.changed.flatMap(({ number, changes }) =>
      changes
        .filter((change) => change.field === 'kind')
        .map((change) => ({ number, kind: change.after as HistoricalRoundKind })),
    ),
  ];
  return kinds.flatMap(({ number, kind }) =>
    kind.type === 'category' && !versions.has(kind.category) ? [{ number, category: kind.category }] : [],
  );
}

/** A path under the working directory relative to it, any other as given. */
function shownPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}
