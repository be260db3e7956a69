import process from 'node:process';
import { fanOutDevices } from '../../test/support/push/fanOutDevices.js';
import { startCountingPushServers } from '../../test/support/push/countingPushServers.js';
import { eventideCommandToPush, parseOneByOne, type CommandLatency } from './commandToPush.js';
import { eventideFanOut } from './eventideFanOut.js';
import type { FanOutFigures } from './fanOutFigures.js';
import { parseFanOut } from './parseFanOut.js';
import { startPushServersApart } from './startPushServersApart.js';
import { DEFAULT_SEND_CONCURRENCY } from '../../features/push/sender/PushSender.js';

export interface PushBenchResults {
  /** One FanOutFigures per fan-out run: Eventide's, then Parse's, then the bare clients' (the ceiling). */
  runs: FanOutFigures[];
  /** One push at a time: Eventide from the command, then Parse from its call (the baseline). */
  command: CommandLatency[];
}

/** Which provider finished last, and who used the CPU: diagnostic lines, not figures of the table. */
function logLastByPlatform(figures: FanOutFigures): void {
  const platforms = Object.entries(figures.lastByPlatformMs).map(([p, ms]) => `${p} ${Math.round(ms)} ms`);
  console.log(
    `  last receipt by platform: ${platforms.join(', ')}; 10/50/90% of the devices reached at ` +
      `${figures.reachedMs.map((ms) => Math.round(ms)).join('/')} ms`,
  );
  const cpu = figures.cpu;
  if (cpu)
    console.log(
      `  CPU, % of a core: senders ${cpu.senders}, local servers (+ Eventide's producer) ${cpu.servers}, ` +
        `postgres (machine-wide) ${cpu.postgres}`,
    );
  const memory = figures.memory;
  if (memory)
    console.log(
      `  sender memory, MB: heap used ${memory.heapUsedStart} → peak ${memory.heapUsedPeak} (alive after a full GC: at most ${memory.livePeak}), ` +
        `outside the heap peak ${memory.externalPeak}, RSS ${memory.rssStart} → peak ${memory.rssPeak}; ` +
        `heap used/alive/RSS over the run: ${memory.timeline}`,
    );
}

/**
 * One campaign to `devices` devices (half iOS, half Android) through the local APNs and FCM
 * servers: Eventide with one and with two sender processes, then Parse's push adapter, then the
 * bare client libraries of Eventide's providers (bareClientSender.ts: the ceiling), then Eventide's
 * providers alone (no bus, no ledger). Then
 * `commandSamples` single pushes (after a warm-up) from `POST /v1/notifications` through the whole
 * pipeline, and as many from Parse's adapter, one at a time (none when `commandSamples` is 0). Needs bin/ compiled into dist/
 * (scripts/build.mjs).
 */
export async function pushBench(options: {
  devices: number;
  brokers: string;
  commandSamples: number;
  /** Only these sender counts, and Parse's adapter unless false (default: 1 and 2 senders, Parse). */
  senders?: number[];
  parse?: boolean;
  /** The bare clients' run (the ceiling), unless false. */
  ceiling?: boolean;
  /** The local servers in a process of their own (startPushServersApart), not in this one. */
  serversApart?: boolean;
}): Promise<PushBenchResults> {
  const servers = await (options.serversApart ? startPushServersApart() : startCountingPushServers());
  const devices = fanOutDevices(options.devices);
  const runs: FanOutFigures[] = [];
  const command: CommandLatency[] = [];
  const single = { samples: options.commandSamples, warmUp: 20 };
  try {
    for (const senders of options.senders ?? [1, 2]) {
      console.log(`Push fan-out: Eventide, ${senders} sender(s), ${devices.length} devices…`);
      runs.push(await eventideFanOut(servers, devices, senders, options.brokers));
      logLastByPlatform(runs.at(-1)!);
    }
    if (options.parse !== false) {
      console.log(`Push fan-out: Parse push adapter, ${devices.length} devices…`);
      runs.push(await parseFanOut(servers, devices));
      logLastByPlatform(runs.at(-1)!);
    }
    if (options.ceiling !== false) {
      // As many calls in flight as one sender process allows (PUSH_SEND_CONCURRENCY, passed on to it).
      const concurrency = Number(process.env.PUSH_SEND_CONCURRENCY ?? DEFAULT_SEND_CONCURRENCY);
      console.log(
        `Push fan-out: bare clients (the ceiling), ${concurrency} in flight, ${devices.length} devices…`,
      );
      runs.push(await parseFanOut(servers, devices, { concurrency }));
      logLastByPlatform(runs.at(-1)!);
      console.log(
        `Push fan-out: Eventide's providers alone, ${concurrency} in flight, ${devices.length} devices…`,
      );
      runs.push(await parseFanOut(servers, devices, { concurrency, providers: true }));
      logLastByPlatform(runs.at(-1)!);
    }
    servers.receipts.clear();
    if (single.samples === 0) return { runs, command };
    console.log(`Push command → received: Eventide, ${single.samples} sends one at a time…`);
    command.push(await eventideCommandToPush(servers, { brokers: options.brokers, ...single }));
    console.log(`Push command → received: Parse push adapter, ${single.samples} sends one at a time…`);
    command.push(await parseOneByOne(servers, single));
  } finally {
    await servers.close();
  }
  return { runs, command };
}
