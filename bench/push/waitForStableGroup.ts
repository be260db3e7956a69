import { Kafka, logLevel } from 'kafkajs';

/**
 * Waits until the consumer group `groupId` is stable with `members` members, so no rebalance
 * (which pauses every member for seconds) falls inside a measured run.
 */
export async function waitForStableGroup(
  brokers: string,
  groupId: string,
  members: number,
  timeoutMs = 60_000,
): Promise<void> {
  const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const started = performance.now();
    for (;;) {
      const { groups } = await admin.describeGroups([groupId]);
      const group = groups[0];
      if (group?.state === 'Stable' && group.members.length === members) return;
      if (performance.now() - started > timeoutMs)
        throw new Error(`group ${groupId}: ${group?.state} with ${group?.members.length} members`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await admin.disconnect();
  }
}
