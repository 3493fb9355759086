/**
 * The web app in a real browser against the real server: Debian's Chromium driven by
 * playwright-core, the server started in-process on a free port over a fresh SQLite file, the
 * app built first. Skipped with a message when Chromium is missing, unless REQUIRE_BROWSER=1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  buildWeb,
  CHROMIUM_PATH,
  fillNurseProfile,
  launchBrowser,
  openApp,
  PASSWORD,
  startTestServer,
  type TestServer,
  uniqueEmail,
  WEB_ROOT,
} from './harness.js';

const available = browserAvailable();
if (!available) {
  if (process.env.REQUIRE_BROWSER === '1')
    throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}`);
  console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
}

const nurse = JSON.parse(readFileSync('examples/nurse.json', 'utf8')) as Record<string, unknown>;

describe.skipIf(!available)('web app in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  /** Logged in from the simulator test on; the profile tests reuse it. */
  let owner: BrowserContext;

  beforeAll(async () => {
    buildWeb();
    server = await startTestServer();
    browser = await launchBrowser();
    owner = await browser.newContext({ locale: 'en-CA', acceptDownloads: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-CA', acceptDownloads: true });
    return context.newPage();
  }

  async function signUp(page: Page, who: string): Promise<string> {
    const email = uniqueEmail(who);
    await openApp(page, server.url, '#/account');
    const form = page.getByTestId('signup-form');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Create the account' }).click();
    await expect.poll(() => page.getByTestId('account-email').textContent()).toBe(email);
    return email;
  }

  it('serves the built app from the server under its CSP, with no inline script', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(body?.trim()).toBe('');
    }
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    const script = await fetch(`${server.url}${asset}`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('loads under 200 KB of JavaScript, gzipped, before any chart is shown', () => {
    const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
      (match) => match[1] as string,
    );
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(WEB_ROOT, file))).length, 0);
    expect(bytes).toBeLessThan(200 * 1024);
    // uPlot is its own chunk, fetched by the Draws page only.
    expect(initial.some((file) => file.includes('charts'))).toBe(false);
  });

  it('fills the profile form and reads the score: the nurse example has CRS 485 on 2026-06-01', async () => {
    const page = await freshPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page, server.url, '#/check');
    await fillNurseProfile(page);
    await page.getByLabel('Assess on').fill('2026-06-01');
    await page.getByRole('button', { name: 'Assess', exact: true }).click();

    await expect.poll(() => page.getByTestId('crs-total').textContent()).toBe('485');
    expect(await page.getByTestId('rulesets').textContent()).toContain('crs@2025-03-25');
    expect(await page.getByTestId('program-FSW').textContent()).toContain('eligible');
    expect(await page.getByTestId('program-FST').textContent()).toContain('not eligible');
    expect(await page.getByRole('row', { name: /^Age/ }).textContent()).toContain('88 / 110');
    expect(await page.locator('.whatif li').count()).toBeGreaterThan(3);

    // The profile the form built is the example, fact for fact (the titles were typed differently).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download profile.json' }).click(),
    ]);
    const path = await download.path();
    const built = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const withoutTitles = (profile: Record<string, unknown>) => ({
      ...profile,
      id: undefined,
      work: (profile.work as Record<string, unknown>[]).map(({ title: _title, ...job }) => job),
    });
    expect(withoutTitles(built)).toEqual(withoutTitles(nurse));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to French on any page, reasons included, and back', async () => {
    const page = await freshPage();
    await openApp(page, server.url, '#/check');
    await page.getByRole('button', { name: 'Start from the example (a nurse)' }).click();
    await page.getByLabel('Assess on').fill('2026-06-01');
    await page.getByRole('button', { name: 'Assess', exact: true }).click();
    await page.getByTestId('crs-total').waitFor();

    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Vérifier mon profil' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // The reasons come back from the API in French.
    await expect.poll(() => page.getByTestId('program-CEC').textContent()).toContain('mois');
    await page.getByRole('link', { name: 'Rondes' }).click();
    await page.getByRole('heading', { level: 1, name: "Rondes d'invitations" }).waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Rounds of invitations' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('is usable with the keyboard alone: skip link, menu, search', async () => {
    const page = await freshPage();
    await openApp(page, server.url, '#/check');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to the content');
    for (let tab = 0; tab < 10; tab++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement.textContent')) === 'NOC finder') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'NOC finder' }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement.tagName')).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('registered nurse');
    await page.getByTestId('noc-hits').waitFor();
    await page.context().close();
  });

  it('finds a NOC by job title: "registered nurse" is 31301, listed in the healthcare categories', async () => {
    const page = await freshPage();
    await openApp(page, server.url, '#/noc');
    await page.getByLabel('Job title').fill('registred nurse');
    const first = page.getByTestId('noc-hits').getByRole('link').first();
    await expect.poll(() => first.textContent()).toContain('31301');
    await first.click();
    const details = page.getByTestId('noc-details');
    await details.waitFor();
    expect(page.url()).toMatch(/#\/noc\/31301$/);
    const text = await details.textContent();
    expect(text).toContain('TEER 1');
    expect(text).toContain('2026: Healthcare and social services occupations');
    await page.context().close();
  });

  it('filters the draws by kind, program and year', async () => {
    const page = await freshPage();
    await openApp(page, server.url, '#/draws');
    const summary = page.getByTestId('draws-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^\d+ rounds/);
    const all = Number((await summary.textContent())?.match(/^(\d+)/)?.[1]);
    expect(all).toBeGreaterThan(400);
    await page.locator('.uplot').first().waitFor();

    await page.getByLabel('Round type', { exact: true }).selectOption('program');
    await page.getByLabel('Program', { exact: true }).selectOption('CEC');
    await page.getByLabel('Year', { exact: true }).selectOption('2025');
    await expect.poll(() => summary.textContent()).not.toContain(`${all} rounds`);
    const kinds = await page.getByTestId('draws-table').locator('tbody tr td:nth-child(3)').allTextContents();
    const dates = await page.getByTestId('draws-table').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Program: CEC']));
    expect(dates.every((date) => date.startsWith('2025-'))).toBe(true);
    await page.context().close();
  });

  it('signs up, generates a small pool and runs a round over it', async () => {
    const page = await owner.newPage();
    await signUp(page, 'simulator');
    await page.getByRole('link', { name: 'Simulator' }).click();
    await page.getByLabel('Candidates').fill('500');
    await page.getByRole('button', { name: 'Generate the pool' }).click();
    await page.getByLabel('Pool', { exact: true }).waitFor();
    await page.getByLabel('Invitations', { exact: true }).fill('50');
    await page.getByRole('button', { name: 'Run the round' }).click();
    await page.getByTestId('round-result').waitFor();
    expect(Number(await page.getByTestId('round-cut-off').textContent())).toBeGreaterThan(300);
    expect(await page.getByTestId('round-result').textContent()).toContain('50 of 50 asked');
    await page.close();
  });

  it('saves a profile in the account, which another account cannot see', async () => {
    const page = await owner.newPage();
    await openApp(page, server.url, '#/check');
    await page.getByRole('button', { name: 'Start from the example (a nurse)' }).click();
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Nurse');
    await page.getByRole('button', { name: 'Save the current profile' }).click();
    const saved = page.getByTestId('saved-profiles');
    await expect.poll(() => saved.textContent()).toContain('Nurse');
    const list = (await (await owner.request.get(`${server.url}/api/profiles`)).json()) as { id: string }[];
    expect(list).toHaveLength(1);
    const id = list[0]?.id;

    const other = await freshPage();
    await signUp(other, 'other');
    await other.getByText('No saved profile yet.').waitFor();
    const response = await other.context().request.get(`${server.url}/api/profiles/${id}`);
    expect(response.status()).toBe(404);
    await other.context().close();
    await page.close();
  });

  it('compares scenarios side by side, a saved profile among them', async () => {
    const page = await owner.newPage();
    await openApp(page, server.url, '#/check');
    await page.getByRole('button', { name: 'Start from the example (a nurse)' }).click();
    await page.getByLabel('Assess on').fill('2026-06-01');
    await page.getByRole('link', { name: 'Compare' }).click();
    await page.getByLabel('Scenario 2').selectOption({ label: 'English retaken at CLB 10' });
    await page.getByLabel('Scenario 3').selectOption({ label: 'Saved: Nurse' });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    // crs-rules.md, single applicant: CLB 9 is 31 points an ability in the first official
    // language and CLB 10 is 34, so a retake at CLB 10 adds 4 × 3 = 12 (skill transferability is
    // already at its 100 cap). The saved profile is the example itself.
    await expect.poll(() => page.getByTestId('compare-total-0').textContent()).toContain('485');
    expect(await page.getByTestId('compare-total-1').textContent()).toContain('497');
    expect(await page.getByTestId('compare-total-2').textContent()).toContain('485');
    expect(await page.getByRole('columnheader', { name: 'Nurse' }).count()).toBe(1);

    // French at NCLC 7 in all four: second official language CLB 7–8 is 3 points an ability (12),
    // and NCLC 7+ with English at CLB 5+ adds 50 (§D): 485 + 62.
    await page.getByLabel('Scenario 3').selectOption({ label: 'With French at NCLC 7' });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare-total-2').textContent()).toContain('547');
    await page.close();
  });
});
