import { execFileSync } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { describeBusContract } from '../busContract.js';
import { requireService } from '../../../test/support/requireService.js';
import { KafkaBus } from './KafkaBus.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

describeBusContract('Kafka', async () => {
  const reachable = await requireService('Kafka', async () => {
    const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
    await admin.connect();
    await admin.disconnect();
  });
  if (!reachable) return undefined;
  let bus = new KafkaBus({ brokers });
  return {
    bus,
    childEnv: { BUS_KIND: 'kafka', KAFKA_BROKERS: brokers.join(',') },
    async restart() {
      await bus.close();
      execFileSync('scripts/infra/kafka.sh', ['restart'], { stdio: 'inherit' });
      bus = new KafkaBus({ brokers });
      return bus;
    },
    async dispose() {
      await bus.close();
    },
  };
});
