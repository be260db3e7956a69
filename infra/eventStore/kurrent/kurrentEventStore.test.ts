import { describeEventStoreContract } from '../eventStoreContract.js';
import { KurrentEventStore } from './KurrentEventStore.js';

// No EventStoreDB server can be installed on the build machines: this suite runs whenever
// EVENTSTORE_URL points at one (for example `docker compose up eventstore`).
const url = process.env.EVENTSTORE_URL;

describeEventStoreContract('EventStoreDB / KurrentDB', async () => {
  if (!url) return undefined;
  const store = await KurrentEventStore.connect(url);
  return { store, dispose: () => store.close() };
});
