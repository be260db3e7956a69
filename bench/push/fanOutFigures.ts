import type { PushReceipts } from '../../test/support/push/PushReceipts.js';
import type { FanOutDevice } from '../../test/support/push/fanOutDevices.js';
import type { CpuFigures } from './sampleCpu.js';
import type { RssFigures } from './sampleRss.js';
import type { MemoryFigures } from './memoryFigures.js';

/** One fan-out of one campaign to every device, as the local servers saw it. */
export interface FanOutFigures {
  label: string;
  devices: number;
  /** Devices received per second, from the start (t0) to the last receipt. */
  sendsPerSecond: number;
  /** From the start to the first and to the last receipt (ms). */
  firstMs: number;
  lastMs: number;
  rss: RssFigures;
  /** Receipts beyond the first of their (notification, device): must be 0. */
  duplicates: number;
  /** Devices the servers never saw (0 unless the run failed). */
  missing: number;
  /** Request given (on the bus, or to the adapter) → received at the local server, per device (ms). */
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** From the start to the last receipt, per platform (ms): which provider finished last. */
  lastByPlatformMs: Record<string, number>;
  /** From the start until 10%, 50% and 90% of the devices had their push (ms): the ramp's shape. */
  reachedMs: [number, number, number];
  /** CPU used from the start to the last receipt, in % of a core. */
  cpu?: CpuFigures;
  /** The senders' heap, buffers and resident set during the run (Eventide only). */
  memory?: MemoryFigures;
}

/** The p-th percentile of ascending `sorted` (nearest rank); NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The figures of a run that started at `t0` (epoch ms), each device's request given at `givenAt`. */
export function fanOutFigures(
  label: string,
  campaign: string,
  devices: readonly FanOutDevice[],
  receipts: PushReceipts,
  t0: number,
  givenAt: (device: FanOutDevice) => number,
  rss: RssFigures,
): FanOutFigures {
  const latencies: number[] = [];
  const arrivals: number[] = [];
  const lastByPlatformMs: Record<string, number> = {};
  for (const device of devices) {
    const at = receipts.firstAtOf(campaign, device.pushToken);
    if (at === undefined) continue;
    latencies.push(at - givenAt(device));
    arrivals.push(at - t0);
    lastByPlatformMs[device.platform] = Math.max(lastByPlatformMs[device.platform] ?? -Infinity, at - t0);
  }
  latencies.sort((a, b) => a - b);
  arrivals.sort((a, b) => a - b);
  const lastMs = (receipts.lastAt ?? NaN) - t0;
  return {
    label,
    devices: devices.length,
    sendsPerSecond: receipts.distinct / (lastMs / 1000),
    firstMs: (receipts.firstAt ?? NaN) - t0,
    lastMs,
    rss,
    duplicates: receipts.duplicates,
    missing: devices.length - receipts.distinct,
    latencyP50Ms: percentile(latencies, 50),
    latencyP99Ms: percentile(latencies, 99),
    lastByPlatformMs,
    reachedMs: [percentile(arrivals, 10), percentile(arrivals, 50), percentile(arrivals, 90)],
  };
}

export const epochNow = () => performance.timeOrigin + performance.now();
