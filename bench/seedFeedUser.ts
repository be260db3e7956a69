import { randomUUID } from 'node:crypto';

const json = { 'content-type': 'application/json' };

async function post<T>(url: string, headers: Record<string, string>, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A new user holding `documents` app documents spread evenly over `collections`, and `devices`
 * devices, through the HTTP API of a running backend; resolves once the feed shows them all.
 * Answers the user's id.
 */
export async function seedFeedUser(
  base: string,
  collections: readonly string[],
  documents: number,
  devices: number,
): Promise<string> {
  const { accessToken, user } = await post<{ accessToken: string; user: { id: string } }>(
    `${base}/v1/auth/register`,
    {},
    { email: `${randomUUID()}@example.com`, password: 'benchmark password', displayName: 'Bench' },
  );
  const auth = { authorization: `Bearer ${accessToken}` };
  let position = 0;
  for (let i = 0; i < devices; i++) {
    const device = {
      platform: 'ios',
      pushToken: `t${i}`,
      appVersion: '1.0.0',
      locale: 'en',
      timezone: 'UTC',
    };
    ({ position } = await post<{ position: number }>(`${base}/v1/devices`, auth, device));
  }
  const clientId = `b${randomUUID().slice(0, 8)}`;
  for (let start = 0; start < documents; start += 100) {
    const mutations = Array.from({ length: Math.min(100, documents - start) }, (_, j) => {
      const n = start + j;
      return {
        mutationId: `${clientId}:${n + 1}`,
        collection: collections[n % collections.length]!,
        documentId: `doc-${n}`,
        op: 'put',
        set: { title: `Replace the boiler valve at unit ${n}`, status: n % 3 === 0 ? 'done' : 'open', n },
        baseVersion: 0,
        hlc: `${String(1_700_000_000_000 + n).padStart(15, '0')}:0000:${clientId}`,
      };
    });
    ({ position } = await post<{ position: number }>(`${base}/v1/sync/mutations`, auth, {
      clientId,
      mutations,
    }));
  }
  const seen = await fetch(`${base}/v1/feed?limit=1&min_position=${position}`, { headers: auth });
  if (!seen.ok) throw new Error(`feed did not reach ${position}: ${seen.status}`);
  return user.id;
}
