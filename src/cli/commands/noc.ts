import { type Command, Option } from '@commander-js/extra-typings';
import { InputError } from '../../errors.js';
import { type Lang, t } from '../../i18n/index.js';
import { type UnitGroupDetails, unitGroupDetails } from '../../noc/details.js';
import { type NocSearchHit, searchNoc } from '../../noc/search.js';
import { parseLangOption } from '../input.js';
import type { CliContext } from '../program.js';
import { json } from '../render.js';

const EXAMPLES_SHOWN = 10;
const TITLE_COLUMN_WIDTH = 50;
const TEXT_WIDTH = 100;

/**
 * `ee noc search <title>` and `ee noc show <code>`: find a NOC 2021 unit group by job title,
 * then see its TEER, hierarchy, examples, the categories that list it and its NOC 2016 codes.
 * @example
 * registerNoc(program, context);
 * // ee noc search "truck driver" --limit 1
 * //=> 73300  3  Transport truck drivers  Truck driver; Commercial truck driver; Dump truck driver
 */
export function registerNoc(program: Command, context: CliContext): void {
  const noc = program.command('noc').description('find and show NOC 2021 occupations (unit groups)');

  noc
    .command('search')
    .description('find NOC 2021 unit groups by job title (typos, accents and word beginnings are fine)')
    .argument('<title...>', 'a job title, e.g. "software developer"')
    .addOption(
      new Option('--lang <lang>', 'language of the titles searched and shown')
        .choices(['en', 'fr'])
        .default('en'),
    )
    .option('--limit <n>', 'most unit groups to list', '10')
    .option('--json', 'print the results as JSON')
    .action((words, options) => {
      const lang = parseLangOption(options.lang);
      const limit = parseLimitOption(options.limit);
      const query = words.join(' ');
      const hits = searchNoc(query, { lang, limit });
      if (options.json) context.out(json(hits));
      else context.out(hits.length === 0 ? t(lang, 'noc.search.none', { query }) : renderSearch(hits, lang));
    });

  noc
    .command('show')
    .description('show one NOC 2021 unit group: TEER, hierarchy, examples, categories, NOC 2016 codes')
    .argument('<code>', 'a five-digit NOC 2021 code, e.g. 21232')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the unit group and its links as JSON')
    .action((code, options) => {
      const lang = parseLangOption(options.lang);
      const details = unitGroupDetails(code.trim());
      context.out(options.json ? json(details) : renderShow(details, lang));
    });
}

/** `--limit`: a positive whole number. */
function parseLimitOption(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InputError(
      'option.invalid',
      `--limit: got "${value}", expected a positive whole number such as 10`,
    );
  }
  return Number(value);
}

function renderSearch(hits: readonly NocSearchHit[], lang: Lang): string {
  const rows = [
    [
      t(lang, 'noc.column.code'),
      t(lang, 'noc.column.teer'),
      t(lang, 'noc.column.title'),
      t(lang, 'noc.column.examples'),
    ],
    ...hits.map((hit) => [
      hit.code,
      String(hit.teer),
      shorten(hit.title, TITLE_COLUMN_WIDTH),
      hit.matchedExamples.join('; '),
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function renderShow(details: UnitGroupDetails, lang: Lang): string {
  const { unitGroup } = details;
  const [title, otherTitle] =
    lang === 'fr' ? [unitGroup.titleFr, unitGroup.title] : [unitGroup.title, unitGroup.titleFr];
  const examples = lang === 'fr' ? unitGroup.examplesFr : unitGroup.examples;
  const levelWidth = Math.max(
    ...details.hierarchy.map((entry) => t(lang, `noc.level.${entry.level}`).length),
  );
  const lines = [
    `${unitGroup.code}  ${title}`,
    `       ${otherTitle}`,
    t(lang, 'noc.show.teer', { teer: unitGroup.teer }),
    '',
    t(lang, 'noc.show.hierarchy'),
    ...details.hierarchy.map((entry) => {
      const entryTitle = lang === 'fr' ? (entry.titleFr ?? entry.title) : entry.title;
      return `  ${t(lang, `noc.level.${entry.level}`).padEnd(levelWidth)}  ${entry.code.padEnd(5)}  ${entryTitle}`;
    }),
    '',
    t(lang, 'noc.show.definition'),
    ...wrap(unitGroup.definition, TEXT_WIDTH, '  '),
    '',
    t(lang, 'noc.show.examples', {
      shown: Math.min(EXAMPLES_SHOWN, examples.length),
      total: examples.length,
    }),
    ...examples.slice(0, EXAMPLES_SHOWN).map((example) => `  ${example}`),
    '',
    t(lang, 'noc.show.categories'),
    ...details.categories.map(({ year, listedIn }) => {
      const names = listedIn.map(
        (category) => `${category.id} (${lang === 'fr' ? category.nameFr : category.name})`,
      );
      return `  ${year}  ${names.length > 0 ? names.join(', ') : t(lang, 'noc.show.categories-none')}`;
    }),
    '',
    t(lang, 'noc.show.noc2016'),
  ];
  if (details.noc2016.length === 0) lines.push(`  ${t(lang, 'noc.show.noc2016-none')}`);
  for (const row of details.noc2016) {
    lines.push(`  ${row.noc2016Code}  ${row.noc2016Title} (${row.changeType})`);
    if (row.notes !== '') lines.push(...wrap(row.notes, TEXT_WIDTH, '        '));
  }
  return lines.join('\n');
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Breaks a paragraph into indented lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(`${indent}${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
}
