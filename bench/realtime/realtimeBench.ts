import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { ChatRun, type Deliveries } from './ChatRun.js';
import { cpuMs, postgresCpuMs } from '../peers/procStat.js';
import { openFilesLimit, rssKb } from './procStatus.js';
import { bareChat, seedChat, type Chat } from './seedChat.js';
import { startBareServer } from './startBareServer.js';
import { startRealtimeEventide, type RealtimeEventide } from './startRealtimeEventide.js';

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
  /** CPU used during the latency phase (ms): the socket server, the command process (Eventide), PostgreSQL. */
  liveCpuMs: { server: number; command: number; postgres: number };
  /** Feed page reads (queries) of the socket server during the latency phase (Eventide). */
  liveFeedReads: number;
  /** The largest projection lag (events behind the log's head) sampled each second of the latency phase, and whose. */
  liveProjectionLag: { events: number; projection: string };
  /** The bench client's own event-loop delay in the latency phase (ms): p99 and max. */
  clientLoopDelayMs: { p99: number; max: number };
  storm: {
    clients: number;
    reconnectedMs: number;
    caughtUpMs: number;
    missedEach: number;
    /** Feed page reads of the socket server from the first handshake until all caught up. */
    feedReads: number;
  };
  lost: number;
  duplicates: number;
  /** Sockets the server closed while open, by close code (each came back from its cursor). */
  closedByServer: Record<string, number>;
  /** Handshakes that failed (reset or refused) and were tried again. */
  handshakesRetried: number;
  /** Sends sent again after a 409 concurrency-conflict. */
  retried: number;
}

const progress = (name: string, what: string) =>
  console.error(`${new Date().toISOString().slice(11, 19)} ${name}: ${what}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_IN_FLIGHT = 256;

/** Connects, measures memory, sends at the rate, then the storm: one server. */
async function measure(
  name: string,
  pid: number,
  commandPid: number | undefined,
  chat: Chat,
  run: ChatRun,
  options: RealtimeBenchOptions,
  probes: Pick<RealtimeEventide, 'feedReads' | 'projectionLag'> = {
    feedReads: () => Promise.resolve(0),
    projectionLag: () => Promise.resolve({ events: 0, projection: '' }),
  },
): Promise<ServerFigures> {
  const { fleet } = run;
  await sleep(2000);
  const rssBeforeKb = rssKb(pid);
  progress(name, `connecting ${fleet.sockets.length} sockets`);
  const connecting = performance.now();
  await fleet.connect(fleet.sockets, 200);
  const connectMs = performance.now() - connecting;
  await sleep(3000);
  const rssAfterKb = rssKb(pid);
  const cpu = () => ({
    server: cpuMs(pid),
    command: commandPid ? cpuMs(commandPid) : 0,
    postgres: postgresCpuMs(),
  });
  progress(
    name,
    `connected in ${(connectMs / 1000).toFixed(1)} s; RSS ${rssBeforeKb} → ${rssAfterKb} kB; sending ${options.messages}`,
  );
  const cpuBefore = cpu();
  const readsBefore = await probes.feedReads();
  let liveProjectionLag = { events: 0, projection: '' };
  const sampling = setInterval(() => {
    void probes.projectionLag().then((lag) => {
      if (lag.events > liveProjectionLag.events) liveProjectionLag = lag;
    });
  }, 1000);
  // A client that stalls would stamp deliveries late: its own delay is printed beside the figures.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const live = await run.send(options.messages, options.rate, MAX_IN_FLIGHT);
  loop.disable();
  const clientLoopDelayMs = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
  clearInterval(sampling);
  const cpuAfter = cpu();
  const liveFeedReads = (await probes.feedReads()) - readsBefore;
  const liveCpuMs = {
    server: cpuAfter.server - cpuBefore.server,
    command: cpuAfter.command - cpuBefore.command,
    postgres: cpuAfter.postgres - cpuBefore.postgres,
  };

  // The storm: the first device of every user goes away, messages go to every group meanwhile,
  // and they all come back at once, each from the cursor of the last page it received.
  // (The bare server keeps no history: its clients only reconnect.)
  const storm = fleet.sockets.slice(0, Math.floor(fleet.sockets.length / 2));
  const away = run.kind === 'eventide' ? options.awayPerGroup : 0;
  progress(
    name,
    `sent ${live.send.sent} at ${live.send.achievedPerSecond.toFixed(0)}/s, ${live.delivered}/${live.expected} delivered; storm`,
  );
  await fleet.disconnect(storm);
  if (away > 0) await run.send(away * chat.groups.length, options.rate, MAX_IN_FLIGHT);
  progress(name, `reconnecting ${storm.length}`);
  const stormReadsBefore = await probes.feedReads();
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
  // At most 2 minutes; the timer must not keep the bench alive after its table.
  await Promise.race([watching, new Promise((resolve) => setTimeout(resolve, 120_000).unref())]);
  const stormFeedReads = (await probes.feedReads()) - stormReadsBefore;
  progress(
    name,
    `reconnected in ${(reconnectedMs / 1000).toFixed(1)} s, caught up in ${(caughtUpMs / 1000).toFixed(1)} s`,
  );
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
    liveCpuMs,
    liveFeedReads,
    liveProjectionLag,
    clientLoopDelayMs,
    storm: { clients: storm.length, reconnectedMs, caughtUpMs, missedEach: away, feedReads: stormFeedReads },
    lost,
    duplicates,
    retried: run.retried,
    closedByServer: Object.fromEntries(fleet.closedByServer),
    handshakesRetried: fleet.handshakesRetried,
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
    bareFigures = await measure('bare ws', bare.pid, undefined, chat, run, options);
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
    return {
      eventide: await measure(
        'Eventide',
        eventide.queryPid,
        eventide.commandPid,
        chat,
        run,
        options,
        eventide,
      ),
      bare: bareFigures,
    };
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
    devices: env('REALTIME_BENCH_DEVICES', 5, 5),
    groupSize: env('REALTIME_BENCH_GROUP', 5, 5),
    rate: env('REALTIME_BENCH_RATE', 1000, 1000),
    messages: env('REALTIME_BENCH_MESSAGES', 2000, 500),
    awayPerGroup: env('REALTIME_BENCH_AWAY', 2, 2),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
