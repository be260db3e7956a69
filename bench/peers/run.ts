// npm run bench:peers: Eventide beside Parse Server 9, same machine, same PostgreSQL, in one run.
import { execFileSync, execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { batchBench } from './batchBench.js';
import { createBench } from './createBench.js';
import { bareExpressBaseline, deltaPullBench, preparePull } from './deltaPullBench.js';
import { eventideSignUp, refreshTokens, type EventideAccount } from './eventideApi.js';
import { idlePeersBench } from './idlePeersBench.js';
import { installParse } from './installParse.js';
import { peerOptions } from './options.js';
import { rssMb } from './procStat.js';
import { createJobClass, parseSignUp, type ParseAccount } from './parseApi.js';
import { PeerTable } from './peerTable.js';
import type { Peers } from './peers.js';
import { readYourWriteBench } from './readYourWriteBench.js';
import { seedLargeTables, tableSizes } from './seedPeers.js';
import { serverLogSummary } from './serverLogs.js';
import { signInBench } from './signInBench.js';
import { startEventide } from './startEventide.js';
import { startParse } from './startParse.js';

const ACCOUNTS = 32;
const options = peerOptions(process.argv.slice(2));
const started = new Date();

// Eventide runs what `npm start` runs: bin/ compiled into dist/.
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const parseInstall = installParse();
console.log(`Parse Server ${parseInstall.version} from ${parseInstall.dir}`);

/** `count` accounts made by `signUp`, four at a time. */
async function accounts<T>(count: number, signUp: () => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let i = 0; i < count; i += 4)
    made.push(...(await Promise.all(Array.from({ length: Math.min(4, count - i) }, signUp))));
  return made;
}

const loadAtStart = loadavg();
const parse = await startParse(parseInstall.dir);
const eventide = await startEventide().catch(async (error: unknown) => {
  await parse.stop();
  throw error;
});
const rssAtStart = { parse: rssMb(parse.pid), eventide: rssMb(eventide.pid) };
const table = new PeerTable();
const sizes: string[] = [];
/** Everything after the small-table rows (skipped by `--only=small`). */
async function restOfTheWorkloads(
  peers: Peers,
  targets: Awaited<ReturnType<typeof preparePull>>,
  readers: { parse: ParseAccount; eventide: EventideAccount },
) {
  // The large tables, before the create workloads (which leave the faster server with more rows):
  // both grow by the same objects over the same 32 accounts, so they keep the same shape.
  console.log(
    `\nSeeding the large tables: ${options.seedPerAccount} objects for each of the ${ACCOUNTS} accounts`,
  );
  await peers.freshTokens();
  const large = await seedLargeTables(peers, options.seedPerAccount);
  sizes.push(`large: Parse "Job" ${large.parse} rows, Eventide documents ${large.eventide} rows`);
  console.log(`  ${sizes[1]}`);
  await deltaPullBench(peers, targets, 'large');
  await bareExpressBaseline(peers, 'large');

  await createBench(peers, 32);
  await createBench(peers, 4);
  await batchBench(peers);
  await readYourWriteBench(peers, readers);

  await signInBench(peers, parseInstall.dir);
  await idlePeersBench(peers, options.idleSeconds, rssAtStart);
}

try {
  await createJobClass(parse);
  const [parseAll, eventideAll] = await Promise.all([
    accounts<ParseAccount>(ACCOUNTS + 2, () => parseSignUp(parse)),
    accounts<EventideAccount>(ACCOUNTS + 2, () => eventideSignUp(eventide)),
  ]);
  const peers: Peers = {
    parse,
    eventide,
    parseAccounts: parseAll.slice(0, ACCOUNTS),
    eventideAccounts: eventideAll.slice(0, ACCOUNTS),
    rounds: options.rounds,
    seconds: options.seconds,
    table,
    freshTokens: () => refreshTokens(eventide, eventideAll),
  };
  const readers = { parse: parseAll[ACCOUNTS]!, eventide: eventideAll[ACCOUNTS]! };
  const targets = await preparePull(peers, parseAll[ACCOUNTS + 1]!, eventideAll[ACCOUNTS + 1]!);

  const small = await tableSizes(peers);
  sizes.push(`small: Parse "Job" ${small.parse} rows, Eventide documents ${small.eventide} rows`);
  await deltaPullBench(peers, targets, 'small');
  await bareExpressBaseline(peers, 'small');
  if (!options.smallOnly) await restOfTheWorkloads(peers, targets, readers);
} catch (error) {
  console.error(
    `\nParse output:\n${parse.output().slice(-4000)}\n\nEventide output:\n${eventide.output().slice(-4000)}`,
  );
  throw error;
} finally {
  await parse.stop();
  await eventide.stop();
}
const logs = [serverLogSummary('Parse', parse.output()), serverLogSummary('Eventide', eventide.output())];

const memory = execSync('free -g', { encoding: 'utf8' }).trim();
const loads = (averages: number[]) => averages.map((l) => l.toFixed(2)).join(' ');
console.log(`
Peers: Parse Server ${parseInstall.version} and Eventide, each in its own process on its own database of the local PostgreSQL
Rounds: ${options.rounds} per side, alternating; ${options.seconds} s per load; ${started.toISOString()} to ${new Date().toISOString()}
Tables: ${sizes.join('; ')}
Machine: nproc ${execSync('nproc', { encoding: 'utf8' }).trim()}, Node ${process.version}, load average ${loads(loadAtStart)} at the start, ${loads(loadavg())} at the end
${memory}
`);
console.log(table.markdown());
console.log(`\nServer logs:\n${logs.join('\n')}`);
