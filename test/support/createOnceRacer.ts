// A child of platform/files/readOrCreateOnce.test.ts: waits for the agreed instant, then reads or
// makes the file with a slow `make`, as a process starting on a fresh DATA_DIR would, and prints
// what it got.
import { randomBytes } from 'node:crypto';
import { readOrCreateOnce } from '../../platform/files/index.js';

const goAt = Number(process.env.RACE_AT);
while (Date.now() < goAt);
const got = readOrCreateOnce(process.env.RACE_FILE!, () => {
  const until = Date.now() + 30;
  while (Date.now() < until);
  return randomBytes(32).toString('base64url');
});
process.stdout.write(`got:${got}\n`);
