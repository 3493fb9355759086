/** Plain-text rendering shared by the commands: reasons and criteria in the chosen language. */
import { type Lang, type MessageKey, t } from '../i18n/index.js';
import type { Criterion } from '../rules/categories/types.js';
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
