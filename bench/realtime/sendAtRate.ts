/** What a paced run of sends achieved. */
export interface SendRun {
  sent: number;
  failed: number;
  /** From the first send to the last answer. */
  elapsedMs: number;
  /** Sends that answered 2xx per second of `elapsedMs`. */
  achievedPerSecond: number;
  firstError: string | undefined;
}

/**
 * Sends `count` messages at `rate` per second (open loop: send i is due at i / rate), with at
 * most `maxInFlight` unanswered; a server slower than the rate makes sends wait for a free slot,
 * and the achieved rate says so. `send` resolves true on success.
 */
export async function sendAtRate(options: {
  count: number;
  rate: number;
  maxInFlight: number;
  send: (i: number) => Promise<boolean>;
}): Promise<SendRun> {
  const { count, rate, maxInFlight, send } = options;
  const started = performance.now();
  let next = 0;
  let inFlight = 0;
  let sent = 0;
  let failed = 0;
  let firstError: string | undefined;
  await new Promise<void>((resolve) => {
    const pump = () => {
      const due = Math.min(count, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
      while (next < due && inFlight < maxInFlight) {
        const i = next++;
        inFlight++;
        send(i)
          .then(
            (ok) => (ok ? sent++ : failed++),
            (error: unknown) => {
              failed++;
              firstError ??= String(error);
            },
          )
          .finally(() => {
            inFlight--;
            if (next >= count && inFlight === 0) resolve();
          });
      }
      if (next < count) setTimeout(pump, 1);
    };
    pump();
  });
  const elapsedMs = performance.now() - started;
  return { sent, failed, elapsedMs, achievedPerSecond: (sent * 1000) / elapsedMs, firstError };
}
