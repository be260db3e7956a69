import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { routesMatching } from './routesMatching.js';

describe('routesMatching', () => {
  const app = express();
  const command = Router();
  command.post('/', () => undefined);
  command.patch('/:id', () => undefined);
  const query = Router();
  query.get('/', () => undefined);
  const nested = Router();
  nested.put('/:id/members/:userId', () => undefined);
  app.use('/v1/devices', command);
  app.use('/v1/devices', query);
  app.use('/v1', Router().use('/spaces', nested));
  app.get('/healthz', () => undefined);

  it('when routers mounted on one path answer it, it should list every route with its methods', () => {
    expect(routesMatching(app, '/v1/devices').flatMap((r) => r.methods)).toEqual(['post', 'get']);
    expect(routesMatching(app, '/v1/devices/').flatMap((r) => r.methods)).toEqual(['post', 'get']);
    expect(routesMatching(app, '/healthz')).toEqual([{ methods: ['get'], params: {} }]);
  });

  it('when a route has parameters, even in nested routers, it should give them decoded', () => {
    expect(routesMatching(app, '/v1/devices/a%20b')).toEqual([{ methods: ['patch'], params: { id: 'a b' } }]);
    expect(routesMatching(app, '/v1/spaces/s1/members/u%002')).toEqual([
      { methods: ['put'], params: { id: 's1', userId: 'u\u00002' } },
    ]);
  });

  it('when no route answers the path, or a parameter does not decode, it should find none', () => {
    expect(routesMatching(app, '/v1/nothing')).toEqual([]);
    expect(routesMatching(app, '/v1/devices/%E0%A4%A')).toEqual([]);
  });
});
