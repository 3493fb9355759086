/**
 * English messages: the source catalogue. Each key is a reason code or a label; each value
 * renders the message from the reason's machine fields. `fr.ts` must have every key (a type
 * check and a test enforce it).
 */
import type { MessageParams } from './types.js';

export const en = {
  // --- labels used by every surface
  'label.eligible': () => 'eligible',
  'label.not-eligible': () => 'not eligible',
  'label.months': (p: MessageParams) => `${formatNumber(p.months, 'en')} months`,

  // --- NOC (noc.*)
} satisfies Record<string, (params: MessageParams) => string>;

function formatNumber(value: unknown, locale: string): string {
  return typeof value === 'number'
    ? value.toLocaleString(locale, { maximumFractionDigits: 2 })
    : String(value);
}

export type MessageKey = keyof typeof en;
