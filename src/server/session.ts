/**
 * Sessions and CSRF. A session is a random token in an HttpOnly, SameSite=Lax cookie (Secure
 * when the request came over https); the store keeps only its SHA-256, so a leaked database
 * holds no usable token. Each session has a CSRF token, handed out by the login, sign-up and
 * `GET /api/auth/me` answers, that every state-changing call must echo in `X-CSRF-Token`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Store } from '../store/index.js';
import type { AppEnv, SignedIn } from './env.js';
import { HttpProblem } from './problem.js';

export const SESSION_COOKIE = 'ee_session';
export const CSRF_HEADER = 'X-CSRF-Token';
export const SESSION_DAYS = 30;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a session token. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Starts a session for the account: stores it and sets the cookie. Returns the CSRF token. */
export async function startSession(
  c: Context,
  { store, accountId, trustProxy }: { store: Store; accountId: string; trustProxy: boolean },
): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await store.createSession({
    id: sessionIdOf(token),
    accountId,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, trustProxy),
    path: '/',
    expires: expiresAt,
  });
  return csrfToken;
}

export async function endSession(c: Context<AppEnv>, store: Store): Promise<void> {
  const signedIn = c.get('signedIn');
  if (signedIn) await store.deleteSession(signedIn.sessionId);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Reads the session cookie, if any, into `signedIn`. Never refuses a request itself. */
export function sessionMiddleware({
  store,
}: {
  store: Store;
  trustProxy: boolean;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('signedIn', undefined);
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined && token.length <= 100) {
      const session = await store.sessionById(sessionIdOf(token));
      if (session) {
        const account = await store.accountById(session.accountId);
        if (account)
          c.set('signedIn', {
            accountId: account.id,
            email: account.email,
            sessionId: session.id,
            csrfToken: session.csrfToken,
          });
      }
    }
    await next();
  };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The signed-in account of a request, or 401; for a state-changing method also the CSRF check, or 403.
 */
export function requireSignedIn(c: Context<AppEnv>): SignedIn {
  const signedIn = c.get('signedIn');
  if (!signedIn)
    throw new HttpProblem(401, 'auth.required', 'Not logged in', 'Log in first: this call needs an account.');
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (sent === undefined || !sameToken(sent, signedIn.csrfToken))
      throw new HttpProblem(
        403,
        'auth.csrf',
        'CSRF token missing or wrong',
        `Send the session's CSRF token (from GET /api/auth/me) in the ${CSRF_HEADER} header.`,
      );
  }
  return signedIn;
}
