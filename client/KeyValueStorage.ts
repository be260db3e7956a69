/**
 * Where the client keeps what must survive a restart (tokens, the mutation queue, the feed cursor
 * and the synced documents): AsyncStorage, IndexedDB, SQLite, a file. Values are JSON text.
 */
export interface KeyValueStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Storage that lasts as long as the process (tests, previews). */
export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}

/** Reads a JSON value, or `fallback` when absent. */
export async function readJson<T>(storage: KeyValueStorage, key: string, fallback: T): Promise<T> {
  const text = await storage.get(key);
  return text === undefined ? fallback : (JSON.parse(text) as T);
}
