import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  AlwaysOnSampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;

/**
 * Registers the process-wide tracer provider (W3C trace context, AsyncLocalStorage context), so
 * trace ids flow from the HTTP request into event metadata, projections, bus headers and pushes.
 * Spans are exported over OTLP/HTTP when an endpoint is configured; `processors` lets tests
 * collect them. With nowhere to send spans, nothing is recorded (AlwaysOff) but trace ids still
 * propagate, so events and bus messages carry the caller's trace. Registering twice keeps the
 * first provider.
 */
export function startTracing(options: {
  serviceName: string;
  otlpEndpoint?: string;
  processors?: SpanProcessor[];
}): NodeTracerProvider {
  if (provider) return provider;
  const spanProcessors = [...(options.processors ?? [])];
  if (options.otlpEndpoint) {
    const url = `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces`;
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors,
    sampler:
      spanProcessors.length > 0
        ? new ParentBasedSampler({ root: new AlwaysOnSampler() })
        : new AlwaysOffSampler(),
  });
  provider.register();
  return provider;
}

export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
}
