import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** What the collector reads of the process, and how it collects (a test gives its own). */
export interface IdleProbe {
  /** Share of the time the event loop was busy since the previous call (0 to 1). */
  busyShare(): number;
  /** Bytes V8's heap holds now (its committed size). */
  heapBytes(): number;
  /** A full collection: V8 frees the garbage and gives back the pages left empty. */
  collect(): void;
}

export interface IdleCollectorOptions {
  /** How often the loop is looked at. */
  everyMs: number;
  /** A look with the loop busy less than this share of the time is quiet. */
  quietShare: number;
  /** Growth of the heap since the last collection that is worth one. */
  grownBytes: number;
}

const DEFAULTS: IdleCollectorOptions = { everyMs: 10_000, quietShare: 0.02, grownBytes: 32 * 2 ** 20 };

/** The process itself: event-loop utilization, V8's heap size, and V8's `gc` (exposed for it). */
export function processProbe(): IdleProbe {
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return {
    busyShare() {
      const now = performance.eventLoopUtilization();
      const share = performance.eventLoopUtilization(now, last).utilization;
      last = now;
      return share;
    },
    heapBytes: () => getHeapStatistics().total_heap_size,
    collect: gc,
  };
}

/**
 * One full collection when the process goes quiet after its heap grew. Under load V8 lets garbage
 * pile up in the old generation (it collects when the heap reaches a limit it raises as the heap
 * grows); once the load ends nothing allocates, so nothing reaches that limit, and V8's own
 * memory reducer, which should collect then, did in one idle run and not in the next (old
 * generation 171 MB, 164 MB of it garbage, 40 s after the load). Here, a look every `everyMs`
 * finds the loop quiet and the heap grown by `grownBytes` since the last collection: one
 * collection then (tens of milliseconds, while nothing waits), and none again until the heap grows.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private baseline: number;
  private readonly options: IdleCollectorOptions;

  constructor(
    private readonly probe: IdleProbe,
    options: Partial<IdleCollectorOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.baseline = probe.heapBytes();
  }

  start(): void {
    this.timer = setInterval(() => this.look(), this.options.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look: collects when the loop was quiet and the heap grew enough; says whether it did. */
  look(): boolean {
    const quiet = this.probe.busyShare() < this.options.quietShare;
    const heap = this.probe.heapBytes();
    // The heap may also shrink on its own: growth is counted from the lowest seen since.
    if (heap < this.baseline) this.baseline = heap;
    if (!quiet || heap - this.baseline < this.options.grownBytes) return false;
    this.probe.collect();
    this.baseline = this.probe.heapBytes();
    return true;
  }
}
