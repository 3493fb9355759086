import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestApi, type TestApi } from './_lib/harness.js';

let api: TestApi;
let client: Client;

beforeAll(async () => {
  api = await startTestApi();
  client = new Client(api);
});
afterAll(() => api.close());

describe('NOC', () => {
  it('finds a unit group by job title, typos and French included', async () => {
    const typo = await client.get('/api/noc/search?q=sofware%20devloper');
    expect(typo.status).toBe(200);
    expect(typo.body[0].code).toBe('21232');
    const french = await client.get(
      `/api/noc/search?q=${encodeURIComponent('infirmière autorisée')}&lang=fr&limit=3`,
    );
    expect(french.body[0].code).toBe('31301');
    expect(french.body.length).toBeLessThanOrEqual(3);
  });

  it('shows one unit group with its TEER and the categories that list it each year', async () => {
    const { status, body } = await client.get('/api/noc/31301');
    expect(status).toBe(200);
    expect(body.unitGroup).toMatchObject({ code: '31301', teer: 1 });
    const in2023 = body.categories.find((entry: { year: number }) => entry.year === 2023);
    expect(in2023.listedIn.map((c: { id: string }) => c.id)).toContain('healthcare');
  });

  it('answers an unknown code with 404 and a missing query with 400', async () => {
    expect((await client.get('/api/noc/99999')).status).toBe(404);
    const missing = await client.get('/api/noc/search');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('$.q');
  });
});

describe('categories', () => {
  it('gives the set of a year: 2023 had six categories', async () => {
    const { status, body } = await client.get('/api/categories?year=2023');
    expect(status).toBe(200);
    expect(body.categories.map((c: { id: string }) => c.id).sort()).toEqual(
      [
        'agriculture-agri-food',
        'french-language-proficiency',
        'healthcare',
        'stem',
        'trade',
        'transport',
      ].sort(),
    );
  });

  it('gives the set in force on a date, and 404 before the first set', async () => {
    expect((await client.get('/api/categories?on=2023-07-01')).body.year).toBe(2023);
    expect((await client.get('/api/categories?on=2020-01-01')).status).toBe(404);
  });
});

describe('draws', () => {
  it('filters the history: the 2023 category rounds start with healthcare on 28 June', async () => {
    const { status, body } = await client.get('/api/draws?year=2023&kind=category');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((round: { kind: { type: string } }) => round.kind.type === 'category')).toBe(true);
    expect(body[0]).toMatchObject({ date: '2023-06-28', kind: { category: 'healthcare@2023' } });
  });

  it('refuses contradictory filters with 400 naming the fields', async () => {
    const { status, body } = await client.get('/api/draws?kind=general&program=CEC');
    expect(status).toBe(400);
    expect(body.detail).toBe('program: only program rounds have one, not kind general');
  });

  it('gives statistics per year and kind', async () => {
    const { status, body } = await client.get('/api/draws/stats?year=2024');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((row: { year: number }) => row.year === 2024)).toBe(true);
  });
});

describe('OpenAPI', () => {
  it('documents every API route at /openapi.json', async () => {
    const { status, body } = await client.get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const routes = Object.entries(body.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/assess',
        'POST /api/crs',
        'POST /api/eligibility',
        'POST /api/whatif',
        'GET /api/noc/search',
        'GET /api/noc/{code}',
        'GET /api/categories',
        'GET /api/draws',
        'GET /api/draws/stats',
        'POST /api/auth/signup',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'GET /api/profiles',
        'POST /api/profiles',
        'PUT /api/profiles/{id}',
        'DELETE /api/profiles/{id}',
        'POST /api/pools',
        'POST /api/pools/{poolId}/rounds',
        'GET /api/pools/{poolId}/rounds/{roundId}/invitations',
      ]),
    );
  });

  it('serves the browsable docs and their assets locally', async () => {
    const page = await client.get('/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/docs/swagger-ui-bundle.js');
    const bundle = await api.app.request('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
  });

  it('sends the security headers on every answer', async () => {
    const { headers } = await client.get('/api/draws/stats?year=2024');
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
