/** Shared pieces of the OpenAPI document: the problem schema and the error responses routes list. */
import { z } from '@hono/zod-openapi';
import type { JSONValue } from 'hono/utils/types';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/profile.invalid' }),
    title: z.string().openapi({ example: 'Invalid input' }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string().openapi({ example: 'The profile is not valid (1 problem).' }),
    errors: z
      .array(
        z.object({
          path: z.string().openapi({ example: '$.work[0].noc' }),
          value: z.unknown().openapi({ example: '2123' }),
          expected: z
            .string()
            .openapi({ example: 'a NOC 2021 unit group code of five digits, e.g. "21232"' }),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

const DESCRIPTIONS = {
  400: 'a query or path value that cannot be read',
  401: 'not logged in',
  403: 'the CSRF token is missing or wrong',
  404: 'no such resource (or not yours)',
  409: 'conflicts with what exists',
  413: 'the request body is too large',
  415: 'the request body is not JSON',
  422: 'the body breaks its schema or the rules; `errors` names each field',
  429: 'too many attempts; see Retry-After',
} as const;

type ProblemStatus = keyof typeof DESCRIPTIONS;

/** The listed statuses as problem+json responses for a route's `responses`. */
export function problemResponses<S extends ProblemStatus>(
  ...statuses: S[]
): Record<S, { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof problemSchema } } }> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } },
    ]),
  ) as never;
}

/**
 * A result of the rules as the JSON body it is. Hono's typed `c.json` refuses readonly arrays
 * and interfaces; every value passed here is plain data built from JSON-safe fields.
 */
export function asJson(value: unknown): JSONValue {
  return value as JSONValue;
}

/** A JSON answer whose shape the rules define (an assessment, a category set, a round). */
export function jsonResponse(description: string) {
  return {
    description,
    content: { 'application/json': { schema: z.unknown().openapi({ type: 'object' }) } },
  };
}
