import { describe, it } from 'vitest';
import type { UserEvent } from '../../../domain/user/index.js';
import { at, userErased, userRegistered, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { auditLogProjection } from './auditLogProjection.js';

const ann = uuid(1);
const admin = uuid(9);
const suspended: UserEvent = {
  type: 'UserSuspended',
  data: { userId: ann, by: admin, reason: 'spam', at: at(3) },
};

describe('audit log projection', () => {
  const spec = projectionSpec(auditLogProjection);

  it('when staff change a role, suspend, unsuspend or sign a user out, it should log each action with its actor, in log order', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        {
          type: 'UserRoleChanged',
          data: { userId: ann, role: 'support', previousRole: 'user', by: admin, at: at(2) },
        },
        suspended,
        { type: 'UserUnsuspended', data: { userId: ann, by: admin, at: at(4) } },
        { type: 'UserSignedOutEverywhere', data: { userId: ann, at: at(5), by: admin } },
      )
      .thenRows('audit_log', [
        {
          position: 1,
          event_id: uuid(1),
          actor_id: admin,
          action: 'role_changed',
          target_user_id: ann,
          details: { role: 'support', previousRole: 'user' },
        },
        { position: 2, action: 'suspended', details: { reason: 'spam' } },
        { position: 3, action: 'unsuspended', details: {} },
        { position: 4, action: 'forced_sign_out', actor_id: admin },
      ]);
  });

  it('when users act for themselves (sign out everywhere, erase their account), it should log nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        userRegistered(ann),
        { type: 'UserSignedOutEverywhere', data: { userId: ann, at: at(5) } },
        userErased(ann),
      )
      .thenRows('audit_log', []);
  });

  it('when an admin erases a user, it should log it and drop the free-text details of their earlier entries', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(suspended, userErased(ann, admin)).thenRows('audit_log', [
      { position: 1, action: 'suspended', details: {} },
      { position: 2, action: 'erased', actor_id: admin, target_user_id: ann },
    ]);
  });

  it('when an event is delivered again, it should not log it twice', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(suspended, suspended).thenRows('audit_log', [{ position: 1, action: 'suspended' }]);
  });
});
