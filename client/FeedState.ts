import { readJson, type KeyValueStorage } from './KeyValueStorage.js';
import type { FeedChange, LocalDocuments } from './LocalDocuments.js';
import type { DecodedFeedPage } from './protocol.js';

const KEY = 'cursor';

/**
 * Where feed pages land, whichever transport brought them (a pull, a long-poll, the realtime
 * socket): the changes go into the local documents and the page's cursor is saved after them, so
 * a restart or a reconnect resumes after the last page applied, with nothing lost and nothing
 * twice. Pages are applied one at a time, in the order they are given.
 */
export class FeedState {
  private current = '';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(changes: readonly FeedChange[]) => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly documents: LocalDocuments,
  ) {}

  async load(): Promise<void> {
    this.current = await readJson(this.storage, KEY, '');
  }

  /** The cursor after the last page applied ('' before the first: a bootstrap). */
  get cursor(): string {
    return this.current;
  }

  /** Calls `listener` with the changes of every page applied; answers the unsubscribe. */
  onChanges(listener: (changes: readonly FeedChange[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies one page. A `mustRefetch` page (the server no longer serves the cursor) drops the
   * local documents and the cursor: answers false, and the caller reads again from ''.
   */
  apply(page: DecodedFeedPage): Promise<boolean> {
    const applied = this.queue.then(async () => {
      if (page.mustRefetch) {
        await this.reset();
        return false;
      }
      await this.documents.apply(page.changes);
      await this.save(page.nextCursor);
      if (page.changes.length > 0) for (const listener of this.listeners) listener(page.changes);
      return true;
    });
    this.queue = applied.catch(() => undefined);
    return applied;
  }

  /** Starts over from a bootstrap: no documents, no cursor. */
  async reset(): Promise<void> {
    await this.documents.clear();
    await this.save('');
  }

  private async save(cursor: string): Promise<void> {
    this.current = cursor;
    await this.storage.set(KEY, JSON.stringify(cursor));
  }
}
