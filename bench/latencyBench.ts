import { fmt, type Row } from './report.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Command → visible in the feed: a long-poll waits on the feed; the clock starts when the PATCH
 * is sent and stops when the long-poll answers with the change. Baseline: the PATCH alone.
 */
export async function commandToFeedBench(
  base: string,
  token: string,
  deviceId: string,
  cursor: string,
  rounds: number,
): Promise<Row> {
  const auth = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const visible: number[] = [];
  const commandOnly: number[] = [];
  let current = cursor;
  for (let i = 0; i < rounds; i++) {
    const poll = fetch(`${base}/v1/feed?cursor=${current}&wait=10`, { headers: auth });
    await new Promise((r) => setTimeout(r, 5));
    const started = performance.now();
    const patch = await fetch(`${base}/v1/devices/${deviceId}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ appVersion: `9.${i}` }),
    });
    commandOnly.push(performance.now() - started);
    if (patch.status !== 200) throw new Error(`PATCH answered ${patch.status}`);
    const page = (await (await poll).json()) as {
      nextCursor: string;
      changes?: { device?: { appVersion: string } }[];
    };
    visible.push(performance.now() - started);
    if (page.changes?.[0]?.device?.appVersion !== `9.${i}`)
      throw new Error('the long-poll did not return the change');
    current = page.nextCursor;
  }
  visible.sort((a, b) => a - b);
  commandOnly.sort((a, b) => a - b);
  return {
    benchmark: `command → visible in feed (${rounds} rounds)`,
    result: `p50 ${fmt(percentile(visible, 50), 1)} ms, p99 ${fmt(percentile(visible, 99), 1)} ms`,
    baseline: `command alone: p50 ${fmt(percentile(commandOnly, 50), 1)}, p99 ${fmt(percentile(commandOnly, 99), 1)} ms`,
    ratio: '—',
    goal: '—',
  };
}
