// Where a pull's and a poll's time goes, Eventide alone: `tsx bench/peers/profilePull.ts [seconds] [pull|poll|all]`.
// Starts dist/start.js on a fresh database (under `node --cpu-prof`, the profile written into
// $PROFILE_DIR, unless NO_PROFILE=1), seeds bench:peers' small table for one puller (300 older
// jobs, then the 100 a pull brings), runs the pull (JSON, then protobuf) and the unchanged poll
// at bench:peers' 10 connections, and prints each rate and the server's CPU per answer, beside
// a bare Express hello's.
import { execFileSync } from 'node:child_process';
import { freePort } from '../../test/support/freePort.js';
import { bareExpress } from '../idleBench.js';
import { PULL_CONNECTIONS } from './deltaPullBench.js';
import { eventideSignUp, jobsFeedEnd, readJobsFeed } from './eventideApi.js';
import { pulledJob } from './jobs.js';
import { measuredLoad } from './measuredLoad.js';
import type { Peers } from './peers.js';
import { rssMb } from './procStat.js';
import type { Check, PeerRequest } from './runLoad.js';
import { seedEventide } from './seedPeers.js';
import { startEventide } from './startEventide.js';

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => /^\d+$/.test(a)) ?? 10);
const only = args.find((a) => ['pull', 'poll', 'all'].includes(a)) ?? 'all';
const dir = process.env.PROFILE_DIR ?? '/tmp/eventide-profile';

async function measure(label: string, pid: number, base: string, request: PeerRequest, check: Check) {
  const load = await measuredLoad(pid, {
    base,
    connections: PULL_CONNECTIONS,
    seconds,
    check,
    requestsFor: () => [request],
  });
  const cpuUs = (load.serverCpuMs * 1000) / Math.max(1, load.run.good);
  const pgUs = (load.postgresCpuMs * 1000) / Math.max(1, load.run.good);
  const problems = load.run.problems.length ? ` ${load.run.problems[0]}` : '';
  console.log(
    `${label}: ${load.run.goodPerSecond.toFixed(0)} req/s, ${cpuUs.toFixed(0)} µs CPU per answer (PostgreSQL ${pgUs.toFixed(0)} µs), bad ${load.run.bad}${problems}`,
  );
}

if (!process.env.NO_BUILD) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const server = await startEventide(process.env.NO_PROFILE ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
try {
  const peers = { eventide: server } as Peers;
  const puller = await eventideSignUp(server);
  const old = await seedEventide(peers, puller, 300, 'old');
  const from = await jobsFeedEnd(server, puller, old);
  const position = await seedEventide(peers, puller, 100, 'new', pulledJob);
  const last = await readJobsFeed(server, puller, { cursor: from, minPosition: position });
  const path = `/v1/feed?collections=jobs&limit=100&cursor=${from}`;
  const auth = `Bearer ${puller.accessToken}`;
  const is = (status: number) => (s: number) => (s === status ? undefined : `answered ${s}`);
  console.log(`RSS after seeding: ${rssMb(server.pid).toFixed(0)} MB`);
  if (only !== 'poll') {
    for (const accept of ['application/json', 'application/x-protobuf'])
      await measure(
        `pull ${accept}`,
        server.pid,
        server.base,
        {
          method: 'GET',
          path,
          headers: { authorization: auth, accept },
        },
        is(200),
      );
  }
  if (only !== 'pull') {
    const pollPath = `/v1/feed?collections=jobs&limit=100&cursor=${last.nextCursor}`;
    const headers = { authorization: auth, 'if-none-match': `"${last.nextCursor}"` };
    await measure('poll (304)', server.pid, server.base, { method: 'GET', path: pollPath, headers }, is(304));
    const port = await freePort();
    const bare = await bareExpress(port);
    try {
      await measure(
        'bare Express hello',
        bare.pid,
        `http://127.0.0.1:${port}`,
        { method: 'GET', path: '/' },
        is(200),
      );
    } finally {
      await bare.stop();
    }
  }
  console.log(`RSS after the load: ${rssMb(server.pid).toFixed(0)} MB`);
} finally {
  await server.stop();
}
