import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { subCommand } from '../../core/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../../core/workflow/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { endSession } from './endSession.js';

type Deps = Pick<CommandApiDeps, 'store' | 'revocations'>;

const endsSession =
  (
    name: string,
    startsOn: string,
    field: 'replacedSessionId' | 'endedSessionId',
    step: string,
    reason: 'replaced' | 'device_revoked',
    fromCause: boolean,
  ) =>
  (deps: Deps): WorkflowRecovery => ({
    name,
    startsOn: [startsOn],
    recover(start: RecordedEvent) {
      const sessionId = start.data[field];
      if (typeof sessionId !== 'string') return undefined;
      const context = subCommand(contextOfEvent(start, fromCause), step);
      return {
        name,
        steps: [{ name: step, run: async () => void (await endSession(deps, context, sessionId, reason)) }],
      };
    },
  });

/**
 * A device signed in to a new session: the session it held before ends (the step the request runs
 * after the device's sign-in; the same command id, so it ends once).
 */
export const replacedSessionRecovery = endsSession(
  'start-session',
  'DeviceSignedIn',
  'replacedSessionId',
  'replace',
  'replaced',
  true,
);

/** A device was removed: the session it held ends. */
export const removedDeviceRecovery = endsSession(
  'remove-device',
  'DeviceRemoved',
  'endedSessionId',
  'end-session',
  'device_revoked',
  false,
);
