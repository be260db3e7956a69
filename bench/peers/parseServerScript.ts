/**
 * The script that runs Parse Server 9 for the benchmark, written into the cache folder and run
 * from there, so `parse-server` and its `express` are resolved in that folder's node_modules.
 * Configuration comes from the environment; it prints "parse ready" once it listens.
 *
 * Options set: appId, masterKey, serverURL (this process, 127.0.0.1), databaseURI (PostgreSQL),
 * logLevel 'error' and logsFolder null (errors to stderr, no log files). Everything else is
 * Parse's default: bcrypt (bcryptjs) cost 10 for passwords, no client class creation, the
 * in-memory cache, pg-promise's pool of 10, no rate limits, no batch limit.
 *
 * Parse Server has no telemetry; to prove it phones nowhere, HTTP(S) requests and fetch to
 * anything but the loopback interface are refused and reported on stderr.
 */
export const PARSE_SERVER_SCRIPT = `'use strict';
const http = require('node:http');
const https = require('node:https');

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
function hostOf(target) {
  if (typeof target === 'string') return new URL(target).hostname;
  if (target instanceof URL) return target.hostname;
  if (target && typeof target === 'object') return String(target.hostname || target.host || 'localhost').split(':')[0];
  return 'localhost';
}
function refuse(host) {
  process.stderr.write('parse-bench: refused an outgoing request to ' + host + '\\n');
  throw new Error('outgoing requests are refused in the benchmark (' + host + ')');
}
for (const mod of [http, https]) {
  for (const name of ['request', 'get']) {
    const original = mod[name];
    mod[name] = function (target, ...rest) {
      const host = hostOf(target);
      if (!loopback.has(host)) refuse(host);
      return original.call(this, target, ...rest);
    };
  }
}
const originalFetch = globalThis.fetch;
globalThis.fetch = function (input, init) {
  const host = hostOf(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (!loopback.has(host)) refuse(host);
  return originalFetch(input, init);
};

const express = require('express');
const { ParseServer } = require('parse-server');

async function main() {
  const port = Number(process.env.PARSE_BENCH_PORT);
  const server = new ParseServer({
    appId: process.env.PARSE_BENCH_APP_ID,
    masterKey: process.env.PARSE_BENCH_MASTER_KEY,
    databaseURI: process.env.PARSE_BENCH_DATABASE_URI,
    serverURL: 'http://127.0.0.1:' + port + '/parse',
    logLevel: 'error',
    logsFolder: null,
  });
  await server.start();
  const app = express();
  app.use('/parse', server.app);
  app.listen(port, '127.0.0.1', () => console.log('parse ready'));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
