import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerFrameProperties } from '../../proto/index.js';
import { SharedReads, type QueryApiDeps } from '../../query-api/index.js';
import { circleOf, memberConversationsAmong, type CircleOf } from '../messaging/index.js';
import { locationChannel } from '../location/index.js';
import { presenceChannel, typingChannel } from '../presence/index.js';

/** Conversations watched when a Watch names none: the most recent, as the conversation list caps. */
export const WATCHED_CONVERSATIONS = 500;
/** Conversations a Watch may name. */
export const MAX_NAMED_CONVERSATIONS = 100;
/**
 * Watches one connection may send per minute: each reads the viewer's circle, so more are
 * refused (`too-many-watches`) rather than let one user keep the read models busy.
 */
export const WATCHES_PER_MINUTE = 12;
const WINDOW_MS = 60_000;
/** Without news of the viewer's feed, who is read again this often all the same. */
export const SAFETY_REFRESH_MS = 5 * 60_000;
/** Refreshes after changes of the viewer's feed are at least this far apart (a chat changes it often). */
export const REFRESH_GAP_MS = 2_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WatchDeps = Pick<QueryApiDeps, 'cache' | 'db' | 'logger' | 'tracker'>;

/** Circle reads in flight, per process (tracker): a user's connections woken by one change share one. */
const sharedCirclesOf = SharedReads.perOwner<CircleOf | undefined>();

/** Why a Watch was refused: the WatchError's type and detail. */
export class WatchRefused extends Error {
  constructor(
    readonly type: 'not-found' | 'validation' | 'not-ready' | 'too-many-watches',
    detail: string,
  ) {
    super(detail);
  }
}

const notReady = () => new WatchRefused('not-ready', 'Read models are still being built; watch again');

/** A published presence or typing message, read defensively (the cache carries strings). */
function parse(message: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(message);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
const sameSet = (set: ReadonlySet<string>, items: readonly string[]) =>
  set.size === new Set(items).size && items.every((item) => set.has(item));
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const LOCATION_TYPES = new Set(['started', 'position', 'ended']);

/**
 * The presence, typing and live location one socket receives: the cache channels
 * `presence:<user>` of the users who share a current conversation with the viewer, and
 * `typing:<conversation>` and `location:<conversation>` of the viewer's conversations (all, or
 * those the Watch named). What is published on `presence:` is already
 * what others may see (offline with no last seen for a hidden user), so the rule left here is
 * who: the same as GET /v1/presence. Who is read again when the viewer's feed moves (the change
 * tracker: joining, leaving, a member added or removed all change it), at most every
 * REFRESH_GAP_MS, and every SAFETY_REFRESH_MS without news; the connections of one user woken by
 * one change share that read. A refresh subscribes and unsubscribes the difference (and says
 * `watching` again when it changed); between two refreshes a message is forwarded only if its
 * user or conversation is still in the last set read.
 */
export class PresenceWatch {
  private readonly subscribed = new Map<string, Promise<() => Promise<void>>>();
  private contacts = new Set<string>();
  private conversations = new Set<string>();
  private named: string[] | undefined;
  private stopped = false;
  private readonly stopping = new AbortController();
  private watching = false;
  private nextWatch: readonly string[] | undefined;
  private refreshQueued = false;
  private work: Promise<unknown> = Promise.resolve();
  private windowStart = 0;
  private inWindow = 0;

  constructor(
    private readonly deps: WatchDeps,
    private readonly userId: string,
    private readonly send: (frame: ServerFrameProperties) => void,
  ) {}

  /**
   * Starts (or replaces) the watch; answers Watching, or WatchError (the previous watch goes on).
   * Watches that arrive while one waits its turn replace it: a flood of them costs one read.
   */
  watch(conversationIds: readonly string[]): void {
    const now = Date.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (++this.inWindow > WATCHES_PER_MINUTE) {
      const detail = `At most ${WATCHES_PER_MINUTE} watches a minute; the previous watch goes on`;
      this.send({ watchError: { type: 'too-many-watches', detail } });
      return;
    }
    const queued = this.nextWatch !== undefined;
    this.nextWatch = conversationIds;
    if (queued) return;
    this.work = this.work.then(async () => {
      const ids = this.nextWatch ?? [];
      this.nextWatch = undefined;
      try {
        const named = await this.checkNamed(ids);
        this.named = named;
        if (!this.watching) this.followChanges().catch((error: unknown) => this.failed(error));
        this.watching = true;
        await this.apply();
        this.sendWatching();
      } catch (error) {
        if (!(error instanceof WatchRefused)) throw error;
        this.send({ watchError: { type: error.type, detail: error.message } });
      }
    });
    this.work = this.work.catch((error: unknown) => this.failed(error));
  }

  /** Reads again who the viewer may see (nothing when no Watch came yet). */
  refresh(): void {
    if (!this.watching || this.refreshQueued) return;
    this.refreshQueued = true;
    this.work = this.work
      .then(async () => {
        this.refreshQueued = false;
        if (await this.apply()) this.sendWatching();
      })
      .catch((error: unknown) => this.failed(error));
  }

  private sendWatching(): void {
    this.send({ watching: { users: this.contacts.size, conversations: this.conversations.size } });
  }

  /** Refreshes when the viewer's feed moves (at most every REFRESH_GAP_MS), and now and then without. */
  private async followChanges(): Promise<void> {
    const { tracker } = this.deps;
    const signal = this.stopping.signal;
    let seen = tracker.latestKnown(this.userId) ?? 0;
    while (!this.stopped) {
      await tracker.waitForChange(this.userId, seen, SAFETY_REFRESH_MS, signal);
      if (this.stopped) return;
      seen = Math.max(seen, tracker.latestKnown(this.userId) ?? 0);
      this.refresh();
      await sleep(REFRESH_GAP_MS, undefined, { signal }).catch(() => undefined);
    }
  }

  stop(): void {
    this.stopped = true;
    this.stopping.abort();
    for (const unsubscribe of this.subscribed.values())
      void unsubscribe.then((u) => u()).catch(() => undefined);
    this.subscribed.clear();
  }

  private failed(error: unknown): void {
    // A refresh that failed keeps the last set read; the next change (or the safety interval) tries again.
    if (!(error instanceof WatchRefused)) this.deps.logger.warn({ err: error }, 'realtime watch failed');
  }

  private async checkNamed(ids: readonly string[]): Promise<string[] | undefined> {
    if (ids.length === 0) return undefined;
    if (ids.length > MAX_NAMED_CONVERSATIONS)
      throw new WatchRefused('validation', `At most ${MAX_NAMED_CONVERSATIONS} conversations`);
    const named = [...new Set(ids.map((id) => id.toLowerCase()))];
    // Not yours and unknown alike: outsiders learn nothing.
    if (!named.every((id) => UUID.test(id))) throw new WatchRefused('not-found', 'Conversation not found');
    const members = await memberConversationsAmong(this.deps.db.knex, this.userId, named);
    if (!members) throw notReady();
    if (named.some((id) => !members.has(id))) throw new WatchRefused('not-found', 'Conversation not found');
    return named;
  }

  /** Reads who again and subscribes the difference; true when the set changed. */
  private async apply(): Promise<boolean> {
    const circle = await this.readCircle();
    if (this.stopped) return false;
    if (!circle) throw notReady();
    let conversations = circle.conversationIds;
    if (this.named) {
      const named = this.named;
      const still = await memberConversationsAmong(this.deps.db.knex, this.userId, named);
      conversations = named.filter((id) => still?.has(id) === true);
    }
    if (this.stopped) return false;
    const changed = !sameSet(this.contacts, circle.contactIds) || !sameSet(this.conversations, conversations);
    this.contacts = new Set(circle.contactIds);
    this.conversations = new Set(conversations);
    const wanted = new Map<string, (message: string) => void>([
      ...circle.contactIds.map((id) => [presenceChannel(id), (m: string) => this.presence(m)] as const),
      ...conversations.map((id) => [typingChannel(id), (m: string) => this.typing(m)] as const),
      ...conversations.map((id) => [locationChannel(id), (m: string) => this.location(m)] as const),
    ]);
    for (const [channel, unsubscribe] of this.subscribed) {
      if (wanted.has(channel)) continue;
      this.subscribed.delete(channel);
      void unsubscribe.then((u) => u()).catch(() => undefined);
    }
    const subscribing: Promise<unknown>[] = [];
    for (const [channel, onMessage] of wanted) {
      if (this.subscribed.has(channel)) continue;
      const subscription = this.deps.cache.subscribe(channel, onMessage);
      this.subscribed.set(channel, subscription);
      // A failed subscription is tried again at the next refresh.
      subscription.catch(() => {
        if (this.subscribed.get(channel) === subscription) this.subscribed.delete(channel);
      });
      subscribing.push(subscription);
    }
    await Promise.all(subscribing);
    // Stopped meanwhile: `stop` ended what it saw; these came after.
    if (this.stopped) this.stop();
    return changed;
  }

  /**
   * The viewer's circle. Reads asked while the tracker knows the same latest change of the viewer
   * share one (each began after that change was announced, so after its commit); none is shared
   * while the tracker knows nothing of the viewer.
   */
  private async readCircle(): Promise<CircleOf | undefined> {
    const read = () => circleOf(this.deps.db.knex, this.userId, WATCHED_CONVERSATIONS);
    const known = this.deps.tracker.latestKnown(this.userId);
    if (known === undefined) return read();
    return sharedCirclesOf(this.deps.tracker).read(`${this.userId}@${known}`, this.stopping.signal, read);
  }

  private presence(message: string): void {
    const seen = parse(message);
    const userId = text(seen?.userId);
    if (!seen || !this.contacts.has(userId)) return;
    this.send({
      presence: { userId, status: text(seen.status) || 'offline', lastSeenAt: text(seen.lastSeenAt) },
    });
  }

  private typing(message: string): void {
    const typing = parse(message);
    const conversationId = text(typing?.conversationId);
    const userId = text(typing?.userId);
    if (!typing || userId === this.userId || !this.conversations.has(conversationId)) return;
    this.send({ typing: { conversationId, userId } });
  }

  /** A live-location change (docs/location.md), to the members of its conversation only. */
  private location(message: string): void {
    const update = parse(message);
    const conversationId = text(update?.conversationId);
    const type = text(update?.type);
    if (!update || !LOCATION_TYPES.has(type) || !this.conversations.has(conversationId)) return;
    const at = update.location;
    const fix = typeof at === 'object' && at !== null ? (at as Record<string, unknown>) : undefined;
    this.send({
      location: {
        type,
        conversationId,
        userId: text(update.userId),
        shareId: text(update.shareId),
        precision: text(update.precision),
        startedAt: text(update.startedAt),
        endsAt: text(update.endsAt),
        reason: text(update.reason),
        location: fix && {
          lat: num(fix.lat),
          lon: num(fix.lon),
          accuracy: num(fix.accuracy),
          heading: num(fix.heading),
          speed: num(fix.speed),
          at: text(fix.at),
        },
      },
    });
  }
}
