/** A stream's folded state at one version, so a command reads only the events after it. */
export interface Snapshot {
  stream: string;
  /** The stream version the state includes (the revision of the last event folded). */
  version: number;
  /** Global position of that event. */
  position: number;
  /** The snapshot version of the decider that folded it: another version ignores the snapshot. */
  stateVersion: number;
  state: unknown;
}

/** The latest snapshot per stream. Losing one costs speed only: the stream is folded from the start. */
export interface SnapshotStore {
  read(stream: string): Promise<Snapshot | undefined>;
  /** Keeps the snapshot unless the stored one is newer for the same decider version. */
  write(snapshot: Snapshot): Promise<void>;
}
