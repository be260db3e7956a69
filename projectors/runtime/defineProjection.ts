import { isEventOf, type DomainEvent } from '../../domain/shared/index.js';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { Projection, ProjectionContext } from './Projection.js';

/** A stored event of the union `E`: narrowing on `type` narrows `data`. */
export type Recorded<E extends DomainEvent> = RecordedEvent & E;

/** A projection as written: the event union it handles, and handlers that receive it typed. */
export interface ProjectionSpec<E extends DomainEvent> extends Omit<
  Projection,
  'eventTypes' | 'handle' | 'partitionKey'
> {
  /** The type names of `E` this projection reads (the runner reads only these). */
  readonly handles: readonly E['type'][];
  apply(event: Recorded<E>, context: ProjectionContext): Promise<void>;
  /** What the partition hash is taken over; defaults to the stream name. */
  partitionKey?(event: Recorded<E>): string;
}

/**
 * A projection of the event union `E`: `defineProjection<UserEvent>({ handles: [...], apply })`.
 * Only events of the types it handles reach `apply` (others are ignored), typed as `E`.
 */
export function defineProjection<E extends DomainEvent>(spec: ProjectionSpec<E>): Projection {
  const { handles, apply, partitionKey, ...rest } = spec;
  const handled = (event: RecordedEvent): event is Recorded<E> => isEventOf(handles, event);
  return {
    ...rest,
    eventTypes: handles,
    handle: async (event, context) => {
      if (handled(event)) await apply(event, context);
    },
    ...(partitionKey
      ? { partitionKey: (event: RecordedEvent) => (handled(event) ? partitionKey(event) : event.streamName) }
      : {}),
  };
}
