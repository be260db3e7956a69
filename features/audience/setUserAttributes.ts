import {
  USER_ATTRIBUTES_CATEGORY,
  userAttributesDecider,
  type AttributeValue,
  type SetUserAttributes,
} from '../../domain/audience/index.js';
import { handleCommand, type CommandContext } from '../../core/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';

/**
 * Applies a JSON merge patch to a user's attributes (a value sets, null removes): the use case
 * behind the user's own route, and the one an app server or a worker calls for any user.
 */
export function setUserAttributes(
  deps: { store: EventStore },
  request: {
    userId: string;
    patch: Readonly<Record<string, AttributeValue | null>>;
    context: CommandContext;
    ifVersion?: number | undefined;
  },
) {
  const entries = Object.entries(request.patch);
  const set = Object.fromEntries(entries.filter((e): e is [string, AttributeValue] => e[1] !== null));
  const unset = entries.filter(([, value]) => value === null).map(([name]) => name);
  return handleCommand({
    store: deps.store,
    decider: userAttributesDecider,
    stream: streamName(USER_ATTRIBUTES_CATEGORY, request.userId),
    command: (metadata): SetUserAttributes => ({
      type: 'SetUserAttributes',
      data: { userId: request.userId, set, unset },
      metadata,
    }),
    context: request.context,
    ...(request.ifVersion !== undefined ? { ifVersion: request.ifVersion } : {}),
  });
}
