import type { Knex } from 'knex';
import { v5 as uuidv5 } from 'uuid';
import {
  fanOutPace,
  nextPageAt,
  NOTIFICATION_CATEGORY,
  notificationDecider,
  type NotificationCatalog,
  type NotificationState,
} from '../../../domain/notification/index.js';
import { DomainError } from '../../../domain/shared/index.js';
import { handleCommand, loadStream } from '../../../core/index.js';
import type { Bus } from '../../../infra/bus/index.js';
import type { Scheduler } from '../../../infra/scheduler/index.js';
import { streamName, type EventStore, type SnapshotStore } from '../../../infra/eventStore/index.js';
import { PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { savedTemplate } from '../send/index.js';
import { holdPushes } from './holdPushes.js';
import { pushesForPage } from './pushesForPage.js';
import { readAudiencePage } from './readAudiencePage.js';
import { readRecipients, recentCounts } from './readRecipients.js';

const PAGE_COMMAND_NAMESPACE = '0e6b9f4a-7c2d-4f85-b1a3-5d8e2c9f6a14';

export interface FanOutDeps {
  store: EventStore;
  /** Where the notification stream's snapshots are kept: a long send is not folded from its start per page. */
  snapshots?: SnapshotStore;
  knex: Knex;
  bus: Bus;
  /** Holds deferred pushes until their users' quiet hours end (see holdPushes). */
  scheduler: Pick<Scheduler, 'scheduleMany'>;
  catalog: NotificationCatalog;
  /** Devices per page (PUSH_FANOUT_PAGE_SIZE). */
  pageSize: number;
  clock: () => Date;
  /**
   * The inbox's unread count per user (after this notification), when the inbox is wired: each
   * push's badge. Absent: no badge is set beyond the request's own.
   */
  unreadCounts?: (userIds: string[], notificationId: string) => Promise<Map<string, number>>;
  /** Tests only: runs after a page's pushes are on the bus and before the page is recorded. */
  afterPublish?: (page: number) => Promise<void>;
}

/** The audience read models are not built yet: the bus delivers the request again later. */
export class AudienceNotReadyError extends Error {
  readonly retryable = true;
  constructor() {
    super('the notifier and topic read models are not built yet');
    this.name = 'AudienceNotReadyError';
  }
}

export interface FanOutOutcome {
  /** The notification's status when the turn ended (`requested`: more to do). */
  status: NotificationState['status'];
  /** The next page's number. */
  page: number;
  /** A throttled notification whose next page may not go yet: when it may. */
  resumeAt?: Date;
}

/**
 * Sends up to `maxPages` pages of a notification from where its stream says the fan-out is
 * (`pages`, `after`), and answers the status then (`requested`: more to do). For each page:
 * read the audience page (keyset), its users' preferences and profiles (one query each), decide
 * and render (pushesForPage), publish the pushes on PUSH_REQUESTS_TOPIC, THEN record the page
 * (RecordFanOutPage, a command id derived from the notification and the page). A crash between
 * the two publishes the page again on the next run: the same delivery keys, which the sender's
 * ledger sends once. Two workers on one notification: one record wins, the other's is a no-op (a
 * page already recorded) and it reads the stream again. A cancel stops it at the next page.
 *
 * A throttled notification (`audience.throttlePerMinute`) reads pages of fanOutPace's size and
 * stops with `resumeAt` when the next page may not go yet (the previous page's recorded time
 * plus the pace's interval): the caller wakes it then, nothing waits here. A page's time is
 * recorded after its pushes are on the bus, so hand-overs are at least the interval apart.
 * Deferred pushes (quiet hours) are scheduled (holdPushes) before the page is recorded.
 */
export async function fanOutNotification(
  deps: FanOutDeps,
  notificationId: string,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<FanOutOutcome> {
  const stream = streamName(NOTIFICATION_CATEGORY, notificationId);
  let template: Awaited<ReturnType<typeof savedTemplate>>;
  let templateRead = false;
  for (let done = 0; ; done++) {
    const { state } = await loadStream(deps.store, notificationDecider, stream, deps.snapshots);
    const request = state.request;
    if (state.status !== 'requested' || !request || done >= maxPages)
      return { status: state.status, page: state.pages };
    const pace = fanOutPace(deps.pageSize, request.audience.throttlePerMinute);
    const due = nextPageAt(pace, state.lastPageAt, deps.clock().toISOString());
    if (due !== null) return { status: state.status, page: state.pages, resumeAt: new Date(due) };
    if (request.content.type === 'template' && !templateRead) {
      template = await savedTemplate(deps.store, request.content.template);
      templateRead = true;
    }
    const page = await readAudiencePage(deps.knex, request.audience, {
      after: state.after,
      limit: pace.pageSize,
    });
    if (!page) throw new AudienceNotReadyError();
    const userIds = [...new Set(page.devices.map((d) => d.userId))];
    const recipients = await readRecipients(deps.knex, userIds, {
      profiles: request.content.type === 'template',
    });
    const caps = new Map<string, number>();
    for (const [userId, r] of recipients) {
      const cap = r.preferences.categories[request.category]?.cap;
      if (cap) caps.set(userId, cap.periodMinutes);
    }
    const recent = await recentCounts(deps.knex, request.category, caps);
    const badges =
      deps.unreadCounts && !request.silent ? await deps.unreadCounts(userIds, notificationId) : undefined;
    const now = deps.clock();
    const {
      pushes,
      held,
      suppressed,
      userIds: reached,
    } = pushesForPage({
      request,
      template,
      catalog: deps.catalog,
      devices: page.devices,
      recipients,
      recent,
      ...(badges ? { badges } : {}),
      now: now.toISOString(),
    });
    if (pushes.length > 0)
      await deps.bus.publish(
        PUSH_REQUESTS_TOPIC,
        pushes.map((p) => ({ key: p.deviceId, value: JSON.stringify(p) })),
      );
    await holdPushes(deps.scheduler, notificationId, state.pages, held);
    await deps.afterPublish?.(state.pages);
    try {
      await handleCommand({
        store: deps.store,
        ...(deps.snapshots ? { snapshots: deps.snapshots } : {}),
        decider: notificationDecider,
        stream,
        command: (metadata) => ({
          type: 'RecordFanOutPage' as const,
          data: {
            notificationId,
            page: state.pages,
            after: page.next,
            userIds: reached,
            devices: pushes.length,
            suppressed,
          },
          metadata,
        }),
        context: {
          commandId: uuidv5(`${notificationId}|page|${state.pages}`, PAGE_COMMAND_NAMESPACE),
          correlationId: notificationId,
          // After the hand-over: a throttle's pace counts from when the pushes were on the bus.
          now: deps.clock(),
        },
      });
    } catch (error) {
      // Cancelled meanwhile, or another worker is ahead: read the stream again and go on from there.
      if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
    }
  }
}
