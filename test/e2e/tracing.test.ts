import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, stopTracing } from '../../app/startTracing.js';
import { api, iosDevice, signUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('tracing', () => {
  const exporter = new InMemorySpanExporter();
  let backend: TestBackend;

  beforeAll(async () => {
    startTracing({ serviceName: 'test', processors: [new SimpleSpanProcessor(exporter)] });
    backend = await startTestBackend('embedded');
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await stopTracing();
  });

  it('when a device registration leads to a push, one trace should run from the HTTP request to the push send', async () => {
    const client = api(backend.url);
    const user = await signUp(client);
    await client.post('/v1/devices', iosDevice, { token: user.accessToken });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const second = await client.post(
      '/v1/devices',
      { ...iosDevice, pushToken: 'second' },
      {
        token: user.accessToken,
        headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      },
    );
    expect(second.status).toBe(201);

    const inTrace = () => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    await expect.poll(() => inTrace().map((s) => s.name), { timeout: 15_000 }).toContain('push.send');
    const spans = inTrace();
    const byName = (name: string) => spans.filter((s) => s.name === name);
    const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

    const server = byName('POST /v1/devices/')[0];
    expect(server, spans.map((s) => s.name).join(', ')).toBeDefined();
    expect(parentOf(server!)).toBe('00f067aa0ba902b7');
    const command = byName('command.handle')[0];
    expect(parentOf(command!)).toBe(server!.spanContext().spanId);
    const projections = byName('projection.handle').map((s) => s.attributes['projection.name']);
    expect(projections).toEqual(expect.arrayContaining(['devices', 'notifier']));
    expect(byName('push.send')).toHaveLength(1);
  });
});
