#!/usr/bin/env node
// A local team store: pouchdb-server's CouchDB engine (express-pouchdb over
// LevelDB), started the way pouchdb-server starts it, with two CouchDB rules
// that pouchdb-server 4.2.0 lacks (docs/team.md, "The local server"):
//  - creating or deleting a database takes a server admin. pouchdb-server's
//    route crashes the whole process when anyone else tries; here the request
//    gets CouchDB's 401 and the server stays up.
//  - only an admin gives a user roles (pouchdb-server lets users give
//    themselves any).
//  - its first start makes a server admin, with a secret kept in the data
//    folder, so a restart prints the same address; the key that signs
//    session cookies is kept there too, so a restart signs no one out.
//   node server.cjs [--port N] [--data DIR]
// The last line printed, once the server answers, is its address with the
// admin's credentials in it. --port 0 takes a free port.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  if (at + 1 >= args.length) fail(`${name} needs a value`);
  return args[at + 1];
}
function fail(message) {
  process.stderr.write(`team server: ${message}\n`);
  process.exit(2);
}
for (let i = 0; i < args.length; i += 2)
  if (args[i] !== '--port' && args[i] !== '--data') fail(`unknown option '${args[i]}' (use --port N, --data DIR)`);

const port = Number(option('--port', '5984'));
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not '${option('--port')}'`);
const data = path.resolve(option('--data', path.join(process.cwd(), 'team-data')));
fs.mkdirSync(data, { recursive: true });

// A random secret kept in the data folder, made on the first start.
function keptSecret(file, bytes) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const made = crypto.randomBytes(bytes).toString('hex');
    fs.writeFileSync(file, made + '\n', { mode: 0o600 });
    return made;
  }
}
const secretFile = path.join(data, 'admin-secret');
const secret = keptSecret(secretFile, 12);

// The key session cookies are signed with: kept, so that a restart does not sign everyone out.
const sessionSecret = keptSecret(path.join(data, 'session-secret'), 16);

const express = require('express');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));
const pouchApp = require('express-pouchdb')({ configPath: path.join(data, 'config.json'), logPath: path.join(data, 'log.txt') });
pouchApp.setPouchDB(PouchDB.defaults({ prefix: data + path.sep }));
const config = pouchApp.couchConfig;
// One at a time: each rewrites the config file through the same temporary name.
function setConfig(section, key, value) {
  return new Promise((resolve, reject) => config.set(section, key, value, (error) => (error ? reject(error) : resolve())));
}

let address = '';  // set once listening
const adminAuthorization = 'Basic ' + Buffer.from(`admin:${secret}`).toString('base64');
const app = express();
app.use(require('corser').create({
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'COPY'],
  supportsCredentials: true,
  requestHeaders: require('corser').simpleRequestHeaders.concat(['Authorization', 'Origin', 'Referer']),
}));
// Whether a request comes from a server admin: asked of the server itself,
// with the request's own credentials.
function fromAdmin(req) {
  const headers = {};
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  return fetch(address + '_session', { headers })
    .then((answer) => answer.json())
    .then((session) => ((session.userCtx || {}).roles || []).includes('_admin'), () => false);
}
function refuse(res, status, error, reason) {
  res.status(status).json({ error, reason });
}
// A database is made or dropped by a server admin only.
app.use((req, res, next) => {
  const database = /^\/([^_/][^/]*)\/?$/.exec(req.path);
  if (!database || (req.method !== 'PUT' && req.method !== 'DELETE')) return next();
  fromAdmin(req).then((admin) => (admin ? next() : refuse(res, 401, 'unauthorized', 'You are not a server admin.')));
});
// Only an admin gives a user roles: pouchdb-server lets a user write their own
// document with any roles (CouchDB refuses; so do we).
app.use('/_users', express.json({ limit: '1mb', type: () => true }), (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  fromAdmin(req).then((admin) => {
    if (admin) return next();
    const user = /^\/(org\.couchdb\.user:[^/]+)$/.exec(decodeURIComponent(req.path));
    if (req.method !== 'PUT' || !user) return refuse(res, 403, 'forbidden', 'Only _admin may do this in _users.');
    const wanted = JSON.stringify([...((req.body || {}).roles || [])].sort());
    fetch(address + '_users/' + encodeURIComponent(user[1]), { headers: { authorization: adminAuthorization } })
      .then((answer) => (answer.status === 200 ? answer.json() : { roles: [] }))
      .then((old) => {
        if (JSON.stringify([...(old.roles || [])].sort()) !== wanted) return refuse(res, 403, 'forbidden', 'Only _admin may edit roles');
        next();
      }, (error) => refuse(res, 500, 'internal', error.message));
  });
});
app.use(pouchApp);

// The admin: kept in the config file from the first start on. Asked of the
// server first; made only when it is not there (the config file may still be
// loading or being written by the engine at start: tried again a few times).
async function ensureAdmin() {
  const isAdmin = async () => {
    const session = await (await fetch(`${address}_session`, { headers: { authorization: adminAuthorization } })).json();
    return Boolean(session.userCtx && session.userCtx.roles.includes('_admin'));
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      if (await isAdmin()) return;
      const admins = config.get('admins') || {};
      if (admins.admin) fail(`the admin in ${data} has another password than ${secretFile} holds; remove the folder to start afresh`);
      await setConfig('admins', 'admin', secret);
    } catch (error) {
      if (attempt === 19) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the admin could not be made');
}

const server = app.listen(port, '127.0.0.1', () => {
  const actual = server.address().port;
  address = `http://127.0.0.1:${actual}/`;
  ensureAdmin()
    .then(() => (config.get('couch_httpd_auth', 'secret') === sessionSecret ? null : setConfig('couch_httpd_auth', 'secret', sessionSecret)))
    .then(() => {
      process.stdout.write(`team server: data in ${data}\n`);
      process.stdout.write(`http://admin:${secret}@127.0.0.1:${actual}/\n`);
    })
    .catch((error) => fail(`could not make the admin: ${error.message}`));
});
server.on('error', (error) => fail(error.code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port N` : error.message));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
