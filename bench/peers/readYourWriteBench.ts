import { alternate } from './alternate.js';
import { eventideHeaders, newClientId, putJob, readJobsFeed, type EventideAccount } from './eventideApi.js';
import { failureOf, figure, percentile } from './figure.js';
import { job } from './jobs.js';
import { measuredLoad } from './measuredLoad.js';
import { parseHeaders, privateJob, type ParseAccount } from './parseApi.js';
import type { Figures, Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { expect } from './runLoad.js';

const metrics: Metric[] = [
  { key: 'ryw.p50', label: 'read-your-write, 1 conn: p50', unit: 'ms', digits: 1 },
  { key: 'ryw.p99', label: 'read-your-write, 1 conn: p99', unit: 'ms', digits: 1 },
  { key: 'ryw.pairs', label: 'read-your-write, 1 conn: pairs/s', unit: 'pairs/s', digits: 1 },
];

/** The figures of the write+read times measured in the load (the first pair, with the connect, left out). */
function rywFigures(failure: string | undefined, pairs: number[], seconds: number): Figures {
  const samples = pairs.slice(1);
  if (failure || samples.length === 0) {
    const invalid = { invalid: failure ?? 'no pair completed' };
    return { 'ryw.p50': invalid, 'ryw.p99': invalid, 'ryw.pairs': invalid };
  }
  return {
    'ryw.p50': figure(percentile(samples, 0.5)),
    'ryw.p99': figure(percentile(samples, 0.99)),
    'ryw.pairs': figure(pairs.length / seconds),
  };
}

/**
 * 3. Read-your-write, one connection, one pair after the other: create an object, then read it
 * back; the time of the whole pair. Parse: POST /parse/classes/Job, then GET
 * /parse/classes/Job/<id>. Eventide: POST /v1/sync/mutations, then the delta feed from the
 * reader's cursor with min_position = the position the mutation answered (the feed waits until
 * its projections have reached it), which must hold the new document.
 */
export async function readYourWriteBench(
  peers: Peers,
  readers: { parse: ParseAccount; eventide: EventideAccount },
): Promise<void> {
  await peers.freshTokens();
  // The Eventide reader pulls its feed from where it ended, as an app does.
  let cursor = (await readJobsFeed(peers.eventide, readers.eventide, { limit: 500 })).nextCursor;
  await alternate(
    peers.table,
    `3. Read-your-write: create, then read back, sequential on 1 connection (${peers.seconds} s per round)`,
    peers.rounds,
    metrics,
    async () => {
      const pairs: number[] = [];
      const headers = parseHeaders(peers.parse, readers.parse);
      const load = await measuredLoad(peers.parse.pid, {
        base: peers.parse.base,
        connections: 1,
        seconds: peers.seconds,
        check: () => 'unchecked',
        requestsFor: () => [
          {
            method: 'POST',
            path: '/parse/classes/Job',
            headers,
            body: JSON.stringify(privateJob(readers.parse, job(1))),
            setupRequest: (request, context) => {
              (context as Record<string, unknown>).started = performance.now();
              return request;
            },
            check: expect(201, (body) => (body.includes('"objectId"') ? undefined : `no objectId: ${body}`)),
            after: (status, body, context) => {
              if (status === 201) context.id = (JSON.parse(body) as { objectId: string }).objectId;
            },
          },
          {
            method: 'GET',
            headers,
            setupRequest: (request, context) => ({
              ...request,
              path: `/parse/classes/Job/${String((context as Record<string, unknown>).id)}`,
            }),
            check: expect(200, (body, context) =>
              body.includes(`"objectId":"${String(context.id)}"`)
                ? undefined
                : `not the object written: ${body}`,
            ),
            after: (status, _body, context) => {
              if (status === 200) pairs.push(performance.now() - (context.started as number));
            },
          },
        ],
      });
      return rywFigures(failureOf(load.run), pairs, load.run.seconds);
    },
    async () => {
      const pairs: number[] = [];
      const headers = eventideHeaders(readers.eventide);
      const clientId = newClientId('r');
      let seq = 0;
      const load = await measuredLoad(peers.eventide.pid, {
        base: peers.eventide.base,
        connections: 1,
        seconds: peers.seconds,
        check: () => 'unchecked',
        requestsFor: () => [
          {
            method: 'POST',
            path: '/v1/sync/mutations',
            headers,
            setupRequest: (request, context) => {
              seq += 1;
              const documentId = `${clientId}-${seq}`;
              Object.assign(context, { started: performance.now(), documentId });
              const mutations = [putJob(clientId, seq, documentId, job(seq))];
              return { ...request, body: JSON.stringify({ clientId, mutations }) };
            },
            check: expect(200, (body) =>
              body.includes('"status":"applied"') ? undefined : `not applied: ${body}`,
            ),
            after: (status, body, context) => {
              if (status === 200) context.position = (JSON.parse(body) as { position: number }).position;
            },
          },
          {
            method: 'GET',
            headers: { authorization: headers.authorization },
            setupRequest: (request, context) => {
              const position = (context as Record<string, unknown>).position;
              return {
                ...request,
                path: `/v1/feed?collections=jobs&cursor=${cursor}&min_position=${String(position)}`,
              };
            },
            check: expect(200, (body, context) =>
              body.includes(`"id":"${String(context.documentId)}"`)
                ? undefined
                : `the document written is not in the feed: ${body.slice(0, 300)}`,
            ),
            after: (status, body, context) => {
              if (status !== 200) return;
              cursor = (JSON.parse(body) as { nextCursor: string }).nextCursor;
              pairs.push(performance.now() - (context.started as number));
            },
          },
        ],
      });
      return rywFigures(failureOf(load.run), pairs, load.run.seconds);
    },
  );
}
