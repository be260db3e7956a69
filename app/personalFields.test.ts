import { describe, expect, it } from 'vitest';
import * as apiKey from '../domain/apiKey/index.js';
import * as audience from '../domain/audience/index.js';
import * as blob from '../domain/blob/index.js';
import * as campaign from '../domain/campaign/index.js';
import * as conversation from '../domain/conversation/index.js';
import * as device from '../domain/device/index.js';
import * as email from '../domain/email/index.js';
import * as identity from '../domain/identity/index.js';
import * as location from '../domain/location/index.js';
import * as notification from '../domain/notification/index.js';
import * as pushTemplate from '../domain/pushTemplate/index.js';
import * as pushTarget from '../domain/pushTarget/index.js';
import * as session from '../domain/session/index.js';
import * as space from '../domain/space/index.js';
import * as sync from '../domain/sync/index.js';
import * as user from '../domain/user/index.js';
import type { FeatureModule } from '../features/index.js';
import { featureModules } from './featureModules.js';
import { personalFields } from './moduleParts.js';

const aggregates = {
  apiKey,
  audience,
  blob,
  campaign,
  conversation,
  device,
  email,
  identity,
  location,
  notification,
  pushTarget,
  pushTemplate,
  session,
  space,
  sync,
  user,
};

describe('personal fields of the modules', () => {
  it('should collect, from the declarations the modules list, exactly the fields encrypted so far', () => {
    expect(personalFields).toEqual({
      UserRegistered: ['email', 'displayName', 'passwordHash'],
      UserProfileUpdated: ['displayName'],
      EmailVerificationRequested: ['email'],
      EmailVerified: ['email'],
      PasswordResetRequested: ['email'],
      PasswordReset: ['passwordHash'],
      PasswordChanged: ['passwordHash'],
      PasswordRehashed: ['passwordHash'],
      SignInCodeRequested: ['email'],
      UserSuspended: ['reason'],
      ProviderLinked: ['subject'],
      ProviderUnlinked: ['subject'],
      IdentityClaimed: ['subject'],
      IdentityReleased: ['subject'],
      DeviceRegistered: ['pushToken', 'model', 'name'],
      DeviceUpdated: ['pushToken', 'model', 'name'],
      PushTargetRegistered: ['target'],
      DocumentChanged: ['set'],
      UserAttributesSet: ['set'],
      MessageSent: ['text'],
      MessageEdited: ['text'],
      // A chat message push's content is its message sender's (`userId` of the request).
      NotificationRequested: ['content'],
    });
  });

  it('when an aggregate declares personal fields, some module should list them (or they would be stored in clear)', () => {
    const listed = new Set(featureModules.flatMap((m: FeatureModule) => m.personalFields ?? []));
    const declared = Object.entries(aggregates).flatMap(([name, exports]) =>
      Object.entries(exports)
        .filter(([key]) => key.endsWith('PersonalFields'))
        .map(([key, value]) => ({ name: `${name}.${key}`, value })),
    );
    expect(declared.length).toBeGreaterThanOrEqual(8);
    expect(declared.filter((d) => !listed.has(d.value as never)).map((d) => d.name)).toEqual([]);
  });
});
