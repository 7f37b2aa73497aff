// A team under load, on loopback only and bounded in time: simulated
// annotators (scripted HTTP clients) each add a span to one of their
// documents every INTERVAL ms for SECONDS, while a curator follows every
// layer's _changes feed. Reports the time from an annotator's acknowledged
// save to the curator seeing it (p50, p95), edits lost (an acknowledged span
// missing from `spanmark team export`), and the server's CPU and peak memory.
//   node bench/team-load.mjs [--annotators 20] [--documents 1000] [--overlap 2] [--seconds 120] [--interval 2000]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../tests/browser/generate.mjs';
import { repo, runCli, serverInstalled, startTeamServer, withoutCredentials } from '../tests/team/server.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const annotators = option('annotators', 20), documents = option('documents', 1000), overlap = option('overlap', 2);
const seconds = option('seconds', 120), interval = option('interval', 2000);
const cli = process.env.SPANMARK_CLI || join(repo, 'build/release/src/spanmark');
if (!serverInstalled || !existsSync(cli)) {
  console.error(`team-load: needs the team server (scripts/setup team) and the CLI at ${cli}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'spanmark-team-load-'));
const { child: server, url } = await startTeamServer(join(work, 'data'));
const base = withoutCredentials(url);
const run = (...args) => runCli(cli, ...args);
const procStat = () => {  // CPU seconds and peak RSS (MB) of the server process
  const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1];
  return { cpu: ticks / 100, peakMb: Number(hwm) / 1024 };
};

try {
  const names = Array.from({ length: annotators }, (_, k) => `annotator${String(k + 1).padStart(2, '0')}`);
  writeFileSync(join(work, 'users.txt'), names.map((n) => `${n}:pw-${n}:annotator`).join('\n') + '\ncurator:pw-curator:curator\n');
  writeFileSync(join(work, 'corpus.jsonl'), generateCorpus(documents, { paragraphs: 3 }));
  let t = performance.now();
  const init = await run('team', 'init', url, join(work, 'corpus.jsonl'), '--users', join(work, 'users.txt'), '--overlap', String(overlap));
  if (init.code !== 0) throw new Error(init.err);
  console.log(`team init: ${annotators} annotators, ${documents} documents, overlap ${overlap}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const before = procStat();

  const signIn = async (name, password) => {
    const r = await fetch(`${base}_session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
    if (r.status !== 200) throw new Error(`${name} could not sign in: ${r.status}`);
    return r.headers.get('set-cookie').split(';')[0];
  };

  // The curator: a long-polled _changes feed per layer database.
  const acknowledged = new Map();  // "annotator/doc/rev" -> time of the 201
  const latencies = [];
  let stopping = false;
  const curatorCookie = await signIn('curator', 'pw-curator');
  const follow = async (name) => {
    let since = 'now';
    while (!stopping) {
      // pouchdb-server does not end a long poll at its timeout when nothing changed: ended here instead.
      let body;
      try {
        const r = await fetch(`${base}spanmark-layer-${name}/_changes?feed=longpoll&timeout=2000&since=${since}`,
          { headers: { cookie: curatorCookie }, signal: AbortSignal.timeout(3000) });
        body = await r.json();
      } catch (error) {
        if (error.name === 'TimeoutError' || error.name === 'AbortError') continue;
        throw error;
      }
      const now = performance.now();
      for (const change of body.results || []) {
        const key = `${name}/${change.id}/${change.changes[0].rev}`;
        if (acknowledged.has(key)) latencies.push(now - acknowledged.get(key));
        else acknowledged.set(key, -now);  // seen before its acknowledgement arrived
      }
      since = body.last_seq;
    }
  };
  const followers = names.map(follow);

  // The annotators: one edit every `interval` ms each, round their queue.
  let edits = 0, conflicts = 0;
  const added = new Map();  // "doc@annotator" -> span keys acknowledged
  const annotate = async (name) => {
    const cookie = await signIn(name, `pw-${name}`);
    const queue = (await (await fetch(`${base}spanmark-layer-${name}/_all_docs`, { headers: { cookie } })).json()).rows.map((r) => r.id)
      .filter((id) => id.startsWith('doc:'));
    const end = performance.now() + seconds * 1000;
    let k = 0;
    while (performance.now() < end) {
      const started = performance.now();
      const id = queue[k++ % queue.length];
      const layer = await (await fetch(`${base}spanmark-layer-${name}/${encodeURIComponent(id)}`, { headers: { cookie } })).json();
      const start = layer.spans.length;  // one-character spans at 0, 1, 2 …: each edit adds one
      layer.spans.push({ id: `s${start + 1}`, start, end: start + 1, label: 'ACTOR' });
      layer.status = 'started';
      const put = await fetch(`${base}spanmark-layer-${name}/${encodeURIComponent(id)}`,
        { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie }, body: JSON.stringify(layer) });
      const answer = await put.json();
      if (put.status === 201) {
        const key = `${name}/${id}/${answer.rev}`;
        const seen = acknowledged.get(key);
        if (seen < 0) latencies.push(0); else acknowledged.set(key, performance.now());
        const doc = `${id.slice(4)}@${name}`;
        added.set(doc, (added.get(doc) || 0) + 1);
        edits++;
      } else conflicts++;
      await new Promise((r) => setTimeout(r, Math.max(0, interval - (performance.now() - started))));
    }
  };
  t = performance.now();
  await Promise.all(names.map(annotate));
  const loadSeconds = (performance.now() - t) / 1000;
  await new Promise((r) => setTimeout(r, 3000));  // the last changes reach the curator
  stopping = true;
  await Promise.all(followers);
  const after = procStat();

  const exported = await run('team', 'export', url, '-o', join(work, 'export.jsonl'));
  if (exported.code !== 0) throw new Error(exported.err);
  let lost = 0;
  for (const line of readFileSync(join(work, 'export.jsonl'), 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line);
    lost += Math.max(0, (added.get(doc.document.id) || 0) - doc.spans.length);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0) : 'n/a';
  console.log(`edits acknowledged: ${edits} in ${loadSeconds.toFixed(0)} s (${conflicts} refused as conflicts), lost: ${lost}`);
  console.log(`save -> curator sees it: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms (${latencies.length} seen of ${edits})`);
  console.log(`server: ${(after.cpu - before.cpu).toFixed(1)} CPU s during the load (${((after.cpu - before.cpu) / seconds * 100).toFixed(0)} % of a core), peak RSS ${after.peakMb.toFixed(0)} MB`);
} finally {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
