/**
 * Saved profiles of the logged-in account. Every save is kept as a version with the assessment
 * made when it was saved, so a candidate can see how the score moved.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { checkProfileNocs } from '../../data/profile-file.js';
import { assess } from '../../rules/assess.js';
import type { CategorySet } from '../../rules/categories/types.js';
import { profileSchema } from '../../rules/profile/schema.js';
import type { Store } from '../../store/index.js';
import type { AppEnv } from '../env.js';
import { withMessages } from '../localize.js';
import { asJson, jsonResponse, problemResponses } from '../openapi.js';
import { notFound } from '../problem.js';
import { requireSignedIn } from '../session.js';
import { langQuery, onQuery, today } from '../validation.js';

const saveBody = z
  .strictObject({
    name: z.string().trim().min(1).max(120).openapi({ example: 'After the IELTS retake' }),
    profile: profileSchema,
  })
  .openapi('SavedProfileInput');

const idParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const body = { required: true, content: { 'application/json': { schema: saveBody } } } as const;

export function registerProfileRoutes(
  app: OpenAPIHono<AppEnv>,
  { store, sets }: { store: Store; sets: readonly CategorySet[] },
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/profiles',
      tags: ['profiles'],
      summary: "The account's saved profiles, each with its latest assessment",
      request: { query: z.object({ lang: langQuery }) },
      responses: { 200: jsonResponse('saved profiles, by name'), ...problemResponses(401) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      return c.json(
        asJson(withMessages(await store.listProfiles(accountId), c.req.valid('query').lang)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/profiles',
      tags: ['profiles'],
      summary: 'Save a new profile (version 1, assessed on `?on=`)',
      request: { query: z.object({ on: onQuery, lang: langQuery }), body },
      responses: {
        201: jsonResponse('the saved profile with its versions'),
        ...problemResponses(401, 403, 415, 422),
      },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { name, profile } = c.req.valid('json');
      const { on, lang } = c.req.valid('query');
      checkProfileNocs(profile);
      const assessedOn = on ?? today();
      const saved = await store.createProfile(accountId, {
        name,
        profile,
        assessment: assess(profile, { on: assessedOn, sets }),
        assessedOn,
      });
      return c.json(asJson(withMessages(saved, lang)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/profiles/{id}',
      tags: ['profiles'],
      summary: 'One saved profile with every version and its assessment, newest first',
      request: { params: idParam, query: z.object({ lang: langQuery }) },
      responses: { 200: jsonResponse('the saved profile'), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const saved = await store.getProfile(accountId, c.req.valid('param').id);
      if (!saved) throw notFound('This profile');
      return c.json(asJson(withMessages(saved, c.req.valid('query').lang)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/profiles/{id}',
      tags: ['profiles'],
      summary: 'Save a new version of a profile (assessed on `?on=`); the earlier versions are kept',
      request: { params: idParam, query: z.object({ on: onQuery, lang: langQuery }), body },
      responses: { 200: jsonResponse('the new version'), ...problemResponses(401, 403, 404, 415, 422) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      const { name, profile } = c.req.valid('json');
      const { on, lang } = c.req.valid('query');
      checkProfileNocs(profile);
      const assessedOn = on ?? today();
      const version = await store.saveProfileVersion(accountId, c.req.valid('param').id, {
        name,
        profile,
        assessment: assess(profile, { on: assessedOn, sets }),
        assessedOn,
      });
      return c.json(asJson(withMessages(version, lang)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/profiles/{id}',
      tags: ['profiles'],
      summary: 'Delete a saved profile and all its versions',
      request: { params: idParam },
      responses: { 204: { description: 'deleted' }, ...problemResponses(401, 403, 404) },
    }),
    async (c) => {
      const { accountId } = requireSignedIn(c);
      if (!(await store.deleteProfile(accountId, c.req.valid('param').id))) throw notFound('This profile');
      return c.body(null, 204);
    },
  );
}
