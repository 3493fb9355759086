/**
 * The API on a real SQLite store in a temporary directory, driven through `app.request()`; a
 * client per account keeps its session cookie and CSRF token the way a browser would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../../../src/server/app.js';
import type { ScryptCost } from '../../../src/server/auth/password.js';
import { openStore, type Store } from '../../../src/store/index.js';

/** Cheap scrypt for tests that only need accounts to exist; the cost itself is tested apart. */
export const TEST_PASSWORD_COST: ScryptCost = { log2N: 10, r: 8, p: 1 };

export interface TestApi {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly directory: string;
  close(): Promise<void>;
}

export async function startTestApi(options: { trustProxy?: boolean } = {}): Promise<TestApi> {
  const directory = mkdtempSync(join(tmpdir(), 'ee-api-'));
  const store = await openStore(`sqlite:${join(directory, 'test.sqlite')}`);
  const app = createApp({
    store,
    logger: pino({ level: 'silent' }),
    passwordCost: TEST_PASSWORD_COST,
    trustProxy: options.trustProxy ?? false,
  });
  return {
    app,
    store,
    directory,
    close: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read field by field in assertions.
  readonly body: any;
}

/** One browser: its cookie and the CSRF token its last login or sign-up handed out. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly api: TestApi,
    private readonly headers: Record<string, string> = {},
  ) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
    { csrf = true, headers = {} }: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const sent: Record<string, string> = { ...this.headers, ...headers };
    if (body !== undefined) sent['content-type'] ??= 'application/json';
    if (this.cookie) sent.cookie = this.cookie;
    if (csrf && this.csrfToken && method !== 'GET') sent['x-csrf-token'] = this.csrfToken;
    const response = await this.api.app.request(path, {
      method,
      headers: sent,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    const parsed =
      text === ''
        ? null
        : (() => {
            try {
              return JSON.parse(text);
            } catch {
              return text;
            }
          })();
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string')
      this.csrfToken = parsed.csrfToken;
    return { status: response.status, headers: response.headers, body: parsed };
  }

  get(path: string) {
    return this.call('GET', path);
  }
  post(path: string, body?: unknown) {
    return this.call('POST', path, body ?? {});
  }
  put(path: string, body: unknown) {
    return this.call('PUT', path, body);
  }
  delete(path: string) {
    return this.call('DELETE', path);
  }

  async signUp(email: string, password = 'a long enough password') {
    return this.post('/api/auth/signup', { email, password });
  }
}
