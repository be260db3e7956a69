import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { sleep, Waiters } from '../../../platform/async/index.js';
import { withSchemaLock, type Database } from '../../postgres/index.js';
import { partitionOf } from '../partitionOf.js';
import type { BatchOptions, Bus, BusConsumer, BusMessage, ConsumerOptions, ReceivedMessage } from '../Bus.js';
import type { Outbox } from '../Outbox.js';

const PARTITIONS = 8;

/** Handles a partition's next messages, calling `done` with the last one whose offset may move. */
type PartitionHandler = (
  messages: ReceivedMessage[],
  done: (message: ReceivedMessage) => void,
) => Promise<void>;
const CHANNEL = 'bus_published';
type MessageRow = {
  id: number | null;
  key: string;
  value: Buffer | Uint8Array;
  headers: Record<string, string>;
};
const PUBLISH_LOCK = 7_301_021;

/**
 * The embedded bus: a Postgres table as a partitioned log. Publishers take a transaction-scoped
 * lock so ids become visible in order; a consumer claims one (group, topic, partition) offset
 * row with FOR UPDATE SKIP LOCKED, handles its next messages and moves the offset in the same
 * transaction, so each partition has one active consumer per group and a crash redelivers.
 * Being in the read-model database, it is also an `Outbox`: messages published within a
 * projection's transaction exist exactly when it commits.
 */
export class PostgresBus implements Bus, Outbox {
  readonly kind = 'postgres';
  /** Each consumer's sleep, by the topics it consumes: a publish wakes only its topic's consumers. */
  private readonly sleepers = new Map<string, Set<Waiters>>();
  private unlisten: (() => Promise<void>) | undefined;

  private constructor(
    private readonly db: Database,
    private readonly claimMs: number,
    private readonly pollMs: number,
  ) {}

  /**
   * `claimMs`: how long a consumer that died mid-batch keeps its partition before redelivery.
   * `pollMs`: how long an idle consumer sleeps when no publish is notified (a safety net: every
   * publish notifies, and a lost listening connection wakes every consumer when it is back).
   */
  static async open(db: Database, options: { claimMs?: number; pollMs?: number } = {}): Promise<PostgresBus> {
    await withSchemaLock(db.knex, 'bus', async (trx) => {
      await trx.raw(`create table if not exists bus_messages (
        id bigserial primary key, topic text not null, partition int not null, key text not null,
        value bytea not null, headers jsonb not null default '{}', created_at timestamptz not null default now())`);
      await trx.raw(
        'create index if not exists bus_messages_topic_partition on bus_messages (topic, partition, id)',
      );
      await trx.raw(`create table if not exists bus_offsets (
        consumer_group text not null, topic text not null, partition int not null, last_id bigint not null,
        claimed_by text, claimed_until timestamptz,
        primary key (consumer_group, topic, partition))`);
    });
    const bus = new PostgresBus(db, options.claimMs ?? 30_000, options.pollMs ?? 10_000);
    // The payload is the topic published on; a lost listening connection wakes every consumer.
    const wake = (topic?: string) => bus.wake(topic);
    bus.unlisten = await db.listen(CHANNEL, wake, wake);
    return bus;
  }

  private wake(topic?: string): void {
    for (const [consumed, waiters] of this.sleepers)
      if (topic === undefined || topic === consumed) for (const w of waiters) w.wakeAll();
  }

  async publish(topic: string, messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.db.knex.transaction((trx) => PostgresBus.publishWithin(trx, topic, messages));
  }

  publishWithin(trx: Knex.Transaction, topic: string, messages: readonly BusMessage[]): Promise<void> {
    return PostgresBus.publishWithin(trx, topic, messages);
  }

  /** Publishes inside a caller's transaction: the messages exist only if it commits (an outbox). */
  static async publishWithin(
    trx: Knex.Transaction,
    topic: string,
    messages: readonly BusMessage[],
  ): Promise<void> {
    if (messages.length === 0) return;
    // One statement: the lock (an InitPlan, taken before the first row draws its id), the rows
    // in the order given, and the notification.
    await trx.raw(
      `with inserted as (
         insert into bus_messages (topic, partition, key, value, headers)
         select ?, m.partition, m.key, m.value, m.headers::jsonb
           from unnest(?::int[], ?::text[], ?::bytea[], ?::text[]) with ordinality as m(partition, key, value, headers, n)
          where (select pg_advisory_xact_lock(?)) is not null
          order by m.n
         returning 1)
       select pg_notify(?, ?) where exists (select 1 from inserted)`,
      [
        topic,
        messages.map((m) => partitionOf(m.key, PARTITIONS)),
        messages.map((m) => m.key),
        messages.map((m) => (Buffer.isBuffer(m.value) ? m.value : Buffer.from(m.value))),
        messages.map((m) => JSON.stringify(m.headers ?? {})),
        PUBLISH_LOCK,
        CHANNEL,
        topic,
      ],
    );
  }

  consume(
    options: ConsumerOptions,
    handler: (message: ReceivedMessage) => Promise<void>,
  ): Promise<BusConsumer> {
    // One message at a time; the offset moves past each as it is handled.
    return this.run(options, 100, async (messages, done) => {
      for (const message of messages) {
        await handler(message);
        done(message);
      }
    });
  }

  /** Up to `maxBatch` messages of one partition at a time; the offset moves past all or none. */
  consumeBatches(
    options: ConsumerOptions,
    handler: (messages: ReceivedMessage[]) => Promise<void>,
    batch: BatchOptions = {},
  ): Promise<BusConsumer> {
    return this.run(options, Math.max(1, batch.maxBatch ?? 100), async (messages, done) => {
      await handler(messages);
      done(messages[messages.length - 1]!);
    });
  }

  private async run(options: ConsumerOptions, limit: number, handle: PartitionHandler): Promise<BusConsumer> {
    const knex = this.db.knex;
    for (const topic of options.topics) {
      const start = options.fromBeginning === false ? await this.maxId(topic) : 0;
      const rows = Array.from({ length: PARTITIONS }, (_, partition) => ({
        consumer_group: options.group,
        topic,
        partition,
        last_id: start,
      }));
      await knex('bus_offsets').insert(rows).onConflict(['consumer_group', 'topic', 'partition']).ignore();
    }
    const controller = new AbortController();
    const consumerId = randomUUID();
    const waiters = new Waiters();
    for (const topic of options.topics) {
      if (!this.sleepers.has(topic)) this.sleepers.set(topic, new Set());
      this.sleepers.get(topic)!.add(waiters);
    }
    const loop = (async () => {
      while (!controller.signal.aborted) {
        // Armed before looking, so a publish notified while this consumer looks ends the sleep.
        const looked = new AbortController();
        const woken = waiters.wait(this.pollMs, AbortSignal.any([controller.signal, looked.signal]));
        // Partitions held by another consumer's claim; and whether one gave a full batch.
        let blocked = 0;
        let full = false;
        try {
          for (const topic of options.topics) {
            // One read finds the partitions with messages past the group's offset: an idle
            // consumer writes nothing (no claims), it only looks.
            for (const partition of await this.pendingPartitions(options.group, topic)) {
              if (controller.signal.aborted) break;
              const drained = await this.drainPartition(
                consumerId,
                options.group,
                topic,
                partition,
                limit,
                handle,
              );
              if (drained === 0) blocked++;
              full ||= drained >= limit;
            }
          }
        } catch {
          // The handler threw: its transaction rolled back, so the message comes again after a pause.
          looked.abort();
          await sleep(200, controller.signal);
          continue;
        }
        // A full batch: more may be there, look again at once. Messages held by another
        // consumer's claim (it may have died) are looked at again as the claim runs out; no
        // publish announces that. Otherwise every partition found was drained to its end, and
        // whatever was published since the look was notified, which ends this sleep at once.
        if (blocked > 0 && !full)
          await Promise.race([woken, sleep(Math.min(this.pollMs, this.claimMs / 4), looked.signal)]);
        else if (!full) await woken;
        looked.abort();
      }
    })();
    return {
      stop: async () => {
        controller.abort();
        await loop;
        for (const topic of options.topics) this.sleepers.get(topic)?.delete(waiters);
      },
    };
  }

  private async drainPartition(
    consumerId: string,
    group: string,
    topic: string,
    partition: number,
    limit: number,
    handle: PartitionHandler,
  ): Promise<number> {
    const knex = this.db.knex;
    // 1. Claim the partition for this group (a crashed claimer's claim expires) and read its
    // next messages, in one statement: no row when another consumer holds the claim, one row
    // without a message when there is none.
    const claimed = await knex.raw<{ rows: MessageRow[] }>(
      `with claimed as (
         update bus_offsets set claimed_by = ?, claimed_until = clock_timestamp() + ? * interval '1 millisecond'
          where consumer_group = ? and topic = ? and partition = ?
            and (claimed_until is null or claimed_until < clock_timestamp())
          returning last_id)
       select m.id, m.key, m.value, m.headers from claimed c
         left join lateral (select id, key, value, headers from bus_messages
                             where topic = ? and partition = ? and id > c.last_id order by id limit ?) m on true
        order by m.id`,
      [consumerId, this.claimMs, group, topic, partition, topic, partition, limit],
    );
    if (claimed.rows.length === 0) return 0;
    const release = (lastId?: number) =>
      knex('bus_offsets')
        .where({ consumer_group: group, topic, partition, claimed_by: consumerId })
        .update({
          claimed_by: null,
          claimed_until: null,
          ...(lastId === undefined ? {} : { last_id: lastId }),
        });
    try {
      // 2. Hand the messages to the handler, outside any transaction.
      const messages = claimed.rows.filter((m): m is MessageRow & { id: number } => m.id !== null);
      let lastDone: number | undefined;
      try {
        if (messages.length > 0)
          await handle(
            messages.map((m) => ({
              topic,
              partition,
              offset: String(m.id),
              key: m.key,
              value: Buffer.from(m.value),
              headers: m.headers,
            })),
            (m) => void (lastDone = Number(m.offset)),
          );
      } finally {
        // 3. Commit the offset of what was handled (all, or up to a failure) and release the claim.
        await release(lastDone);
      }
      return messages.length;
    } catch (error) {
      await release().catch(() => undefined);
      throw error;
    }
  }

  /** The partitions of `topic` holding messages after the group's offset. */
  private async pendingPartitions(group: string, topic: string): Promise<number[]> {
    const rows = await this.db.knex.raw<{ rows: { partition: number }[] }>(
      `select o.partition from bus_offsets o
       where o.consumer_group = ? and o.topic = ?
         and exists (select 1 from bus_messages m
                     where m.topic = o.topic and m.partition = o.partition and m.id > o.last_id)
       order by o.partition`,
      [group, topic],
    );
    return rows.rows.map((row) => Number(row.partition));
  }

  private async maxId(topic: string): Promise<number> {
    const row = await this.db
      .knex('bus_messages')
      .where({ topic })
      .max<{ max: number | null }>('id as max')
      .first();
    return Number(row?.max ?? 0);
  }

  async close(): Promise<void> {
    this.wake();
    await this.unlisten?.();
  }
}
