/**
 * Reasons travel as codes with their facts (src/rules/reasons.ts); the API adds each one's
 * sentence in the language asked for, so that a client need not carry the catalogue.
 */
import { catalogueKeys, type Lang, type MessageKey, t } from '../i18n/index.js';

const known = new Set(catalogueKeys('en'));

function isReason(value: object): value is { code: string; met: boolean } {
  const { code, met } = value as { code?: unknown; met?: unknown };
  return typeof code === 'string' && typeof met === 'boolean' && known.has(code);
}

/**
 * A copy of `value` in which every reason (an object with a catalogue `code` and `met`) also has
 * `message`, its sentence in `lang`; everything else is unchanged.
 * @example withMessages({ reasons: [{ code: 'label.eligible', met: true }] }, 'fr')
 * //=> { reasons: [{ code: 'label.eligible', met: true, message: 'admissible' }] }
 */
export function withMessages<T>(value: T, lang: Lang): T {
  return localized(value, lang) as T;
}

function localized(value: unknown, lang: Lang): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = localized(value[index], lang);
    return items;
  }
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = localized((value as Record<string, unknown>)[key], lang);
  if (isReason(value)) copy.message = t(lang, value.code as MessageKey, value as Record<string, unknown>);
  return copy;
}
