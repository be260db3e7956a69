import pg from 'pg';
import { sleep } from '../../platform/async/index.js';

interface Channel {
  notify: Set<(payload: string) => void>;
  reset: Set<() => void>;
}

/**
 * One dedicated LISTEN connection shared by every channel. When it breaks (server restart,
 * pg_terminate_backend, network), it reconnects with backoff, LISTENs again on every channel
 * and then calls each channel's reset handlers, since notifications sent meanwhile are lost.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReset?: () => void,
  ): Promise<() => Promise<void>> {
    const client = await this.connected();
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { notify: new Set(), reset: new Set() };
      this.channels.set(channel, entry);
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    entry.notify.add(onNotify);
    if (onReset) entry.reset.add(onReset);
    const subscription = entry;
    return async () => {
      subscription.notify.delete(onNotify);
      if (onReset) subscription.reset.delete(onReset);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'eventide-listener',
    });
    await client.connect();
    client.on('notification', (message) => {
      for (const handler of this.channels.get(message.channel)?.notify ?? []) handler(message.payload ?? '');
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      if (!this.closed) void this.reconnect();
    };
    client.on('error', lost);
    client.on('end', lost);
    this.client = client;
    return client;
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; !this.closed; attempt++) {
      try {
        const client = await this.connected();
        for (const channel of this.channels.keys())
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        for (const entry of this.channels.values()) for (const reset of entry.reset) reset();
        return;
      } catch {
        await sleep(Math.min(5000, 100 * 2 ** attempt));
      }
    }
  }
}
