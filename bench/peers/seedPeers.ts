import { eventideBatchCreate, type EventideAccount } from './eventideApi.js';
import { eventideJobCount, parseJobCount } from './jobCounts.js';
import { job, type Job } from './jobs.js';
import { parseBatchCreate, type ParseAccount } from './parseApi.js';
import type { Peers } from './peers.js';

/** Splits `count` objects of the account into batches of at most 100. */
function batchesOf(count: number, make: (i: number) => Job): Job[][] {
  const batches: Job[][] = [];
  for (let start = 0; start < count; start += 100)
    batches.push(Array.from({ length: Math.min(100, count - start) }, (_, i) => make(start + i)));
  return batches;
}

/** Runs the tasks `parallel` at a time. */
async function inParallel(tasks: (() => Promise<unknown>)[], parallel: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** Creates `count` objects for a Parse account in batches of 100. */
export async function seedParse(
  peers: Peers,
  account: ParseAccount,
  count: number,
  make = job,
  parallel = 1,
) {
  await inParallel(
    batchesOf(count, make).map((jobs) => () => parseBatchCreate(peers.parse, account, jobs)),
    parallel,
  );
}

/** Creates `count` documents for an Eventide account in batches of 100; answers the last position. */
export async function seedEventide(
  peers: Peers,
  account: EventideAccount,
  count: number,
  prefix: string,
  make = job,
  parallel = 1,
): Promise<number> {
  let position = 0;
  await inParallel(
    batchesOf(count, make).map((jobs, b) => async () => {
      const documents = jobs.map((fields, i) => ({ id: `${prefix}-${b * 100 + i}`, fields }));
      position = Math.max(position, await eventideBatchCreate(peers.eventide, account, documents));
    }),
    parallel,
  );
  return position;
}

/** Seeds `perAccount` objects for every worker account on both servers (Parse first), 4 batches at a time. */
export async function seedLargeTables(peers: Peers, perAccount: number): Promise<number> {
  const started = performance.now();
  await inParallel(
    peers.parseAccounts.map((account) => () => seedParse(peers, account, perAccount)),
    4,
  );
  const parseSeconds = (performance.now() - started) / 1000;
  let position = 0;
  await inParallel(
    peers.eventideAccounts.map((account, a) => async () => {
      position = Math.max(position, await seedEventide(peers, account, perAccount, `seed${a}`));
    }),
    4,
  );
  console.log(
    `  seeded ${perAccount * peers.parseAccounts.length} objects on each: Parse in ${parseSeconds.toFixed(1)} s, ` +
      `Eventide in ${((performance.now() - started) / 1000 - parseSeconds).toFixed(1)} s`,
  );
  return position;
}

/** How many objects each server's table of jobs holds: Parse's "Job", Eventide's documents read model. */
export async function tableSizes(peers: Peers): Promise<{ parse: number; eventide: number }> {
  return {
    parse: await parseJobCount(peers.parse.databaseUrl),
    eventide: await eventideJobCount(peers.eventide.databaseUrl),
  };
}
