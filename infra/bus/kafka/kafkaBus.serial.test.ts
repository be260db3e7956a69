import { execFileSync } from 'node:child_process';
import { describeBusContract } from '../busContract.js';
import { kafkaAvailable, TEST_KAFKA_BROKERS as brokers } from '../../../test/support/kafka.js';
import { KafkaBus } from './KafkaBus.js';

describeBusContract('Kafka', async () => {
  if (!(await kafkaAvailable())) return undefined;
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
