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

/** `total` objects shared out over `accounts` accounts as evenly as can be. */
const shareOf = (total: number, accounts: number, a: number) =>
  Math.floor(total / accounts) + (a < total % accounts ? 1 : 0);

/**
 * Grows both tables of jobs to the same size: the larger one's rows plus `perAccount` objects per
 * worker account, spread over the same 32 accounts in batches of 100, 4 batches at a time, and
 * waits until Eventide's documents read model shows them. Answers the sizes reached.
 */
export async function seedLargeTables(
  peers: Peers,
  perAccount: number,
): Promise<{ parse: number; eventide: number }> {
  const accounts = peers.parseAccounts.length;
  const before = await tableSizes(peers);
  const target = Math.max(before.parse, before.eventide) + perAccount * accounts;
  let started = performance.now();
  await inParallel(
    peers.parseAccounts.map(
      (account, a) => () => seedParse(peers, account, shareOf(target - before.parse, accounts, a)),
    ),
    4,
  );
  const parseSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await inParallel(
    peers.eventideAccounts.map(
      (account, a) => () =>
        seedEventide(peers, account, shareOf(target - before.eventide, accounts, a), `seed${a}`),
    ),
    4,
  );
  // The documents read model follows the log: wait until it shows every seeded document.
  const deadline = performance.now() + 60_000;
  while ((await eventideJobCount(peers.eventide.databaseUrl)) < target && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 500));
  const eventideSeconds = (performance.now() - started) / 1000;
  console.log(
    `  Parse: ${target - before.parse} objects added in ${parseSeconds.toFixed(1)} s; ` +
      `Eventide: ${target - before.eventide} in ${eventideSeconds.toFixed(1)} s (target ${target} rows each)`,
  );
  return tableSizes(peers);
}

/** How many objects each server's table of jobs holds: Parse's "Job", Eventide's documents read model. */
export async function tableSizes(peers: Peers): Promise<{ parse: number; eventide: number }> {
  return {
    parse: await parseJobCount(peers.parse.databaseUrl),
    eventide: await eventideJobCount(peers.eventide.databaseUrl),
  };
}
