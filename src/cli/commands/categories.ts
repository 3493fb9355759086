import { type Command, Option } from '@commander-js/extra-typings';
import { unitGroup } from '../../data/noc.js';
import { InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { categorySetOn } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { categorySetsWith, parseLangOption, parseOnOption } from '../input.js';
import type { CliContext } from '../program.js';
import { criterionText, json } from '../render.js';

/** `ee categories [--year 2023]`: the categories of a year and their occupations. */
export function registerCategories(program: Command, context: CliContext): void {
  program
    .command('categories')
    .description('list the categories of a year, with their criteria and occupations')
    .option('--year <year>', 'the category set of that year (default: the one in force today)')
    .option('--on <date>', 'the category set in force on that date (YYYY-MM-DD)')
    .option(
      '--categories <file>',
      'also load a category set from a JSON file (same format as data/categories)',
    )
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the category set as JSON')
    .action((options) => {
      const lang = parseLangOption(options.lang);
      const sets = categorySetsWith(options.categories);
      const set = chooseSet(sets, options.year, options.on);
      if (options.json) {
        context.out(json(set));
        return;
      }
      const lines = [
        t(lang, 'label.category-set', {
          id: set.id,
          from: set.effectiveFrom,
          to: set.effectiveTo,
          count: set.categories.length,
        }),
      ];
      for (const category of set.categories) {
        const name = lang === 'fr' ? category.nameFr : category.name;
        const extras = [
          category.occupations.length > 0
            ? t(lang, 'label.occupations', { count: category.occupations.length })
            : null,
          category.effectiveFrom ? t(lang, 'label.starts-on', { from: category.effectiveFrom }) : null,
        ].filter(Boolean);
        lines.push('', `${name} (${category.version})${extras.length ? ` — ${extras.join(', ')}` : ''}`);
        for (const criterion of category.criteria) lines.push(`  • ${criterionText(criterion, lang)}`);
        for (const occupation of category.occupations) {
          // IRCC's own wording in English; Statistics Canada's French title of the unit group in French.
          const title =
            lang === 'fr' ? (unitGroup(occupation.noc)?.titleFr ?? occupation.title) : occupation.title;
          lines.push(
            `    ${occupation.noc}  ${lang === 'fr' ? 'FEER' : 'TEER'} ${occupation.teer}  ${title}`,
          );
        }
      }
      context.out(lines.join('\n'));
    });
}

function chooseSet(
  sets: readonly CategorySet[],
  year: string | undefined,
  on: string | undefined,
): CategorySet {
  if (year !== undefined) {
    const found = [...sets].reverse().find((set) => String(set.year) === year);
    if (!found) {
      throw new InputError(
        'option.invalid',
        `--year: got "${year}", expected one of ${[...new Set(sets.map((set) => set.year))].join(', ')}`,
      );
    }
    return found;
  }
  const date = parseOnOption(on);
  const found = categorySetOn(sets, date);
  if (!found)
    throw new InputError(
      'option.invalid',
      `--on: no category set is in force on ${date} (the first began on 2023-05-31)`,
    );
  return found;
}
