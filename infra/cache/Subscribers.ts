interface Subscriber {
  onMessage(message: string): void;
  onLost?(): void;
}

/** Who listens on which channel, for the pub/sub of a cache adapter. */
export class Subscribers {
  private readonly byChannel = new Map<string, Set<Subscriber>>();

  /** Adds a subscriber; `first` tells whether the channel had none (the adapter subscribes then). */
  add(channel: string, subscriber: Subscriber): { first: boolean; remove: () => boolean } {
    let set = this.byChannel.get(channel);
    const first = !set;
    if (!set) this.byChannel.set(channel, (set = new Set()));
    set.add(subscriber);
    const subscribers = set;
    return {
      first,
      /** Removes the subscriber; true when the channel has none left (the adapter unsubscribes then). */
      remove: () => {
        subscribers.delete(subscriber);
        if (subscribers.size > 0 || this.byChannel.get(channel) !== subscribers) return false;
        this.byChannel.delete(channel);
        return true;
      },
    };
  }

  deliver(channel: string, message: string): void {
    for (const subscriber of [...(this.byChannel.get(channel) ?? [])]) subscriber.onMessage(message);
  }

  /** Tells every subscriber that messages may have been missed. */
  lost(): void {
    for (const set of this.byChannel.values()) for (const subscriber of [...set]) subscriber.onLost?.();
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  clear(): void {
    this.byChannel.clear();
  }
}
