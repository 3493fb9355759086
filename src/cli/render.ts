/** Plain-text rendering shared by the commands: reasons and criteria in the chosen language. */
import { type Lang, type MessageKey, t } from '../i18n/index.js';
import type { CategoryResult } from '../rules/categories/eligibility.js';
import type { Criterion } from '../rules/categories/types.js';
import type { CrsScore } from '../rules/crs/score.js';
import type { ProgramEligibility } from '../rules/programs/index.js';
import type { Reason } from '../rules/reasons.js';

/** The message for a reason; its code is the catalogue key. */
export function reasonText(reason: Reason, lang: Lang): string {
  return t(lang, reason.code as MessageKey, reason);
}

export function criterionText(criterion: Criterion, lang: Lang): string {
  return t(lang, `criterion.${criterion.kind}` as MessageKey, criterion);
}

/** `✓` or `✗`, the mark every list of outcomes starts its lines with. */
export function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

/** JSON for `--json`: stable two-space indentation. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Each category with a mark; an eligible one shows what qualifies it, another only what is missing. */
export function categoryLines(categories: readonly CategoryResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const category of categories) {
    lines.push(
      `${mark(category.eligible)} ${lang === 'fr' ? category.nameFr : category.name} (${category.version})`,
    );
    const shown = category.eligible ? category.reasons : category.reasons.filter((reason) => !reason.met);
    for (const reason of shown) lines.push(`    ${reasonText(reason, lang)}`);
  }
  const eligible = categories.filter((category) => category.eligible);
  lines.push(
    '',
    t(lang, 'label.eligible-categories', {
      count: eligible.length,
      total: categories.length,
      names: eligible.map((category) => category.id).join(', '),
    }),
  );
  return lines;
}

/** FSW, CEC and FST with a mark, and the unmet requirements of each. */
export function programLines(
  programs: ProgramEligibility,
  eligibleForAProgram: boolean,
  lang: Lang,
): string[] {
  const lines = [t(lang, 'label.programs-heading')];
  for (const result of [programs.fsw, programs.cec, programs.fst]) {
    lines.push(`${mark(result.eligible)} ${t(lang, 'label.program-summary', result)}`);
    if (!result.eligible) {
      for (const reason of result.reasons.filter((r) => !r.met))
        lines.push(`    ${reasonText(reason, lang)}`);
    }
  }
  if (!eligibleForAProgram) lines.push('', t(lang, 'label.no-program'));
  return lines;
}

/** `age 33`, `level bachelors`: the facts a factor used, one line. */
export function factsText(facts: Readonly<Record<string, unknown>>): string {
  return Object.entries(facts)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key} ${Array.isArray(value) ? value.join('/') : String(value)}`)
    .join(', ');
}

/** The CRS breakdown: sections with their totals, each factor with points, maximum and facts. */
export function crsLines(score: CrsScore, lang: Lang, { warnings = true } = {}): string[] {
  const lines = [
    t(lang, 'crs.total', score),
    t(lang, 'crs.first-language', { language: score.firstLanguage, declared: score.firstLanguageDeclared }),
    '',
  ];
  const width = 52;
  const row = (label: string, points: number | string, max: number | string, from = '') =>
    `${label.padEnd(width)}${String(points).padStart(6)}${String(max).padStart(6)}${from ? `   ${from}` : ''}`;
  lines.push(
    row(lang === 'fr' ? 'Section / facteur' : 'Section / factor', lang === 'fr' ? 'Points' : 'Points', 'Max'),
  );
  for (const section of ['A', 'B', 'C', 'D'] as const) {
    lines.push(row(t(lang, `crs.section.${section}`), score.sections[section], score.sectionMax[section]));
    for (const factor of score.factors.filter((f) => f.section === section && f.max > 0)) {
      lines.push(
        row(
          `  ${t(lang, `crs.factor.${factor.factor}` as MessageKey)}`,
          factor.points,
          factor.max,
          factsText(factor.facts),
        ),
      );
    }
  }
  lines.push(row('Total', score.total, 1200));
  if (warnings) for (const warning of score.warnings) lines.push('', `! ${reasonText(warning, lang)}`);
  return lines;
}
