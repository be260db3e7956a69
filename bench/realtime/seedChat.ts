import { randomUUID } from 'node:crypto';

/** One socket of the benchmark: a device of a member of a group conversation. */
export interface SocketSpec {
  userId: string;
  token: string;
  conversationId: string;
}

/** The chat the benchmark runs: groups of `groupSize` users, each user with `devices` sockets. */
export interface Chat {
  groups: { conversationId: string; members: { userId: string; token: string }[] }[];
  sockets: SocketSpec[];
}

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Runs `work` over 0..count-1, `concurrency` at a time. */
export async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/**
 * Signs up `users` users through the API and puts them in group conversations of `groupSize`
 * (the first creates it with the others as members). Every user's devices share its one session's
 * access token: the socket cost is the same, and sign-ups stay a small part of the run.
 */
export async function seedChat(
  base: string,
  options: { users: number; groupSize: number; devices: number },
): Promise<Chat> {
  const members: { userId: string; token: string }[] = new Array(options.users);
  await pool(options.users, 16, async (i) => {
    const registered = await post<{ user: { id: string }; accessToken: string }>(`${base}/v1/auth/register`, {
      email: `${randomUUID()}@example.com`,
      password: 'benchmark password',
      displayName: `Bench ${i}`,
    });
    members[i] = { userId: registered.user.id, token: registered.accessToken };
  });
  const groups: Chat['groups'] = [];
  for (let i = 0; i + options.groupSize <= members.length; i += options.groupSize)
    groups.push({ conversationId: '', members: members.slice(i, i + options.groupSize) });
  await pool(groups.length, 16, async (i) => {
    const [owner, ...others] = groups[i]!.members;
    const created = await post<{ id: string }>(
      `${base}/v1/conversations`,
      { kind: 'group', name: `Group ${i}`, memberIds: others.map((m) => m.userId) },
      owner!.token,
    );
    groups[i]!.conversationId = created.id;
  });
  return { groups, sockets: socketsOf(groups, options.devices) };
}

/** Device d of every member comes before device d + 1 of any: the first half of the sockets is one device of each user. */
function socketsOf(groups: Chat['groups'], devices: number): SocketSpec[] {
  const sockets: SocketSpec[] = [];
  for (let d = 0; d < devices; d++)
    for (const group of groups)
      for (const member of group.members) sockets.push({ ...member, conversationId: group.conversationId });
  return sockets;
}

/** The same layout for the bare server, which has no accounts: made-up ids. */
export function bareChat(users: number, groupSize: number, devices: number): Chat {
  const groups: Chat['groups'] = [];
  for (let i = 0; i + groupSize <= users; i += groupSize)
    groups.push({
      conversationId: randomUUID(),
      members: Array.from({ length: groupSize }, () => ({ userId: randomUUID(), token: '' })),
    });
  return { groups, sockets: socketsOf(groups, devices) };
}
