import { erasedValue, PERSONAL_FIELDS } from '../../domain/privacy/index.js';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../eventStore/index.js';
import { decryptField, encryptField, isEncrypted } from './fieldCipher.js';
import type { KeyVault } from './KeyVault.js';

const subjectOf = (data: Record<string, unknown>) =>
  typeof data.userId === 'string' ? data.userId : undefined;

/**
 * An event store that keeps personal data encrypted at rest: on append, the personal fields of
 * each event (domain/privacy) are encrypted with the subject user's key; on every read, they are
 * decrypted, or, once the key is erased, read as erased. Everything above (commands, projections,
 * exports, replays) sees plain events and never handles keys.
 */
export class PersonalDataStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly vault: KeyVault,
  ) {}

  async append(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
  ): Promise<AppendResult> {
    const sealed = await Promise.all(events.map((e) => this.seal(e)));
    return this.inner.append(stream, sealed, expected);
  }

  async readStream(
    stream: string,
    options?: { fromVersion?: number; maxCount?: number },
  ): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(stream, options));
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    const result = await this.inner.readAll(options);
    return { ...result, events: await this.openAll(result.events) };
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  subscribe(options: SubscribeOptions, onEvents: (events: RecordedEvent[]) => Promise<void>): Subscription {
    return this.inner.subscribe(options, async (events) => onEvents(await this.openAll(events)));
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.inner.waitForAppend(timeoutMs, signal);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async seal(event: NewEvent): Promise<NewEvent> {
    const fields = PERSONAL_FIELDS[event.type];
    const userId = subjectOf(event.data);
    if (!fields || !userId) return event;
    const present = fields.filter((f) => event.data[f] !== undefined && event.data[f] !== null);
    if (present.length === 0) return event;
    const key = await this.vault.keyFor(userId, { create: true });
    if (!key) throw new Error(`no data key for ${userId}`);
    const data = { ...event.data };
    for (const field of present) data[field] = encryptField(key, event.id, field, data[field]);
    return { ...event, data };
  }

  private openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    return Promise.all(events.map((e) => this.open(e)));
  }

  private async open(event: RecordedEvent): Promise<RecordedEvent> {
    const fields = PERSONAL_FIELDS[event.type];
    const userId = subjectOf(event.data);
    if (!fields || !userId) return event;
    const sealed = fields.filter((f) => isEncrypted(event.data[f]));
    if (sealed.length === 0) return event;
    const key = await this.vault.keyFor(userId, { create: false });
    const data = { ...event.data };
    for (const field of sealed) {
      data[field] = key ? decryptField(key, data[field] as string) : erasedValue(field);
    }
    return { ...event, data };
  }
}
