// The team store against a real server: tools/team-server (pouchdb-server's
// CouchDB engine) on 127.0.0.1 with a port of its own, started here and
// stopped at the end. Three annotators and a curator; the annotators write
// their layers over plain HTTP as the page will (the page's team mode is not
// built yet); `spanmark team` makes the project, reports progress and exports.
//   SPANMARK_CLI=build/native/src/spanmark node --test tests/team/
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminHeaders, repo, runCli, serverInstalled, startTeamServer, withoutCredentials } from './server.mjs';

const cli = process.env.SPANMARK_CLI || join(repo, 'build/native/src/spanmark');
const skip = !serverInstalled ? 'the team server is not installed (scripts/setup team)' : !existsSync(cli) ? `no CLI at ${cli}` : false;

const work = mkdtempSync(join(tmpdir(), 'spanmark-team-'));
let server;
after(() => {
  if (server) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

// Asynchronous, so that a server in this process (the HTML one below) can answer the CLI.
const run = (...args) => runCli(cli, ...args);

const codePoints = (s) => Array.from(s);
// Our own sentences, with characters outside the BMP and accents, so offsets are code points.
const sentences = [
  'Mayor Ana Lobo opened the harbour on Monday, and Rui Sá said 😀 the ferries would wait.',
  'In Braga the council of Édouard Vidal voted 12 to 3 for the new bridge.',
  'Marta Kowalska told reporters that the mill in Łódź would reopen in March.',
  'The fishers of Vila Seca met Tomás Reyes before dawn.',
  'Jun Park said the festival in Busan drew 40,000 people.',
  'Ola Berg, the coach, said the team from Tromsø had trained for 𝟙𝟚 weeks.',
];

function capitalisedWords(text) {
  // Every capitalised word a span: deterministic, many per layer, in code points.
  const chars = codePoints(text);
  const spans = [];
  let i = 0;
  while (i < chars.length) {
    if (/\p{Lu}/u.test(chars[i])) {
      let j = i;
      while (j < chars.length && /\p{L}/u.test(chars[j])) j++;
      spans.push({ start: i, end: j });
      i = j;
    } else i++;
  }
  return spans;
}

async function request(url, options = {}) {
  const answer = await fetch(url, options);
  let body = null;
  try { body = await answer.json(); } catch { /* not JSON */ }
  return { status: answer.status, body, headers: answer.headers };
}
const json = (method, body, headers = {}) => ({ method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const basic = (name, password) => ({ authorization: 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64') });

test('a team: init, three annotators write their layers, the server keeps them apart, status and export hold every span', { skip, timeout: 240000 }, async () => {
  ({ child: server, url: globalThis.teamUrl } = await startTeamServer(join(work, 'data')));
  const url = globalThis.teamUrl;
  const base = withoutCredentials(url);
  const people = { anna: 'pw-anna', ben: 'pw:ben', chen: 'pw-chen' };
  writeFileSync(join(work, 'users.txt'), Object.entries(people).map(([n, p]) => `${n}:${p}:annotator`).join('\n') + '\ncora:pw-cora:curator\n');
  const corpus = sentences.map((text, k) => JSON.stringify({ format: 'spanmark', version: 1, document: { id: `news-${k + 1}`, text } }));
  writeFileSync(join(work, 'corpus.jsonl'), corpus.join('\n') + '\n');

  const init = await run('team', 'init', url, join(work, 'corpus.jsonl'), '--users', join(work, 'users.txt'), '--overlap', '2');
  assert.equal(init.code, 0, init.err);
  assert.match(init.out, /queue of anna: 4 documents/);
  assert.match(init.out, /corpus: 6 documents/);
  assert.doesNotMatch(init.err + init.out, new RegExp(url.split('@')[0].split(':')[2]));  // the secret never printed

  // Each annotator signs in (CouchDB's session cookie), reads their queue and writes each layer.
  const written = new Map();  // "id@annotator" -> spans
  for (const [name, password] of Object.entries(people)) {
    const session = await request(`${base}_session`, json('POST', { name, password }));
    assert.equal(session.status, 200);
    const cookie = session.headers.get('set-cookie').split(';')[0];
    const queue = await request(`${base}spanmark-layer-${name}/_all_docs?include_docs=true`, { headers: { cookie } });
    assert.equal(queue.status, 200);
    const layers = queue.body.rows.map((r) => r.doc).filter((d) => d.type === 'layer');
    assert.equal(layers.length, 4);
    for (const layer of layers) {
      const record = await request(`${base}spanmark-corpus/${encodeURIComponent(layer._id)}`, { headers: { cookie } });
      assert.equal(record.status, 200);
      const spans = capitalisedWords(record.body.text).map((s, k) => ({ id: `s${k + 1}`, ...s, label: k % 2 ? 'PLACE' : 'ACTOR' }));
      const put = await request(`${base}spanmark-layer-${name}/${encodeURIComponent(layer._id)}`,
        json('PUT', { ...layer, status: 'done', spans, relations: [] }, { cookie }));
      assert.equal(put.status, 201, JSON.stringify(put.body));
      written.set(`${layer.document}@${name}`, spans);
    }
  }
  assert.equal(written.size, 12);

  // The server, not the page, keeps the layers apart: plain HTTP as each user.
  const anna = basic('anna', people.anna);
  assert.ok([401, 403].includes((await request(`${base}spanmark-layer-ben/_all_docs`, { headers: anna })).status));
  assert.equal((await request(`${base}spanmark-layer-ben/doc:news-1`, json('PUT', { type: 'layer' }, anna))).status === 201, false);
  assert.equal((await request(`${base}spanmark-corpus/doc:news-1`, json('PUT', { type: 'document', text: 'changed' }, anna))).status, 403);
  assert.ok([401, 403].includes((await request(`${base}spanmark-gold/_all_docs`, { headers: anna })).status));
  const me = await request(`${base}_users/org.couchdb.user:anna`, { headers: anna });
  assert.equal((await request(`${base}_users/org.couchdb.user:anna`, json('PUT', { ...me.body, roles: ['curator'] }, anna))).status, 403);
  assert.equal((await request(`${base}spanmark-new`, { method: 'PUT', headers: anna })).status, 401);
  assert.equal((await request(`${base}`)).status, 200);  // still up
  const cora = basic('cora', 'pw-cora');
  assert.equal((await request(`${base}spanmark-layer-anna/_all_docs`, { headers: cora })).status, 200);

  const status = await run('team', 'status', url);
  assert.equal(status.code, 0, status.err);
  for (const name of Object.keys(people)) assert.match(status.out, new RegExp(`^${name}\\s+annotator\\s+4\\s+0\\s+0\\s+4$`, 'm'));
  assert.match(status.out, /team: 12 of 12 layers done/);
  assert.match(status.out, /^news-1\s+anna:done ben:done$/m);

  const out = join(work, 'export.jsonl');
  const exported = await run('team', 'export', url, '-o', out);
  assert.equal(exported.code, 0, exported.err);
  const docs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 12);
  for (const doc of docs) {
    const spans = written.get(doc.document.id);
    assert.ok(spans, `exported ${doc.document.id}, never written`);
    assert.equal(doc.document.meta.annotator, doc.document.id.split('@')[1]);
    assert.deepEqual(doc.spans.map((s) => [s.start, s.end, s.label]), spans.map((s) => [s.start, s.end, s.label]));
    for (const s of doc.spans) assert.equal(s.text, codePoints(doc.document.text).slice(s.start, s.end).join(''));
  }
  assert.equal((await run('validate', out)).code, 0);

  // Merged and measured straight from the server's layers: the two annotators of each document agree.
  const merged = await run('merge', url, '-o', join(work, 'merged.jsonl'));
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.err, /6 documents from anna, ben, chen: \d+ spans agreed, 0 differences/);
  const review = readFileSync(join(work, 'merged.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(review.map((d) => d.document.id), sentences.map((_, k) => `news-${k + 1}`));
  for (const doc of review) {
    assert.deepEqual(doc.spans.map((s) => [s.start, s.end, s.label]), written.get(`${doc.document.id}@${doc.spans[0].annotators[0]}`).map((s) => [s.start, s.end, s.label]));
    for (const s of doc.spans) {
      assert.equal(s.annotators.length, 2);
      assert.equal(s.suggested, undefined);
    }
  }
  const agreed = await run('agree', url, '--format', 'json');
  assert.equal(agreed.code, 0, agreed.err);
  const figures = JSON.parse(agreed.out);
  assert.deepEqual(figures.annotators, ['anna', 'ben', 'chen']);
  assert.equal(figures.overall.f1_exact, 1);
  assert.equal(figures.overall.alpha, 1);

  // A layer made for another text is never applied to the new one: export refuses, writes nothing.
  const admin = adminHeaders(url);
  const record = await request(`${base}spanmark-corpus/doc:news-1`, { headers: admin });
  const text = 'Ana Lobo opened it.';
  await request(`${base}spanmark-corpus/doc:news-1`, json('PUT', { ...record.body, text, sha256: 'changed' }, admin));
  const stale = await run('team', 'export', url, '-o', join(work, 'stale.jsonl'));
  assert.equal(stale.code, 1);
  assert.match(stale.err, /layer anna\/news-1: was made for another text \(its sha256 is not the corpus's\)/);
  assert.equal(existsSync(join(work, 'stale.jsonl')), false);

  // A layer database deleted on the server: status names it and what the server said.
  assert.equal((await request(`${base}spanmark-layer-chen`, { method: 'DELETE', headers: admin })).status, 200);
  const gone = await run('team', 'status', url);
  assert.equal(gone.code, 1);
  assert.match(gone.err, /GET \/spanmark-layer-chen\/_all_docs\?include_docs=true&limit=200: the server answered 404/);
});

test('a wrong password, a server that answers HTML and one that does not answer: each a clear message', { skip, timeout: 60000 }, async () => {
  assert.ok(globalThis.teamUrl, 'the first test started the server');
  const wrong = await run('team', 'status', globalThis.teamUrl.replace(/admin:[^@]+@/, 'admin:wrong@'));
  assert.equal(wrong.code, 1);
  assert.match(wrong.err, /refused the credentials \(401/);
  assert.doesNotMatch(wrong.err, /wrong@/);  // the password is not repeated

  const html = createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<html>proxy sign-in</html>'); });
  await new Promise((r) => html.listen(0, '127.0.0.1', r));
  const answered = await run('team', 'status', `http://127.0.0.1:${html.address().port}/`);
  html.close();
  assert.equal(answered.code, 1);
  assert.match(answered.err, /answered 200 with text\/html, not CouchDB's JSON/);

  const closed = createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  const silent = await run('team', 'status', `http://127.0.0.1:${port}/`);
  assert.equal(silent.code, 1);
  assert.match(silent.err, /no answer from the server/);
});
