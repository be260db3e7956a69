import { fmt } from '../report.js';
import { alternate } from './alternate.js';
import { checkedFigure } from './figure.js';
import { PASSWORD } from './jobs.js';
import { bcryptPerSecond, scryptPerSecond } from './kdfBaseline.js';
import { measuredLoad } from './measuredLoad.js';
import { parseHeaders } from './parseApi.js';
import type { Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { expect, type LoadRun } from './runLoad.js';
import { EVENTIDE_SCRYPT } from './startEventide.js';

const CONNECTIONS = 32;

/** The sign-ins the server did: those answered, and those in flight when the load stopped. */
const signIns = (run: LoadRun) => Math.max(1, run.good + run.sent - run.answered);

/** Answers other than 200, and requests that got no answer but an error. */
const notOk = (run: LoadRun) => run.answered - (run.statusCounts['200'] ?? 0) + run.errors;

/**
 * 6. Password sign-ins, 32 connections, each signing in to its own account again and again.
 * Parse: POST /parse/login (bcrypt cost 10: @node-rs/bcrypt, installed with Parse as an optional
 * dependency and preferred by it, else bcryptjs). Eventide: POST /v1/auth/login (scrypt
 * N=2^15, r=8, p=1). Any answer that is not a 200 with a session makes the row INVALID. Baseline:
 * the bare KDF of each, on one core of this process.
 */
export async function signInBench(peers: Peers, parseDir: string): Promise<void> {
  const metrics: Metric[] = [
    {
      key: 'signIn',
      label: `password sign-ins, ${CONNECTIONS} accounts, ${CONNECTIONS} conns`,
      unit: 'sign-ins/s',
    },
    {
      key: 'signIn.p50',
      label: `password sign-ins, ${CONNECTIONS} conns: p50 latency`,
      unit: 'ms',
      digits: 0,
    },
    { key: 'signIn.cpu', label: 'password sign-ins: server CPU per sign-in', unit: 'ms', digits: 1 },
    {
      key: 'signIn.not200',
      label: 'password sign-ins: answers not 200 (must be 0)',
      unit: 'answers',
      digits: 0,
    },
  ];
  const kdfSeconds = Math.max(2, Math.min(peers.seconds, 5));
  const bcrypt = bcryptPerSecond(parseDir, kdfSeconds);
  const scrypt = scryptPerSecond(EVENTIDE_SCRYPT, kdfSeconds);
  const bcryptText =
    bcrypt.native === undefined
      ? `bcrypt cost 10 (bcryptjs, what Parse runs) ${fmt(bcrypt.js, 1)}/s`
      : `bcrypt cost 10 (@node-rs/bcrypt, what Parse runs) ${fmt(bcrypt.native, 1)}/s, bcryptjs ${fmt(bcrypt.js, 1)}/s`;
  const baseline = `one core of this process: ${bcryptText}; scrypt N=2^15, r=8, p=1 ${fmt(scrypt, 1)}/s`;
  console.log(`\n6. KDF baseline, ${baseline}`);
  await alternate(
    peers.table,
    `6. Password sign-ins, ${CONNECTIONS} accounts, ${CONNECTIONS} connections (${peers.seconds} s per round)`,
    peers.rounds,
    metrics,
    async () => {
      const load = await measuredLoad(peers.parse.pid, {
        base: peers.parse.base,
        connections: CONNECTIONS,
        seconds: peers.seconds,
        check: expect(200, (body) => (body.includes('"sessionToken"') ? undefined : `no session: ${body}`)),
        requestsFor: (client) => [
          {
            method: 'POST',
            path: '/parse/login',
            headers: parseHeaders(peers.parse),
            body: JSON.stringify({ username: peers.parseAccounts[client]!.username, password: PASSWORD }),
          },
        ],
      });
      return {
        signIn: checkedFigure(load.run, load.run.goodPerSecond),
        'signIn.p50': checkedFigure(load.run, load.run.p50),
        'signIn.cpu': checkedFigure(load.run, load.serverCpuMs / signIns(load.run)),
        'signIn.not200': { value: notOk(load.run) },
      };
    },
    async () => {
      const load = await measuredLoad(peers.eventide.pid, {
        base: peers.eventide.base,
        connections: CONNECTIONS,
        seconds: peers.seconds,
        check: expect(200, (body) => (body.includes('"accessToken"') ? undefined : `no tokens: ${body}`)),
        requestsFor: (client) => [
          {
            method: 'POST',
            path: '/v1/auth/login',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: peers.eventideAccounts[client]!.email, password: PASSWORD }),
          },
        ],
      });
      return {
        signIn: checkedFigure(load.run, load.run.goodPerSecond),
        'signIn.p50': checkedFigure(load.run, load.run.p50),
        'signIn.cpu': checkedFigure(load.run, load.serverCpuMs / signIns(load.run)),
        'signIn.not200': { value: notOk(load.run) },
      };
    },
  );
  peers.table.baseline('signIn', baseline);
}
