// Team mode in the page, against a real team server (tools/team-server on
// 127.0.0.1, a port of its own, started here and stopped at the end): three
// annotators in three browser contexts sign in by typing, annotate their
// queues with mouse drags and label keys, and the curator's export holds
// every span, checked span by span; then a context offline, the server
// killed in the middle of a sync, and one layer edited on two devices offline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dragAndLabel, codePointRange, openPage, repo, screenshots, settle, spansOf, start, waitReady } from './harness.mjs';
import { adminHeaders, runCli, serverInstalled, startTeamServer, withoutCredentials } from '../team/server.mjs';

const cli = process.env.SPANMARK_CLI || join(repo, 'build/native/src/spanmark');
const work = mkdtempSync(join(tmpdir(), 'spanmark-team-page-'));
const articles = [
  'Harbour pilots met the mayor on Monday. Ana Lobo said the ferries would wait for the tide.',
  'In Braga the council voted for the bridge. Rui Costa said the work starts in March.',
  'Fishers in Vila Seca waited before dawn. Marta Pires told reporters the catch was small.',
  'Jun Park opened the festival in Busan. Ola Berg said forty thousand people came.',
  'Tomás Reyes walked the new pier in Faro. Lena Dias said the pier cost too much.',
  'The mill in Tarouca closed at noon. Edite Sousa said the workers would be paid.',
];
const people = { anna: 'pw-anna', ben: 'pw-ben', chen: 'pw-chen' };
let env, team, url, base, port;
const contexts = [];

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolve(p));
    });
  });
}
// The server on a fixed port, so that it can be killed and started again where the pages expect it.
const startOnPort = () => startTeamServer(join(work, 'data'), port);

before(async () => {
  assert.ok(serverInstalled, 'the team server is installed by scripts/setup');
  port = await freePort();
  team = await startOnPort();
  url = team.url;
  base = withoutCredentials(url);
  writeFileSync(join(work, 'users.txt'), Object.entries(people).map(([n, p]) => `${n}:${p}:annotator`).join('\n') + '\ncora:pw-cora:curator\n');
  writeFileSync(join(work, 'corpus.jsonl'), articles.map((text, k) =>
    JSON.stringify({ format: 'spanmark', version: 1, document: { id: `news-${k + 1}`, text } })).join('\n') + '\n');
  const init = await runCli(cli, 'team', 'init', url, join(work, 'corpus.jsonl'), '--users', join(work, 'users.txt'), '--overlap', '2');
  assert.equal(init.code, 0, init.err);
  env = await start();
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  if (env) await env.stop();
  if (team) team.child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

async function signIn(name, password = people[name]) {
  const { page, context, problems } = await openPage(env.browser, `${env.url}?team=${encodeURIComponent(base)}`, { width: 1400, height: 900 });
  contexts.push(context);
  await waitReady(page);
  await page.click('#team input[name=name]');
  await page.keyboard.type(name);
  await page.click('#team input[name=password]');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.spanmarkTeam && window.spanmarkTeam.open, null, { timeout: 20000 });
  return { page, context, problems };
}
const openText = async (page) => JSON.parse(await page.evaluate(() => window.spanmark.save())).document.text;
const waitState = (page, state) => page.waitForFunction((s) => window.spanmarkTeam.state === s, state, { timeout: 30000 });
// The capitalised name after "said"/"told": the speaker, as the person would mark it.
function speakerOf(text) {
  const match = /([A-Z]\p{L}+ [A-Z]\p{L}+) (said|told)/u.exec(text);
  return codePointRange(text, match[1]);
}
async function layerOnServer(name, id) {
  const answer = await fetch(`${base}spanmark-layer-${name}/doc:${id}`, { headers: adminHeaders(url) });
  return answer.json();
}

const expected = new Map();  // "news-k@name" -> ["start:end:LABEL", …]
function expect(id, name, span) {
  const key = `${id}@${name}`;
  expected.set(key, [...(expected.get(key) || []), `${span.start}:${span.end}:${span.label}`]);
}

test('three annotators annotate their queues with the mouse and keys; the export holds every span', { timeout: 300000 }, async () => {
  for (const name of Object.keys(people)) {
    const { page, problems } = await signIn(name);
    for (let k = 0; k < 4; k++) {
      const id = await page.evaluate(() => window.spanmarkTeam.open);
      const text = await openText(page);
      const speaker = speakerOf(text);
      await dragAndLabel(page, speaker.start, speaker.end, '1');
      expect(id, name, { ...speaker, label: 'ACTOR' });
      if (k === 0) await page.screenshot({ path: join(screenshots, `team-${name}.png`) });
      // Done, next: the button, as a person clicks it.
      await page.click('#team-done');
      await waitState(page, 'synced');
      if (k < 3) await page.waitForFunction((before) => window.spanmarkTeam.open !== before, id, { timeout: 20000 });
    }
    await page.waitForFunction(() => document.querySelector('#team .team-progress').textContent === '4 of 4 done');
    assert.deepEqual(problems, []);
  }
  const out = join(work, 'export.jsonl');
  const exported = await runCli(cli, 'team', 'export', url, '-o', out);
  assert.equal(exported.code, 0, exported.err);
  const docs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 12);
  for (const doc of docs) {
    assert.deepEqual(doc.spans.map((s) => `${s.start}:${s.end}:${s.label}`), expected.get(doc.document.id) || [], doc.document.id);
    assert.equal(doc.document.meta.status, 'done');
  }
  assert.equal(expected.size, 12);

  // The curator signs in, sees the team's progress, and writes the gold of the first document.
  const { page } = await signIn('cora', 'pw-cora');
  await page.waitForFunction(() => document.querySelector('#team .team-overall').textContent === 'team: 12 of 12 layers done');
  assert.equal(await page.textContent('#team li[data-annotator=anna]'), 'anna: 4 of 4 done, 0 started');
  assert.match(await page.textContent('#team .team-progress'), /^0 of 6 done$/);
  assert.equal(await page.evaluate(() => window.spanmarkTeam.open), 'news-1');
  // The gold begins as the merge of the two annotators' layers: both marked the speaker, so it is there.
  const plan = await (await fetch(`${base}spanmark-corpus/plan`, { headers: adminHeaders(url) })).json();
  const pair = plan.documents.find((d) => d.document === 'news-1').annotators;
  assert.equal(await page.textContent('#team .team-curation'), `curating from ${pair.join(', ')}'s layers`);
  const text = await openText(page);
  const speaker = speakerOf(text);
  assert.deepEqual(await spansOf(page), [`${speaker.start}:${speaker.end}:ACTOR`]);
  const mayor = codePointRange(text, 'the mayor');
  await dragAndLabel(page, mayor.start, mayor.end, '1');
  await page.click('#team-done');
  await waitState(page, 'synced');
  await page.screenshot({ path: join(screenshots, 'team-curator.png') });
  const gold = await (await fetch(`${base}spanmark-gold/doc:news-1`, { headers: adminHeaders(url) })).json();
  assert.deepEqual(gold.spans.map((s) => `${s.start}:${s.end}:${s.label}`), [`${mayor.start}:${mayor.end}:ACTOR`, `${speaker.start}:${speaker.end}:ACTOR`]);
  assert.deepEqual(gold.spans[1].annotators, pair);
  assert.equal(gold.status, 'done');
  const withGold = await runCli(cli, 'team', 'export', url, '-o', join(work, 'gold.jsonl'));
  assert.equal(withGold.code, 0, withGold.err);
  const goldDoc = readFileSync(join(work, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((d) => d.document.id === 'news-1@gold');
  assert.equal(goldDoc.spans.length, 2);
  // An annotator cannot write the gold, even by hand.
  const anna = { authorization: 'Basic ' + Buffer.from(`anna:${people.anna}`).toString('base64') };
  assert.ok([401, 403].includes((await fetch(`${base}spanmark-gold/doc:news-2`, { method: 'PUT', headers: { ...anna, 'Content-Type': 'application/json' }, body: '{"type":"layer"}' })).status));
});

test('a curator settles the annotators\' differences by keyboard; a reopened gold offers only those left; the tagger learns from the gold done', { timeout: 180000 }, async () => {
  // Two annotators' finished layers of news-2 that differ, as they would have left them.
  const plan = await (await fetch(`${base}spanmark-corpus/plan`, { headers: adminHeaders(url) })).json();
  const [first, second] = plan.documents.find((d) => d.document === 'news-2').annotators;
  const text = articles[1];
  const at = (phrase, label) => ({ ...codePointRange(text, phrase), label });
  const made = {
    [first]: [at('Braga', 'PLACE'), at('Rui Costa', 'ACTOR'), at('the work starts in March', 'QUOTE')],
    [second]: [at('Braga', 'ACTOR'), at('the council', 'ACTOR'), at('Rui Costa', 'ACTOR')],
  };
  for (const [name, spans] of Object.entries(made)) {
    const layer = await layerOnServer(name, 'news-2');
    const put = await fetch(`${base}spanmark-layer-${name}/doc:news-2`, {
      method: 'PUT', headers: { ...adminHeaders(url), 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...layer, status: 'done', spans: spans.map((s, k) => ({ id: `s${k + 1}`, ...s })), relations: [] }) });
    assert.equal(put.status, 201);
  }

  const { page, problems } = await signIn('cora', 'pw-cora');
  await page.click('#team .team-queue button[data-document="news-2"]');
  await page.waitForFunction(() => window.spanmarkTeam.open === 'news-2' && window.spanmark.view().suggestions === 4, null, { timeout: 20000 });
  await settle(page);
  assert.equal(await page.textContent('#team .team-curation'), `curating from ${first}, ${second}'s layers`);
  assert.deepEqual(await spansOf(page), [`${at('Rui Costa').start}:${at('Rui Costa').end}:ACTOR`]);
  // Their agreement, in the side panel and the hook: one span of three made alike by both.
  const agreement = await page.evaluate(() => window.spanmark.agreement());
  assert.deepEqual(agreement.annotators, [first, second]);
  assert.ok(Math.abs(agreement.overall.f1_exact - 1 / 3) < 1e-3, JSON.stringify(agreement.overall));
  const view = () => page.evaluate(() => window.spanmark.view());
  // Braga two ways: the number of the PLACE variant takes it; the council only one annotator saw: rejected.
  await page.keyboard.press('Tab');
  await settle(page);
  const variants = (await view()).status.match(/: (1 .*) \(\d+ open\)/)[1].split(' \u2014 ');
  const place = variants.findIndex((v) => /^\d PLACE /.test(v));
  assert.ok(place >= 0, variants.join(' | '));
  await page.screenshot({ path: join(screenshots, 'team-curation.png') });
  await page.keyboard.press(String(place + 1));
  await settle(page);
  assert.match((await view()).status, /the council/);
  await page.keyboard.press('Delete');
  await settle(page);
  assert.equal((await view()).suggestions, 1);
  const council = `${at('the council').start}:${at('the council').end}:ACTOR`;
  const onServer = async () => (await fetch(`${base}spanmark-gold/doc:news-2`, { headers: adminHeaders(url) })).json();
  for (let k = 0; k < 100 && !((await onServer()).rejected || []).includes(council); k++) await new Promise((r) => setTimeout(r, 200));
  const begun = await onServer();
  assert.deepEqual(begun.rejected, [council]);
  assert.equal(begun.status, 'started');
  assert.deepEqual(begun.spans.map((s) => `${s.start}:${s.end}:${s.label}`).sort(),
    [`${at('Braga').start}:${at('Braga').end}:PLACE`, `${at('Rui Costa').start}:${at('Rui Costa').end}:ACTOR`].sort());

  // Reopened (a reload, as the next morning): the quote alone is left to settle.
  await page.reload();
  await page.waitForFunction(() => window.spanmarkTeam && window.spanmarkTeam.open === 'news-2' && window.spanmark.view().suggestions === 1, null, { timeout: 20000 });
  await settle(page);
  await page.keyboard.press('Tab');
  await settle(page);
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await view()).suggestions, 0);
  await page.click('#team-done');
  await waitState(page, 'synced');
  // The gold accepted, the curator's tagger learns from it and from every other gold done on the server.
  const golds = await (await fetch(`${base}spanmark-gold/_all_docs?include_docs=true`, { headers: adminHeaders(url) })).json();
  const goldsDone = golds.rows.filter((r) => r.doc && r.doc.type === 'layer' && r.doc.status === 'done').length;
  assert.ok(goldsDone >= 1);
  await page.waitForFunction((n) => !window.spanmark.view().tagger.learning && window.spanmark.view().tagger.documents === n,
                             goldsDone, { timeout: 30000 });
  assert.ok((await page.evaluate(() => window.spanmark.view().tagger.version)) > 0);
  const gold = await onServer();
  assert.equal(gold.status, 'done');
  const byKey = new Map(gold.spans.map((s) => [`${s.start}:${s.end}:${s.label}`, s]));
  assert.deepEqual([...byKey.keys()].sort(), [at('Braga', 'PLACE'), at('Rui Costa', 'ACTOR'), at('the work starts in March', 'QUOTE')]
    .map((s) => `${s.start}:${s.end}:${s.label}`).sort());
  assert.deepEqual(byKey.get(`${at('Braga').start}:${at('Braga').end}:PLACE`).annotators, [first]);
  assert.deepEqual(byKey.get(`${at('Rui Costa').start}:${at('Rui Costa').end}:ACTOR`).annotators, [first, second]);
  assert.deepEqual(byKey.get(`${at('the work starts in March').start}:${at('the work starts in March').end}:QUOTE`).annotators, [first]);
  for (const s of gold.spans) assert.equal(s.suggested, undefined);
  assert.deepEqual(problems, []);
});

test('offline: three documents annotated without the network arrive when it is back', { timeout: 180000 }, async () => {
  const { page, context } = await signIn('anna');
  await context.setOffline(true);
  const done = [];
  for (let k = 0; k < 3; k++) {
    const button = page.locator('#team .team-queue button').nth(k);
    const id = await button.getAttribute('data-document');
    await button.click();
    await page.waitForFunction((i) => window.spanmarkTeam.open === i, id);
    const text = await openText(page);
    const place = codePointRange(text, /^\p{Lu}\p{L}+/u.exec(text)[0]);  // the first word
    await dragAndLabel(page, place.start, place.end, '2');
    done.push({ id, span: `${place.start}:${place.end}:PLACE` });
  }
  await page.waitForFunction(() => ['offline', 'waiting'].includes(window.spanmarkTeam.state));
  await page.screenshot({ path: join(screenshots, 'team-offline.png') });
  for (const { id, span } of done) assert.ok(!(await layerOnServer('anna', id)).spans.some((s) => `${s.start}:${s.end}:${s.label}` === span));
  await context.setOffline(false);
  await waitState(page, 'synced');
  for (const { id, span } of done) {
    const layer = await layerOnServer('anna', id);
    const spans = layer.spans.map((s) => `${s.start}:${s.end}:${s.label}`);
    assert.ok(spans.includes(span), `${id}: ${span} arrived`);
    assert.equal(new Set(spans).size, spans.length, 'nothing doubled');
  }
});

test('a reload with the team server out of reach: the cached queue goes on, and its work arrives later', { timeout: 180000 }, async () => {
  const { page, context, problems } = await signIn('anna');
  const toTeamServer = (address) => address.href.startsWith(base);
  await context.route(toTeamServer, (route) => route.abort('connectionrefused'));
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => window.spanmarkTeam && window.spanmarkTeam.open, null, { timeout: 20000 });
  assert.equal(await page.isVisible('#team-signin'), false, 'no password asked for: the person who signed in here goes on');
  await page.waitForFunction(() => window.spanmarkTeam.state === 'waiting');
  assert.match(await page.textContent('#team-sync'), /does not answer.*changes kept/);
  const id = await page.evaluate(() => window.spanmarkTeam.open);
  const text = await openText(page);
  const words = [...text.matchAll(/\b[a-z]{5,}\b/g)].map((m) => codePointRange(text, m[0]));
  const word = words[words.length - 1];
  await dragAndLabel(page, word.start, word.end, '4');
  await page.waitForFunction(() => window.spanmarkTeam.state === 'waiting');
  await page.screenshot({ path: join(screenshots, 'team-reload-offline.png') });
  const span = `${word.start}:${word.end}:QUOTE`;
  const onServer = async () => (await layerOnServer('anna', id)).spans.map((s) => `${s.start}:${s.end}:${s.label}`);
  assert.ok(!(await onServer()).includes(span));
  await context.unroute(toTeamServer);
  await waitState(page, 'synced');
  assert.ok((await onServer()).includes(span), `${id}: ${span} arrived`);
  // Reloaded with the server there: the session cookie signs in, no form.
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => window.spanmarkTeam && window.spanmarkTeam.open && window.spanmarkTeam.state === 'synced', null, { timeout: 20000 });
  assert.equal(await page.isVisible('#team-signin'), false);
  const shown = JSON.parse(await page.evaluate(() => window.spanmark.save())).spans.map((s) => `${s.start}:${s.end}:${s.label}`);
  assert.ok(shown.includes(span), 'the layer as the server has it is on screen');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(p)), []);
});

test('the server killed in the middle of a sync and started again: nothing lost, nothing doubled', { timeout: 180000 }, async () => {
  const { page } = await signIn('ben');
  const id = await page.evaluate(() => window.spanmarkTeam.open);
  const text = await openText(page);
  team.child.kill('SIGKILL');
  await new Promise((r) => team.child.once('exit', r));
  const words = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => codePointRange(text, m[0]));
  const marked = [];
  for (const w of words.slice(0, 3)) {
    await dragAndLabel(page, w.start, w.end, '2');
    marked.push(`${w.start}:${w.end}:PLACE`);
  }
  await page.waitForFunction(() => ['waiting', 'error'].includes(window.spanmarkTeam.state));
  team = await startOnPort();
  await page.evaluate(() => window.spanmarkTeam.flush());
  await waitState(page, 'synced');
  const spans = (await layerOnServer('ben', id)).spans.map((s) => `${s.start}:${s.end}:${s.label}`);
  for (const m of marked) assert.ok(spans.includes(m), `${m} arrived`);
  assert.equal(new Set(spans).size, spans.length, 'nothing doubled');
  assert.deepEqual(spans.sort(), (JSON.parse(await page.evaluate(() => window.spanmark.save())).spans)
    .map((s) => `${s.start}:${s.end}:${s.label}`).sort(), 'the server holds what the page shows');
});

test('one layer edited on two devices while offline: both edits kept when they meet', { timeout: 180000 }, async () => {
  const one = await signIn('chen');
  const two = await signIn('chen');
  const id = await one.page.evaluate(() => window.spanmarkTeam.open);
  assert.equal(await two.page.evaluate(() => window.spanmarkTeam.open), id);
  await one.context.setOffline(true);
  await two.context.setOffline(true);
  const text = await openText(one.page);
  const words = [...text.matchAll(/\b[a-z]{5,}\b/g)].map((m) => codePointRange(text, m[0]));
  await dragAndLabel(one.page, words[0].start, words[0].end, '3');
  await dragAndLabel(two.page, words[1].start, words[1].end, '4');
  await one.context.setOffline(false);
  await waitState(one.page, 'synced');
  await two.context.setOffline(false);
  await two.page.waitForFunction(() => ['synced', 'merged'].includes(window.spanmarkTeam.state), null, { timeout: 30000 });
  const spans = (await layerOnServer('chen', id)).spans.map((s) => `${s.start}:${s.end}:${s.label}`);
  assert.ok(spans.includes(`${words[0].start}:${words[0].end}:FIGURE`), 'the first device\'s edit kept');
  assert.ok(spans.includes(`${words[1].start}:${words[1].end}:QUOTE`), 'the second device\'s edit kept');
  await settle(two.page);
  const shown = JSON.parse(await two.page.evaluate(() => window.spanmark.save())).spans.map((s) => `${s.start}:${s.end}:${s.label}`);
  assert.ok(shown.includes(`${words[0].start}:${words[0].end}:FIGURE`), 'the merged layer is on screen');
  await two.page.screenshot({ path: join(screenshots, 'team-merged.png') });
});

test('a wrong password, and an address that is not a CouchDB server: each told on the panel', { timeout: 60000 }, async () => {
  for (const [server, password, message] of [
    [base, 'not-her-password', /^Wrong name or password\.$/],
    [env.url, people.anna, /not CouchDB's JSON: is .* a CouchDB server\?/],
  ]) {
    const { page, context, problems } = await openPage(env.browser, `${env.url}?team=${encodeURIComponent(server)}`);
    contexts.push(context);
    await waitReady(page);
    await page.click('#team input[name=name]');
    await page.keyboard.type('anna');
    await page.click('#team input[name=password]');
    await page.keyboard.type(password);
    await page.click('#team button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#team .team-error').textContent !== '');
    assert.match(await page.textContent('#team .team-error'), message);
    assert.equal(await page.isVisible('#team-work'), false);
    assert.equal(problems.filter((p) => !/Failed to load resource/.test(p)).length, 0, problems.join('\n'));
  }
});
