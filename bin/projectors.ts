// npm run start:projectors -- --only=devices,notifier --partition=0/2: projection workers and senders.
import { runMain } from '../app/runMain.js';
import { parseProjectorArgs } from '../app/parseProjectorArgs.js';
import { startProcess } from '../app/index.js';

const selection = parseProjectorArgs(process.argv.slice(2));
await runMain('projectors', (config) => startProcess(config, ['projectors'], selection), ['DATABASE_URL']);
