/** What middleware hands to handlers through the Hono context. */
import type { Logger } from 'pino';

export interface SignedIn {
  readonly accountId: string;
  readonly email: string;
  readonly sessionId: string;
  readonly csrfToken: string;
}

export interface AppEnv {
  Variables: {
    logger: Logger;
    /** Set by the session middleware when a valid session cookie came with the request. */
    signedIn: SignedIn | undefined;
  };
}
