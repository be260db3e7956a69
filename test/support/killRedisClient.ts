import { Redis } from 'ioredis';

/** Closes, on the server side, the Redis connection whose client name is `name` (as a network cut would). */
export async function killRedisClient(url: string, name: string): Promise<void> {
  const admin = new Redis(url);
  try {
    const list = (await admin.client('LIST')) as string;
    const ids = list
      .split('\n')
      .filter((line) => line.split(' ').includes(`name=${name}`))
      .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1])
      .filter((id): id is string => id !== undefined);
    if (ids.length !== 1) throw new Error(`expected one Redis client named ${name}, found ${ids.length}`);
    await admin.client('KILL', 'ID', ids[0]!);
  } finally {
    admin.disconnect();
  }
}
