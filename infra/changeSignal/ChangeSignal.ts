/** A user's data (their feed) changed at this event-store position. */
export interface UserChange {
  userId: string;
  position: number;
}

/**
 * Tells every query-api process (and through it every feed stream and socket) whose feed moved, across
 * processes: Postgres LISTEN/NOTIFY on the database, or Redis pub/sub. Publishers call it after
 * the commit that made the change, so a subscriber never reads ahead of what is committed.
 * Nothing is stored: a subscriber that missed messages is told so (`onLost`) and must forget
 * what it knew.
 */
export interface ChangeSignal {
  readonly kind: 'postgres' | 'redis' | 'memory';
  /** Announces committed changes to every subscriber (in as few messages as fit). */
  publish(changes: readonly UserChange[]): Promise<void>;
  /**
   * Tells every subscriber that changes may have gone unannounced (a publisher died, or failed
   * to publish, between a commit and its announcement): each calls its `onLost`.
   */
  publishLost(): Promise<void>;
  /**
   * Calls `onChange` for each change announced from now on, and `onLost` when announcements
   * may have been missed (a lost connection, or `publishLost`); resolves to an unsubscribe.
   */
  subscribe(
    onChange: (userId: string, position: number) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
}
