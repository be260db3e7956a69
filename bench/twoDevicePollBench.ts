import { randomUUID } from 'node:crypto';
import { fmt, type Row } from './report.js';

const json = { 'content-type': 'application/json' };

async function signUp(base: string): Promise<{ token: string; position: number }> {
  const response = await fetch(`${base}/v1/auth/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      email: `${randomUUID()}@example.com`,
      password: 'benchmark password',
      displayName: 'B',
    }),
  });
  if (response.status !== 201) throw new Error(`register answered ${response.status}`);
  const body = (await response.json()) as { accessToken: string; position: number };
  return { token: body.accessToken, position: body.position };
}

/**
 * The share of unchanged `If-None-Match` polls answered 304 while other users write, for a user
 * polling from two devices in turn (each with its own cursor) against the same user from one.
 * Every answer is checked: only a 304 counts, and a 200 moves that device's cursor on.
 */
export async function twoDevicePollBench(base: string, rounds: number): Promise<Row> {
  async function polls(devices: number): Promise<number> {
    const user = await signUp(base);
    const auth = { authorization: `Bearer ${user.token}` };
    const cursors: string[] = [];
    for (let i = 0; i < devices; i++) {
      const page = (await (
        await fetch(`${base}/v1/feed?min_position=${user.position}`, { headers: auth })
      ).json()) as {
        nextCursor: string;
      };
      cursors.push(page.nextCursor);
    }
    let notModified = 0;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < devices; i++) {
        const written = await signUp(base); // another user writes
        const cursor = cursors[i]!;
        const poll = await fetch(`${base}/v1/feed?cursor=${cursor}&min_position=${written.position}`, {
          headers: { ...auth, 'if-none-match': `"${cursor}"` },
        });
        if (poll.status === 304) notModified += 1;
        else if (poll.status === 200) cursors[i] = ((await poll.json()) as { nextCursor: string }).nextCursor;
        else throw new Error(`poll answered ${poll.status}`);
      }
    }
    return notModified / (rounds * devices);
  }
  const one = await polls(1);
  const two = await polls(2);
  return {
    benchmark: `unchanged polls answered 304 while others write, two devices in turn (${rounds * 2} polls)`,
    result: `${fmt(two * 100)}%`,
    baseline: `one device (${rounds} polls): ${fmt(one * 100)}%`,
    ratio: `${fmt(one > 0 ? two / one : 0, 2)}×`,
    goal: '100% (was 0%)',
  };
}
