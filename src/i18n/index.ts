import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';
import type { Lang, MessageParams } from './types.js';

export type { Lang, MessageKey, MessageParams };

const catalogues: Record<Lang, Record<MessageKey, (params: MessageParams) => string>> = { en, fr };

/** The message for `key` in `lang`. @example t('fr', 'label.eligible') //=> 'admissible' */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key](params);
}

/** All keys of a catalogue, for the parity test. */
export function catalogueKeys(lang: Lang): string[] {
  return Object.keys(catalogues[lang]).sort();
}
