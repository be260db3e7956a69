import { deviceUpcasters } from '../device/index.js';
import type { Upcaster } from '../shared/index.js';

/**
 * Every upcaster of every event type: the event store applies them on read (an event stored at
 * an older schema version reaches deciders and projections in today's shape) and stamps each
 * appended event with its type's current version.
 */
export const EVENT_UPCASTERS: readonly Upcaster[] = [...deviceUpcasters];
