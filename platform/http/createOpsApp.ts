import express, { type Express } from 'express';
import type { Logger } from '../observability/index.js';
import { errorHandler, notFoundHandler } from './errorHandler.js';
import { methodNotAllowed } from './methodNotAllowed.js';
import { mountOpsEndpoints, type OpsEndpointOptions } from './opsEndpoints.js';
import { securityHeaders } from './securityHeaders.js';

/**
 * The operations listener (`OPS_PORT`): `/healthz`, `/readyz` with every dependency's state, and
 * `/metrics`, with no token: whoever reaches this port (loopback by default) is trusted.
 */
export function createOpsApp(options: OpsEndpointOptions & { logger: Logger }): Express {
  const app = express();
  app.use(securityHeaders({ hstsMaxAgeSeconds: 0, crossOrigin: false }));
  app.disable('x-powered-by');
  mountOpsEndpoints(app, options, () => true);
  app.use(methodNotAllowed(app));
  app.use(notFoundHandler);
  app.use(errorHandler(options.logger));
  return app;
}
