// Where a create's time goes, Eventide alone: `tsx bench/peers/profileCreate.ts [connections] [seconds] [--ryw]`.
// Starts dist/start.js on a fresh database (under `node --cpu-prof`, the profile written into
// $PROFILE_DIR, unless NO_PROFILE=1), runs the create workload of bench:peers and prints the rate
// and the server's user and system CPU and PostgreSQL's CPU per create. With --ryw, one connection
// writes then reads back (as bench:peers' read-your-write row) and the two halves are timed apart.
// To count statements, run with PGOPTIONS='-c log_statement=all' and count the database's lines
// in PostgreSQL's log.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { callJson } from './callJson.js';
import {
  eventideHeaders,
  eventideSignUp,
  newClientId,
  putJob,
  readJobsFeed,
  type EventideAccount,
} from './eventideApi.js';
import { percentile } from './figure.js';
import { job } from './jobs.js';
import type { PeerServer } from './peerServer.js';
import { postgresCpuMs } from './procStat.js';
import { runLoad } from './runLoad.js';
import { startEventide } from './startEventide.js';

const args = process.argv.slice(2);
const [connections = 32, seconds = 10] = args.filter((a) => !a.startsWith('--')).map(Number);
const ryw = args.includes('--ryw');
const dir = process.env.PROFILE_DIR ?? '/tmp/eventide-profile';

/** User and system CPU ms of a process so far (/proc/<pid>/stat, USER_HZ 100). */
function userSystemMs(pid: number): [number, number] {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [Number(fields[11]) * 10, Number(fields[12]) * 10];
}

async function creates(server: PeerServer, accounts: EventideAccount[]): Promise<number> {
  const run = await runLoad({
    base: server.base,
    connections,
    seconds,
    check: (status, body) => (status === 200 && body.includes('"status":"applied"') ? undefined : body),
    requestsFor: (client) => {
      const clientId = newClientId('p');
      let seq = 0;
      return [
        {
          method: 'POST',
          path: '/v1/sync/mutations',
          headers: eventideHeaders(accounts[client]!),
          setupRequest: (request) => {
            seq += 1;
            const mutations = [putJob(clientId, seq, `${clientId}-${seq}`, job(seq))];
            return { ...request, body: JSON.stringify({ clientId, mutations }) };
          },
        },
      ];
    },
  });
  const problems = run.problems.length ? ` ${run.problems.join('; ')}` : '';
  console.log(
    `${connections} conns: ${run.goodPerSecond.toFixed(0)} creates/s, p50 ${run.p50} ms, p99 ${run.p99} ms, bad ${run.bad}${problems}`,
  );
  return run.good;
}

/** Write, then read back with min_position, one after the other: the two halves timed apart. */
async function readYourWrite(server: PeerServer, account: EventideAccount): Promise<number> {
  let cursor = (await readJobsFeed(server, account, { limit: 500 })).nextCursor;
  const clientId = newClientId('r');
  const write: number[] = [];
  const read: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let seq = 1; performance.now() < end; seq++) {
    const started = performance.now();
    const documentId = `${clientId}-${seq}`;
    const answer = await callJson<{ position: number }>(
      `${server.base}/v1/sync/mutations`,
      {
        method: 'POST',
        headers: eventideHeaders(account),
        body: JSON.stringify({ clientId, mutations: [putJob(clientId, seq, documentId, job(seq))] }),
      },
      200,
    );
    const written = performance.now();
    const page = await readJobsFeed(server, account, { cursor, minPosition: answer.position });
    if (!JSON.stringify(page).includes(`"id":"${documentId}"`))
      throw new Error('the document written is not in the feed');
    cursor = page.nextCursor;
    write.push(written - started);
    read.push(performance.now() - written);
  }
  const ms = (xs: number[], q: number) => percentile(xs.slice(1), q).toFixed(1);
  const pair = write.map((w, i) => w + read[i]!);
  console.log(
    `read-your-write: ${write.length} pairs; pair p50 ${ms(pair, 0.5)} / p99 ${ms(pair, 0.99)} ms; ` +
      `write p50 ${ms(write, 0.5)} / p99 ${ms(write, 0.99)}; read p50 ${ms(read, 0.5)} / p99 ${ms(read, 0.99)}`,
  );
  return write.length;
}

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const server = await startEventide(process.env.NO_PROFILE ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
try {
  const accounts: EventideAccount[] = [];
  for (let i = 0; i < (ryw ? 1 : connections); i++) accounts.push(await eventideSignUp(server));
  const [user0, system0] = userSystemMs(server.pid);
  const pg0 = postgresCpuMs();
  const done = ryw ? await readYourWrite(server, accounts[0]!) : await creates(server, accounts);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [user1, system1] = userSystemMs(server.pid);
  const per = (ms: number) => (ms / done).toFixed(3);
  console.log(
    `per ${ryw ? 'pair' : 'create'}: server user ${per(user1 - user0)} ms, system ${per(system1 - system0)} ms, PostgreSQL ${per(postgresCpuMs() - pg0)} ms`,
  );
} finally {
  await server.stop();
}
