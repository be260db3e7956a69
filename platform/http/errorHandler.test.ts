import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../observability/index.js';
import { errorHandler } from './errorHandler.js';
import { HttpProblem } from './HttpProblem.js';

describe('errorHandler', () => {
  const lines: { level: string; msg: string }[] = [];
  const record = (level: string) => (_object: unknown, msg: string) => void lines.push({ level, msg });
  const logger = { error: record('error'), warn: record('warn') } as unknown as Logger;
  let base = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const app = express();
    app.get('/lag', (_req, _res, next) => {
      next(new HttpProblem(503, 'projection-lag', 'Not there yet', 'Retry', {}, { 'Retry-After': '1' }));
    });
    app.get('/bug', () => {
      throw new TypeError('x is undefined');
    });
    app.use(errorHandler(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('when read models lag (a 503 answered on purpose), it should log a warning, not an error', async () => {
    lines.length = 0;
    const res = await fetch(`${base}/lag?min_position=9`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(lines.map((l) => l.level)).toEqual(['warn']);
  });

  it('when a handler fails unexpectedly, it should log an error and answer 500 without the cause', async () => {
    lines.length = 0;
    const res = await fetch(`${base}/bug?token=secret`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('undefined');
    expect(body).not.toContain('secret');
    expect(lines.map((l) => l.level)).toEqual(['error']);
  });
});
