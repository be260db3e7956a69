// npm start: command API, query API, projectors and push sender in one process, embedded defaults.
import { runMain } from '../app/runMain.js';
import { startProcess } from '../app/index.js';

await runMain('eventide', (config) => startProcess(config, ['command-api', 'query-api', 'projectors']));
