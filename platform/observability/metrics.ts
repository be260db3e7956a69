import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process, with the metrics every part of the backend reports. */
export function createMetrics() {
  const registry = new Registry();
  // The event-loop delay histogram samples on a timer: every 10 ms by default, which alone kept
  // an idle process at about 1% of a core. Every 100 ms still shows any stall worth alerting on.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });
  return {
    registry,
    httpRequests: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 30],
      registers: [registry],
    }),
    commands: new Counter({
      name: 'commands_total',
      help: 'Commands handled, by type and outcome',
      labelNames: ['command', 'outcome'],
      registers: [registry],
    }),
    projectionLagEvents: new Gauge({
      name: 'projection_lag_events',
      help: 'Events between the head of the log and the projection checkpoint',
      labelNames: ['projection', 'version', 'partition'],
      registers: [registry],
    }),
    projectionLagSeconds: new Gauge({
      name: 'projection_lag_seconds',
      help: 'Age of the oldest event the projection has not processed yet (0 when caught up)',
      labelNames: ['projection', 'version', 'partition'],
      registers: [registry],
    }),
    projectionParked: new Counter({
      name: 'projection_parked_events_total',
      help: 'Events parked after their handler failed (deterministically, or on every attempt)',
      labelNames: ['projection', 'version'],
      registers: [registry],
    }),
    scheduledItems: new Counter({
      name: 'scheduled_items_total',
      help: 'Scheduled items run, by kind and outcome: done, failed (will retry) or dead',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    busMessages: new Counter({
      name: 'bus_messages_total',
      help: 'Bus messages published and consumed',
      labelNames: ['topic', 'direction'],
      registers: [registry],
    }),
    feedReads: new Counter({
      name: 'feed_reads_total',
      help: 'Feed requests by how they were answered: from the database, or 304 from memory',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    realtimeConnections: new Gauge({
      name: 'realtime_connections',
      help: 'Open realtime connections (feed streams and sockets) in this process',
      labelNames: ['transport'],
      registers: [registry],
    }),
    realtimeClosed: new Counter({
      name: 'realtime_closed_total',
      help: 'Realtime connections the server ended, by transport and reason',
      labelNames: ['transport', 'reason'],
      registers: [registry],
    }),
    pushDeliveries: new Counter({
      name: 'push_deliveries_total',
      help: 'Push notifications handed to a provider, by outcome',
      labelNames: ['provider', 'outcome'],
      registers: [registry],
    }),
    pushCircuitState: new Gauge({
      name: 'push_circuit_state',
      help: "A push provider's circuit breaker in this process: 0 closed, 1 half-open (one probe), 2 open",
      labelNames: ['provider'],
      registers: [registry],
    }),
    pushCircuitOpened: new Counter({
      name: 'push_circuit_opened_total',
      help: "Times a push provider's circuit breaker opened (after consecutive retryable failures, or a failed probe)",
      labelNames: ['provider'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
