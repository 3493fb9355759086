import { type Command, Option } from '@commander-js/extra-typings';
import { loadProfileFile } from '../../data/profile-file.js';
import { crsScore } from '../../rules/crs/score.js';
import { parseLangOption, parseOnOption } from '../input.js';
import type { CliContext } from '../program.js';
import { crsLines, json } from '../render.js';

/** `ee crs <profile.json>`: the CRS total and where every point came from. */
export function registerCrs(program: Command, context: CliContext): void {
  program
    .command('crs')
    .description('the CRS score on a date, with the full breakdown (section, factor, points, max)')
    .argument('<profile>', 'profile JSON file (format express-entry/profile@1)')
    .option('--on <date>', 'date of the score, YYYY-MM-DD (default: today)')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the result object as JSON')
    .action((file, options) => {
      const on = parseOnOption(options.on);
      const lang = parseLangOption(options.lang);
      const score = crsScore(loadProfileFile(file), { on });
      context.out(options.json ? json(score) : crsLines(score, lang).join('\n'));
    });
}
