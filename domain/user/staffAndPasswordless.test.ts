import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { userDecider, type Role, type UserCommand, type UserEvent } from './index.js';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const registered = (userId: string): UserEvent => ({
  type: 'UserRegistered',
  data: {
    userId,
    email: `${userId}@example.com`,
    displayName: userId,
    passwordHash: 'h',
    registeredAt: t(0),
  },
});
const roleOf = (userId: string, role: Role): UserEvent => ({
  type: 'UserRoleChanged',
  data: { userId, role, previousRole: 'user', by: null, at: t(1) },
});
const { given } = deciderSpec(userDecider);
const by = (actor: string, at = 10) => ({ now: t(at), userId: actor });

describe('user decider: staff actions', () => {
  it('when support suspends a plain user, the user should be suspended and signed out everywhere', () => {
    given(registered('u1'))
      .when({
        type: 'SuspendUser',
        data: { reason: 'spam', actorRole: 'support' },
        metadata: by('s1'),
      })
      .thenEvents([
        { type: 'UserSuspended', data: { userId: 'u1', by: 's1', reason: 'spam', at: t(10) } },
        { type: 'UserSignedOutEverywhere', data: { userId: 'u1', at: t(10), by: 's1' } },
      ]);
  });

  it('when support acts on staff, a user acts at all, or anyone on themselves, it should be forbidden', () => {
    const suspend = (actorRole: Role, actor: string): UserCommand => ({
      type: 'SuspendUser',
      data: { reason: 'x', actorRole },
      metadata: by(actor),
    });
    given(registered('u1'), roleOf('u1', 'support'))
      .when(suspend('support', 's1'))
      .thenThrows({ code: 'forbidden' });
    given(registered('u1')).when(suspend('user', 'x1')).thenThrows({ code: 'forbidden' });
    given(registered('u1'), roleOf('u1', 'admin'))
      .when(suspend('admin', 'u1'))
      .thenThrows({ code: 'forbidden' });
    expect(
      given(registered('u1'), roleOf('u1', 'support')).when(suspend('admin', 'a1')).events(),
    ).toHaveLength(2);
  });

  it('when roles change, only an admin (or the system) may do it, never on their own account', () => {
    const change = (actorRole: Role | null, actor: string): UserCommand => ({
      type: 'ChangeRole',
      data: { role: 'support', actorRole },
      metadata: by(actor),
    });
    given(registered('u1')).when(change('support', 's1')).thenThrows({ code: 'forbidden' });
    given(registered('u1')).when(change('admin', 'u1')).thenThrows({ code: 'forbidden' });
    given(registered('u1'))
      .when(change('admin', 'a1'))
      .thenEvents([
        {
          type: 'UserRoleChanged',
          data: { userId: 'u1', role: 'support', previousRole: 'user', by: 'a1', at: t(10) },
        },
      ]);
    expect(given(registered('u1')).when(change(null, 'u1')).events()[0]).toMatchObject({
      data: { by: null },
    });
    given(registered('u1'), roleOf('u1', 'support')).when(change('admin', 'a1')).thenEvents([]);
  });

  it('when a suspended user signs in with the right password, it should say suspended; with a wrong one, not', () => {
    const suspended: UserEvent = {
      type: 'UserSuspended',
      data: { userId: 'u1', by: 's1', reason: 'x', at: t(5) },
    };
    const signIn = (passwordMatches: boolean): UserCommand => ({
      type: 'SignIn',
      data: { userId: 'u1', passwordMatches },
      metadata: { now: t(10) },
    });
    given(registered('u1'), suspended).when(signIn(true)).thenThrows({ reason: 'account_suspended' });
    given(registered('u1'), suspended).when(signIn(false)).thenThrows({ reason: 'invalid_credentials' });
    // An active user's password sign-in adds nothing to the user stream (its session records it).
    given(registered('u1')).when(signIn(true)).thenEvents([]);
    given(registered('u1')).when(signIn(false)).thenThrows({ reason: 'invalid_credentials' });
  });
});

describe('user decider: sign-in codes', () => {
  const requested: UserEvent = {
    type: 'SignInCodeRequested',
    data: { userId: 'u1', email: 'u1@example.com', otpId: 'o1', expiresAt: t(600) },
  };
  const withCode = (codeMatches: boolean, at = 10, otpId = 'o1'): UserCommand => ({
    type: 'SignInWithCode',
    data: { otpId, codeMatches, method: 'email_code' },
    metadata: { now: t(at) },
  });

  it('when the right code comes in time, it should sign in and verify the email; a second use should fail', () => {
    const events = given(registered('u1'), requested).when(withCode(true)).events();
    expect(events.map((e) => e.type)).toEqual(['UserSignedIn', 'EmailVerified']);
    given(registered('u1'), requested, ...events)
      .when(withCode(true, 20))
      .thenThrows({ reason: 'invalid_code' });
  });

  it('when the code is late, superseded or tried five times wrong, it should be refused', () => {
    given(registered('u1'), requested).when(withCode(true, 600)).thenThrows({ reason: 'invalid_code' });
    given(registered('u1'), requested)
      .when(withCode(true, 10, 'older'))
      .thenThrows({ reason: 'invalid_code' });
    const failure: UserEvent = { type: 'SignInCodeFailed', data: { userId: 'u1', otpId: 'o1' } };
    given(registered('u1'), requested).when(withCode(false)).thenEvents([failure]);
    const fiveWrong = [registered('u1'), requested, failure, failure, failure, failure, failure];
    given(...fiveWrong)
      .when(withCode(true))
      .thenThrows({ reason: 'invalid_code' });
  });

  it('when an unknown or suspended address asks for a code, nothing should happen', () => {
    const ask: UserCommand = {
      type: 'RequestSignInCode',
      data: { otpId: 'o1', expiresAt: t(600) },
      metadata: { now: t(0) },
    };
    given().when(ask).thenEvents([]);
    const suspended: UserEvent = {
      type: 'UserSuspended',
      data: { userId: 'u1', by: 's1', reason: 'x', at: t(5) },
    };
    given(registered('u1'), suspended).when(ask).thenEvents([]);
  });
});
