import {
  DEVICE_CATEGORY,
  deviceDecider,
  type DeviceEvent,
  type SignInAgainOnDevice,
  type SignInOnDevice,
} from '../../domain/device/index.js';
import {
  SESSION_CATEGORY,
  sessionDecider,
  type SessionState,
  type StartSession,
} from '../../domain/session/index.js';
import type { SignInMethod } from '../../domain/user/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { problems } from '../../platform/http/index.js';
import { endSession } from './endSession.js';
import { formatRefreshToken, hashRefreshSecret, initialRefreshSecret } from './refreshTokens.js';
import { deviceFingerprint, deviceIdFor, type SignInDevice } from './signInDevice.js';
import {
  handleCommand,
  newIdFor,
  subCommand,
  type CommandContext,
  type CommandResult,
} from '../../core/index.js';
import { runWorkflow } from '../../core/workflow/index.js';
import { movePushTargetSteps, registeredTarget } from '../devices/index.js';

/**
 * Starts a session (one refresh-token family) after any kind of sign-in, and answers with its
 * tokens. With `device`, the session belongs to that install: the device is registered on its
 * first sign-in (which alerts the user's other devices), and a session it had before ends.
 */
export async function startSession(
  deps: Pick<CommandApiDeps, 'store' | 'tokens' | 'refreshTokenDays' | 'revocations' | 'refreshSecret'>,
  context: CommandContext,
  user: { userId: string; email: string; displayName: string },
  how: { method: SignInMethod; device?: SignInDevice | undefined; knownDeviceId?: string },
) {
  const sessionId = newIdFor(context, 'session');
  const userContext = { ...context, userId: user.userId };
  let deviceId: string | undefined;
  let replaced: string | null = null;
  const secret = initialRefreshSecret(deps.refreshSecret, sessionId);
  const expiresAt = new Date(context.now.getTime() + deps.refreshTokenDays * 86_400_000).toISOString();
  let started: CommandResult<SessionState> | undefined;
  let signedInEvents: DeviceEvent[] = [];
  // A workflow: the device's sign-in records which session it replaced; after a crash the worker
  // ends that session (see replacedSessionRecovery).
  await runWorkflow({
    name: 'start-session',
    steps: [
      {
        name: 'device-sign-in',
        run: async () => {
          const signedIn = await signInDevice(deps.store, userContext, sessionId, how);
          deviceId = signedIn?.deviceId;
          signedInEvents = signedIn?.events ?? [];
          replaced = signedIn ? replacedSession(signedIn.events) : null;
        },
      },
      // A target the device brought is taken from the device that held it (see movePushTarget).
      ...movePushTargetSteps(deps.store, subCommand(userContext, 'device-sign-in'), () =>
        registeredTarget(signedInEvents),
      ),
      {
        name: 'end-replaced-session',
        run: async () => {
          if (replaced) await endSession(deps, subCommand(userContext, 'replace'), replaced, 'replaced');
        },
      },
      {
        name: 'start-session',
        run: async () => {
          started = await handleCommand({
            store: deps.store,
            decider: sessionDecider,
            stream: streamName(SESSION_CATEGORY, sessionId),
            command: (metadata): StartSession => ({
              type: 'StartSession',
              data: {
                sessionId,
                userId: user.userId,
                refreshTokenHash: hashRefreshSecret(secret),
                expiresAt,
              },
              metadata,
            }),
            context: { ...userContext, ...(deviceId ? { deviceId } : {}) },
          });
        },
      },
    ],
  });
  if (!started) throw new Error('the session did not start');
  if (started.replayed) {
    // A retried sign-in answered from the log skipped every check of the decider: tokens only if
    // the session is still live now (not suspended, signed out or ended since).
    if (!(await deps.revocations.confirmLive({ userId: user.userId, sessionId }))) {
      throw problems.unauthenticated('This sign-in has ended; sign in again');
    }
  } else {
    await deps.revocations.sessionStarted(sessionId);
  }
  return {
    user: { id: user.userId, email: user.email, displayName: user.displayName },
    accessToken: deps.tokens.sign({ userId: user.userId, sessionId, ...(deviceId ? { deviceId } : {}) }),
    refreshToken: formatRefreshToken(sessionId, secret),
    tokenType: 'Bearer' as const,
    expiresIn: deps.tokens.ttlSeconds,
    ...(deviceId ? { deviceId } : {}),
    /** The session's start in the log: the last write of the sign-in (for `min_position`). */
    position: started.position,
  };
}

const replacedSession = (events: DeviceEvent[]): string | null => {
  for (const event of events) {
    if (event.type === 'DeviceSignedIn' && event.data.replacedSessionId) return event.data.replacedSessionId;
  }
  return null;
};

/** Signs the device in to the new session (registering it on its first sign-in); none without a device. */
async function signInDevice(
  store: EventStore,
  userContext: CommandContext & { userId: string },
  sessionId: string,
  how: { method: SignInMethod; device?: SignInDevice | undefined; knownDeviceId?: string },
): Promise<{ deviceId: string; events: DeviceEvent[] } | undefined> {
  const context = subCommand(userContext, 'device-sign-in');
  if (how.knownDeviceId) {
    // The sign-in proved this device (its key): it moves to the new session.
    const id = how.knownDeviceId;
    const signedIn = await handleCommand({
      store,
      decider: deviceDecider,
      stream: streamName(DEVICE_CATEGORY, id),
      command: (metadata): SignInAgainOnDevice => ({
        type: 'SignInAgainOnDevice',
        data: { deviceId: id, sessionId, method: how.method },
        metadata,
      }),
      context,
    });
    return { deviceId: id, events: signedIn.events };
  }
  if (!how.device) return undefined;
  const { installationId: _installationId, ...attributes } = how.device;
  const fingerprint = deviceFingerprint(how.device);
  const id = deviceIdFor(userContext.userId, fingerprint);
  const signedIn = await handleCommand({
    store,
    decider: deviceDecider,
    stream: streamName(DEVICE_CATEGORY, id),
    command: (metadata): SignInOnDevice => ({
      type: 'SignInOnDevice',
      data: {
        ...attributes,
        pushToken: attributes.pushToken ?? null,
        deviceId: id,
        fingerprint,
        sessionId,
        method: how.method,
      },
      metadata,
    }),
    context,
  });
  return { deviceId: id, events: signedIn.events };
}
