import type { Command } from '@commander-js/extra-typings';
import { type Lang, t } from '../../i18n/index.js';
import { type EligibilityReport, eligibilityReport } from '../../rules/eligibility.js';
import { addProfileCommand } from '../profile-command.js';
import type { CliContext } from '../program.js';
import { categoryLines, programLines } from '../render.js';

/** `ee eligibility <profile.json>`: per category, eligible or not and why; programs beside. */
export function registerEligibility(program: Command, context: CliContext): void {
  addProfileCommand(program, context, {
    name: 'eligibility',
    description: 'which category-based rounds a profile is eligible for on a date, and why',
    categories: true,
    run: (profile, { on, sets }) => eligibilityReport(profile, { on, sets }),
    render: renderReport,
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
