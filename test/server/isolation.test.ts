/**
 * One account can never read or change another's profiles, pools or rounds: every route that
 * takes an id is tried with the other account's ids, and answers exactly as for a missing one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApi, type TestApi } from './_lib/harness.js';

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
let api: TestApi;
let alice: Client;
let mallory: Client;
const ids = { profile: '', pool: '', round: 'round-a' };

beforeAll(async () => {
  api = await startTestApi();
  alice = new Client(api);
  mallory = new Client(api);
  await alice.signUp('alice@example.ca');
  await mallory.signUp('mallory@example.ca');
  ids.profile = (await alice.post('/api/profiles?on=2026-06-01', { name: 'Mine', profile: nurse })).body.id;
  ids.pool = (
    await alice.post('/api/pools', { name: 'Mine', generate: { size: 100, asOf: '2026-03-01', seed: 1 } })
  ).body.id;
  await alice.post(`/api/pools/${ids.pool}/rounds`, {
    id: ids.round,
    at: '2026-03-02T14:00:00Z',
    kind: 'general',
    size: 10,
  });
});
afterAll(() => api.close());

const attempts: [string, string, () => unknown][] = [
  ['GET', '/api/profiles/:profile', () => undefined],
  ['PUT', '/api/profiles/:profile', () => ({ name: 'Taken', profile: nurse })],
  ['DELETE', '/api/profiles/:profile', () => undefined],
  ['GET', '/api/pools/:pool', () => undefined],
  ['DELETE', '/api/pools/:pool', () => undefined],
  [
    'POST',
    '/api/pools/:pool/rounds',
    () => ({ id: 'round-m', at: '2026-03-03T14:00:00Z', kind: 'general', size: 10 }),
  ],
  [
    'POST',
    '/api/pools/:pool/rounds',
    () => ({ id: ids.round, at: '2026-03-03T14:00:00Z', kind: 'general', size: 10 }),
  ],
  ['GET', '/api/pools/:pool/rounds', () => undefined],
  ['GET', '/api/pools/:pool/rounds/:round', () => undefined],
  ['GET', '/api/pools/:pool/rounds/:round/invitations', () => undefined],
];

describe("another account's data", () => {
  it.each(attempts)('%s %s answers 404 to another account', async (method, template, body) => {
    const path = template
      .replace(':profile', ids.profile)
      .replace(':pool', ids.pool)
      .replace(':round', ids.round);
    const answer = await mallory.call(method, path, body());
    expect(answer.status).toBe(404);
    expect(answer.body.type).toMatch(/^\/problems\/(not-found|pool\.not-found|profile\.not-found)$/);
    // The same call on an id that exists for nobody answers the same way.
    const missing = await mallory.call(
      method,
      path.replace(ids.pool, 'no-such-pool').replace(ids.profile, 'no-such-profile'),
      body(),
    );
    expect(missing.status).toBe(404);
  });

  it('lists none of it, and leaves all of it as it was', async () => {
    expect((await mallory.get('/api/profiles')).body).toEqual([]);
    expect((await mallory.get('/api/pools')).body).toEqual([]);
    const profile = await alice.get(`/api/profiles/${ids.profile}`);
    expect(profile.body).toMatchObject({ name: 'Mine' });
    expect(profile.body.versions).toHaveLength(1);
    expect((await alice.get(`/api/pools/${ids.pool}`)).status).toBe(200);
    const rounds = await alice.get(`/api/pools/${ids.pool}/rounds`);
    expect(rounds.body.map((r: { id: string }) => r.id)).toEqual([ids.round]);
    expect((await alice.get(`/api/pools/${ids.pool}/rounds/${ids.round}/invitations`)).body).toHaveLength(10);
  });
});
