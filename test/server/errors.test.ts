import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { TEST_PASSWORD_COST } from './_lib/harness.js';

let directory: string;
let store: Store;
const logged: string[] = [];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ee-api-'));
  store = await openStore(`sqlite:${join(directory, 'test.sqlite')}`);
});
afterAll(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

it('answers an unexpected failure with a bare 500 problem, logging the error as JSON but never sending it', async () => {
  // The real store, except that one call fails the way a lost database connection would.
  const failing = new Proxy(store, {
    get: (target, key) =>
      key === 'sessionById'
        ? () => Promise.reject(new Error('connection to database lost at /secret/path.sqlite'))
        : Reflect.get(target, key),
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  const app = createApp({
    store: failing,
    logger: pino({ level: 'info' }, sink),
    passwordCost: TEST_PASSWORD_COST,
  });
  const response = await app.request('/api/profiles', { headers: { cookie: 'ee_session=abc' } });
  expect(response.status).toBe(500);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({
    type: '/problems/internal',
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side; it has been logged.',
  });
  expect(text).not.toContain('secret');
  expect(text).not.toContain('at ');
  const entry = logged.map((line) => JSON.parse(line)).find((line) => line.msg === 'unhandled error');
  expect(entry.err.message).toContain('connection to database lost');
  expect(entry.err.stack).toContain('Error');
});
