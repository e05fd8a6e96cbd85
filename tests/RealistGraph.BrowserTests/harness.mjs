// What the page tests share: Debian's Chromium through playwright-core, a page that records what must not happen
// (console errors, uncaught exceptions, failed or error responses, requests to another host), and the artifacts
// folder where screenshots for people go (ARTIFACTS_DIR; run.sh prints it).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL || 'http://127.0.0.1:5080';
const here = fileURLToPath(new URL('.', import.meta.url));
export const ARTIFACTS = resolve(process.env.ARTIFACTS_DIR || join(here, '..', '..', 'artifacts', 'browser'));
const base = new URL(BASE_URL);

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh page of the given size; `expectedErrors` are response statuses a test provokes on purpose. */
export async function openPage(browser, { width = 1360, height = 900, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== base.host) problems.push(`request to another host: ${r.url()}`);
  });
  return {
    page,
    check: () => assert.deepEqual(problems, [], problems.join('\n')),
    close: () => context.close(),
  };
}

/** Saves a full-page screenshot as ARTIFACTS/screenshots/NAME.png and returns its path. */
export async function screenshot(page, name) {
  const folder = join(ARTIFACTS, 'screenshots');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
