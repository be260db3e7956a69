import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFastLane, type FastRequest } from './fastLane.js';

describe('installFastLane', () => {
  let server: Server;
  let url: string;
  const reachedExpress: string[] = [];
  const recorded: { route: string; status: number }[] = [];
  const seen: { query: unknown; format: string | false }[] = [];

  beforeAll(async () => {
    const app = express();
    app.set('query parser', 'simple');
    app.use((req, _res, next) => {
      reachedExpress.push(req.url);
      next();
    });
    app.get('/poll', (_req, res) => {
      res.status(200).json({ routed: true });
    });
    installFastLane(
      app,
      [
        {
          method: 'GET',
          path: '/poll',
          answer: async (req: FastRequest) => {
            if (req.get('x-fail') === 'throw') throw new Error('a check failed');
            const format = req.accepts(['application/json', 'application/x-protobuf']);
            seen.push({ query: req.query, format });
            if (req.query.fast === 'badheader') return { status: 304, headers: { ETag: '"e\u0001"' } };
            if (req.query.fast !== 'yes') return undefined;
            return { status: 304, headers: { ETag: '"e"' }, vary: ['Accept'] };
          },
        },
      ],
      {
        prepare: (_req, res) => res.setHeader('Vary', 'Origin'),
        record: (_req, res, route) => recorded.push({ route, status: res.statusCode }),
      },
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('when a fast path answers, Express should never see the request; its headers should be merged with what prepare set', async () => {
    const answer = await fetch(`${url}/poll?fast=yes&a=1&a=2`, {
      headers: { accept: 'application/x-protobuf' },
    });
    expect(answer.status).toBe(304);
    expect(answer.headers.get('etag')).toBe('"e"');
    expect(answer.headers.get('vary')).toBe('Origin, Accept');
    expect(reachedExpress).toEqual([]);
    expect(recorded).toEqual([{ route: '/poll', status: 304 }]);
    // Parsed as Express's `simple` query parser does: repeated keys are arrays.
    expect(seen.at(-1)).toEqual({ query: { fast: 'yes', a: ['1', '2'] }, format: 'application/x-protobuf' });
  });

  it('when the fast path declines, throws, or meets an Accept it does not negotiate, Express should answer', async () => {
    const declined = await fetch(`${url}/poll?fast=no`);
    const thrown = await fetch(`${url}/poll?fast=yes`, { headers: { 'x-fail': 'throw' } });
    const negotiated = await fetch(`${url}/poll?fast=yes`, {
      headers: { accept: 'application/json;q=0.9, */*;q=0.1' },
    });
    const otherPath = await fetch(`${url}/poll/more?fast=yes`);
    expect([declined.status, thrown.status, negotiated.status, otherPath.status]).toEqual([
      200, 200, 200, 404,
    ]);
    expect(await declined.json()).toEqual({ routed: true });
    expect(reachedExpress).toEqual([
      '/poll?fast=no',
      '/poll?fast=yes',
      '/poll?fast=yes',
      '/poll/more?fast=yes',
    ]);
    expect(recorded).toHaveLength(1);
  });

  it('when writing the answer throws (a header Node refuses), Express should answer and nothing reject unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const answer = await fetch(`${url}/poll?fast=badheader`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ routed: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
      expect(reachedExpress.at(-1)).toBe('/poll?fast=badheader');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
