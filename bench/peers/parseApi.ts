import { randomUUID } from 'node:crypto';
import type { Job } from './jobs.js';
import { PASSWORD } from './jobs.js';
import type { ParseServerProcess } from './startParse.js';
import { callJson } from './callJson.js';

export interface ParseAccount {
  username: string;
  userId: string;
  sessionToken: string;
}

/** The headers of a request signed in as `account` (Parse's REST API). */
export function parseHeaders(server: ParseServerProcess, account?: ParseAccount): Record<string, string> {
  return {
    'x-parse-application-id': server.appId,
    'content-type': 'application/json',
    ...(account ? { 'x-parse-session-token': account.sessionToken } : {}),
  };
}

/** An object readable and writable by its owner only. */
export function privateJob(account: ParseAccount, fields: Job): Record<string, unknown> {
  return { ...fields, ACL: { [account.userId]: { read: true, write: true } } };
}

/** The Job class, as an app declares it (clients may not create classes by default). */
export async function createJobClass(server: ParseServerProcess): Promise<void> {
  await callJson(
    `${server.base}/parse/schemas/Job`,
    {
      method: 'POST',
      headers: { ...parseHeaders(server), 'x-parse-master-key': server.masterKey },
      body: JSON.stringify({
        className: 'Job',
        fields: { title: { type: 'String' }, status: { type: 'String' }, n: { type: 'Number' } },
      }),
    },
    200,
  );
}

export async function parseSignUp(server: ParseServerProcess): Promise<ParseAccount> {
  const username = `bench-${randomUUID()}`;
  const body = await callJson<{ objectId: string; sessionToken: string }>(
    `${server.base}/parse/users`,
    { method: 'POST', headers: parseHeaders(server), body: JSON.stringify({ username, password: PASSWORD }) },
    201,
  );
  return { username, userId: body.objectId, sessionToken: body.sessionToken };
}

/** Creates the objects in one POST /parse/batch; throws unless every one succeeded. */
export async function parseBatchCreate(
  server: ParseServerProcess,
  account: ParseAccount,
  jobs: Job[],
): Promise<void> {
  const requests = jobs.map((fields) => ({
    method: 'POST',
    path: '/parse/classes/Job',
    body: privateJob(account, fields),
  }));
  const results = await callJson<{ success?: unknown; error?: unknown }[]>(
    `${server.base}/parse/batch`,
    { method: 'POST', headers: parseHeaders(server, account), body: JSON.stringify({ requests }) },
    200,
  );
  const failed = results.filter((r) => !r.success);
  if (results.length !== jobs.length || failed.length > 0)
    throw new Error(`batch: ${failed.length} of ${jobs.length} failed: ${JSON.stringify(failed[0])}`);
}

/** The query path of the objects changed after `since`, oldest first, 100 at most. */
export function changedSincePath(since: string): string {
  const where = JSON.stringify({ updatedAt: { $gt: { __type: 'Date', iso: since } } });
  return `/parse/classes/Job?where=${encodeURIComponent(where)}&order=updatedAt&limit=100`;
}

export async function parseQuery(
  server: ParseServerProcess,
  account: ParseAccount,
  path: string,
): Promise<{ objectId: string; updatedAt: string; title: string }[]> {
  const body = await callJson<{ results: { objectId: string; updatedAt: string; title: string }[] }>(
    `${server.base}${path}`,
    { headers: parseHeaders(server, account) },
    200,
  );
  return body.results;
}
