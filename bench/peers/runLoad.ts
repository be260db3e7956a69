import autocannon from 'autocannon';

/** Checks one answer: undefined when it is right, otherwise what is wrong with it. */
export type Check = (status: number, body: string, context: Record<string, unknown>) => string | undefined;

/** One request of a connection's sequence: autocannon's, with its own check and what to keep from the answer. */
export interface PeerRequest extends Omit<autocannon.Request, 'onResponse'> {
  check?: Check;
  after?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export interface LoadOptions {
  /** Origin of the server (http://127.0.0.1:port). */
  base: string;
  connections: number;
  seconds: number;
  /** The requests connection `client` sends in turn (its own headers, bodies, per-request setup). */
  requestsFor: (client: number) => PeerRequest[];
  /** Applied to every answer of a request that has no check of its own. */
  check: Check;
  timeoutSeconds?: number;
}

export interface LoadRun {
  seconds: number;
  /** Answers that passed their check. */
  good: number;
  goodPerSecond: number;
  p50: number;
  p99: number;
  /** Every answer counted by status code (autocannon counts a 304 as non-2xx). */
  statusCounts: Record<string, number>;
  /** Requests sent; those not answered were in flight when the load stopped (the server still does them). */
  sent: number;
  answered: number;
  /** Answers that failed their check, connection errors and timeouts. */
  bad: number;
  errors: number;
  timeouts: number;
  /** What was wrong, for the first few bad answers. */
  problems: string[];
  bytesPerAnswer: number;
}

/**
 * Runs autocannon against the server from this process: `connections` connections, each sending
 * its own requests back to back for `seconds`, every answer checked.
 */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  let good = 0;
  let bad = 0;
  const problems: string[] = [];
  const record = (reason: string | undefined) => {
    if (reason === undefined) good += 1;
    else {
      bad += 1;
      if (problems.length < 3) problems.push(reason);
    }
  };
  let nextClient = 0;
  const started = performance.now();
  const result = await autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: options.timeoutSeconds ?? 30,
    setupClient(client) {
      const requests = options.requestsFor(nextClient++).map(({ check, after, ...request }) => ({
        ...request,
        onResponse(status: number, body: string, context: object) {
          record((check ?? options.check)(status, body, context as Record<string, unknown>));
          after?.(status, body, context as Record<string, unknown>);
        },
      }));
      client.setRequests(requests);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const statusCounts: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
    statusCounts[code] = stats.count ?? 0;
  const answered = Object.values(statusCounts).reduce((a, b) => a + b, 0);
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  return {
    seconds,
    good,
    goodPerSecond: good / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statusCounts,
    sent: result.requests.sent,
    answered,
    bad: bad + result.errors,
    errors: result.errors,
    timeouts: result.timeouts,
    problems,
    bytesPerAnswer: answered > 0 ? result.throughput.total / answered : 0,
  };
}

/** A check that wants `status` and, if given, a body test. */
export function expect(
  status: number,
  body?: (text: string, context: Record<string, unknown>) => string | undefined,
): Check {
  return (got, text, context) => {
    if (got !== status) return `answered ${got} (want ${status}): ${text.slice(0, 200)}`;
    return body?.(text, context);
  };
}
