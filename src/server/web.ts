/**
 * Serves the built web app (`npm run build:web` writes dist/web): files as they are, hashed
 * assets under /assets cached for a year, and index.html for `/` and every other path outside
 * /api (the app routes with the hash, so any path may be bookmarked). When the app is not
 * built, `/` says so and how to build it; the API works either way.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/**
 * The package's own dist/web: this module sits two levels below the package root both as source
 * (src/server/web.ts) and built (dist/server/web.js), so the server finds the app from any directory.
 */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Vite names every file under /assets after its content: it never changes under that name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Web app not built</title></head>
<body>
<h1>The web app is not built</h1>
<p>The HTTP API is running (see <a href="/docs">/docs</a> and <a href="/openapi.json">/openapi.json</a>),
but <code>dist/web</code> does not exist.</p>
<p>Build the web app with <code>npm run build:web</code> (or <code>npm run build</code>), then reload this page.</p>
</body></html>
`;

export interface WebAppOptions {
  /** The built app's folder; the package's dist/web by default. */
  readonly root?: string;
}

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * The middleware serving the web app from `root`. Register it after the API routes: it answers
 * GET and HEAD outside /api and passes everything else on.
 * @example createApp({ store, logger, web: webApp({ root: 'dist/web' }) })
 */
export function webApp({ root = DEFAULT_WEB_ROOT }: WebAppOptions = {}): MiddlewareHandler {
  const base = resolve(root);
  const respond = (body: Buffer | string, type: string, cache: string, status = 200, head = false) =>
    new Response(head ? null : new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body), {
      status,
      headers: {
        'Content-Type': type,
        'Cache-Control': cache,
        'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
        'X-Content-Type-Options': 'nosniff',
      },
    });

  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) return next();
    const head = method === 'HEAD';

    let relative: string;
    try {
      relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
    } catch {
      return next();
    }
    const target = join(base, relative);
    if (target !== base && !target.startsWith(base + sep)) return next();

    if (relative !== '' && relative !== 'index.html') {
      const file = await fileAt(target);
      if (file) {
        const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
        const cache = relative.startsWith(`assets${sep}`) ? IMMUTABLE : REVALIDATE;
        return respond(file, type, cache, 200, head);
      }
      // A missing asset is a 404, never the page in its place (a browser would run HTML as script).
      if (relative.startsWith(`assets${sep}`) || extname(relative) !== '') return next();
    }

    const index = await fileAt(join(base, 'index.html'));
    if (index) return respond(index, CONTENT_TYPES['.html'] as string, REVALIDATE, 200, head);
    return respond(NOT_BUILT, CONTENT_TYPES['.html'] as string, REVALIDATE, 503, head);
  };
}
