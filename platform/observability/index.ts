export { createLogger, type Logger } from './logger.js';
export { createMetrics, type Metrics } from './metrics.js';
export { tracer, inSpan, currentTraceparent, contextFrom } from './tracing.js';
export { httpTracing } from './httpTracing.js';
