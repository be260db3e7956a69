import type { HybridClock } from './HybridClock.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';

export interface Mutation {
  mutationId: string;
  collection: string;
  documentId: string;
  op: 'put' | 'patch' | 'delete';
  set?: Record<string, unknown>;
  unset?: string[];
  spaceId?: string;
  baseVersion: number;
  hlc: string;
}

export type NewMutation = Omit<Mutation, 'mutationId' | 'hlc'>;

interface Saved {
  sequence: number;
  pending: Mutation[];
}

const KEY = 'mutations';

/**
 * Local writes waiting for the server, in the order they were made, kept in storage so they
 * survive a restart. Each gets its id (client id and a sequence that never repeats) and its
 * clock time when made; resending one is harmless, since the server answers a replay with its
 * first result.
 */
export class MutationQueue {
  private state: Saved = { sequence: 0, pending: [] };

  constructor(
    private readonly storage: KeyValueStorage,
    readonly clientId: string,
    private readonly clock: HybridClock,
  ) {}

  async load(): Promise<void> {
    this.state = await readJson<Saved>(this.storage, KEY, { sequence: 0, pending: [] });
    for (const mutation of this.state.pending) this.clock.observe(mutation.hlc);
  }

  get pending(): readonly Mutation[] {
    return this.state.pending;
  }

  async add(mutation: NewMutation): Promise<Mutation> {
    const sequence = this.state.sequence + 1;
    const queued: Mutation = {
      ...mutation,
      mutationId: `${this.clientId}:${sequence}`,
      hlc: this.clock.tick(),
    };
    this.state = { sequence, pending: [...this.state.pending, queued] };
    await this.save();
    return queued;
  }

  /** Drops the mutations the server has answered (whatever the answer). */
  async settle(mutationIds: readonly string[]): Promise<void> {
    const done = new Set(mutationIds);
    this.state = { ...this.state, pending: this.state.pending.filter((m) => !done.has(m.mutationId)) };
    await this.save();
  }

  private save(): Promise<void> {
    return this.storage.set(KEY, JSON.stringify(this.state));
  }
}
