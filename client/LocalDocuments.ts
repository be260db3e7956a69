import type { Mutation } from './MutationQueue.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';

export interface SyncedDocument {
  version: number;
  fields: Record<string, unknown>;
}

/** One change of the feed, decoded. */
export interface FeedChange {
  collection: string;
  id: string;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  /** Set when `fields` holds only these fields (absent ones were removed). */
  mask?: string[];
}

const KEY = 'documents';

/** How the feed names a mutation's document: `<space>/<id>` for space documents. */
export const feedIdOf = (m: { documentId: string; spaceId?: string }) =>
  m.spaceId ? `${m.spaceId}/${m.documentId}` : m.documentId;
const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * The documents as the server last told them, in storage, with the app's pending writes laid
 * over them for reading: what the user sees is the server's state plus their own unsent edits.
 */
export class LocalDocuments {
  private documents = new Map<string, SyncedDocument>();

  constructor(private readonly storage: KeyValueStorage) {}

  async load(): Promise<void> {
    this.documents = new Map(await readJson<[string, SyncedDocument][]>(this.storage, KEY, []));
  }

  synced(collection: string, id: string): SyncedDocument | undefined {
    return this.documents.get(keyOf(collection, id));
  }

  /** Applies feed changes: whole documents, field masks, tombstones. */
  async apply(changes: readonly FeedChange[]): Promise<void> {
    for (const change of changes) {
      const key = keyOf(change.collection, change.id);
      if (change.deleted) {
        this.documents.delete(key);
        continue;
      }
      if (!change.mask) {
        this.documents.set(key, { version: change.version, fields: change.fields });
        continue;
      }
      const fields = { ...this.documents.get(key)?.fields };
      for (const path of change.mask) {
        if (path in change.fields) fields[path] = change.fields[path];
        else delete fields[path];
      }
      this.documents.set(key, { version: change.version, fields });
    }
    await this.save();
  }

  async clear(): Promise<void> {
    this.documents.clear();
    await this.save();
  }

  /** What the app shows: the synced document with the pending mutations on it, in order. */
  view(collection: string, id: string, pending: readonly Mutation[]): Record<string, unknown> | undefined {
    let fields = this.documents.get(keyOf(collection, id))?.fields;
    for (const mutation of pending) {
      if (mutation.collection !== collection || feedIdOf(mutation) !== id) continue;
      if (mutation.op === 'delete') fields = undefined;
      else if (mutation.op === 'put') fields = { ...mutation.set };
      else {
        fields = { ...fields, ...mutation.set };
        for (const name of mutation.unset ?? []) delete fields[name];
      }
    }
    return fields;
  }

  /** Every synced document of a collection: [id, document]. */
  list(collection: string): [string, SyncedDocument][] {
    const prefix = keyOf(collection, '');
    return [...this.documents]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, doc]) => [key.slice(prefix.length), doc]);
  }

  private save(): Promise<void> {
    return this.storage.set(KEY, JSON.stringify([...this.documents]));
  }
}
