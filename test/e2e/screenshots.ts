/**
 * `npm run screenshots`: builds the web app, starts the server on a fresh database, walks every
 * page in Chromium and saves docs/screenshots/*.png (desktop, and the profile check on a phone).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  browserAvailable,
  buildWeb,
  CHROMIUM_PATH,
  fillNurseProfile,
  launchBrowser,
  openApp,
  PASSWORD,
  startTestServer,
  uniqueEmail,
} from './harness.js';

const OUT = resolve('docs/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

/** Scrolls the element with this id to the top of the viewport (a string runs in the page: no DOM types here). */
async function scrollToTop(page: Page, id: string): Promise<void> {
  await page.evaluate(`document.getElementById(${JSON.stringify(id)}).scrollIntoView({ block: 'start' })`);
}

async function main(): Promise<void> {
  if (!browserAvailable()) {
    console.error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  buildWeb();
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-CA' });
    const page = await context.newPage();

    await openApp(page, server.url, '#/check');
    await shot(page, 'check-empty', false);
    await fillNurseProfile(page);
    await page.getByLabel('Assess on').fill('2026-06-01');
    await page.getByRole('button', { name: 'Assess', exact: true }).click();
    await page.getByTestId('crs-total').waitFor();
    await shot(page, 'check-results');

    await page.goto(`${server.url}/#/compare`);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('compare-total-0').waitFor();
    await shot(page, 'compare');

    await page.goto(`${server.url}/#/noc`);
    await page.getByLabel('Job title').fill('registered nurse');
    await page.getByRole('link', { name: /31301/ }).click();
    await page.getByTestId('noc-details').waitFor();
    await shot(page, 'noc-finder');

    await page.goto(`${server.url}/#/draws`);
    await page.locator('.uplot').first().waitFor();
    await shot(page, 'draws', false);
    await page.getByLabel('Round type', { exact: true }).selectOption('category');
    await page.getByLabel('Category', { exact: true }).selectOption('healthcare');
    await page.waitForTimeout(300);
    await shot(page, 'draws-healthcare', false);

    await page.goto(`${server.url}/#/account`);
    const signup = page.getByTestId('signup-form');
    await signup.getByLabel('Email').fill(uniqueEmail('screens'));
    await signup.getByLabel('Password').fill(PASSWORD);
    await signup.getByRole('button', { name: 'Create the account' }).click();
    await page.getByTestId('account-email').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Nurse, before the retake');
    await page.getByRole('button', { name: 'Save the current profile' }).click();
    await page.getByTestId('saved-profiles').waitFor();
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Saved a new version').waitFor();
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('table', { name: /Versions of/ }).waitFor();
    await shot(page, 'account');

    await page.goto(`${server.url}/#/simulator`);
    await page.getByRole('button', { name: 'Where do I stand?' }).click();
    await page.getByTestId('standing').waitFor();
    await page.getByLabel('Candidates').fill('2000');
    await page.getByRole('button', { name: 'Generate the pool' }).click();
    await page.getByLabel('Pool', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Run the round' }).click();
    await page.getByTestId('round-result').waitFor();
    await shot(page, 'simulator');

    await page.goto(`${server.url}/#/check`);
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Vérifier mon profil' }).waitFor();
    await page.getByRole('button', { name: 'Évaluer', exact: true }).click();
    await page.getByTestId('crs-total').waitFor();
    await scrollToTop(page, 'score-heading');
    await shot(page, 'check-results-fr', false);
    await page.getByTestId('lang-switch').click();

    const phone = await browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-CA',
    });
    const mobile = await phone.newPage();
    await openApp(mobile, server.url, '#/check');
    await mobile.getByRole('button', { name: 'Start from the example (a nurse)' }).click();
    await mobile.getByLabel('Assess on').fill('2026-06-01');
    await mobile.getByRole('button', { name: 'Assess', exact: true }).click();
    await mobile.getByTestId('crs-total').waitFor();
    await scrollToTop(mobile, 'score-heading');
    await shot(mobile, 'phone-check-results', false);
    await mobile.goto(`${server.url}/#/draws`);
    await mobile.locator('.uplot').first().waitFor();
    await shot(mobile, 'phone-draws', false);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
