import autocannon from 'autocannon';
import { fmt, type Row } from './report.js';

interface Load {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  non2xx: number;
}

export async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Load> {
  const result = await autocannon({ url, headers, connections, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    non2xx: result.non2xx,
  };
}

/** Feed throughput and latency over HTTP against a running backend (a separate process). */
export async function feedBench(
  base: string,
  token: string,
  cursor: string,
  seconds: number,
): Promise<Row[]> {
  const auth = { authorization: `Bearer ${token}` };
  const page = `${base}/v1/feed?limit=100`;
  const json = await load(page, { ...auth, accept: 'application/json' }, 10, seconds);
  const proto = await load(page, { ...auth, accept: 'application/x-protobuf' }, 10, seconds);
  const unchanged = await load(
    `${base}/v1/feed?cursor=${cursor}`,
    { ...auth, 'if-none-match': `"${cursor}"` },
    10,
    seconds,
  );
  const health = await load(`${base}/healthz`, {}, 10, seconds);
  const proto32 = await load(page, { ...auth, accept: 'application/x-protobuf' }, 32, seconds);
  const unchanged32 = await load(
    `${base}/v1/feed?cursor=${cursor}`,
    { ...auth, 'if-none-match': `"${cursor}"` },
    32,
    seconds,
  );
  if (unchanged.non2xx === 0) throw new Error('the unchanged poll did not answer 304');
  return [
    {
      benchmark: 'feed page of 100 changes, protobuf (10 conns)',
      result: `${fmt(proto.rps)} req/s, ${fmt(proto.bytes)} B`,
      baseline: `JSON: ${fmt(json.rps)} req/s, ${fmt(json.bytes)} B`,
      ratio: `${fmt(proto.rps / json.rps, 2)}× req/s, ${fmt((proto.bytes / json.bytes) * 100)}% bytes`,
      goal: '—',
    },
    {
      benchmark: 'unchanged poll, If-None-Match → 304 (10 conns)',
      result: `${fmt(unchanged.rps)} req/s`,
      baseline: `GET /healthz: ${fmt(health.rps)} req/s`,
      ratio: `${fmt((unchanged.rps / health.rps) * 100)}%`,
      goal: '≥ 70%',
    },
    {
      benchmark: 'feed page of 100, protobuf, 32 conns: p50 / p99',
      result: `${fmt(proto32.p50)} / ${fmt(proto32.p99)} ms`,
      baseline: `304 poll: ${fmt(unchanged32.p50)} / ${fmt(unchanged32.p99)} ms`,
      ratio: '—',
      goal: 'p99 < 50 ms',
    },
  ];
}
