// A bus consumer in its own process: prints each message key it finishes, and hangs forever on a
// message whose key starts with "hang" so the test can SIGKILL it mid-handler.
import { openBusFromEnv } from './openBus.js';

const { bus } = await openBusFromEnv();
await bus.consume(
  { group: process.env.BUS_GROUP ?? 'crash', topics: [process.env.BUS_TOPIC ?? 'crash'] },
  async (message) => {
    process.stdout.write(`received ${message.key}\n`);
    if (message.key.startsWith('hang')) await new Promise(() => undefined);
    process.stdout.write(`done ${message.key}\n`);
  },
);
process.stdout.write('ready\n');
