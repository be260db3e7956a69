import { Kafka, logLevel } from 'kafkajs';
import { requireService } from './requireService.js';

export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** True when a Kafka broker answers (with CI=true, false is a failure instead). */
export function kafkaAvailable(): Promise<boolean> {
  return requireService('Kafka', async () => {
    const admin = new Kafka({
      brokers: TEST_KAFKA_BROKERS,
      logLevel: logLevel.NOTHING,
      retry: { retries: 1 },
    }).admin();
    await admin.connect();
    await admin.disconnect();
  });
}
