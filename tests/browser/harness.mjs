// Starts the page's server and Debian's Chromium (TOOLCHAIN.md flags) for the
// browser tests, and collects what a page says on its console.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '../..');
export const site = process.env.SPANMARK_SITE || join(repo, 'build/web/site');
export const screenshots = join(repo, 'build/screenshots');
mkdirSync(screenshots, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

export async function start({ extraArgs = [], mounts = {} } = {}) {
  const server = await startServer({ mounts: { '/': site, '/test-data/': join(repo, 'tests/data'), ...mounts } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

// A page with its console errors and uncaught exceptions recorded.
export async function openPage(browser, url, { width = 1280, height = 800, scale = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, context, problems };
}

export async function waitReady(page) {
  await page.waitForFunction(() => window.spanmark && window.spanmark.ready === true, null, { timeout: 30000 });
}

export const wait = (ms) => new Promise((r) => setTimeout(r, ms));
