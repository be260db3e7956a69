import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { startEventide } from './peers/startEventide.js';
import { eventideBatchCreate, eventideSignUp, readJobsFeed } from './peers/eventideApi.js';
import { job } from './peers/jobs.js';

const prof = process.argv.includes('--prof');
const server = await startEventide(prof ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []);
const cpu = () => {
  const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
try {
  const account = await eventideSignUp(server);
  let position = 0;
  for (let i = 0; i < 4; i++)
    position = await eventideBatchCreate(server, account, Array.from({ length: 100 }, (_, k) => ({ id: randomUUID(), fields: job(i * 100 + k) })));
  const first = await readJobsFeed(server, account, { limit: 100, minPosition: position });
  if ((first.changes?.length ?? 0) !== 100) throw new Error('not 100 changes');
  const url = `${server.base}/v1/feed?collections=jobs&limit=100`;
  for (const accept of ['application/json', 'application/x-protobuf', 'application/json']) {
    const before = cpu();
    const r = JSON.parse(execFileSync('node_modules/.bin/autocannon', ['-j', '-c', '32', '-d', '8', '-H', `authorization=Bearer ${account.accessToken}`, '-H', `accept=${accept}`, url], { encoding: 'utf8', maxBuffer: 1e8 }));
    console.log(`pull ${accept}: ${r.requests.average} req/s, status ${JSON.stringify(r.statusCodeStats)}, ${r.throughput.average / r.requests.average | 0} B, server CPU per pull ${(((cpu() - before) * 1000) / r.requests.total).toFixed(0)} µs`);
  }
} finally {
  await server.stop();
}
