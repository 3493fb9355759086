import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApi, type TestApi } from './_lib/harness.js';

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
let api: TestApi;
let owner: Client;
let poolId: string;

beforeAll(async () => {
  api = await startTestApi();
  owner = new Client(api);
  await owner.signUp('owner@example.ca');
  const created = await owner.post('/api/pools', {
    name: 'March 2026',
    generate: { size: 400, asOf: '2026-03-01', seed: 7 },
  });
  poolId = created.body.id;
});
afterAll(() => api.close());

describe('pools', () => {
  it('generates a pool and lists it', async () => {
    const pool = await owner.get(`/api/pools/${poolId}`);
    expect(pool.body).toMatchObject({ name: 'March 2026', source: 'generated', size: 400 });
    expect((await owner.get('/api/pools')).body.map((p: { id: string }) => p.id)).toContain(poolId);
  });

  it('imports profiles with id and submittedAt', async () => {
    const profiles = [
      { ...nurse, id: 'a', submittedAt: '2026-01-05T10:00:00Z' },
      { ...nurse, id: 'b', submittedAt: '2026-01-06T10:00:00Z' },
    ];
    const { status, body } = await owner.post('/api/pools', { name: 'Two nurses', profiles });
    expect(status).toBe(201);
    expect(body).toMatchObject({ source: 'imported', size: 2 });
    const round = await owner.post(`/api/pools/${body.id}/rounds`, {
      at: '2026-06-01T14:00:00Z',
      kind: 'category',
      category: 'healthcare',
      size: 1,
    });
    expect(round.status).toBe(201);
    // Equal scores: the earlier submission wins the tie.
    expect(round.body).toMatchObject({
      invitedCount: 1,
      tieBreak: '2026-01-05T10:00:00Z',
      kind: { category: 'healthcare@2026' },
    });
  });

  it('imports nothing when one profile is bad, naming it by its place in the list', async () => {
    const before = (await owner.get('/api/pools')).body.length;
    const profiles = [
      { ...nurse, id: 'a', submittedAt: '2026-01-05T10:00:00Z' },
      { ...nurse, id: 'b', submittedAt: '2026-01-06T10:00:00Z', work: [{ ...nurse.work[0], noc: '99999' }] },
    ];
    const bad = await owner.post('/api/pools', { name: 'Bad', profiles });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ path: '$.profiles[1].work[0].noc', value: '99999' }),
    ]);
    const twice = await owner.post('/api/pools', { name: 'Twice', profiles: [profiles[0], profiles[0]] });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: '$.profiles[1].id', value: 'a' })]);
    const both = await owner.post('/api/pools', {
      name: 'Both',
      profiles: [profiles[0]],
      generate: { size: 1, asOf: '2026-03-01' },
    });
    expect(both.status).toBe(422);
    expect((await owner.get('/api/pools')).body.length).toBe(before);
  });
});

describe('rounds over a stored pool', () => {
  it('runs a round, stores it with its invitations, and returns the first result for the same id', async () => {
    const instruction = { id: 'r-1', at: '2026-03-02T14:00:00Z', kind: 'general', size: 50 };
    const first = await owner.post(`/api/pools/${poolId}/rounds`, instruction);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'r-1', invitedCount: 50, size: 50 });
    const invitations = await owner.get(`/api/pools/${poolId}/rounds/r-1/invitations?limit=1000`);
    expect(invitations.body).toHaveLength(50);
    const scores = invitations.body.map((i: { crs: number }) => i.crs);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBe(first.body.lowestScore);
    expect(invitations.body.map((i: { rank: number }) => i.rank)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );

    const again = await owner.post(`/api/pools/${poolId}/rounds`, { ...instruction, size: 10 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await owner.get(`/api/pools/${poolId}/rounds`)).body).toHaveLength(1);
  });

  it('never invites a candidate twice: the next round starts below the first', async () => {
    const second = await owner.post(`/api/pools/${poolId}/rounds`, {
      id: 'r-2',
      at: '2026-03-16T14:00:00Z',
      kind: 'general',
      size: 50,
    });
    expect(second.status).toBe(201);
    const ids = async (round: string) =>
      (await owner.get(`/api/pools/${poolId}/rounds/${round}/invitations?limit=1000`)).body.map(
        (i: { candidateId: string }) => i.candidateId,
      );
    const first = new Set(await ids('r-1'));
    expect((await ids('r-2')).filter((id: string) => first.has(id))).toEqual([]);
  });

  it('validates the instruction: kind with its program or category, a real category, an instant', async () => {
    const noProgram = await owner.post(`/api/pools/${poolId}/rounds`, {
      at: '2026-03-02T14:00:00Z',
      kind: 'program',
      size: 5,
    });
    expect(noProgram.status).toBe(422);
    expect(noProgram.body.errors[0].path).toBe('$.program');
    const unknown = await owner.post(`/api/pools/${poolId}/rounds`, {
      at: '2026-03-02T14:00:00Z',
      kind: 'category',
      category: 'astronauts',
      size: 5,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('category: got "astronauts"');
    const badInstant = await owner.post(`/api/pools/${poolId}/rounds`, {
      at: 'next week',
      kind: 'general',
      size: 5,
    });
    expect(badInstant.status).toBe(422);
    expect(badInstant.body.errors[0]).toMatchObject({ path: '$.at', value: 'next week' });
    expect((await owner.get(`/api/pools/${poolId}/rounds`)).body).toHaveLength(2);
  });
});
