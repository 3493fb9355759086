/**
 * Pools of candidates owned by an account (generated, or imported as profiles) and the rounds of
 * invitations run over them. A round is computed by the engine from the stored candidates and
 * written in one transaction with its invitations; the same round id again returns the first
 * result and writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type PoolProfile, poolEntry } from '../../data/pool-file.js';
import { Pool, type PoolCandidate } from '../../engine/pool/index.js';
import { categoryVersionAt } from '../../engine/round/category-version.js';
import { runRound } from '../../engine/round/index.js';
import { poolGenerator } from '../../engine/synthetic/generate.js';
import type { RoundKind } from '../../engine/types.js';
import { InputError } from '../../errors.js';
import { isIsoDate } from '../../rules/_lib/dates.js';
import type { CategorySet } from '../../rules/categories/types.js';
import type { NewPoolCandidate, Store, StoredRound } from '../../store/index.js';
import type { AppEnv } from '../env.js';
import { asJson, jsonResponse, problemResponses } from '../openapi.js';
import { notFound } from '../problem.js';
import { requireSignedIn } from '../session.js';

/**
 * Largest pool the API generates or imports in one call: generating 100,000 profiles keeps one
 * server process busy for about ten seconds (the others go on answering). Larger pools are for
 * the command line (`ee pool generate`, `ee round --pool`).
 */
export const MAX_POOL_SIZE = 100_000;

const isoDate = z.string().refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' });
const instant = z.iso.datetime().openapi({ example: '2026-03-02T14:00:00Z' });

const poolBody = z
  .strictObject({
    name: z.string().trim().min(1).max(120).openapi({ example: 'Pool as of 2026-03-01' }),
    generate: z
      .strictObject({
        size: z.number().int().min(1).max(MAX_POOL_SIZE).openapi({ example: 5000 }),
        asOf: isoDate.openapi({ example: '2026-03-01' }),
        seed: z.number().int().min(-2147483648).max(2147483647).default(1),
      })
      .optional(),
    profiles: z
      .array(z.unknown())
      .min(1)
      .max(MAX_POOL_SIZE)
      .optional()
      .openapi({ description: 'profiles with `id` and `submittedAt`, in order of arrival' }),
  })
  .refine((body) => (body.generate === undefined) !== (body.profiles === undefined), {
    message: 'exactly one of "generate" or "profiles"',
  })
  .openapi('PoolInput');

const roundBody = z
  .strictObject({
    id: z
      .string()
      .regex(/^[\w.:-]{1,64}$/, 'letters, digits, ".", ":", "_" or "-", at most 64')
      .optional()
      .openapi({ description: 'your id for the round: sending the same id again returns the first result' }),
    at: instant,
    kind: z.enum(['general', 'program', 'category']),
    program: z.enum(['CEC', 'FSW', 'FST', 'PNP']).optional(),
    category: z.string().max(80).optional().openapi({ example: 'healthcare' }),
    size: z.number().int().min(1).max(MAX_POOL_SIZE).openapi({ example: 500 }),
  })
  .refine((body) => (body.kind === 'program') === (body.program !== undefined), {
    message: 'a "program" exactly when kind is "program"',
    path: ['program'],
  })
  .refine((body) => (body.kind === 'category') === (body.category !== undefined), {
    message: 'a "category" exactly when kind is "category"',
    path: ['category'],
  })
  .openapi('RoundInput');

const poolParam = z.object({
  poolId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'poolId', in: 'path' } }),
});
const roundParam = poolParam.extend({
  roundId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'roundId', in: 'path' } }),
});

/** The profiles of an import, each checked like a line of a pool file; the first bad one stops it. */
function importedCandidates(profiles: readonly unknown[]): NewPoolCandidate[] {
  const seen = new Map<string, number>();
  return profiles.map((input, index) => {
    let profile: PoolProfile;
    try {
      profile = poolEntry(input, (id) => {
        const first = seen.get(id);
        return first === undefined ? undefined : `profiles[${first}]`;
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const at = `$.profiles[${index}]`;
      throw new InputError(
        error.code,
        `profiles[${index}]: ${error.message}`,
        error.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^\$/, at) })),
      );
    }
    seen.set(profile.id, index);
    return { candidateId: profile.id, submittedAt: profile.submittedAt, profile };
  });
}

function roundAnswer(round: StoredRound) {
  return {
    id: round.id,
    poolId: round.poolId,
    at: round.instruction.at,
    kind: round.instruction.kind,
    size: round.instruction.size,
    lowestScore: round.lowestCrs,
    tieBreak: round.tieBreak,
    rankRequired: round.rankRequired,
    eligibleCount: round.eligibleCount,
    invitedCount: round.invitedCount,
    counts: round.counts,
    createdAt: round.createdAt,
  };
}

export function registerPoolRoutes(
  app: OpenAPIHono<AppEnv>,
  { store, sets }: { store: Store; sets: readonly CategorySet[] },
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/pools',
      tags: ['pools'],
      summary: "The account's pools, newest first",
      responses: { 200: jsonResponse('pools'), ...problemResponses(401) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      return c.json(asJson(await store.listPools(accountId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/pools',
      tags: ['pools'],
      summary: 'Create a pool: generated (size, date, seed) or imported (profiles with id and submittedAt)',
      request: { body: { required: true, content: { 'application/json': { schema: poolBody } } } },
      responses: { 201: jsonResponse('the new pool'), ...problemResponses(401, 403, 409, 413, 415, 422) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { name, generate, profiles } = c.req.valid('json');
      if (generate) {
        const generator = poolGenerator(generate);
        const candidates = Array.from({ length: generate.size }, (_, index) => {
          const { profile } = generator.profileAt(index);
          return { candidateId: profile.id, submittedAt: profile.submittedAt, profile };
        });
        const pool = await store.createPool(accountId, {
          name,
          source: 'generated',
          params: generate,
          candidates,
        });
        return c.json(asJson(pool), 201);
      }
      const candidates = importedCandidates(profiles ?? []);
      const pool = await store.createPool(accountId, {
        name,
        source: 'imported',
        params: { count: candidates.length },
        candidates,
      });
      return c.json(asJson(pool), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/pools/{poolId}',
      tags: ['pools'],
      summary: 'One pool',
      request: { params: poolParam },
      responses: { 200: jsonResponse('the pool'), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const pool = await store.getPool(accountId, c.req.valid('param').poolId);
      if (!pool) throw notFound('This pool');
      return c.json(asJson(pool), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/pools/{poolId}',
      tags: ['pools'],
      summary: 'Delete a pool with its candidates, rounds and invitations',
      request: { params: poolParam },
      responses: { 204: { description: 'deleted' }, ...problemResponses(401, 403, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      if (!(await store.deletePool(accountId, c.req.valid('param').poolId))) throw notFound('This pool');
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/pools/{poolId}/rounds',
      tags: ['pools'],
      summary: 'Run a round of invitations over the pool and store it (idempotent by round id)',
      request: {
        params: poolParam,
        body: { required: true, content: { 'application/json': { schema: roundBody } } },
      },
      responses: {
        201: jsonResponse('the round, run now'),
        200: jsonResponse('the round of that id, run before: nothing was written'),
        ...problemResponses(400, 401, 403, 404, 415, 422),
      },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { poolId } = c.req.valid('param');
      const input = c.req.valid('json');
      const roundId = input.id ?? randomUUID();
      const before = await store.getRound(accountId, poolId, roundId);
      if (before) return c.json(asJson(roundAnswer(before)), 200);
      const rows = await store.poolCandidates(accountId, poolId);
      if (!rows) throw notFound('This pool');
      const kind: RoundKind =
        input.kind === 'program' && input.program
          ? { type: 'program', program: input.program }
          : input.kind === 'category' && input.category
            ? { type: 'category', category: categoryVersionAt(input.category, input.at, sets) }
            : { type: 'general' };
      const day = input.at.slice(0, 10);
      const pool = Pool.fromCandidates(
        rows.map((row) => row.profile as PoolCandidate),
        { on: day, sets },
      );
      const invitedBefore = rows.flatMap((row, index) => (row.invitedRoundId === null ? [] : [index]));
      pool.markInvited(invitedBefore);
      const result = runRound(pool, { at: input.at, kind, size: input.size });
      const { crs } = pool.view();
      const { created, round } = await store.recordRound(
        accountId,
        poolId,
        {
          id: roundId,
          instruction: { at: input.at, kind, size: input.size },
          lowestCrs: result.lowestScore,
          tieBreak: result.tieBreak,
          rankRequired: result.rankRequired,
          eligibleCount: result.eligibleCount,
          counts: { byProgram: result.countsByProgram, byCategory: result.countsByCategory },
        },
        result.invited.map((candidateId) => ({ candidateId, crs: crs[pool.indexOf(candidateId)] as number })),
      );
      return c.json(asJson(roundAnswer(round)), created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/pools/{poolId}/rounds',
      tags: ['pools'],
      summary: 'The rounds run over a pool, newest first',
      request: { params: poolParam },
      responses: { 200: jsonResponse('rounds'), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const rounds = await store.listRounds(accountId, c.req.valid('param').poolId);
      if (!rounds) throw notFound('This pool');
      return c.json(asJson(rounds.map(roundAnswer)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/pools/{poolId}/rounds/{roundId}',
      tags: ['pools'],
      summary: 'One round',
      request: { params: roundParam },
      responses: { 200: jsonResponse('the round'), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { poolId, roundId } = c.req.valid('param');
      const round = await store.getRound(accountId, poolId, roundId);
      if (!round) throw notFound('This round');
      return c.json(asJson(roundAnswer(round)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/pools/{poolId}/rounds/{roundId}/invitations',
      tags: ['pools'],
      summary: "A round's invitations in rank order, a page at a time",
      request: {
        params: roundParam,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: jsonResponse('invitations: rank, candidate id, CRS'),
        ...problemResponses(400, 401, 404),
      },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { poolId, roundId } = c.req.valid('param');
      const invitations = await store.invitations(accountId, poolId, roundId, c.req.valid('query'));
      if (!invitations) throw notFound('This round');
      return c.json(asJson(invitations), 200);
    },
  );
}
