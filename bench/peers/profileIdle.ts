// What Eventide holds when idle after load, alone: `tsx bench/peers/profileIdle.ts [seconds]`.
// Starts dist/start.js on a fresh database, signs up 32 accounts, runs bench:peers' kinds of load
// one after the other (creates at 32 connections, the small-table pull and poll at 10, password
// sign-ins at 32) for `seconds` each, lets it rest until quiet and 40 s more, and prints the RSS
// at start and after, with where it lies: V8's heap (from /metrics, OPS_TOKEN set here), the
// malloc heap of the main thread ([heap]), other threads' malloc arenas (64 MB reservations)
// and the rest of the anonymous mappings. NO_BUILD=1 runs the dist/ already built;
// SERVER_NODE_ARGS adds node options to the server (`--max-semi-space-size=8`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  eventideHeaders,
  eventideSignUp,
  newClientId,
  putJob,
  readJobsFeed,
  type EventideAccount,
} from './eventideApi.js';
import { job, PASSWORD } from './jobs.js';
import type { Peers } from './peers.js';
import { rssMb, settle } from './procStat.js';
import { runLoad, type PeerRequest } from './runLoad.js';
import { seedEventide } from './seedPeers.js';
import { startEventide } from './startEventide.js';

const seconds = Number(process.argv[2] ?? 8);
const OPS_TOKEN = 'profile-idle-ops-token';
process.env.OPS_TOKEN = OPS_TOKEN;

const ARENA = 64n * 2n ** 20n;

/** Anonymous RSS in MB by kind of mapping, from /proc/<pid>/smaps. */
function mappings(pid: number): Record<string, number> {
  const out: Record<string, number> = { mainMalloc: 0, arenas: 0, otherAnon: 0, files: 0 };
  let kind = 'otherAnon';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const start = BigInt(`0x${head[1]}`);
      const size = BigInt(`0x${head[2]}`) - start;
      const name = head[3]!;
      kind = name === '[heap]' ? 'mainMalloc' : name.startsWith('/') ? 'files' : 'otherAnon';
      // A thread's malloc arena is a 64 MB reservation aligned on 64 MB (used part first).
      if (kind === 'otherAnon' && start % ARENA === 0n && size <= ARENA) kind = 'arenas';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind]! += Number(rss[1]) / 1024;
  }
  return out;
}

async function v8Memory(base: string): Promise<Record<string, number>> {
  const text = await (
    await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${OPS_TOKEN}` } })
  ).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return {
    heapTotal: value('nodejs_heap_size_total_bytes'),
    heapUsed: value('nodejs_heap_size_used_bytes'),
    newSpace: value('nodejs_heap_space_size_total_bytes{space="new"}'),
    oldSpace: value('nodejs_heap_space_size_total_bytes{space="old"}'),
    external: value('nodejs_external_memory_bytes'),
  };
}

async function report(label: string, pid: number, base: string) {
  const parts = { ...(await v8Memory(base)), ...mappings(pid) };
  const text = Object.entries(parts)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  console.log(`${label}: RSS ${rssMb(pid).toFixed(0)} MB (${text})`);
}

async function load(base: string, connections: number, requestsFor: (client: number) => PeerRequest[]) {
  const run = await runLoad({ base, connections, seconds, check: () => undefined, requestsFor });
  return `${run.goodPerSecond.toFixed(0)}/s`;
}

if (!process.env.NO_BUILD) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const server = await startEventide(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean));
try {
  const { base, pid } = server;
  await report('after start', pid, base);
  const accounts: EventideAccount[] = [];
  for (let i = 0; i < 33; i++) accounts.push(await eventideSignUp(server));
  const puller = accounts.pop()!;
  await seedEventide({ eventide: server } as Peers, puller, 400, 'seed');
  const last = await readJobsFeed(server, puller, { limit: 500 });
  const creates = await load(base, 32, (client) => {
    const clientId = newClientId('i');
    let seq = 0;
    const request: PeerRequest = {
      method: 'POST',
      path: '/v1/sync/mutations',
      headers: eventideHeaders(accounts[client]!),
      setupRequest: (r) => {
        seq += 1;
        const mutations = [putJob(clientId, seq, `${clientId}-${seq}`, job(seq))];
        return { ...r, body: JSON.stringify({ clientId, mutations }) };
      },
    };
    return [request];
  });
  const auth = { authorization: `Bearer ${puller.accessToken}` };
  const pulls = await load(base, 10, () => [
    { method: 'GET', path: '/v1/feed?collections=jobs&limit=100', headers: auth },
  ]);
  const polls = await load(base, 10, () => [
    {
      method: 'GET',
      path: `/v1/feed?collections=jobs&limit=500&cursor=${last.nextCursor}`,
      headers: { ...auth, 'if-none-match': `"${last.nextCursor}"` },
    },
  ]);
  const signIns = await load(base, 32, (client) => [
    {
      method: 'POST',
      path: '/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: accounts[client]!.email, password: PASSWORD }),
    },
  ]);
  console.log(`creates ${creates}, pulls ${pulls}, polls ${polls}, sign-ins ${signIns}`);
  await report('right after the load', pid, base);
  await settle(pid);
  await new Promise((resolve) => setTimeout(resolve, 40_000));
  await report('idle 40 s after the load', pid, base);
  if (process.env.SNAPSHOT) {
    // With SERVER_NODE_ARGS=--heapsnapshot-signal=SIGUSR2: the snapshot collects all garbage first.
    process.kill(pid, 'SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await report('after a heap snapshot (a full collection)', pid, base);
  }
} finally {
  await server.stop();
}
