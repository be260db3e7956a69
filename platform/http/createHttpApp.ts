import compression from 'compression';
import { constants as zlib } from 'node:zlib';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { TokenService } from '../auth/index.js';
import { httpTracing, type Logger, type Metrics } from '../observability/index.js';
import { errorHandler, notFoundHandler } from './errorHandler.js';
import { installFastLane, type FastPath } from './fastLane.js';
import { HttpProblem } from './HttpProblem.js';
import { openApiDocument, type OpenAPIRegistry } from './openapi.js';
import { requestContext, requestIds, type RequestIds } from './requestContext.js';
import { corsPolicy } from './corsPolicy.js';
import { answerOptions, methodNotAllowed } from './methodNotAllowed.js';
import { bearerOpsAccess, mountOpsEndpoints, type OpsEndpointOptions } from './opsEndpoints.js';
import { rejectPoisonStrings, requireUtf8Body } from './rejectPoisonStrings.js';
import { docsContentSecurityPolicy, securityHeaders } from './securityHeaders.js';
import { MOUNT_ROUTE, requestMounts, type RequestMount } from './requestMounts.js';

export interface HttpAppOptions {
  name: string;
  version: string;
  logger: Logger;
  metrics: Metrics;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /**
   * Paths with bodies of their own: a larger limit than `bodyLimitBytes` (sync batches), and
   * media types taken as raw bytes (protobuf, uploads) besides JSON.
   */
  bodies?: BodyRule[];
  registries: OpenAPIRegistry[];
  /** Adds the routes. */
  mount(app: Express): void;
  /** Each dependency's readiness: resolves when reachable, rejects with why not. */
  readiness: OpsEndpointOptions['readiness'];
  tokens?: TokenService;
  /** Origins whose browser apps may call (`*`: any); none: no CORS headers. */
  corsOrigins?: readonly string[];
  /** `Strict-Transport-Security` max-age; 0 or absent: none. */
  hstsMaxAgeSeconds?: number;
  /** Bearer token for `/metrics` and `/readyz` details on this listener; absent: nobody here. */
  opsToken?: string;
  /** Answers some requests ahead of the middleware chain (see fastLane). */
  fastPaths?: readonly FastPath[];
  /** Path prefixes whose requests a handler of their own answers, before compression and bodies. */
  requests?: readonly RequestMount[];
}

/** The histogram under the route's name and the access log line of one answered request. */
function requestRecorder(options: Pick<HttpAppOptions, 'metrics' | 'logger'>) {
  return (
    entry: {
      method: string;
      url: string;
      status: number;
      ids: { requestId?: unknown; correlationId?: unknown };
    },
    route: string,
    seconds: number,
  ) => {
    options.metrics.httpRequests.observe(
      { method: entry.method, route, status: String(entry.status) },
      seconds,
    );
    if (!options.logger.isLevelEnabled('info')) return;
    options.logger.info(
      {
        requestId: entry.ids.requestId,
        correlationId: entry.ids.correlationId,
        method: entry.method,
        // The full path without the query (a query may carry a link token).
        url: entry.url.split('?')[0],
        status: entry.status,
        ms: Math.round(seconds * 1000),
      },
      'request',
    );
  };
}

/**
 * Records each request when its answer is sent, under the Express route that answered (req.path
 * is relative to the router that answered: the log line takes the original URL).
 */
function requestObserver(record: ReturnType<typeof requestRecorder>) {
  return (req: Request, res: Response) => {
    const started = performance.now();
    res.on('finish', () => {
      const routePath = (req.route as { path?: string } | undefined)?.path;
      const mounted = (res.locals as Record<symbol, string | undefined>)[MOUNT_ROUTE];
      const route = routePath ? `${req.baseUrl}${routePath}` : (mounted ?? 'unmatched');
      const entry = { method: req.method, url: req.originalUrl, status: res.statusCode, ids: res.locals };
      record(entry, route, (performance.now() - started) / 1000);
    });
  };
}

export interface BodyRule {
  path: string;
  limitBytes: number;
  /** Media types (or patterns such as `image/*`) read into a Buffer as `req.body`. */
  rawTypes?: string[];
}

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Bodies are JSON, except the raw types a path's rule takes; anything else is 415. */
function requireKnownBody(rules: BodyRule[]): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (!hasBody || !['POST', 'PUT', 'PATCH'].includes(req.method) || req.is(JSON_TYPES)) return next();
    const rule = rules.find((r) => req.path.startsWith(r.path));
    if (rule?.rawTypes && req.is(rule.rawTypes)) return next();
    const accepted = [...JSON_TYPES.slice(0, 1), ...(rule?.rawTypes ?? [])].join(' or ');
    next(new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', `Send ${accepted}`));
  };
}

/** The Express app both APIs share: one middleware order, one error path. */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  const corsOrigins = options.corsOrigins ?? [];
  const cors = corsPolicy(corsOrigins);
  const record = requestRecorder(options);
  const observe = requestObserver(record);
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  if (options.fastPaths?.length) {
    installFastLane(app, options.fastPaths, {
      prepare: (req, res) => {
        const ids = requestIds((name) => req.headers[name] as string | undefined);
        res.setHeader('X-Request-Id', ids.requestId);
        (res as { locals?: RequestIds }).locals = ids;
        cors(req as Request, res as Response, () => undefined);
      },
      record: (req, res, route, seconds) => {
        const ids = (res as { locals?: RequestIds }).locals ?? {};
        record(
          { method: req.method ?? 'GET', url: req.url ?? '', status: res.statusCode, ids },
          route,
          seconds,
        );
      },
    });
  }
  app.use(
    securityHeaders({
      hstsMaxAgeSeconds: options.hstsMaxAgeSeconds ?? 0,
      crossOrigin: corsOrigins.length > 0,
    }),
  );
  app.use(requestContext);
  app.use(httpTracing);
  app.use((req, res, next) => {
    observe(req, res);
    next();
  });
  if (options.requests?.length) app.use(requestMounts(options.requests, cors));
  // Brotli's default quality (11) is for static files: on a 30 KB feed page it costs several
  // milliseconds; quality 4 compresses nearly as well at gzip's speed.
  // Protobuf is compressible too (mime-db does not say so): feed pages repeat field names and text.
  app.use(
    compression({
      threshold: 1024,
      brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
      filter: (req, res) =>
        String(res.getHeader('Content-Type') ?? '').startsWith('application/x-protobuf') ||
        compression.filter(req, res),
    }),
  );
  app.use(cors);
  app.use(requireKnownBody(options.bodies ?? []));
  for (const { path, limitBytes, rawTypes } of options.bodies ?? []) {
    // Parsed here first; the general parser below then leaves the body alone.
    // Raw first, so a rule taking every type (`*/*`, uploads) keeps JSON files as bytes too.
    if (rawTypes) app.use(path, express.raw({ limit: limitBytes, type: rawTypes }));
    app.use(
      path,
      express.json({ limit: limitBytes, strict: true, type: JSON_TYPES, verify: requireUtf8Body }),
    );
  }
  app.use(
    express.json({ limit: options.bodyLimitBytes, strict: true, type: JSON_TYPES, verify: requireUtf8Body }),
  );
  app.use(rejectPoisonStrings(app));
  app.use(answerOptions(app));

  mountOpsEndpoints(app, options, bearerOpsAccess(options.opsToken));
  app.get('/v1/version', (_req, res) => {
    res.json({ name: options.name, version: options.version, node: process.version });
  });
  if (options.tokens) {
    const tokens = options.tokens;
    app.get('/.well-known/jwks.json', (_req, res) => {
      res.set('Cache-Control', 'public, max-age=300').json(tokens.jwks());
    });
  }
  const document = openApiDocument(options.registries, { title: options.name, version: options.version });
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  app.use(
    '/docs',
    docsContentSecurityPolicy,
    swaggerUi.serve,
    swaggerUi.setup(undefined, { swaggerUrl: '/openapi.json' }),
  );

  options.mount(app);
  app.use(methodNotAllowed(app));
  app.use(notFoundHandler);
  app.use(errorHandler(options.logger));
  return app;
}
