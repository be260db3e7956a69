import { FeedPage } from '../../proto/index.js';
import { freePort } from '../../test/support/freePort.js';
import { fmt } from '../report.js';
import { bareExpress } from '../idleBench.js';
import { alternate } from './alternate.js';
import { eventideHeaders, jobsFeedEnd, readJobsFeed, type EventideAccount } from './eventideApi.js';
import { checkedFigure } from './figure.js';
import { occurrences, PULLED_TITLE, pulledJob } from './jobs.js';
import { measuredLoad, type MeasuredLoad } from './measuredLoad.js';
import { changedSincePath, parseHeaders, parseQuery, type ParseAccount } from './parseApi.js';
import type { Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { expect, type Check } from './runLoad.js';
import { seedEventide, seedParse } from './seedPeers.js';

export const PULL_CONNECTIONS = 10;
const OLD_OBJECTS = 300;
const PULLED = 100;

/** Where each side's puller reads its last 100 changes, and polls when nothing is new. */
export interface PullTargets {
  parsePuller: ParseAccount;
  eventidePuller: EventideAccount;
  parsePull: string;
  parsePoll: string;
  /** The Eventide cursor that leaves the last 100 changes. */
  eventideFrom: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The puller on each side: 300 older objects, then the 100 changes a pull brings (created after a
 * pause, so a `$gt` date or a cursor separates them), each titled "pulled job #<n>". Checks that
 * each side's query answers exactly those 100 before any load.
 */
export async function preparePull(
  peers: Peers,
  parsePuller: ParseAccount,
  eventidePuller: EventideAccount,
): Promise<PullTargets> {
  await seedParse(peers, parsePuller, OLD_OBJECTS);
  const [newestOld] = await parseQuery(
    peers.parse,
    parsePuller,
    '/parse/classes/Job?order=-updatedAt&limit=1',
  );
  await sleep(50);
  await seedParse(peers, parsePuller, PULLED, pulledJob);
  const parsePull = changedSincePath(newestOld!.updatedAt);
  const pulled = await parseQuery(peers.parse, parsePuller, parsePull);
  if (pulled.length !== PULLED || pulled.some((o) => !o.title.startsWith(PULLED_TITLE)))
    throw new Error(`Parse: the pull query answered ${pulled.length} objects, not the ${PULLED} changes`);
  const parsePoll = changedSincePath(pulled[pulled.length - 1]!.updatedAt);
  if ((await parseQuery(peers.parse, parsePuller, parsePoll)).length !== 0)
    throw new Error('Parse: the poll query found objects');

  const oldPosition = await seedEventide(peers, eventidePuller, OLD_OBJECTS, 'old');
  const eventideFrom = await jobsFeedEnd(peers.eventide, eventidePuller, oldPosition);
  const position = await seedEventide(peers, eventidePuller, PULLED, 'new', pulledJob);
  const page = await readJobsFeed(peers.eventide, eventidePuller, {
    cursor: eventideFrom,
    minPosition: position,
  });
  const changes = page.changes ?? [];
  if (
    changes.length !== PULLED ||
    page.hasMore ||
    changes.some((c) => !String(c.document?.title).startsWith(PULLED_TITLE))
  )
    throw new Error(`Eventide: the pull answered ${changes.length} changes, not the ${PULLED}`);
  const binary = await fetch(
    `${peers.eventide.base}/v1/feed?collections=jobs&limit=100&cursor=${eventideFrom}`,
    {
      headers: { authorization: `Bearer ${eventidePuller.accessToken}`, accept: 'application/x-protobuf' },
    },
  );
  const decoded = FeedPage.decode(new Uint8Array(await binary.arrayBuffer()));
  if (binary.status !== 200 || decoded.changes.length !== PULLED)
    throw new Error(
      `Eventide: the protobuf pull answered ${binary.status} with ${decoded.changes.length} changes`,
    );
  return { parsePuller, eventidePuller, parsePull, parsePoll, eventideFrom };
}

/** Every answer of a pull: 200 with the 100 changes (their titles, counted in JSON or protobuf alike). */
const pullCheck: Check = expect(200, (body) => {
  const found = occurrences(body, PULLED_TITLE);
  return found === PULLED ? undefined : `${found} of the ${PULLED} changes in the answer`;
});

/**
 * 4 and 5. Delta pull of the puller's last 100 changes, and a poll when nothing is new, at
 * 10 connections, every answer checked. Parse: GET /parse/classes/Job with where updatedAt $gt
 * the date before them, order=updatedAt, limit=100; the poll's date is the newest object's, and
 * its answer must be an empty results array. Eventide: GET /v1/feed?collections=jobs&limit=100
 * from the cursor before them, in JSON and protobuf; the poll sends the cursor of its last read
 * with If-None-Match, and every answer must be a 304.
 */
export async function deltaPullBench(peers: Peers, targets: PullTargets, size: string): Promise<void> {
  const metrics: Metric[] = [
    {
      key: `pull.${size}.json`,
      label: `delta pull of 100, ${size} table, JSON, ${PULL_CONNECTIONS} conns`,
      unit: 'req/s',
    },
    {
      key: `pull.${size}.proto`,
      parseKey: `pull.${size}.json`,
      label: `delta pull of 100, ${size} table, Eventide protobuf (Parse: JSON), ${PULL_CONNECTIONS} conns`,
      unit: 'req/s',
    },
    {
      key: `pull.${size}.bytes`,
      label: `delta pull of 100, ${size} table: bytes per answer (JSON)`,
      unit: 'B',
      digits: 0,
    },
    {
      key: `pull.${size}.protoBytes`,
      parseKey: `pull.${size}.bytes`,
      label: `delta pull of 100, ${size} table: bytes per answer (Eventide protobuf)`,
      unit: 'B',
      digits: 0,
    },
    {
      key: `poll.${size}`,
      label: `poll with nothing new, ${size} table, ${PULL_CONNECTIONS} conns`,
      unit: 'req/s',
    },
    {
      key: `pullCpu.${size}`,
      label: `server CPU per delta pull of 100, ${size} table, JSON`,
      unit: 'µs',
      digits: 0,
    },
    {
      key: `pollCpu.${size}`,
      label: `server CPU per poll with nothing new, ${size} table`,
      unit: 'µs',
      digits: 0,
    },
  ];
  await peers.freshTokens();
  const parseHeadersOfPuller = parseHeaders(peers.parse, targets.parsePuller);
  const load = (pid: number, base: string, path: string, headers: Record<string, string>, check: Check) =>
    measuredLoad(pid, {
      base,
      connections: PULL_CONNECTIONS,
      seconds: peers.seconds,
      check,
      requestsFor: () => [{ method: 'GET', path, headers }],
    });
  await alternate(
    peers.table,
    `4/5. Delta pull of 100 changes and poll with nothing new, ${size} table, ${PULL_CONNECTIONS} connections (${peers.seconds} s per load)`,
    peers.rounds,
    metrics,
    async () => {
      const pull = await load(
        peers.parse.pid,
        peers.parse.base,
        targets.parsePull,
        parseHeadersOfPuller,
        pullCheck,
      );
      const poll = await load(
        peers.parse.pid,
        peers.parse.base,
        targets.parsePoll,
        parseHeadersOfPuller,
        expect(200, (body) =>
          body === '{"results":[]}' ? undefined : `not an empty results array: ${body.slice(0, 200)}`,
        ),
      );
      return {
        [`pull.${size}.json`]: checkedFigure(pull.run, pull.run.goodPerSecond),
        [`pull.${size}.bytes`]: checkedFigure(pull.run, pull.run.bytesPerAnswer),
        [`poll.${size}`]: checkedFigure(poll.run, poll.run.goodPerSecond),
        [`pullCpu.${size}`]: checkedFigure(pull.run, cpuPerAnswerUs(pull)),
        [`pollCpu.${size}`]: checkedFigure(poll.run, cpuPerAnswerUs(poll)),
      };
    },
    async () => {
      const auth = eventideHeaders(targets.eventidePuller).authorization!;
      const path = `/v1/feed?collections=jobs&limit=100&cursor=${targets.eventideFrom}`;
      const pid = peers.eventide.pid;
      const base = peers.eventide.base;
      const json = await load(
        pid,
        base,
        path,
        { authorization: auth, accept: 'application/json' },
        pullCheck,
      );
      const proto = await load(
        pid,
        base,
        path,
        { authorization: auth, accept: 'application/x-protobuf' },
        pullCheck,
      );
      // The app polls with the cursor of its last read.
      const last = await readJobsFeed(peers.eventide, targets.eventidePuller, {
        cursor: targets.eventideFrom,
      });
      const poll = await load(
        pid,
        base,
        `/v1/feed?collections=jobs&limit=100&cursor=${last.nextCursor}`,
        { authorization: auth, 'if-none-match': `"${last.nextCursor}"` },
        (status, body) => (status === 304 ? undefined : `answered ${status}, not 304: ${body.slice(0, 200)}`),
      );
      return {
        [`pull.${size}.json`]: checkedFigure(json.run, json.run.goodPerSecond),
        [`pull.${size}.proto`]: checkedFigure(proto.run, proto.run.goodPerSecond),
        [`pull.${size}.bytes`]: checkedFigure(json.run, json.run.bytesPerAnswer),
        [`pull.${size}.protoBytes`]: checkedFigure(proto.run, proto.run.bytesPerAnswer),
        [`poll.${size}`]: checkedFigure(poll.run, poll.run.goodPerSecond),
        [`pullCpu.${size}`]: checkedFigure(json.run, cpuPerAnswerUs(json)),
        [`pollCpu.${size}`]: checkedFigure(poll.run, cpuPerAnswerUs(poll)),
      };
    },
  );
}

/**
 * The server's CPU per answer, in µs: on a machine that also runs the load generator and
 * PostgreSQL, a steadier comparison than the rate, which moves with what else runs.
 */
function cpuPerAnswerUs(load: MeasuredLoad): number {
  return (load.serverCpuMs * 1000) / Math.max(1, load.run.good);
}

/** The baseline of the poll rows: a bare Express "hello" in its own process, same connections and time. */
export async function bareExpressBaseline(peers: Peers, size: string): Promise<void> {
  const port = await freePort();
  const bare = await bareExpress(port);
  try {
    const load = await measuredLoad(bare.pid, {
      base: `http://127.0.0.1:${port}`,
      connections: PULL_CONNECTIONS,
      seconds: peers.seconds,
      check: expect(200, (body) => (body === 'hello' ? undefined : `answered ${body}`)),
      requestsFor: () => [{ method: 'GET', path: '/' }],
    });
    const { run } = load;
    const text = run.bad
      ? `bare Express: INVALID (${run.problems[0]})`
      : `bare Express hello: ${fmt(run.goodPerSecond)} req/s`;
    console.log(`  baseline: ${text}, ${fmt(cpuPerAnswerUs(load))} µs of CPU per answer`);
    peers.table.baseline(`poll.${size}`, text);
    if (!run.bad)
      peers.table.baseline(`pollCpu.${size}`, `bare Express hello: ${fmt(cpuPerAnswerUs(load))} µs`);
  } finally {
    await bare.stop();
  }
}
