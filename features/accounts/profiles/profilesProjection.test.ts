import { describe, it } from 'vitest';
import type { UserEvent } from '../../../domain/user/index.js';
import { at, userErased, userRegistered, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { profilesProjection } from './profilesProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const renamed: UserEvent = { type: 'UserProfileUpdated', data: { userId: ann, displayName: 'Annie' } };
const signedIn: UserEvent = {
  type: 'UserSignedIn',
  data: { userId: ann, method: 'password', deviceId: null, at: at(5) },
};

describe('profiles projection', () => {
  const spec = projectionSpec(profilesProjection);

  it('when a user registers, it should add their profile, unverified, as a feed change', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const given = spec.given(userRegistered(ann));
    await given.thenRows('profiles', [
      {
        user_id: ann,
        email: 'ann@example.com',
        display_name: 'Ann',
        email_verified: false,
        role: 'user',
        suspended: false,
        created_at: new Date(at(0)),
        version: 0,
        position: 1,
      },
    ]);
    await given.thenAnnounced({ [ann]: 1 });
  });

  it('when the name changes or the email is verified, it should update the row and move its position', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const verified: UserEvent = {
      type: 'EmailVerified',
      data: { userId: ann, email: 'ann@example.com', verificationId: 'v1' },
    };
    await spec
      .given(userRegistered(ann), renamed, verified)
      .thenRows('profiles', [{ display_name: 'Annie', email_verified: true, version: 2, position: 3 }]);
  });

  it('when an event the app does not see arrives, it should leave the version the app holds: no feed change', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const given = spec.given(userRegistered(ann), signedIn);
    await given.thenRows('profiles', [{ display_name: 'Ann', version: 0, position: 1 }]);
    await given.thenAnnounced({ [ann]: 1 });
  });

  it('when the name changes after events the app does not see, it should take the stream version of the change', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(userRegistered(ann), signedIn, { ...signedIn, data: { ...signedIn.data, at: at(6) } }, renamed)
      .thenRows('profiles', [{ display_name: 'Annie', version: 3, position: 4 }]);
  });

  it('when a role changes or the user is suspended, it should follow as a feed change', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const staff = uuid(9);
    await spec
      .given(
        userRegistered(ann),
        {
          type: 'UserRoleChanged',
          data: { userId: ann, role: 'support', previousRole: 'user', by: staff, at: at(2) },
        },
        { type: 'UserSuspended', data: { userId: ann, by: staff, reason: 'spam', at: at(3) } },
      )
      .thenRows('profiles', [{ role: 'support', suspended: true, version: 2, position: 3 }]);
  });

  it('when an older event is delivered again, it should change nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first: UserEvent = { type: 'UserProfileUpdated', data: { userId: ann, displayName: 'First' } };
    await spec
      .given(userRegistered(ann), first, renamed, first)
      .thenRows('profiles', [{ display_name: 'Annie', version: 2, position: 3 }]);
  });

  it('when a user is erased, it should delete their profile and keep the others', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        { ...userRegistered(ann), streamName: `user-${ann}` },
        { ...userRegistered(bob, 'bob@example.com'), streamName: `user-${bob}` },
        { ...userErased(ann), streamName: `user-${ann}` },
      )
      .thenRows('profiles', [{ user_id: bob, email: 'bob@example.com' }]);
  });
});
