export type { BatchOptions, Bus, BusConsumer, BusMessage, ConsumerOptions, ReceivedMessage } from './Bus.js';
export type { Outbox } from './Outbox.js';
export { partitionOf } from './partitionOf.js';
export { PostgresBus } from './postgres/index.js';
// KafkaBus is imported from './kafka/index.js' where Kafka is configured, so kafkajs loads only there.
export type { KafkaBusOptions } from './kafka/index.js';
