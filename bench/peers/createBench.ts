import { alternate } from './alternate.js';
import { newClientId, eventideHeaders, putJob } from './eventideApi.js';
import { failureOf, figure, type Figure } from './figure.js';
import { eventideJobCount, parseJobCount } from './jobCounts.js';
import { job, occurrences } from './jobs.js';
import { measuredLoad, type MeasuredLoad } from './measuredLoad.js';
import { parseHeaders, privateJob } from './parseApi.js';
import type { Figures, Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { expect } from './runLoad.js';

/**
 * Objects per second while loaded, and the CPU each object cost: all the CPU from the start of the
 * load until the server was quiet again, over the objects the table gained (those answered
 * before the load stopped and those still in flight then). Every object answered as created must
 * be in the table.
 */
export function creationFigures(load: MeasuredLoad, perAnswer: number): Figures {
  const acknowledged = load.run.good * perAnswer;
  const created = load.created ?? acknowledged;
  let failure = failureOf(load.run);
  if (!failure && created < acknowledged)
    failure = `${acknowledged - created} objects answered as created are not in the table`;
  if (!failure && created > load.run.sent * perAnswer)
    failure = `the table gained ${created} objects for ${load.run.sent * perAnswer} sent`;
  if (!failure && created === 0) failure = 'nothing created';
  const checked = (value: number): Figure => (failure ? { invalid: failure } : figure(value));
  return {
    objectsPerSecond: checked(acknowledged / load.run.seconds),
    p99: checked(load.run.p99),
    serverCpu: checked(load.serverCpuMs / created),
    postgresCpu: checked(load.postgresCpuMs / created),
  };
}

export function creationMetrics(key: string, label: string): Metric[] {
  return [
    { key: 'objectsPerSecond', label: `${label}: objects/s`, unit: 'objects/s' },
    { key: 'p99', label: `${label}: p99 latency`, unit: 'ms', digits: 0 },
    { key: 'serverCpu', label: `${label}: server CPU per object`, unit: 'ms', digits: 2 },
    { key: 'postgresCpu', label: `${label}: PostgreSQL CPU per object`, unit: 'ms', digits: 2 },
  ].map((m) => ({ ...m, key: `${key}.${m.key}` }));
}

export const prefixed = (key: string, figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${key}.${k}`, v]));

/**
 * 1. One small private object per request, `connections` connections, each its own account.
 * Parse: POST /parse/classes/Job with the account's session and an ACL of that user only.
 * Eventide: POST /v1/sync/mutations with one `put` of a new document in the private `jobs`.
 */
export async function createBench(peers: Peers, connections: number): Promise<void> {
  const key = `create${connections}`;
  const metrics = creationMetrics(key, `create 1 object per request, ${connections} conns`);
  await peers.freshTokens();
  await alternate(
    peers.table,
    `1. Create one small private object per request, ${connections} connections (${peers.seconds} s per round)`,
    peers.rounds,
    metrics,
    async () => {
      const objects = { count: () => parseJobCount(peers.parse.databaseUrl), perAnswer: 1 };
      const load = await measuredLoad(
        peers.parse.pid,
        {
          base: peers.parse.base,
          connections,
          seconds: peers.seconds,
          check: expect(201, (body) => (body.includes('"objectId"') ? undefined : `no objectId: ${body}`)),
          requestsFor: (client) => {
            const account = peers.parseAccounts[client % peers.parseAccounts.length]!;
            return [
              {
                method: 'POST',
                path: '/parse/classes/Job',
                headers: parseHeaders(peers.parse, account),
                body: JSON.stringify(privateJob(account, job(client))),
              },
            ];
          },
        },
        objects,
      );
      return prefixed(key, creationFigures(load, 1));
    },
    async () => {
      const objects = { count: () => eventideJobCount(peers.eventide.databaseUrl), perAnswer: 1 };
      const load = await measuredLoad(
        peers.eventide.pid,
        {
          base: peers.eventide.base,
          connections,
          seconds: peers.seconds,
          check: expect(200, (body) =>
            occurrences(body, '"status":"applied"') === 1 ? undefined : `not applied: ${body}`,
          ),
          requestsFor: (client) => {
            const account = peers.eventideAccounts[client % peers.eventideAccounts.length]!;
            const clientId = newClientId('c');
            let seq = 0;
            return [
              {
                method: 'POST',
                path: '/v1/sync/mutations',
                headers: eventideHeaders(account),
                setupRequest: (request) => {
                  seq += 1;
                  const mutations = [putJob(clientId, seq, `${clientId}-${seq}`, job(seq))];
                  return { ...request, body: JSON.stringify({ clientId, mutations }) };
                },
              },
            ];
          },
        },
        objects,
      );
      return prefixed(key, creationFigures(load, 1));
    },
  );
}
