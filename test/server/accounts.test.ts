import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.js';
import { Client, startTestApi, type TestApi } from './_lib/harness.js';

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8'));
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ trustProxy: true });
});
afterAll(() => api.close());

/** A client from its own address, so the per-address login limit of one test leaves the others alone. */
let addresses = 0;
function browser(): Client {
  addresses += 1;
  return new Client(api, { 'x-forwarded-for': `203.0.113.${addresses}` });
}

describe('passwords', () => {
  it('hashes with scrypt at N = 2^17, r = 8, p = 1 by default, salted, and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
  });
});

describe('sign up, log in, log out', () => {
  it('signs up into a session cookie that is HttpOnly and SameSite=Lax, Secure only over https', async () => {
    const client = browser();
    const { status, headers, body } = await client.signUp('Ana@Example.ca');
    expect(status).toBe(201);
    expect(body).toMatchObject({ email: 'ana@example.ca' });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ee_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const secure = new Client(api, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.1' });
    expect((await secure.signUp('bo@example.ca')).headers.get('set-cookie')).toContain('Secure');
  });

  it('keeps the store free of the session token and the password', async () => {
    const client = browser();
    await client.signUp('chen@example.ca', 'my secret password 1');
    const account = await api.store.accountByEmail('chen@example.ca');
    expect(account?.passwordHash).not.toContain('my secret password 1');
    const token = client.cookie?.split('=')[1] ?? '';
    expect(await api.store.sessionById(token)).toBeUndefined();
  });

  it('refuses a second account with the same email in any case (409)', async () => {
    await browser().signUp('dana@example.ca');
    const again = await browser().signUp('DANA@example.ca');
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toBe('application/problem+json');
  });

  it('validates the credentials: an email, a password of 10 characters or more', async () => {
    const { status, body } = await browser().post('/api/auth/signup', {
      email: 'nope',
      password: 'short',
      extra: 1,
    });
    expect(status).toBe(422);
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '$.email',
      '$.extra',
      '$.password',
    ]);
  });

  it('logs in, tells who is logged in, and logs out', async () => {
    await browser().signUp('eve@example.ca', 'eve password 123');
    const client = browser();
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const wrong = await client.post('/api/auth/login', {
      email: 'eve@example.ca',
      password: 'wrong password',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.detail).toBe('The email or the password is wrong.');
    const unknown = await client.post('/api/auth/login', {
      email: 'nobody@example.ca',
      password: 'wrong password',
    });
    expect(unknown.body.detail).toBe(wrong.body.detail);
    const ok = await client.post('/api/auth/login', {
      email: 'EVE@example.ca',
      password: 'eve password 123',
    });
    expect(ok.status).toBe(200);
    expect((await client.get('/api/auth/me')).body.email).toBe('eve@example.ca');
    expect((await client.call('POST', '/api/auth/logout', {}, { csrf: false })).status).toBe(403);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('login rate limits', () => {
  it('stops an account after 5 failures in 15 minutes, even with the right password (429, Retry-After)', async () => {
    await browser().signUp('fay@example.ca', 'fay password 123');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // A different address each time: the account's own limit is the one reached.
      const failed = await browser().post('/api/auth/login', {
        email: 'fay@example.ca',
        password: `guess number ${attempt}`,
      });
      expect(failed.status).toBe(401);
    }
    const blocked = await browser().post('/api/auth/login', {
      email: 'fay@example.ca',
      password: 'fay password 123',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
  });

  it('stops an address after 20 failures in 15 minutes, whichever accounts it tries', async () => {
    const guesser = browser();
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const failed = await guesser.post('/api/auth/login', {
        email: `victim${attempt}@example.ca`,
        password: 'guessing away',
      });
      expect(failed.status).toBe(401);
    }
    await browser().signUp('gus@example.ca', 'gus password 123');
    const blocked = await guesser.post('/api/auth/login', {
      email: 'gus@example.ca',
      password: 'gus password 123',
    });
    expect(blocked.status).toBe(429);
    expect(
      (await browser().post('/api/auth/login', { email: 'gus@example.ca', password: 'gus password 123' }))
        .status,
    ).toBe(200);
  });
});

describe('saved profiles', () => {
  it('saves a profile with its assessment, keeps every save as a version, and deletes', async () => {
    const client = browser();
    await client.signUp('hana@example.ca');
    const created = await client.post('/api/profiles?on=2026-06-01', { name: 'Nurse', profile: nurse });
    expect(created.status).toBe(201);
    expect(created.body.versions).toHaveLength(1);
    expect(created.body.versions[0]).toMatchObject({
      version: 1,
      assessedOn: '2026-06-01',
      assessment: { crs: { total: 485 } },
    });
    const id = created.body.id;
    const retake = { ...nurse, languageTests: [{ ...nurse.languageTests[0], writing: 8, speaking: 8 }] };
    const second = await client.put(`/api/profiles/${id}?on=2026-06-01`, {
      name: 'Nurse, after the retake',
      profile: retake,
    });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    const read = await client.get(`/api/profiles/${id}`);
    expect(read.body.name).toBe('Nurse, after the retake');
    expect(read.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(read.body.versions[0].assessment.crs.total).toBeGreaterThan(
      read.body.versions[1].assessment.crs.total,
    );
    const list = await client.get('/api/profiles');
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await client.delete(`/api/profiles/${id}`)).status).toBe(204);
    expect((await client.get(`/api/profiles/${id}`)).status).toBe(404);
  });

  it('refuses an invalid profile with the path of each field, and saves nothing', async () => {
    const client = browser();
    await client.signUp('ivan@example.ca');
    const { status, body } = await client.post('/api/profiles', {
      name: 'Bad',
      profile: { ...nurse, birthDate: '1993-02-30' },
    });
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: '$.profile.birthDate', value: '1993-02-30' }),
    ]);
    expect((await client.get('/api/profiles')).body).toEqual([]);
  });

  it('needs a login (401) and the CSRF token on every change (403)', async () => {
    expect((await browser().get('/api/profiles')).status).toBe(401);
    const client = browser();
    await client.signUp('jo@example.ca');
    const noToken = await client.call(
      'POST',
      '/api/profiles',
      { name: 'Nurse', profile: nurse },
      { csrf: false },
    );
    expect(noToken.status).toBe(403);
    const wrongToken = await client.call(
      'POST',
      '/api/profiles',
      { name: 'Nurse', profile: nurse },
      { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } },
    );
    expect(wrongToken.status).toBe(403);
    expect((await client.get('/api/profiles')).body).toEqual([]);
  });
});
