import { type Command, Option } from '@commander-js/extra-typings';
import { loadProfileFile } from '../data/profile-file.js';
import type { Lang } from '../i18n/index.js';
import type { IsoDate } from '../rules/_lib/dates.js';
import type { CategorySet } from '../rules/categories/types.js';
import type { Profile } from '../rules/profile/schema.js';
import { categorySetsWith, parseLangOption, parseOnOption } from './input.js';
import type { CliContext } from './program.js';
import { json } from './render.js';

interface ProfileCommand<T> {
  name: string;
  description: string;
  /** Whether the command reads category sets (and so takes `--categories`). */
  categories: boolean;
  run(profile: Profile, options: { on: IsoDate; sets: readonly CategorySet[] }): T;
  render(result: T, lang: Lang): string;
}

/**
 * The shape every profile command shares: `ee <name> <profile.json> [--on] [--categories]
 * [--lang] [--json]`. It reads and checks the profile, calls the library and renders the result
 * object as text or JSON; it computes nothing itself.
 */
export function addProfileCommand<T>(
  program: Command,
  context: CliContext,
  command: ProfileCommand<T>,
): void {
  const sub = program
    .command(command.name)
    .description(command.description)
    .argument('<profile>', 'profile JSON file (format express-entry/profile@1)')
    .option('--on <date>', 'assessment date, YYYY-MM-DD (default: today)')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['en', 'fr']).default('en'))
    .option('--json', 'print the result object as JSON');
  if (command.categories) {
    sub.option(
      '--categories <file>',
      'also load a category set from a JSON file (same format as data/categories)',
    );
  }
  sub.action((file, options) => {
    const on = parseOnOption(options.on);
    const lang = parseLangOption(options.lang);
    const extraSets = (options as { categories?: string }).categories;
    const sets = command.categories ? categorySetsWith(extraSets) : [];
    const result = command.run(loadProfileFile(file), { on, sets });
    context.out(options.json ? json(result) : command.render(result, lang));
  });
}
