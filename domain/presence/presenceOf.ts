export type DeviceStatus = 'online' | 'away';
export type PresenceStatus = DeviceStatus | 'offline';

/** One device's live entry, as the cache keeps it: `<deviceId>|<status>`. */
export const deviceEntry = (deviceId: string, status: DeviceStatus) => `${deviceId}|${status}`;

/** The status in a device entry; undefined for anything else. */
export function statusOfEntry(entry: string): DeviceStatus | undefined {
  const status = entry.slice(entry.lastIndexOf('|') + 1);
  return status === 'online' || status === 'away' ? status : undefined;
}

/** A user's status from the live entries of their devices: online if any is, away if any is, else offline. */
export function statusOf(entries: readonly string[]): PresenceStatus {
  const statuses = entries.map(statusOfEntry);
  if (statuses.includes('online')) return 'online';
  if (statuses.includes('away')) return 'away';
  return 'offline';
}

export interface Presence {
  userId: string;
  status: PresenceStatus;
  lastSeenAt: string | null;
}

/**
 * What `viewerId` sees of `userId`: a user who hides their presence appears offline, with no
 * last seen, to everyone but themselves.
 */
export function presenceOf(
  viewerId: string,
  userId: string,
  known: { entries: readonly string[]; lastSeenAt: string | null; hidden: boolean },
): Presence {
  if (known.hidden && viewerId !== userId) return { userId, status: 'offline', lastSeenAt: null };
  return { userId, status: statusOf(known.entries), lastSeenAt: known.lastSeenAt };
}
