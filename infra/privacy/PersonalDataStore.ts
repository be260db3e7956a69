import { erasedValue, type PersonalFieldsRegistry } from '../../domain/privacy/index.js';
import {
  MappingEventStore,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../eventStore/index.js';
import { decryptField, encryptField, isEncrypted } from './fieldCipher.js';
import type { KeyVault } from './KeyVault.js';

const subjectOf = (data: Record<string, unknown>) =>
  typeof data.userId === 'string' ? data.userId : undefined;

/**
 * An event store that keeps personal data encrypted at rest: on append, the personal fields of
 * each event (`fields`: what the feature modules declare) are encrypted with the subject user's key; on every read, they are
 * decrypted, or, once the key is erased, read as erased. Everything above (commands, projections,
 * exports, replays) sees plain events and never handles keys.
 */
export class PersonalDataStore extends MappingEventStore {
  constructor(
    inner: EventStore,
    private readonly vault: KeyVault,
    private readonly fields: PersonalFieldsRegistry,
  ) {
    super(inner);
  }

  protected onAppend(events: readonly NewEvent[]): Promise<NewEvent[]> {
    return Promise.all(events.map((e) => this.seal(e)));
  }

  protected onRead(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    return Promise.all(events.map((e) => this.open(e)));
  }

  private async seal(event: NewEvent): Promise<NewEvent> {
    const fields = this.fields[event.type];
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

  private async open(event: RecordedEvent): Promise<RecordedEvent> {
    const fields = this.fields[event.type];
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
