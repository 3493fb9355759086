/** Reading what a user hands the CLI: files, dates, languages. Every failure is an InputError. */
import { bundledCategorySets, parseCategorySet } from '../data/categories.js';
import { readJsonFile } from '../data/files.js';
import { InputError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { type IsoDate, isIsoDate } from '../rules/_lib/dates.js';
import type { CategorySet } from '../rules/categories/types.js';

/** `--on`: an ISO date, today (UTC) when absent. */
export function parseOnOption(value: string | undefined): IsoDate {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isIsoDate(value)) {
    throw new InputError('date.invalid', `--on: got "${value}", expected a calendar date written YYYY-MM-DD`);
  }
  return value;
}

/** `--lang`: en or fr. */
export function parseLangOption(value: string | undefined): Lang {
  if (value === undefined || value === 'en' || value === 'fr') return value ?? 'en';
  throw new InputError('option.invalid', `--lang: got "${value}", expected "en" or "fr"`);
}

/** The bundled category sets, plus the user's own file given with `--categories`. */
export function categorySetsWith(extraFile: string | undefined): readonly CategorySet[] {
  const bundled = bundledCategorySets();
  if (extraFile === undefined) return bundled;
  return [...bundled, parseCategorySet(readJsonFile(extraFile, 'category set'), `category set ${extraFile}`)];
}
