import WebSocket from 'ws';
import { ChatRun, type Deliveries } from './ChatRun.js';
import { openFilesLimit, rssKb } from './procStatus.js';
import { bareChat, seedChat, type Chat } from './seedChat.js';
import { startBareServer } from './startBareServer.js';
import { startRealtimeEventide } from './startRealtimeEventide.js';

export interface RealtimeBenchOptions {
  /** Sockets in all (users × devices). */
  connections: number;
  /** Sockets per user. */
  devices: number;
  /** Members per group conversation (K). */
  groupSize: number;
  /** Messages per second asked of the sender. */
  rate: number;
  /** Messages sent in the latency phase. */
  messages: number;
  /** Messages sent to each group while the storm's clients are away. */
  awayPerGroup: number;
  redisUrl: string;
}

/** What one server did in the run. */
export interface ServerFigures {
  name: string;
  connections: number;
  connectMs: number;
  rssBeforeKb: number;
  rssAfterKb: number;
  perConnectionKb: number;
  openFilesLimit: number;
  live: Deliveries;
  storm: { clients: number; reconnectedMs: number; caughtUpMs: number; missedEach: number };
  lost: number;
  duplicates: number;
  /** Sends sent again after a 409 concurrency-conflict. */
  retried: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_IN_FLIGHT = 256;

/** Connects, measures memory, sends at the rate, then the storm: one server. */
async function measure(
  name: string,
  pid: number,
  chat: Chat,
  run: ChatRun,
  options: RealtimeBenchOptions,
): Promise<ServerFigures> {
  const { fleet } = run;
  await sleep(2000);
  const rssBeforeKb = rssKb(pid);
  const connecting = performance.now();
  await fleet.connect(fleet.sockets, 200);
  const connectMs = performance.now() - connecting;
  await sleep(3000);
  const rssAfterKb = rssKb(pid);
  const live = await run.send(options.messages, options.rate, MAX_IN_FLIGHT);

  // The storm: the first device of every user goes away, messages go to every group meanwhile,
  // and they all come back at once, each from the cursor of the last page it received.
  // (The bare server keeps no history: its clients only reconnect.)
  const storm = fleet.sockets.slice(0, Math.floor(fleet.sockets.length / 2));
  const away = run.kind === 'eventide' ? options.awayPerGroup : 0;
  await fleet.disconnect(storm);
  if (away > 0) await run.send(away * chat.groups.length, options.rate, MAX_IN_FLIGHT);
  const reconnecting = performance.now();
  let caughtUpMs = NaN;
  const watching = (async () => {
    const behind = new Set(storm);
    while (behind.size > 0) {
      for (const socket of behind)
        if (socket.ws?.readyState === WebSocket.OPEN && run.caughtUp(socket)) behind.delete(socket);
      if (behind.size > 0) await sleep(10);
    }
    caughtUpMs = performance.now() - reconnecting;
  })();
  await fleet.connect(storm, storm.length);
  const reconnectedMs = performance.now() - reconnecting;
  await Promise.race([watching, sleep(120_000)]);
  const { lost, duplicates } = run.audit();
  await fleet.disconnect(fleet.sockets);
  return {
    name,
    connections: fleet.sockets.length,
    connectMs,
    rssBeforeKb,
    rssAfterKb,
    perConnectionKb: (rssAfterKb - rssBeforeKb) / fleet.sockets.length,
    openFilesLimit: openFilesLimit(pid),
    live,
    storm: { clients: storm.length, reconnectedMs, caughtUpMs, missedEach: away },
    lost,
    duplicates,
    retried: run.retried,
  };
}

/**
 * The realtime benchmark: the same chat (groups of K users, D sockets each) on a bare `ws`
 * broadcast server and on Eventide's query-api process, one after the other in this run.
 */
export async function realtimeBench(
  options: RealtimeBenchOptions,
): Promise<{ eventide: ServerFigures; bare: ServerFigures }> {
  const users = Math.floor(options.connections / options.devices);
  const bare = await startBareServer();
  let bareFigures: ServerFigures;
  try {
    const chat = bareChat(users, options.groupSize, options.devices);
    const run = new ChatRun(chat, { kind: 'bare', commandBase: bare.base, socketBase: bare.base });
    bareFigures = await measure('bare ws', bare.pid, chat, run, options);
  } finally {
    await bare.stop();
  }
  const eventide = await startRealtimeEventide(options.redisUrl);
  try {
    const seeding = performance.now();
    const chat = await seedChat(eventide.commandBase, {
      users,
      groupSize: options.groupSize,
      devices: options.devices,
    });
    console.log(
      `seeded ${users} users in ${chat.groups.length} groups in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const run = new ChatRun(chat, {
      kind: 'eventide',
      commandBase: eventide.commandBase,
      socketBase: eventide.queryBase,
    });
    return { eventide: await measure('Eventide', eventide.queryPid, chat, run, options), bare: bareFigures };
  } catch (error) {
    console.error(eventide.output().slice(-4000));
    throw error;
  } finally {
    await eventide.stop();
  }
}

/** The sizes of a run: environment overrides, else full (10,000 sockets) or quick (1,000). */
export function realtimeOptions(quick: boolean): RealtimeBenchOptions {
  const env = (name: string, full: number, small: number) => {
    const value = Number(process.env[name] ?? (quick ? small : full));
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a whole number ≥ 1`);
    return value;
  };
  return {
    connections: env('REALTIME_BENCH_CONNECTIONS', 10_000, 1000),
    devices: env('REALTIME_BENCH_DEVICES', 4, 4),
    groupSize: env('REALTIME_BENCH_GROUP', 5, 5),
    rate: env('REALTIME_BENCH_RATE', 1000, 1000),
    messages: env('REALTIME_BENCH_MESSAGES', 3000, 500),
    awayPerGroup: env('REALTIME_BENCH_AWAY', 2, 2),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
