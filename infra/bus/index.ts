export type { Bus, BusConsumer, BusMessage, ConsumerOptions, ReceivedMessage } from './Bus.js';
export type { Outbox } from './Outbox.js';
export { partitionOf } from './partitionOf.js';
export { PostgresBus } from './postgres/index.js';
export { KafkaBus, type KafkaBusOptions } from './kafka/index.js';
