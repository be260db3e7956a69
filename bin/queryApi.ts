// npm run start:query-api: the query side alone (production shape).
import { runMain } from '../app/runMain.js';
import { startProcess } from '../app/index.js';

await runMain('query-api', (config) => startProcess(config, ['query-api']), [
  'DATABASE_URL',
  'CURSOR_SECRET',
]);
