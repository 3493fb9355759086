/** Messages en français: the same keys as `en.ts`. */
import type { en } from './en.js';
import type { MessageParams } from './types.js';

export const fr = {
  'label.eligible': () => 'admissible',
  'label.not-eligible': () => 'non admissible',
  'label.months': (p: MessageParams) => `${formatNumber(p.months, 'fr')} mois`,

  // --- CNP (noc.*)
} satisfies Record<keyof typeof en, (params: MessageParams) => string>;

function formatNumber(value: unknown, locale: string): string {
  return typeof value === 'number'
    ? value.toLocaleString(locale, { maximumFractionDigits: 2 })
    : String(value);
}
