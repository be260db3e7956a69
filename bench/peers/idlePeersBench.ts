import { freePort } from '../../test/support/freePort.js';
import { bareExpress, idleUse } from '../idleBench.js';
import { fmt } from '../report.js';
import { figure } from './figure.js';
import type { Metric } from './peerTable.js';
import type { Peers } from './peers.js';
import { settle } from './procStat.js';

/**
 * 7. Each server idle after all the load: the share of one core and the RSS over `seconds`,
 * measured at the same time for both (and a bare Express process, the baseline), once each has
 * gone quiet and then rested 10 s more. The RSS of each right after it started is shown beside it.
 */
export async function idlePeersBench(
  peers: Peers,
  seconds: number,
  rssAtStart: { parse: number; eventide: number },
): Promise<void> {
  const metrics: Metric[] = [
    { key: 'idle.cpu', label: `idle after the load (${seconds} s): CPU`, unit: '% of a core', digits: 2 },
    { key: 'idle.rss', label: `idle after the load (${seconds} s): RSS`, unit: 'MB', digits: 0 },
  ];
  console.log(`\n7. Idle after the load, ${seconds} s`);
  await settle(peers.parse.pid);
  await settle(peers.eventide.pid);
  const bare = await bareExpress(await freePort());
  try {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const [parse, eventide, baseline] = await Promise.all([
      idleUse(peers.parse.pid, seconds),
      idleUse(peers.eventide.pid, seconds),
      idleUse(bare.pid, seconds),
    ]);
    const p = { 'idle.cpu': figure(parse.core * 100), 'idle.rss': figure(parse.rssMb) };
    const e = { 'idle.cpu': figure(eventide.core * 100), 'idle.rss': figure(eventide.rssMb) };
    console.log(`  Parse    ${fmt(parse.core * 100, 2)}% of a core, RSS ${fmt(parse.rssMb)} MB`);
    console.log(`  Eventide ${fmt(eventide.core * 100, 2)}% of a core, RSS ${fmt(eventide.rssMb)} MB`);
    peers.table.add(metrics, p, e);
    peers.table.baseline('idle.cpu', `bare Express: ${fmt(baseline.core * 100, 2)}%`);
    peers.table.baseline(
      'idle.rss',
      `bare Express: ${fmt(baseline.rssMb)} MB; right after start: Parse ${fmt(rssAtStart.parse)} MB, Eventide ${fmt(rssAtStart.eventide)} MB`,
    );
  } finally {
    await bare.stop();
  }
}
