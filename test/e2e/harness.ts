/**
 * What the browser tests and the screenshot script share: building the web app, the real server
 * on a free port over a fresh SQLite file, and Debian's Chromium driven by playwright-core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startServer } from '../../src/server/serve.js';
import { webApp } from '../../src/server/web.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_ROOT = resolve('dist/web');

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** `vite build web` into dist/web. @throws Error with Vite's output when the build fails. */
export function buildWeb(): void {
  const vite = resolve('node_modules/vite/bin/vite.js');
  // The production build, as `npm run build` makes it: vitest sets NODE_ENV=test, which would
  // otherwise give React's development build (larger, slower) and leave it in dist/web.
  const result = spawnSync(process.execPath, [vite, 'build', 'web', '--logLevel', 'warn'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The API and the built app on 127.0.0.1 and a free port, over a new SQLite database. */
export async function startTestServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ee-e2e-'));
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: `sqlite:${join(dir, 'e2e.sqlite')}`,
      logLevel: 'silent',
      trustProxy: false,
    },
    { logger: pino({ level: 'silent' }), web: webApp({ root: WEB_ROOT }) },
  );
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium headless with a fresh profile (playwright-core makes a new user-data-dir per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const NURSE_EMAIL_DOMAIN = 'example.com';

/** A unique address per call, so that runs never collide. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@${NURSE_EMAIL_DOMAIN}`;
}

export const PASSWORD = 'a long enough password';

/** Opens the app on a page, in English, with no stored state. */
export async function openApp(page: Page, url: string, route = '#/check'): Promise<void> {
  await page.goto(`${url}/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Fills the profile form with examples/nurse.json through the form's own inputs. */
export async function fillNurseProfile(page: Page): Promise<void> {
  await page.getByLabel('Date of birth').fill('1993-04-12');
  await page.getByLabel('Marital status').selectOption('never-married');

  await page.getByRole('button', { name: 'Add a language test' }).click();
  const tests = page.getByRole('group', { name: 'Language tests' });
  await tests.getByLabel('Test', { exact: true }).selectOption('IELTS-GT');
  await tests.getByLabel('Date of the results').fill('2025-09-20');
  await tests.getByLabel('Listening').fill('8');
  await tests.getByLabel('Reading').fill('7');
  await tests.getByLabel('Writing').fill('7');
  await tests.getByLabel('Speaking').fill('7');

  await page.getByRole('button', { name: 'Add a credential' }).click();
  const education = page.getByRole('group', { name: 'Education', exact: true });
  await education.getByLabel('Level').selectOption('bachelors');
  await education.getByLabel('Years of study').fill('4');
  await education.getByLabel('Completed on').fill('2015-06-30');
  await education.getByLabel('Has an educational credential assessment (ECA)').check();

  const work = page.getByRole('group', { name: 'Work experience', exact: true });
  const jobs = [
    { country: 'PH', start: '2016-01-04', end: '2023-08-31', hours: '40' },
    { country: 'CA', start: '2024-03-01', end: '', hours: '37.5' },
  ];
  for (const [index, job] of jobs.entries()) {
    await page.getByRole('button', { name: 'Add a job' }).click();
    const title = work.getByRole('combobox').nth(index);
    // The NOC autocomplete: type a title, pick the first suggestion with the keyboard.
    await title.fill('registered nurse');
    await work.getByRole('option').first().waitFor();
    await title.press('ArrowDown');
    await title.press('Enter');
    await work.getByLabel('NOC 2021 code').nth(index).waitFor();
    await work.getByLabel('Country').nth(index).fill(job.country);
    await work.getByLabel('Start').nth(index).fill(job.start);
    if (job.end) await work.getByLabel('End', { exact: true }).nth(index).fill(job.end);
    await work.getByLabel('Hours a week').nth(index).fill(job.hours);
  }
  await page.getByLabel('Settlement funds (CAD)').fill('22000');
}
