/** Read-only reference data: NOC 2021, the category sets and the history of rounds. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { filterRounds, ROUND_KIND_TYPES } from '../../engine/draws/filter.js';
import { bundledRounds } from '../../engine/draws/history.js';
import { ROUND_PROGRAMS } from '../../engine/draws/round.js';
import { roundStats } from '../../engine/draws/stats.js';
import { InputError } from '../../errors.js';
import { unitGroupDetails } from '../../noc/details.js';
import { searchNoc } from '../../noc/search.js';
import { categorySetOn } from '../../rules/categories/eligibility.js';
import type { CategorySet } from '../../rules/categories/types.js';
import type { AppEnv } from '../env.js';
import { asJson, jsonResponse, problemResponses } from '../openapi.js';
import { fromInputError, HttpProblem } from '../problem.js';
import { langQuery, onQuery, today } from '../validation.js';

const yearQuery = z.coerce
  .number()
  .int()
  .min(2015)
  .max(2100)
  .optional()
  .openapi({ param: { name: 'year', in: 'query' }, example: 2025 });

export function registerReferenceRoutes(app: OpenAPIHono<AppEnv>, sets: readonly CategorySet[]): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/noc/search',
      tags: ['reference'],
      summary: 'Find NOC 2021 unit groups by job title (English or French, typo tolerant)',
      request: {
        query: z.object({
          q: z.string().min(1).max(200).openapi({ example: 'software developer' }),
          lang: langQuery,
          limit: z.coerce.number().int().min(1).max(50).default(10),
        }),
      },
      responses: { 200: jsonResponse('matching unit groups, best first'), ...problemResponses(400) },
    }),
    (c) => {
      const { q, lang, limit } = c.req.valid('query');
      return c.json(asJson(searchNoc(q, { lang, limit })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/noc/{code}',
      tags: ['reference'],
      summary: 'One unit group: TEER, hierarchy, example titles, the categories that list it each year',
      request: { params: z.object({ code: z.string().openapi({ example: '31301' }) }) },
      responses: { 200: jsonResponse('the unit group'), ...problemResponses(404) },
    }),
    (c) => {
      const { code } = c.req.valid('param');
      try {
        return c.json(asJson(unitGroupDetails(code)), 200);
      } catch (error) {
        // An unknown code is a missing resource here, not a bad body (422 elsewhere).
        if (error instanceof InputError) throw fromInputError(error, 404);
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/categories',
      tags: ['reference'],
      summary:
        'A category set: the categories of a year (or in force on a date) with criteria and occupations',
      request: { query: z.object({ year: yearQuery, on: onQuery }) },
      responses: { 200: jsonResponse('the category set'), ...problemResponses(400, 404) },
    }),
    (c) => {
      const { year, on } = c.req.valid('query');
      const set =
        year !== undefined
          ? [...sets].reverse().find((candidate) => candidate.year === year)
          : categorySetOn(sets, on ?? today());
      if (!set)
        throw new HttpProblem(
          404,
          'categories.none',
          'Not found',
          `No category set ${year !== undefined ? `for ${year}` : `in force on ${on ?? today()}`}; sets exist for ${[...new Set(sets.map((s) => s.year))].join(', ')}`,
        );
      return c.json(asJson(set), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/draws',
      tags: ['reference'],
      summary: 'Every round of invitations since 2015, filtered by kind, program, category and year',
      request: {
        query: z.object({
          kind: z.enum(ROUND_KIND_TYPES).optional(),
          program: z.enum(ROUND_PROGRAMS).optional(),
          category: z.string().max(80).optional().openapi({ example: 'healthcare' }),
          year: yearQuery,
        }),
      },
      responses: { 200: jsonResponse('the rounds, oldest first'), ...problemResponses(400) },
    }),
    (c) => c.json(asJson(filterRounds(bundledRounds(), c.req.valid('query'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/draws/stats',
      tags: ['reference'],
      summary: 'Per year, kind, program and category: rounds, invitations, lowest CRS min/median/max',
      request: { query: z.object({ year: yearQuery }) },
      responses: { 200: jsonResponse('one row per year and kind'), ...problemResponses(400) },
    }),
    (c) => {
      const { year } = c.req.valid('query');
      return c.json(asJson(roundStats(bundledRounds(), year === undefined ? {} : { year })), 200);
    },
  );
}
