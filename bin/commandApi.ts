// npm run start:command-api: the command side alone (production shape).
import { runMain } from '../app/runMain.js';
import { startProcess } from '../app/index.js';

await runMain('command-api', (config) => startProcess(config, ['command-api']), ['DATABASE_URL']);
