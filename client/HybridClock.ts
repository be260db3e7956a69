import { formatHlc } from '../domain/sync/index.js';

/**
 * The app's hybrid logical clock: wall-clock milliseconds that never go backwards, a counter for
 * ticks within one millisecond, and the node id. The text form sorts in clock order, as the
 * server compares it: `<ms, 15 digits>:<counter, 4 digits>:<node>`.
 */
export class HybridClock {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A timestamp later than every one issued or observed before. */
  tick(): string {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return formatHlc(this.ms, this.counter, this.node);
  }

  /** Moves past a timestamp seen elsewhere (a restored queue, another replica). */
  observe(timestamp: string): void {
    const [ms, counter] = timestamp.split(':').map(Number);
    if (ms === undefined || counter === undefined || Number.isNaN(ms) || Number.isNaN(counter)) return;
    if (ms > this.ms || (ms === this.ms && counter > this.counter)) {
      this.ms = ms;
      this.counter = counter;
    }
  }
}
