import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsPolicy } from './corsPolicy.js';

describe('corsPolicy', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use(corsPolicy(['*']));
    app.get('/things', (_req, res) => {
      res.json({ ok: true });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('when `*` is configured, any origin should be allowed, literally `*`, and never with credentials', async () => {
    const preflight = await fetch(`${url}/things`, {
      method: 'OPTIONS',
      headers: { origin: 'https://anyone.example', 'access-control-request-method': 'DELETE' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(`${url}/things`, { headers: { origin: 'https://anyone.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('when no origin is configured, the middleware should add nothing', async () => {
    const app = express();
    app.use(corsPolicy([]));
    app.get('/x', (_req, res) => {
      res.json({});
    });
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    const response = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/x`, {
      headers: { origin: 'https://anyone.example' },
    });
    await new Promise<void>((done) => other.close(() => done()));
    expect([...response.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
