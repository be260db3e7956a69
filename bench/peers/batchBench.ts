import { alternate } from './alternate.js';
import { creationFigures, creationMetrics, prefixed } from './createBench.js';
import { eventideHeaders, newClientId, putJob } from './eventideApi.js';
import { eventideJobCount, parseJobCount } from './jobCounts.js';
import { job, occurrences } from './jobs.js';
import { measuredLoad, type MeasuredLoad } from './measuredLoad.js';
import { parseHeaders, privateJob } from './parseApi.js';
import type { Figures, Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { expect } from './runLoad.js';

export const BATCH = 100;
const CONNECTIONS = 4;

/** The creation figures of a batch load, and how many batches failed (any failure makes the row INVALID). */
function batchFigures(load: MeasuredLoad): Figures {
  return { ...prefixed('batch', creationFigures(load, BATCH)), 'batch.failed': { value: load.run.bad } };
}

/**
 * 2. A batch of 100 creates per request, 4 connections. Parse: POST /parse/batch with 100
 * POST /parse/classes/Job (Parse 9 accepts 100: requestComplexity.batchRequestLimit is -1, no
 * limit, by default). Eventide: POST /v1/sync/mutations with 100 puts.
 */
export async function batchBench(peers: Peers): Promise<void> {
  const metrics: Metric[] = [
    ...creationMetrics('batch', `batches of ${BATCH}, ${CONNECTIONS} conns`),
    { key: 'batch.failed', label: `batches of ${BATCH}: batches that failed`, unit: 'batches', digits: 0 },
  ];
  await peers.freshTokens();
  await alternate(
    peers.table,
    `2. Batches of ${BATCH} creates per request, ${CONNECTIONS} connections (${peers.seconds} s per round)`,
    peers.rounds,
    metrics,
    async () => {
      const objects = { count: () => parseJobCount(peers.parse.databaseUrl), perAnswer: BATCH };
      const load = await measuredLoad(
        peers.parse.pid,
        {
          base: peers.parse.base,
          connections: CONNECTIONS,
          seconds: peers.seconds,
          check: expect(200, (body) => {
            const done = occurrences(body, '"success"');
            return done === BATCH && !body.includes('"error"')
              ? undefined
              : `${done} of ${BATCH} succeeded: ${body.slice(0, 300)}`;
          }),
          requestsFor: (client) => {
            const account = peers.parseAccounts[client]!;
            const requests = Array.from({ length: BATCH }, (_, i) => ({
              method: 'POST',
              path: '/parse/classes/Job',
              body: privateJob(account, job(i)),
            }));
            return [
              {
                method: 'POST',
                path: '/parse/batch',
                headers: parseHeaders(peers.parse, account),
                body: JSON.stringify({ requests }),
              },
            ];
          },
        },
        objects,
      );
      return batchFigures(load);
    },
    async () => {
      const objects = { count: () => eventideJobCount(peers.eventide.databaseUrl), perAnswer: BATCH };
      const load = await measuredLoad(
        peers.eventide.pid,
        {
          base: peers.eventide.base,
          connections: CONNECTIONS,
          seconds: peers.seconds,
          check: expect(200, (body) => {
            const applied = occurrences(body, '"status":"applied"');
            return applied === BATCH ? undefined : `${applied} of ${BATCH} applied: ${body.slice(0, 300)}`;
          }),
          requestsFor: (client) => {
            const account = peers.eventideAccounts[client]!;
            const clientId = newClientId('b');
            let seq = 0;
            return [
              {
                method: 'POST',
                path: '/v1/sync/mutations',
                headers: eventideHeaders(account),
                setupRequest: (request) => {
                  const mutations = Array.from({ length: BATCH }, () => {
                    seq += 1;
                    return putJob(clientId, seq, `${clientId}-${seq}`, job(seq));
                  });
                  return { ...request, body: JSON.stringify({ clientId, mutations }) };
                },
              },
            ];
          },
        },
        objects,
      );
      return batchFigures(load);
    },
  );
}
