/**
 * Stateless calls: a profile in, a result out, on a date (`?on=`) and in a language (`?lang=`).
 * Nothing is stored; each is the library function of the same name behind a validated body.
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { checkProfileNocs } from '../../data/profile-file.js';
import { bundledRounds } from '../../engine/draws/history.js';
import { standing } from '../../engine/standing.js';
import { assess } from '../../rules/assess.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { crsScore } from '../../rules/crs/score.js';
import { eligibilityReport } from '../../rules/eligibility.js';
import { profileSchema } from '../../rules/profile/schema.js';
import { whatIf } from '../../rules/what-if/index.js';
import type { AppEnv } from '../env.js';
import { withMessages } from '../localize.js';
import { asJson, jsonResponse, problemResponses } from '../openapi.js';
import { dateQuery, today } from '../validation.js';

const profileBody = {
  required: true,
  content: { 'application/json': { schema: profileSchema } },
  description: 'a profile in the format express-entry/profile@1 (docs/profile-format.md)',
} as const;

const calls = [
  {
    path: '/api/assess',
    summary:
      'The full assessment: age, language levels, experience, CRS with its breakdown, programs, categories',
    run: (profile, on, sets) => assess(profile, { on, sets }),
  },
  {
    path: '/api/crs',
    summary: 'The CRS score with every factor, its points, maximum and the facts used',
    run: (profile, on) => crsScore(profile, { on }),
  },
  {
    path: '/api/eligibility',
    summary: 'FSW, CEC and FST eligibility and every category of the set in force, with reasons',
    run: (profile, on, sets) => eligibilityReport(profile, { on, sets }),
  },
  {
    path: '/api/whatif',
    summary: 'The single changes that gain the most CRS points or open a program or category, ranked',
    run: (profile, on, sets) => whatIf(profile, { on, sets }),
  },
  {
    path: '/api/standing',
    summary:
      "The profile's estimated rank in the latest published pool and the recent rounds it would have met",
    run: (profile, on, sets) => standing(profile, { on, sets, rounds: bundledRounds() }),
  },
] as const satisfies readonly {
  path: string;
  summary: string;
  run: (profile: z.output<typeof profileSchema>, on: string, sets: readonly CategorySet[]) => unknown;
}[];

export function registerRuleRoutes(app: OpenAPIHono<AppEnv>, sets: readonly CategorySet[]): void {
  for (const call of calls) {
    const route = createRoute({
      method: 'post',
      path: call.path,
      tags: ['rules'],
      summary: call.summary,
      request: { query: dateQuery, body: profileBody },
      responses: {
        200: jsonResponse('the result, each reason with its `message` in the language asked for'),
        ...problemResponses(400, 413, 415, 422),
      },
    });
    app.openapi(route, (c) => {
      const profile = c.req.valid('json');
      const { on, lang } = c.req.valid('query');
      checkProfileNocs(profile);
      return c.json(asJson(withMessages(call.run(profile, on ?? today(), sets), lang)), 200);
    });
  }
}
