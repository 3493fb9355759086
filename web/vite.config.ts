/**
 * The web app's build: `vite build web` writes dist/web (hashed assets under /assets), which
 * src/server/web.ts serves; `vite web` is the dev server, with /api proxied to `ee serve`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP allows no inline script, and the modulepreload polyfill is not needed
    // by the browsers the target covers.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`,
      '/openapi.json': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`,
    },
  },
});
