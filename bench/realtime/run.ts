// npm run bench:realtime: REALTIME_BENCH_CONNECTIONS WebSockets (default 10,000; `-- --quick`:
// 1,000) on one Eventide query-api process beside a bare `ws` broadcast server in the same run:
// memory per socket, sent → delivered latency at REALTIME_BENCH_RATE messages/s (default 1,000),
// and a reconnect storm of half the sockets from their cursors. See docs/realtime-benchmark.md.
import { execFileSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import process from 'node:process';
import { printTable } from '../report.js';
import { openFilesLimit } from './procStatus.js';
import { realtimeBench, realtimeOptions } from './realtimeBench.js';
import { realtimeRows } from './realtimeRows.js';

const options = realtimeOptions(process.argv.includes('--quick'));
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const started = new Date();
const loadAtStart = loadavg();
const figures = await realtimeBench(options);
const rows = realtimeRows(options, figures);
const loads = (averages: number[]) => averages.map((l) => l.toFixed(2)).join(' ');
const { eventide, bare } = figures;
const context = [
  `Sockets: ${options.connections} (${options.connections / options.devices} users × ${options.devices} sockets, groups of ${options.groupSize}); ${options.messages} messages asked at ${options.rate}/s, at most 256 sends in flight; storm: ${eventide.storm.clients} sockets, ${options.awayPerGroup} messages per group while away`,
  `RSS of the query-api process: ${eventide.rssBeforeKb} kB before, ${eventide.rssAfterKb} kB with the sockets open (connected in ${(eventide.connectMs / 1000).toFixed(1)} s); bare ws: ${bare.rssBeforeKb} → ${bare.rssAfterKb} kB (${(bare.connectMs / 1000).toFixed(1)} s)`,
  `Sends: Eventide ${eventide.live.send.sent} accepted, ${eventide.live.send.failed} failed, ${eventide.retried} sent again after a 409 concurrency-conflict${eventide.live.send.firstError ? ` (${eventide.live.send.firstError.slice(0, 200)})` : ''} in ${(eventide.live.send.elapsedMs / 1000).toFixed(1)} s; bare ${bare.live.send.sent} in ${(bare.live.send.elapsedMs / 1000).toFixed(1)} s`,
  `CPU during the latency phase: query-api ${(eventide.liveCpuMs.server / 1000).toFixed(1)} s, all-in-one (commands, projectors) ${(eventide.liveCpuMs.command / 1000).toFixed(1)} s, PostgreSQL ${(eventide.liveCpuMs.postgres / 1000).toFixed(1)} s; feed page reads by the query-api process ${eventide.liveFeedReads} (${(eventide.liveFeedReads / Math.max(1, eventide.live.send.sent)).toFixed(1)} per message); largest projection lag sampled ${eventide.liveProjectionLag.events} events (${eventide.liveProjectionLag.projection || 'none'}); bare server ${(bare.liveCpuMs.server / 1000).toFixed(1)} s; the bench client's event-loop delay p99 / max: Eventide ${eventide.clientLoopDelayMs.p99.toFixed(0)} / ${eventide.clientLoopDelayMs.max.toFixed(0)} ms, bare ${bare.clientLoopDelayMs.p99.toFixed(0)} / ${bare.clientLoopDelayMs.max.toFixed(0)} ms`,
  `Storm: Eventide's ${eventide.storm.clients} sockets open again in ${(eventide.storm.reconnectedMs / 1000).toFixed(2)} s, all caught up in ${(eventide.storm.caughtUpMs / 1000).toFixed(2)} s with ${eventide.storm.feedReads} page reads; lost ${eventide.lost}, twice ${eventide.duplicates}`,
  `Closed by the server while open (code: sockets; each reconnected from its cursor): Eventide ${JSON.stringify(eventide.closedByServer)}, bare ${JSON.stringify(bare.closedByServer)}; handshakes tried again (reset or refused): Eventide ${eventide.handshakesRetried}, bare ${bare.handshakesRetried}`,
  `Open files limit: query-api process ${eventide.openFilesLimit}, bare server ${bare.openFilesLimit}, clients (this process) ${openFilesLimit('self')}`,
  `Run: ${started.toISOString()} to ${new Date().toISOString()}`,
  `Machine: nproc ${execSync('nproc', { encoding: 'utf8' }).trim()}, Node ${process.version}, load average ${loads(loadAtStart)} at the start, ${loads(loadavg())} at the end`,
].join('\n');
console.log(`\n${context}\n`);
printTable(rows);
const table: string[] = [];
const log = console.log;
console.log = (line: string) => table.push(line);
printTable(rows);
console.log = log;
writeFileSync(
  'bench/realtime/LAST_RUN.md',
  `# \`npm run bench:realtime\`: last run\n\n${context
    .split('\n')
    .map((l) => `- ${l}`)
    .join('\n')}\n\n${table.join('\n')}\n\nSee docs/realtime-benchmark.md for what each figure measures.\n`,
);
