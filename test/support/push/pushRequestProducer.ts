// A stand-in for the fan-out worker in its own process, for tests that kill it: publishes the
// campaign of PRODUCER_SETUP (a JSON file) page by page with publishPushRequests, recording each
// page done in a checkpoint file. A restart resumes after the last page recorded, so the page in
// flight when it was killed goes out again (at least once, as a fan-out worker's does).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { KafkaBus } from '../../../infra/bus/kafka/index.js';
import type { FanOutDevice } from './fanOutDevices.js';
import { publishPushRequests, type Campaign } from './publishPushRequests.js';

export interface ProducerSetup {
  brokers: string;
  topicPrefix: string;
  campaign: Campaign;
  devicesFile: string;
  checkpointFile: string;
  pageSize: number;
}

const setup = JSON.parse(readFileSync(process.env.PRODUCER_SETUP!, 'utf8')) as ProducerSetup;
const devices = JSON.parse(readFileSync(setup.devicesFile, 'utf8')) as FanOutDevice[];
const bus = new KafkaBus({ brokers: setup.brokers.split(','), topicPrefix: setup.topicPrefix });
let next = existsSync(setup.checkpointFile) ? Number(readFileSync(setup.checkpointFile, 'utf8')) : 0;
process.stdout.write(`producing from ${next}\n`);
while (next < devices.length) {
  const page = devices.slice(next, next + setup.pageSize);
  await publishPushRequests(bus, setup.campaign, page, { pageSize: setup.pageSize });
  next += page.length;
  writeFileSync(setup.checkpointFile, String(next));
}
await bus.close();
process.stdout.write('published all\n');
