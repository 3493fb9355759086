/**
 * UI text in English and French. The UI catalogue (`en.ts`, `fr.ts`) holds the app's own words
 * with `{name}` placeholders; the rules' words (factor names, what-if sentences, education
 * levels) come from the library's catalogue, so that the app and the API never disagree.
 */
import { createContext, useContext } from 'react';
import { educationName } from '../../../src/i18n/format.js';
import { catalogueKeys, type MessageKey, t as ruleText } from '../../../src/i18n/index.js';
import { en, type UiKey } from './en';
import { fr } from './fr';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
export const catalogues: Record<Lang, Record<UiKey, string>> = { en, fr };
export type { UiKey };

export type Params = Record<string, string | number>;

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible.
 * @example fill('CRS {total}', { total: 485 }) //=> 'CRS 485'
 */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholders a template uses, for the parity test. @example placeholders('{a} of {b}') //=> ['a', 'b'] */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

export function translate(lang: Lang, key: UiKey, params?: Params): string {
  return fill(catalogues[lang][key], params);
}

const ruleKeys = new Set(catalogueKeys('en'));

/** A message of the rules' catalogue, or `fallback` when it has no such key. */
export function ruleMessage(
  lang: Lang,
  key: string,
  params: Record<string, unknown> = {},
  fallback = key,
): string {
  if (!ruleKeys.has(key)) return fallback;
  try {
    return ruleText(lang, key as MessageKey, params);
  } catch {
    return fallback;
  }
}

export function educationLabel(lang: Lang, level: string): string {
  return educationName(level, lang);
}

/** Numbers in the language's own style: 1,234 or 1 234. */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 }).format(value);
}

export interface I18n {
  readonly lang: Lang;
  readonly t: (key: UiKey, params?: Params) => string;
}

export const I18nContext = createContext<I18n>({
  lang: 'en',
  t: (key, params) => translate('en', key, params),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
