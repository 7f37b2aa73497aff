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

// Lets the page draw until the input so far is handled.
export async function settle(page) {
  for (let i = 0; i < 8; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  await wait(60);
}

// Drags over [start, end) of the open document's text, as a hand does, then
// presses a label key. Returns the range.
export async function dragAndLabel(page, start, end, key) {
  const boxes = await page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [start, end]);
  const first = boxes[0], last = boxes[boxes.length - 1];
  await page.mouse.move(first.x + 2, first.y + first.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width - 2, last.y + last.height * 0.4, { steps: 5 });
  await page.mouse.up();
  await settle(page);
  await page.keyboard.press(key);
  await settle(page);
  await wait(400);  // the next press must not count as a double-click
  return { start, end };
}

// Code point offsets of a phrase in a text.
export function codePointRange(text, phrase) {
  const index = text.indexOf(phrase);
  if (index < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = [...text.slice(0, index)].length;
  return { start, end: start + [...phrase].length };
}

// A span as "start:end:LABEL".
export const spanKey = (s) => `${s.start}:${s.end}:${s.label}`;

// The open document's spans as "start:end:LABEL", in file order.
export async function spansOf(page) {
  return JSON.parse(await page.evaluate(() => window.spanmark.save())).spans.map(spanKey);
}

// A saved document's spans as "start:end:LABEL" and its relations by the bounds of their ends, each sorted,
// so that two files compare equal when they hold the same annotations whatever their ids and order.
export function annotationSummary(doc) {
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  return {
    spans: doc.spans.map(spanKey).sort(),
    relations: doc.relations.map((r) => `${spanKey(byId.get(r.from))} ${r.label} ${spanKey(byId.get(r.to))}`).sort(),
  };
}

// Drops a file on the canvas the way the browser delivers a drop from the desktop.
export async function dropFile(page, name, contents, type) {
  await page.evaluate(([n, c, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([c], n, { type: t }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, contents, type]);
  await page.waitForFunction(() => !document.getElementById('loading').hidden === false);
  await settle(page);
}
