import type { Request } from 'express';
import { DEVICE_CATEGORY, deviceDecider } from '../../domain/device/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { byIp } from '../../platform/http/index.js';
import type { SignInClient } from './SignInLockout.js';
import { deviceFingerprint, deviceIdFor, type SignInDevice } from '../sessions/index.js';
import { foldStream } from '../../core/index.js';

/**
 * The client of a password sign-in, for the lockout: its IP, the fingerprint of the device it
 * names, and whether that device is an active device of the account (it signed in before).
 */
export async function signInClient(
  store: EventStore,
  req: Request,
  userId: string | undefined,
  device: SignInDevice | undefined,
): Promise<SignInClient> {
  const ip = byIp(req);
  if (!device) return { ip, knownDevice: false };
  const fingerprint = deviceFingerprint(device);
  if (!userId) return { ip, fingerprint, knownDevice: false };
  const history = await store.readStream(streamName(DEVICE_CATEGORY, deviceIdFor(userId, fingerprint)));
  return { ip, fingerprint, knownDevice: foldStream(deviceDecider, history).status === 'active' };
}
