// npm run bench:push: one campaign fanned out to PUSH_BENCH_DEVICES devices (default 100,000;
// `-- --quick`: 5,000) through Kafka and Eventide's sender processes, beside Parse Server's push
// adapter sending the same, to the same local APNs and FCM servers, in one run; then single
// pushes from POST /v1/notifications (quick: 200, else 1,000, after 20 of warm-up) beside Parse's
// adapter sending one at a time.
import { execFileSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import process from 'node:process';
import { pushBench } from './pushBench.js';
import { commandTable, pushTable } from './pushTable.js';

const quick = process.argv.includes('--quick');
// `-- --fan-out-only`: the fan-out runs without the command → push samples (a shorter run).
const fanOutOnly = process.argv.includes('--fan-out-only');
// `-- --senders=1` (or 2, or 1,2): only those Eventide runs; `-- --no-parse`: without Parse's run
// (experiments; the table's ratios need Parse).
const sendersArg = process.argv.find((a) => a.startsWith('--senders='));
const senders = sendersArg ? sendersArg.slice('--senders='.length).split(',').map(Number) : undefined;
const parse = !process.argv.includes('--no-parse');
// `-- --no-ceiling`: without the bare clients' run (the ceiling: bareClientSender.ts).
const ceiling = !process.argv.includes('--no-ceiling');
// `-- --servers-apart`: the local APNs and FCM servers in a process of their own, not the bench's.
const serversApart = process.argv.includes('--servers-apart');
const devices = Number(process.env.PUSH_BENCH_DEVICES ?? (quick ? 5000 : 100_000));
if (!Number.isInteger(devices) || devices < 2) throw new Error('PUSH_BENCH_DEVICES: a whole number ≥ 2');
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const started = new Date();
const loadAtStart = loadavg();
const { runs, command } = await pushBench({
  devices,
  brokers,
  commandSamples: fanOutOnly ? 0 : quick ? 200 : 1000,
  ...(senders ? { senders } : {}),
  parse,
  ceiling,
  serversApart,
});
const loads = (averages: number[]) => averages.map((l) => l.toFixed(2)).join(' ');
const adapterVersion = (
  JSON.parse(execSync('npm ls @parse/push-adapter --json', { encoding: 'utf8' })) as {
    dependencies?: Record<string, { version: string }>;
  }
).dependencies?.['@parse/push-adapter']?.version;
const context = [
  `Devices: ${devices} (half iOS, half Android), one campaign; local servers ${serversApart ? 'in their own process' : "in the bench's process"}; Kafka at ${brokers}; @parse/push-adapter ${adapterVersion ?? '?'}`,
  `Run: ${started.toISOString()} to ${new Date().toISOString()}`,
  `Machine: nproc ${execSync('nproc', { encoding: 'utf8' }).trim()}, Node ${process.version}, load average ${loads(loadAtStart)} at the start, ${loads(loadavg())} at the end`,
].join('\n');
const table = command.length > 0 ? `${pushTable(runs)}\n\n${commandTable(command)}` : pushTable(runs);
console.log(`\n${context}\n\n${table}\n`);
// An experiment (some runs left out) prints its figures but keeps the last full table.
if (parse && ceiling && !senders)
  writeFileSync(
    'bench/push/LAST_RUN.md',
    `# \`npm run bench:push\`: last run\n\n${context
      .split('\n')
      .map((l) => `- ${l}`)
      .join('\n')}\n\n${table}\n\nSee docs/push-benchmark.md for what each figure measures.\n`,
  );
