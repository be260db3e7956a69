import { context, propagation, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

export const tracer = trace.getTracer('eventide');

/** Runs `fn` in a span that records an exception and error status when `fn` throws. */
export async function inSpan<T>(
  name: string,
  attributes: Record<string, string | number>,
  fn: (span: Span) => Promise<T>,
) {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The W3C traceparent of the active span, stored in event metadata and bus headers. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** Continues a trace from a stored traceparent (an event's metadata, a bus message header). */
export function contextFrom(traceparent: string | undefined) {
  if (!traceparent) return context.active();
  return propagation.extract(context.active(), { traceparent });
}
