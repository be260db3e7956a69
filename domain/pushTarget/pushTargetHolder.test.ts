import { describe, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { pushTargetHolderDecider, type ClaimPushTarget, type PushTargetClaimed } from './index.js';

const claim = (deviceId: string, userId = 'alice'): ClaimPushTarget => ({
  type: 'ClaimPushTarget',
  data: { deviceId, userId },
  metadata: { now: '2026-01-01T00:00:00.000Z' },
});
const claimed = (deviceId: string, previousDeviceId: string | null, userId = 'alice'): PushTargetClaimed => ({
  type: 'PushTargetClaimed',
  data: { deviceId, userId, previousDeviceId },
});
const { given } = deciderSpec(pushTargetHolderDecider);

describe('push target holder decider', () => {
  it('when a free target is claimed, it should name no previous holder', () => {
    given()
      .when(claim('d1'))
      .thenEvents([claimed('d1', null)]);
  });
  it("when another device (another user's too) claims it, it should move there, naming the device it left", () => {
    given(claimed('d1', null))
      .when(claim('d2', 'bob'))
      .thenEvents([claimed('d2', 'd1', 'bob')]);
  });
  it('when its holder claims it again, it should append nothing', () => {
    given(claimed('d1', null), claimed('d2', 'd1')).when(claim('d2')).thenEvents([]);
  });
});
