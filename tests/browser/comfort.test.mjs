// Reading comfort: text size re-rasterised, the reading position kept across
// a re-wrap, the list of keys, and a label editor screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng } from './png.mjs';
import { openPage, repo, screenshots, start, wait, waitReady } from './harness.mjs';

const sample = readFileSync(join(repo, 'assets/sample-article.txt'), 'utf8');
const at = (phrase) => {
  const start = [...sample.slice(0, sample.indexOf(phrase))].length;
  return { start, end: start + [...phrase].length };
};

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

async function settle(page) {
  for (let i = 0; i < 6; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  await wait(50);
}

test('Ctrl+= and Ctrl+- change the text size, re-rasterised', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const word = at('Ferry crews');
  const width = async () => (await page.evaluate(([s, e]) => window.spanmark.textRects(s, e), [word.start, word.end]))[0].width;
  const before = await width();
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await settle(page);
  const larger = await width();
  assert.ok(Math.abs(larger / before - 22 / 18) < 0.05, `${before} -> ${larger}: expected 22/18 larger`);
  await page.screenshot({ path: join(screenshots, 'comfort-larger-text.png') });
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await settle(page);
  assert.ok(Math.abs((await width()) - before) < 0.5);
  await context.close();
});

test('a narrower window re-wraps and keeps the reading position', async () => {
  const { page, context } = await openPage(env.browser, env.url, { width: 1400, height: 700 });
  await waitReady(page);
  const target = at('Meridian Lines said the new timetable');
  // Scroll with the wheel, a little at a time, until the paragraph's first line is the top line.
  const view = await page.evaluate(() => window.spanmark.view());
  const top = view.y - view.clientHeight / 2;
  await page.mouse.move(view.x, view.y);
  for (let i = 0; i < 200; i++) {
    const [r] = await page.evaluate(([s]) => window.spanmark.textRects(s, s + 1), [target.start]);
    if (r.y < top + 24) break;  // wheel steps are ~19 px: stop before it passes the top
    await page.mouse.wheel(0, 25);
    await settle(page);
  }
  const [beforeRect] = await page.evaluate(([s]) => window.spanmark.textRects(s, s + 1), [target.start]);
  assert.ok(beforeRect.y < top + 24 && beforeRect.y >= top, `paragraph at ${beforeRect.y}, view top ${top}`);
  await page.setViewportSize({ width: 900, height: 700 });
  await settle(page);
  const [afterRect] = await page.evaluate(([s]) => window.spanmark.textRects(s, s + 1), [target.start]);
  assert.ok(Math.abs(afterRect.y - beforeRect.y) < 4, `the top line moved from ${beforeRect.y} to ${afterRect.y}`);
  await page.screenshot({ path: join(screenshots, 'comfort-narrow.png') });
  await context.close();
});

test('? shows the list of keys and Esc closes it', async () => {
  const { page, context } = await openPage(env.browser, env.url);
  await waitReady(page);
  const blank = decodePng(await page.screenshot());
  await page.keyboard.press('?');
  await settle(page);
  const shot = await page.screenshot({ path: join(screenshots, 'comfort-help.png') });
  const help = decodePng(shot);
  let changed = 0;
  for (let i = 0; i < help.data.length; i += 4) if (help.data[i] !== blank.data[i]) changed++;
  assert.ok(changed > 50000, `only ${changed} pixels changed`);
  await page.keyboard.press('Escape');
  await settle(page);
  const closed = decodePng(await page.screenshot());
  let left = 0;
  for (let i = 0; i < closed.data.length; i += 4) if (closed.data[i] !== blank.data[i]) left++;
  assert.ok(left < changed / 10, `the list did not close (${left} pixels differ)`);
  await context.close();
});
