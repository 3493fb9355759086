import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_ROOT, webApp } from '../../src/server/web.js';

let root: string;

function appOver(webRoot: string): Hono {
  const app = new Hono();
  app.get('/api/ping', (c) => c.json({ ok: true }));
  app.notFound((c) => c.text('nothing here', 404));
  app.use('*', webApp({ root: webRoot }));
  return app;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ee-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(tmpdir(), 'ee-web-secret.txt'), 'secret');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'ee-web-secret.txt'), { force: true });
});

describe('webApp', () => {
  it("serves the package's own dist/web by default, whatever the working directory", () => {
    expect(DEFAULT_WEB_ROOT).toBe(resolve('dist/web'));
  });

  it('serves index.html at / and for any other page path, revalidated each time', async () => {
    const app = appOver(root);
    for (const path of ['/', '/index.html', '/account', '/some/deep/link']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>app</title>');
    }
  });

  it('serves hashed assets with their type and a long cache', async () => {
    const app = appOver(root);
    const script = await app.request('/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    expect((await app.request('/assets/index-abc123.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers HEAD without a body', async () => {
    const response = await appOver(root).request('/assets/index-abc123.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it('leaves /api, other methods and missing files to the next handler', async () => {
    const app = appOver(root);
    expect(await (await app.request('/api/ping')).json()).toEqual({ ok: true });
    expect((await app.request('/api/unknown')).status).toBe(404);
    expect(await (await app.request('/api/unknown')).text()).toBe('nothing here');
    expect((await app.request('/assets/missing-123.js')).status).toBe(404);
    expect((await app.request('/missing.png')).status).toBe(404);
    expect((await app.request('/', { method: 'POST' })).status).toBe(404);
  });

  it('never serves a file outside its root', async () => {
    const app = appOver(root);
    for (const path of [
      '/../ee-web-secret.txt',
      '/%2e%2e/ee-web-secret.txt',
      '/assets/..%2f..%2fee-web-secret.txt',
    ]) {
      const response = await app.request(path);
      expect(await response.text(), path).not.toBe('secret');
    }
  });

  it('says plainly that the app is not built, and how to build it, when the folder is missing', async () => {
    const response = await appOver(join(root, 'nowhere')).request('/');
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toContain('The web app is not built');
    expect(text).toContain('npm run build:web');
  });
});
