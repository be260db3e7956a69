import { fmt, type Row } from '../report.js';
import type { RealtimeBenchOptions, ServerFigures } from './realtimeBench.js';

const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${fmt(ours / theirs, 2)}×` : '—');
const ms = (n: number) => `${fmt(n, n < 10 ? 2 : 1)} ms`;

/** The realtime benchmark's rows, Eventide beside the bare `ws` server of the same run. */
export function realtimeRows(
  options: RealtimeBenchOptions,
  { eventide, bare }: { eventide: ServerFigures; bare: ServerFigures },
): Row[] {
  const n = fmt(eventide.connections);
  const shape = `${options.groupSize} members × ${options.devices} sockets`;
  const rates = `asked ${fmt(options.rate)}/s; sent ${fmt(eventide.live.send.achievedPerSecond)}/s vs ${fmt(bare.live.send.achievedPerSecond)}/s`;
  const delivered = (f: ServerFigures) => `${fmt(f.live.delivered)}/${fmt(f.live.expected)} delivered`;
  return [
    {
      benchmark: `realtime: RSS per WebSocket, ${n} open (query-api process; bare: the ws server)`,
      result: `${fmt(eventide.perConnectionKb, 1)} KB`,
      baseline: `${fmt(bare.perConnectionKb, 1)} KB`,
      ratio: ratio(eventide.perConnectionKb, bare.perConnectionKb),
      goal: '≈ 30 KB (Centrifugo)',
    },
    {
      benchmark: `realtime: sent → other members' sockets p50 (${shape}; ${rates})`,
      result: ms(eventide.live.p50Ms),
      baseline: ms(bare.live.p50Ms),
      ratio: ratio(eventide.live.p50Ms, bare.live.p50Ms),
      goal: delivered(eventide),
    },
    {
      benchmark: `realtime: sent → other members' sockets p99 (same run)`,
      result: ms(eventide.live.p99Ms),
      baseline: ms(bare.live.p99Ms),
      ratio: ratio(eventide.live.p99Ms, bare.live.p99Ms),
      goal: delivered(bare),
    },
    {
      benchmark: `realtime: the sender's 201 → other members' sockets p50 / p99 (the delivery path without the command's queue)`,
      result: `${ms(eventide.live.ackedP50Ms)} / ${ms(eventide.live.ackedP99Ms)}`,
      baseline: `${ms(bare.live.ackedP50Ms)} / ${ms(bare.live.ackedP99Ms)}`,
      ratio: ratio(eventide.live.ackedP50Ms, bare.live.ackedP50Ms),
      goal: '—',
    },
    {
      benchmark: `realtime: reconnect storm, ${fmt(eventide.storm.clients)} at once from their cursors, ${eventide.storm.missedEach} missed each: all caught up (bare: reconnected, no history)`,
      result: `${fmt(eventide.storm.caughtUpMs / 1000, 2)} s`,
      baseline: `${fmt(bare.storm.reconnectedMs / 1000, 2)} s`,
      ratio: ratio(eventide.storm.caughtUpMs, bare.storm.reconnectedMs),
      goal: `lost ${eventide.lost}, twice ${eventide.duplicates} (all sockets, whole run)`,
    },
  ];
}
