/**
 * The HTTP API as one Hono application: stateless rule calls, reference data, accounts with
 * their saved profiles, pools and rounds, the OpenAPI document and its browsable docs. Built
 * from its dependencies so tests run it through `app.request()` on a real store.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { bundledCategorySets } from '../data/categories.js';
import type { CategorySet } from '../rules/categories/types.js';
import type { Store } from '../store/index.js';
import { DEFAULT_COST, type ScryptCost } from './auth/password.js';
import { registerDocs } from './docs.js';
import type { AppEnv } from './env.js';
import { HttpProblem, problemResponse, toProblem } from './problem.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerPoolRoutes } from './routes/pools.js';
import { registerProfileRoutes } from './routes/profiles.js';
import { registerReferenceRoutes } from './routes/reference.js';
import { registerRuleRoutes } from './routes/rules.js';
import { sessionMiddleware } from './session.js';
import { validationHook } from './validation.js';

/** Request bodies above this are refused (413); pool imports have their own, larger limit. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const POOL_IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;

export interface AppOptions {
  readonly store: Store;
  readonly logger: Logger;
  readonly categorySets?: readonly CategorySet[];
  /** scrypt cost for new passwords; the default in production, a lower one in tests. */
  readonly passwordCost?: ScryptCost;
  /** Read the client address and https from X-Forwarded-For / X-Forwarded-Proto (behind a proxy). */
  readonly trustProxy?: boolean;
  /** Serves anything that is not the API: the web app. */
  readonly web?: MiddlewareHandler;
}

const tooLargeProblem = (c: Context, limit: number) =>
  problemResponse(
    c,
    new HttpProblem(
      413,
      'body.too-large',
      'Request body too large',
      `The request body is over ${limit} bytes.`,
    ),
  );
const tooLarge = (limit: number) => bodyLimit({ maxSize: limit, onError: (c) => tooLargeProblem(c, limit) });

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const { store, logger } = options;
  const sets = options.categorySets ?? bundledCategorySets();
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('logger', logger);
    await next();
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Inline style attributes (swagger-ui, chart sizing); no inline scripts anywhere.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) return next();
    const limit =
      c.req.method === 'POST' && c.req.path === '/api/pools' ? POOL_IMPORT_LIMIT_BYTES : BODY_LIMIT_BYTES;
    // A declared length is checked from the header alone. hono's bodyLimit reads `raw.body`,
    // which makes the Node adapter build a full web Request and stream the body through it:
    // that alone cost more than half of the requests a second the API could answer.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number(length) > limit ? tooLargeProblem(c, limit) : next();
    // A chunked body is counted as it streams.
    return tooLarge(limit)(c, next);
  });
  app.use('/api/*', async (c, next) => {
    // Every body is JSON: anything else is refused before it is read (and a cross-site form,
    // which cannot send application/json, can never reach a handler).
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method)) {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type))
        return problemResponse(
          c,
          new HttpProblem(
            415,
            'body.not-json',
            'Unsupported media type',
            `Send the body as application/json, not "${type || 'nothing'}".`,
          ),
        );
    }
    return next();
  });
  app.use('/api/*', sessionMiddleware({ store, trustProxy: options.trustProxy ?? false }));

  registerRuleRoutes(app, sets);
  registerReferenceRoutes(app, sets);
  registerAccountRoutes(app, {
    store,
    passwordCost: options.passwordCost ?? DEFAULT_COST,
    trustProxy: options.trustProxy ?? false,
  });
  registerProfileRoutes(app, { store, sets });
  registerPoolRoutes(app, { store, sets });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'express-entry API',
      version: '1',
      description:
        "Canada's Express Entry rules as functions of a date (CRS, FSW/CEC/FST, category-based selection), NOC 2021, the rounds since 2015, and pools with rounds of invitations.",
    },
  });
  registerDocs(app as never);

  app.notFound((c) =>
    c.req.path.startsWith('/api/') || !options.web
      ? problemResponse(
          c,
          new HttpProblem(404, 'not-found', 'Not found', `No route for ${c.req.method} ${c.req.path}.`),
        )
      : c.text('Not found', 404),
  );
  if (options.web) app.use('*', options.web);

  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem) return problemResponse(c, problem);
    // Malformed JSON bodies surface from the validator as an HTTPException with status 400.
    const status = (error as { status?: unknown }).status;
    if (status === 400)
      return problemResponse(
        c,
        new HttpProblem(400, 'json.invalid', 'Malformed JSON', 'The request body is not valid JSON.'),
      );
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'unhandled error');
    return problemResponse(
      c,
      new HttpProblem(
        500,
        'internal',
        'Internal server error',
        'Something went wrong on our side; it has been logged.',
      ),
    );
  });
  return app;
}
