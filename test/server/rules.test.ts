import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, Client, startTestApi, type TestApi } from './_lib/harness.js';

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
let api: TestApi;
let client: Client;

beforeAll(async () => {
  api = await startTestApi();
  client = new Client(api);
});
afterAll(() => api.close());

describe('POST /api/crs, /api/assess, /api/eligibility, /api/whatif, /api/standing', () => {
  it('scores the nurse example as the CRS tables do (485 on 2026-06-01, see test/cli/crs.test.ts)', async () => {
    const { status, body } = await client.post('/api/crs?on=2026-06-01', nurse);
    expect(status).toBe(200);
    expect(body.total).toBe(485);
    expect(body.ruleset).toBe('crs@2025-03-25');
    // Age 33 on 2026-06-01 (born 1993-04-12), single: 88 points in crs-rules.md §A1.
    expect(body.factors.find((f: { factor: string }) => f.factor === 'age')).toMatchObject({
      points: 88,
      facts: { age: 33 },
    });
  });

  it('takes the date from ?on= and names the rule set in force on it', async () => {
    const { body } = await client.post('/api/crs?on=2025-03-24', nurse);
    expect(body.ruleset).toBe('crs@2020-10-27');
  });

  it('assesses in full, each reason with its sentence in the language asked for', async () => {
    const en = await client.post('/api/assess?on=2026-06-01', nurse);
    const fr = await client.post('/api/assess?on=2026-06-01&lang=fr', nurse);
    expect(en.status).toBe(200);
    expect(en.body.crs.total).toBe(485);
    const healthcare = (body: Answer['body']) =>
      body.categories.find((c: { id: string }) => c.id === 'healthcare');
    expect(healthcare(en.body).eligible).toBe(true);
    const reason = (body: Answer['body']) => healthcare(body).reasons[0];
    expect(reason(en.body).code).toBe(reason(fr.body).code);
    expect(typeof reason(en.body).message).toBe('string');
    expect(reason(fr.body).message).not.toBe(reason(en.body).message);
  });

  it('reports programs and categories, what-if suggestions and standing', async () => {
    const eligibility = await client.post('/api/eligibility?on=2026-06-01', nurse);
    expect(eligibility.status).toBe(200);
    expect(eligibility.body.eligibleForAProgram).toBe(true);
    const whatIf = await client.post('/api/whatif?on=2026-06-01', nurse);
    expect(whatIf.status).toBe(200);
    expect(whatIf.body.suggestions.length).toBeGreaterThan(0);
    const standing = await client.post('/api/standing?on=2026-06-01', nurse);
    expect(standing.status).toBe(200);
    expect(standing.body).toMatchObject({ on: '2026-06-01', crs: 485 });
    expect(standing.body.rounds.length).toBe(10);
    // Each recent round is judged against its published cut-off with the score of that day.
    for (const round of standing.body.rounds)
      if (round.outcome === 'below-cut-off') expect(round.crs).toBeLessThan(round.lowestScore);
  });
});

describe('bad input', () => {
  it('answers an invalid profile with 422 problem+json naming each field, its value and what was expected', async () => {
    const invalid = JSON.parse(readFileSync('examples/invalid.json', 'utf8'));
    const { status, headers, body } = await client.post('/api/assess', invalid);
    expect(status).toBe(422);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 422, title: 'Invalid input' });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: '$.birthDate', value: '1990-02-30', expected: 'a calendar date written YYYY-MM-DD' },
        expect.objectContaining({ path: '$.maritalStatus', value: 'single' }),
        expect.objectContaining({ path: '$.work[0].noc', value: '2123' }),
        {
          path: '$.work[0].employer',
          value: 'Acme',
          expected: 'no such field (unknown fields are not allowed)',
        },
      ]),
    );
  });

  it('rejects a NOC code that is well formed but not in NOC 2021', async () => {
    const profile = { ...nurse, work: [{ ...nurse.work[0], noc: '99999' }] };
    const { status, body } = await client.post('/api/crs', profile);
    expect(status).toBe(422);
    expect(body.type).toBe('/problems/noc.unknown');
    expect(body.errors).toEqual([expect.objectContaining({ path: '$.work[0].noc', value: '99999' })]);
  });

  it('answers a bad ?on= or ?lang= with 400 naming the query field', async () => {
    const on = await client.post('/api/crs?on=2026-02-30', nurse);
    expect(on.status).toBe(400);
    expect(on.body.errors).toEqual([
      { path: '$.on', value: '2026-02-30', expected: 'a calendar date written YYYY-MM-DD' },
    ]);
    const lang = await client.post('/api/crs?lang=de', nurse);
    expect(lang.status).toBe(400);
    expect(lang.body.errors[0].path).toBe('$.lang');
  });

  it('answers malformed JSON with 400, a body that is not JSON with 415, an oversized body with 413', async () => {
    const malformed = await client.call('POST', '/api/crs', '{"format": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');
    const form = await client.call('POST', '/api/crs', 'a=1', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const huge = { ...nurse, id: 'x'.repeat(1024 * 1024 + 10) };
    const tooLarge = await client.post('/api/crs', huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.type).toBe('/problems/body.too-large');
    // A declared length over the limit is refused from the header alone; one under it is read.
    const declared = JSON.stringify(huge);
    const byHeader = await client.call('POST', '/api/crs', declared, {
      headers: { 'content-length': String(Buffer.byteLength(declared)) },
    });
    expect(byHeader.status).toBe(413);
    const small = JSON.stringify(nurse);
    const fits = await client.call('POST', '/api/crs?on=2026-06-01', small, {
      headers: { 'content-length': String(Buffer.byteLength(small)) },
    });
    expect(fits.body.total).toBe(485);
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const { status, body } = await client.get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.type).toBe('/problems/not-found');
  });
});
