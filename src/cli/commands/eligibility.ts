import { type Command, Option } from '@commander-js/extra-typings';
import { loadProfileFile } from '../../data/profile-file.js';
import { type Lang, t } from '../../i18n/index.js';
import { type EligibilityReport, eligibilityReport } from '../../rules/eligibility.js';
import { categorySetsWith, parseLangOption, parseOnOption } from '../input.js';
import type { CliContext } from '../program.js';
import { categoryLines, json, programLines } from '../render.js';

/** `ee eligibility <profile.json>`: per category, eligible or not and why; programs beside. */
export function registerEligibility(program: Command, context: CliContext): void {
  program
    .command('eligibility')
    .description('which category-based rounds a profile is eligible for on a date, and why')
    .argument('<profile>', 'profile JSON file (format express-entry/profile@1)')
    .option('--on <date>', 'assessment date, YYYY-MM-DD (default: today)')
    .option(
      '--categories <file>',
      'also load a category set from a JSON file (same format as data/categories)',
    )
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the result object as JSON')
    .action((file, options) => {
      const on = parseOnOption(options.on);
      const lang = parseLangOption(options.lang);
      const sets = categorySetsWith(options.categories);
      const profile = loadProfileFile(file);
      const report = eligibilityReport(profile, { on, sets });
      context.out(options.json ? json(report) : renderReport(report, lang));
    });
}

/** The text report: categories first, then the programs every round requires. */
export function renderReport(report: EligibilityReport, lang: Lang): string {
  if (report.ruleset === null) return t(lang, 'categories.none-in-force', { on: report.on });
  return [
    t(lang, 'label.eligibility-heading', { on: report.on, ruleset: report.ruleset }),
    '',
    ...categoryLines(report.categories, lang),
    '',
    ...programLines(report.programs, report.eligibleForAProgram, lang),
  ].join('\n');
}
