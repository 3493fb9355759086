import type { Command } from '@commander-js/extra-typings';
import { type Lang, t } from '../../i18n/index.js';
import { type WhatIfResult, whatIf } from '../../rules/what-if/index.js';
import { addProfileCommand } from '../profile-command.js';
import type { CliContext } from '../program.js';

/** `ee whatif <profile.json>`: the single changes that would gain the most points or open a round. */
export function registerWhatIf(program: Command, context: CliContext): void {
  addProfileCommand(program, context, {
    name: 'whatif',
    description:
      'the single changes that would gain the most CRS points or open a category or program, ranked',
    categories: true,
    run: (profile, { on, sets }) => whatIf(profile, { on, sets }),
    render: renderWhatIf,
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
