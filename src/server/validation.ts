/**
 * What every route validates the same way: the `?on=` and `?lang=` queries, and the hook that
 * turns a failed validation into a problem naming each invalid field.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isIsoDate } from '../rules/_lib/dates.js';
import { toInputIssues } from '../rules/profile/parse.js';
import { HttpProblem, problemResponse } from './problem.js';

/** `?on=YYYY-MM-DD`, the assessment date; today (UTC) when absent. */
export const onQuery = z
  .string()
  .refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' })
  .optional()
  .openapi({
    param: { name: 'on', in: 'query' },
    example: '2026-06-01',
    description: 'date of the assessment (default: today, UTC)',
  });

/** `?lang=en|fr`, the language of every message in the answer. */
export const langQuery = z
  .enum(['en', 'fr'])
  .default('en')
  .openapi({ param: { name: 'lang', in: 'query' }, description: 'language of the messages' });

export const dateQuery = z.object({ on: onQuery, lang: langQuery });

/** Today in UTC, the default assessment date. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const TARGET_STATUS = { json: 422, query: 400, param: 400, header: 400, cookie: 400, form: 422 } as const;

/**
 * The OpenAPIHono default hook: a body that breaks its schema is 422, a query or path that does
 * not parse is 400; both list every field with its JSON path (`$.work[0].noc`, `$.on`).
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; data: unknown; target: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const status = TARGET_STATUS[result.target as keyof typeof TARGET_STATUS] ?? 400;
  const issues = toInputIssues(result.data, result.error.issues);
  const where = result.target === 'json' ? 'The request body' : `The ${result.target}`;
  return problemResponse(
    c,
    new HttpProblem(
      status,
      `${result.target === 'json' ? 'body' : result.target}.invalid`,
      'Invalid input',
      `${where} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}).`,
      issues,
    ),
  );
}
