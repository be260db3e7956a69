import { randomUUID } from 'node:crypto';
import type { Job } from './jobs.js';
import { PASSWORD } from './jobs.js';
import type { PeerServer } from './peerServer.js';
import { callJson } from './callJson.js';

export interface EventideAccount {
  email: string;
  accessToken: string;
  refreshToken: string;
}

const json = { 'content-type': 'application/json' };

export function eventideHeaders(account: EventideAccount): Record<string, string> {
  return { ...json, authorization: `Bearer ${account.accessToken}` };
}

export async function eventideSignUp(server: PeerServer): Promise<EventideAccount> {
  const email = `${randomUUID()}@example.com`;
  const body = await callJson<{ accessToken: string; refreshToken: string }>(
    `${server.base}/v1/auth/register`,
    {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD, displayName: 'Bench' }),
    },
    201,
  );
  return { email, accessToken: body.accessToken, refreshToken: body.refreshToken };
}

/** Access tokens live 15 minutes: a workload starts with fresh ones (rotating the refresh token). */
export async function refreshTokens(server: PeerServer, accounts: EventideAccount[]): Promise<void> {
  for (const account of accounts) {
    const body = await callJson<{ accessToken: string; refreshToken: string }>(
      `${server.base}/v1/auth/refresh`,
      { method: 'POST', headers: json, body: JSON.stringify({ refreshToken: account.refreshToken }) },
      200,
    );
    account.accessToken = body.accessToken;
    account.refreshToken = body.refreshToken;
  }
}

/** A hybrid-logical-clock stamp: `<15-digit ms>:<4-digit counter>:<node>`. */
export function hlc(counter: number, node: string): string {
  return `${String(Date.now()).padStart(15, '0')}:${String(counter % 10_000).padStart(4, '0')}:${node}`;
}

/** One `put` of a new document in `jobs`: how an app creates a private object. */
export function putJob(clientId: string, seq: number, documentId: string, fields: Job) {
  return {
    mutationId: `${clientId}:${seq}`,
    collection: 'jobs',
    documentId,
    op: 'put',
    set: fields,
    baseVersion: 0,
    hlc: hlc(seq, clientId),
  };
}

/** A client id for one autocannon connection or seeding run: letters and digits. */
export function newClientId(prefix: string): string {
  return `${prefix}${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** Sends the documents as one batch of puts; throws unless every one was applied. Answers the position. */
export async function eventideBatchCreate(
  server: PeerServer,
  account: EventideAccount,
  documents: { id: string; fields: Job }[],
): Promise<number> {
  const clientId = newClientId('s');
  const mutations = documents.map((d, i) => putJob(clientId, i + 1, d.id, d.fields));
  const body = await callJson<{ results: { status: string }[]; position: number }>(
    `${server.base}/v1/sync/mutations`,
    { method: 'POST', headers: eventideHeaders(account), body: JSON.stringify({ clientId, mutations }) },
    200,
  );
  const failed = body.results.filter((r) => r.status !== 'applied');
  if (body.results.length !== documents.length || failed.length > 0)
    throw new Error(
      `mutations: ${failed.length} of ${documents.length} not applied: ${JSON.stringify(failed[0])}`,
    );
  return body.position;
}

export interface FeedPageJson {
  changes?: { collection: string; id: string; document?: Record<string, unknown> }[];
  nextCursor: string;
  hasMore?: boolean;
}

/** GET /v1/feed (JSON) of the `jobs` collection. */
export async function readJobsFeed(
  server: PeerServer,
  account: EventideAccount,
  query: { cursor?: string; limit?: number; minPosition?: number },
): Promise<FeedPageJson> {
  const params = new URLSearchParams({ collections: 'jobs', limit: String(query.limit ?? 100) });
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.minPosition !== undefined) params.set('min_position', String(query.minPosition));
  return callJson<FeedPageJson>(
    `${server.base}/v1/feed?${params}`,
    { headers: eventideHeaders(account) },
    200,
  );
}

/** The cursor at the end of the account's `jobs` feed, once the projections have reached `position`. */
export async function jobsFeedEnd(
  server: PeerServer,
  account: EventideAccount,
  position: number,
): Promise<string> {
  let page = await readJobsFeed(server, account, { limit: 500, minPosition: position });
  while (page.hasMore) page = await readJobsFeed(server, account, { limit: 500, cursor: page.nextCursor });
  return page.nextCursor;
}
