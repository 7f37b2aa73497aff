// Starts the local team server (tools/team-server) on 127.0.0.1 with a free
// port, for the team tests and bench/team-load.mjs; resolves once it answers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const serverInstalled = existsSync(join(repo, 'tools/team-server/node_modules/pouchdb-server/package.json'));

// { child, url }: url carries the admin's credentials (http://admin:SECRET@127.0.0.1:PORT/).
// Port 0 takes a free one; a fixed port lets a test kill the server and start it again there.
export function startTeamServer(data, port = 0) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repo, 'tools/team-server/server.cjs'), '--port', String(port), '--data', data],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    const timer = setTimeout(() => reject(new Error(`the team server did not start: ${err}`)), 60000);
    child.stdout.on('data', (piece) => {
      out += piece;
      const url = /^(http:\/\/admin:\S+@127\.0\.0\.1:\d+\/)$/m.exec(out);
      if (url) {
        clearTimeout(timer);
        resolve({ child, url: url[1] });
      }
    });
    child.stderr.on('data', (piece) => { err += piece; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the team server stopped (${code}): ${err}`)); });
  });
}

// The address without its credentials, and a Basic authorization header for them.
export const withoutCredentials = (url) => url.replace(/\/\/[^@/]+@/, '//');
export const adminHeaders = (url) => ({ authorization: 'Basic ' + Buffer.from(url.split('//')[1].split('@')[0]).toString('base64') });

// Runs the CLI without blocking this process (a server in it may have to answer): { code, out, err }.
export function runCli(cli, ...args) {
  return new Promise((resolve) => {
    const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (p) => { out += p; });
    child.stderr.on('data', (p) => { err += p; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, out, err }); });
  });
}
