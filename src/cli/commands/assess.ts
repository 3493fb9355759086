import type { Command } from '@commander-js/extra-typings';
import { type Lang, t } from '../../i18n/index.js';
import { type Assessment, assess } from '../../rules/assess.js';
import { addProfileCommand } from '../profile-command.js';
import type { CliContext } from '../program.js';
import { categoryLines, crsLines, programLines, reasonText } from '../render.js';

/** `ee assess <profile.json>`: age, languages, experience, CRS, programs and categories in one report. */
export function registerAssess(program: Command, context: CliContext): void {
  addProfileCommand(program, context, {
    name: 'assess',
    description: 'the full assessment on a date: age, language levels, experience, CRS, programs, categories',
    categories: true,
    run: (profile, { on, sets }) => assess(profile, { on, sets }),
    render: renderAssessment,
  });
}

function renderAssessment(assessment: Assessment, lang: Lang): string {
  const { experience, languages } = assessment;
  const lines = [
    t(lang, 'assess.heading', { on: assessment.on }),
    t(lang, 'assess.rulesets', {
      list: [assessment.ruleset.crs, assessment.ruleset.categories ?? '—'].join(', '),
    }),
    '',
    t(lang, 'assess.age', { age: assessment.age }),
  ];
  for (const language of ['english', 'french'] as const) {
    const result = languages[language];
    lines.push(result ? t(lang, 'assess.language', result) : t(lang, 'assess.no-language', { language }));
  }
  lines.push(
    t(lang, 'assess.experience', {
      canadianYears: experience.skilledCanadian.years,
      canadianMonths: Math.floor(experience.skilledCanadian.months * 100) / 100,
      foreignYears: experience.skilledForeign.years,
      foreignMonths: Math.floor(experience.skilledForeign.months * 100) / 100,
    }),
  );
  for (const reason of assessment.reasons) lines.push(`! ${reasonText(reason, lang)}`);
  lines.push(
    '',
    t(lang, 'assess.crs-heading'),
    ...crsLines(assessment.crs, lang, { warnings: false }).map((line) => (line ? `  ${line}` : line)),
  );
  lines.push('', ...programLines(assessment.programs, assessment.eligibleForAProgram, lang));
  lines.push('', t(lang, 'assess.categories-heading'));
  if (assessment.ruleset.categories === null)
    lines.push(t(lang, 'categories.none-in-force', { on: assessment.on }));
  else lines.push(...categoryLines(assessment.categories, lang));
  return lines.join('\n');
}
