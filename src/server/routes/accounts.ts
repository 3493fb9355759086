/**
 * Sign up, log in, log out, and who am I. Login failures are counted per account and per client
 * address (kept in the store, so every server process sees them); past either limit the answer is
 * 429 with Retry-After, whether or not the password is right, so a guesser learns nothing more by
 * trying faster. Sign-ups are limited per address the same way.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { StoreConflictError } from '../../store/errors.js';
import type { Store } from '../../store/index.js';
import { hashPassword, type ScryptCost, verifyPassword } from '../auth/password.js';
import { FailureCounter } from '../auth/rate-limit.js';
import type { AppEnv } from '../env.js';
import { problemResponses } from '../openapi.js';
import { HttpProblem } from '../problem.js';
import { endSession, requireSignedIn, startSession } from '../session.js';

const FIFTEEN_MINUTES = 15 * 60_000;
/** Failed logins allowed per account, and per client address, every 15 minutes. */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMs: FIFTEEN_MINUTES },
  address: { limit: 20, windowMs: FIFTEEN_MINUTES },
  signup: { limit: 10, windowMs: 60 * 60_000 },
} as const;

const credentials = z
  .strictObject({
    email: z.email().max(254).openapi({ example: 'ana@example.com' }),
    password: z.string().min(10).max(1024).openapi({ example: 'correct horse battery staple' }),
  })
  .openapi('Credentials');

const accountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    csrfToken: z.string().openapi({ description: 'echo it in X-CSRF-Token on every POST, PUT and DELETE' }),
  })
  .openapi('SignedIn');

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function tooMany(retryMs: number): HttpProblem {
  const seconds = Math.ceil(retryMs / 1000);
  return new HttpProblem(
    429,
    'auth.rate-limited',
    'Too many attempts',
    `Too many failed attempts; try again in ${seconds} s.`,
    [],
    { 'Retry-After': String(seconds) },
  );
}

export function registerAccountRoutes(
  app: OpenAPIHono<AppEnv>,
  { store, passwordCost, trustProxy }: { store: Store; passwordCost: ScryptCost; trustProxy: boolean },
): void {
  const byAccount = new FailureCounter(store, 'account', LOGIN_LIMITS.account);
  const byAddress = new FailureCounter(store, 'address', LOGIN_LIMITS.address);
  const signups = new FailureCounter(store, 'signup', LOGIN_LIMITS.signup);
  // Compared against when the email is unknown, so that a miss costs as long as a wrong password.
  const decoy = hashPassword('not a password of anyone', passwordCost);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signup',
      tags: ['accounts'],
      summary: 'Create an account and log in',
      request: { body: { required: true, content: { 'application/json': { schema: credentials } } } },
      responses: {
        201: {
          description: 'the new account, logged in',
          content: { 'application/json': { schema: accountSchema } },
        },
        ...problemResponses(409, 415, 422, 429),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const wait = await signups.retryAfterMs(address);
      if (wait > 0) throw tooMany(wait);
      await signups.fail(address);
      try {
        const account = await store.createAccount({
          email,
          passwordHash: await hashPassword(password, passwordCost),
        });
        const csrfToken = await startSession(c, { store, accountId: account.id, trustProxy });
        return c.json({ id: account.id, email: account.email, csrfToken }, 201);
      } catch (error) {
        if (error instanceof StoreConflictError)
          throw new HttpProblem(
            409,
            'account.exists',
            'Account exists',
            'An account with this email already exists; log in instead.',
          );
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['accounts'],
      summary: 'Log in: sets the session cookie',
      request: { body: { required: true, content: { 'application/json': { schema: credentials } } } },
      responses: {
        200: { description: 'logged in', content: { 'application/json': { schema: accountSchema } } },
        401: problemResponses(401)[401],
        ...problemResponses(415, 422, 429),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const accountKey = email.toLowerCase();
      const address = clientAddress(c, trustProxy);
      const wait = Math.max(await byAccount.retryAfterMs(accountKey), await byAddress.retryAfterMs(address));
      if (wait > 0) throw tooMany(wait);
      const account = await store.accountByEmail(email);
      const ok = account
        ? await verifyPassword(password, account.passwordHash)
        : (await verifyPassword(password, await decoy)) && false;
      if (!account || !ok) {
        await byAccount.fail(accountKey);
        await byAddress.fail(address);
        throw new HttpProblem(401, 'auth.failed', 'Login failed', 'The email or the password is wrong.');
      }
      await byAccount.reset(accountKey);
      const csrfToken = await startSession(c, { store, accountId: account.id, trustProxy });
      return c.json({ id: account.id, email: account.email, csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['accounts'],
      summary: 'Log out: ends the session',
      responses: { 204: { description: 'logged out' }, ...problemResponses(401, 403) },
    }),
    async (c) => {
      requireSignedIn(c);
      await endSession(c, store);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/me',
      tags: ['accounts'],
      summary: 'The logged-in account and its CSRF token',
      responses: {
        200: { description: 'logged in', content: { 'application/json': { schema: accountSchema } } },
        ...problemResponses(401),
      },
    }),
    (c) => {
      const signedIn = requireSignedIn(c);
      return c.json({ id: signedIn.accountId, email: signedIn.email, csrfToken: signedIn.csrfToken }, 200);
    },
  );
}
