import { type Command, Option } from '@commander-js/extra-typings';
import { loadProfileFile } from '../../data/profile-file.js';
import { type Lang, t } from '../../i18n/index.js';
import { type WhatIfResult, whatIf } from '../../rules/what-if/index.js';
import { categorySetsWith, parseLangOption, parseOnOption } from '../input.js';
import type { CliContext } from '../program.js';
import { json } from '../render.js';

/** `ee whatif <profile.json>`: the single changes that would gain the most points or open a round. */
export function registerWhatIf(program: Command, context: CliContext): void {
  program
    .command('whatif')
    .description(
      'the single changes that would gain the most CRS points or open a category or program, ranked',
    )
    .argument('<profile>', 'profile JSON file (format express-entry/profile@1)')
    .option('--on <date>', 'date of the assessment, YYYY-MM-DD (default: today)')
    .option(
      '--categories <file>',
      'also load a category set from a JSON file (same format as data/categories)',
    )
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the result object as JSON')
    .action((file, options) => {
      const on = parseOnOption(options.on);
      const lang = parseLangOption(options.lang);
      const result = whatIf(loadProfileFile(file), { on, sets: categorySetsWith(options.categories) });
      context.out(options.json ? json(result) : renderWhatIf(result, lang));
    });
}

/** One numbered line per suggestion, best first. */
export function renderWhatIf(result: WhatIfResult, lang: Lang): string {
  const lines = [t(lang, 'whatif.heading', result), ''];
  result.suggestions.forEach((suggestion, index) => {
    lines.push(`${String(index + 1).padStart(2)}. ${t(lang, suggestion.code, suggestion)}`);
  });
  return lines.join('\n');
}
