/**
 * Category sets from `data/categories/<year>.json` (format in data/SOURCES.md §2), and from a
 * user's own file in the same format. The file's snake_case criteria become typed
 * {@link Criterion} data here, so the rules never read the file format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { isIsoDate } from '../rules/_lib/dates.js';
import type { Category, CategorySet, Criterion } from '../rules/categories/types.js';
import { toInputIssues } from '../rules/profile/parse.js';
import { educationLevels } from '../rules/profile/schema.js';
import { DATA_DIR } from './paths.js';

const isoDate = z.string().refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' });
const ability = z.enum(['listening', 'reading', 'writing', 'speaking']);

const criteriaSchema = z.object({
  language: z
    .object({
      language: z.enum(['french', 'english']),
      min_nclc: z.number().int().min(1).max(12),
      abilities: z.array(ability).min(1),
    })
    .nullable()
    .optional(),
  work_experience: z
    .object({
      min_months: z.number().positive(),
      lookback_years: z.number().positive(),
      continuous_required: z.boolean(),
      location: z.enum(['canada_or_abroad', 'canada_only']),
    })
    .nullable()
    .optional(),
  military_service: z.object({ min_years_continuous_service: z.number().positive() }).nullable().optional(),
  job_offer: z
    .object({ required: z.boolean(), min_duration_years: z.number().positive() })
    .nullable()
    .optional(),
  education: z
    .object({ min_level: z.enum(educationLevels) })
    .nullable()
    .optional(),
});

const occupationSchema = z.object({
  noc: z.string().regex(/^\d{5}$/, { message: 'a NOC 2021 unit group code of five digits' }),
  title: z.string().min(1),
  teer: z.number().int().min(0).max(5),
});

const categorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'a lower-case id such as "healthcare"' }),
  name: z.string().min(1),
  name_fr: z.string().min(1).optional(),
  kind: z.enum(['language', 'occupation', 'occupation_with_job_offer']),
  effective_from: isoDate.nullable().optional(),
  criteria: criteriaSchema,
  occupations: z.array(occupationSchema),
});

/** The category file format, checked whether the file is bundled or a user's. */
export const categorySetFileSchema = z.object({
  year: z.number().int().min(2023).max(2100),
  effective_from: isoDate,
  effective_to: isoDate.nullable(),
  source_urls: z.array(z.string()).default([]),
  categories: z.array(categorySchema).min(1),
});

type CategoryFile = z.output<typeof categorySchema>;

function toCriteria(criteria: CategoryFile['criteria']): Criterion[] {
  const list: Criterion[] = [];
  if (criteria.language) {
    list.push({
      kind: 'language',
      language: criteria.language.language,
      minLevel: criteria.language.min_nclc,
      abilities: criteria.language.abilities,
    });
  }
  if (criteria.work_experience) {
    const work = criteria.work_experience;
    list.push({
      kind: 'work-experience',
      minMonths: work.min_months,
      lookbackYears: work.lookback_years,
      continuous: work.continuous_required,
      location: work.location === 'canada_only' ? 'canada-only' : 'canada-or-abroad',
    });
  }
  if (criteria.military_service)
    list.push({ kind: 'military-service', minYears: criteria.military_service.min_years_continuous_service });
  if (criteria.job_offer?.required)
    list.push({ kind: 'armed-forces-job-offer', minYears: criteria.job_offer.min_duration_years });
  if (criteria.education) list.push({ kind: 'education', minLevel: criteria.education.min_level });
  return list;
}

/**
 * Validates and converts one category set file's parsed JSON.
 * @throws InputError `categories.invalid` naming every bad field.
 */
export function parseCategorySet(input: unknown, source = 'category file'): CategorySet {
  const result = categorySetFileSchema.safeParse(input);
  if (!result.success) {
    throw new InputError(
      'categories.invalid',
      `The ${source} is not a valid category set.`,
      toInputIssues(input, result.error.issues),
    );
  }
  const file = result.data;
  const seen = new Set<string>();
  for (const [index, category] of file.categories.entries()) {
    if (seen.has(category.id)) {
      throw new InputError('categories.invalid', `The ${source} lists category "${category.id}" twice.`, [
        { path: `$.categories[${index}].id`, value: category.id, expected: 'an id used once in the set' },
      ]);
    }
    seen.add(category.id);
  }
  const categories: Category[] = file.categories.map((category) => ({
    id: category.id,
    version: `${category.id}@${file.year}`,
    name: category.name,
    nameFr: category.name_fr ?? category.name,
    kind: category.kind,
    effectiveFrom: category.effective_from ?? null,
    criteria: toCriteria(category.criteria),
    occupations: category.occupations.map(({ noc, title, teer }) => ({ noc, title, teer })),
  }));
  return {
    id: `categories@${file.year}`,
    year: file.year,
    effectiveFrom: file.effective_from,
    effectiveTo: file.effective_to,
    sourceUrls: file.source_urls,
    categories,
  };
}

let bundled: readonly CategorySet[] | undefined;

/** Every bundled category set, oldest first. */
export function bundledCategorySets(): readonly CategorySet[] {
  bundled ??= readdirSync(join(DATA_DIR, 'categories'))
    .filter((name) => /^\d{4}\.json$/.test(name))
    .sort()
    .map((name) =>
      parseCategorySet(
        JSON.parse(readFileSync(join(DATA_DIR, 'categories', name), 'utf8')),
        `data/categories/${name}`,
      ),
    );
  return bundled;
}
