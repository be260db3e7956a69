import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createMetrics } from '../observability/index.js';
import { createHttpApp } from './createHttpApp.js';

describe('request mounts', () => {
  let server: Server;
  let url: string;
  const metrics = createMetrics();

  beforeAll(async () => {
    const app = createHttpApp({
      name: 'test',
      version: '0',
      logger: createLogger({ level: 'silent', name: 'test' }),
      metrics,
      bodyLimitBytes: 1024,
      registries: [],
      readiness: {},
      corsOrigins: ['https://app.example'],
      mount: (express) => express.get('/v1/thing', (_req, res) => void res.json({ routed: true })),
      // Echoes the raw body it reads itself, as Socket.IO's long-polling does.
      requests: [
        {
          path: '/engine/',
          handle(req, res) {
            const chunks: Buffer[] = [];
            req.on('data', (chunk: Buffer) => chunks.push(chunk));
            req.on('end', () => {
              res.writeHead(200, { 'Content-Type': 'text/plain' });
              res.end(`${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`);
            });
          },
        },
      ],
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('when a request falls under a mount, its handler should read the untouched body (no 415, no parser) and the answer carry the security headers, request id and CORS', async () => {
    const answer = await fetch(`${url}/engine/?EIO=4&transport=polling`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://app.example' },
      body: '4hello'.repeat(400),
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(`POST /engine/?EIO=4&transport=polling ${'4hello'.repeat(400)}`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-request-id')).toBeTruthy();
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(answer.headers.get('content-encoding')).toBeNull();
    const preflight = await fetch(`${url}/engine/`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    const recorded = await metrics.registry.metrics();
    expect(recorded).toMatch(/route="\/engine\/"/);
  });

  it('when a request is outside every mount, the routes, 404s and body rules should answer as before', async () => {
    expect(await (await fetch(`${url}/v1/thing`)).json()).toEqual({ routed: true });
    expect((await fetch(`${url}/engined`)).status).toBe(404);
    const unsupported = await fetch(`${url}/v1/thing`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(unsupported.status).toBe(415);
  });
});
