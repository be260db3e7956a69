import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { userDecider, type UserCommand, type UserEvent } from './index.js';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const registered: UserEvent = {
  type: 'UserRegistered',
  data: {
    userId: 'u1',
    email: 'ann@example.com',
    displayName: 'Ann',
    passwordHash: 'h0',
    registeredAt: t(0),
  },
};
const requested: UserEvent = {
  type: 'EmailVerificationRequested',
  data: { userId: 'u1', email: 'ann@example.com', verificationId: 'v1', expiresAt: t(600) },
};
const failed: UserEvent = { type: 'EmailVerificationFailed', data: { userId: 'u1', verificationId: 'v1' } };
const resetRequested: UserEvent = {
  type: 'PasswordResetRequested',
  data: { userId: 'u1', email: 'ann@example.com', resetId: 'r1', expiresAt: t(3600) },
};
const { given } = deciderSpec(userDecider);
const verify = (codeMatches: boolean, at = 10, verificationId = 'v1'): UserCommand => ({
  type: 'VerifyEmail',
  data: { verificationId, codeMatches },
  metadata: { now: t(at), userId: 'u1' },
});

describe('user decider: email verification', () => {
  it('when the right code arrives in time, the email should be verified', () => {
    given(registered, requested)
      .when(verify(true))
      .thenEvents([
        { type: 'EmailVerified', data: { userId: 'u1', email: 'ann@example.com', verificationId: 'v1' } },
      ]);
  });

  it('when a wrong code arrives, the failure should be recorded; after five, no more tries', () => {
    given(registered, requested).when(verify(false)).thenEvents([failed]);
    const fiveWrong = [registered, requested, failed, failed, failed, failed, failed];
    given(...fiveWrong)
      .when(verify(true))
      .thenThrows({ reason: 'too_many_attempts' });
  });

  it('when the code has expired or a newer one was sent, it should be refused', () => {
    given(registered, requested).when(verify(true, 601)).thenThrows({ reason: 'verification_expired' });
    given(registered, requested)
      .when(verify(true, 10, 'v0'))
      .thenThrows({ reason: 'verification_expired' });
  });
});

describe('user decider: passwords', () => {
  const reset = (resetId: string, at: number): UserCommand => ({
    type: 'ResetPassword',
    data: { resetId, passwordHash: 'h1' },
    metadata: { now: t(at) },
  });

  it('when a valid reset is used, the password should change and every session end', () => {
    given(registered, resetRequested)
      .when(reset('r1', 100))
      .thenEvents([
        { type: 'PasswordReset', data: { userId: 'u1', resetId: 'r1', passwordHash: 'h1' } },
        { type: 'UserSignedOutEverywhere', data: { userId: 'u1', at: t(100) } },
      ]);
  });

  it('when a reset is used twice, expired, or superseded, it should be refused', () => {
    const used: UserEvent = {
      type: 'PasswordReset',
      data: { userId: 'u1', resetId: 'r1', passwordHash: 'h1' },
    };
    given(registered, resetRequested, used)
      .when(reset('r1', 200))
      .thenThrows({ reason: 'invalid_reset_token' });
    given(registered, resetRequested).when(reset('r1', 4000)).thenThrows({ reason: 'invalid_reset_token' });
    const newer: UserEvent = {
      ...resetRequested,
      data: { ...resetRequested.data, resetId: 'r2' },
    } as UserEvent;
    given(registered, resetRequested, newer)
      .when(reset('r1', 100))
      .thenThrows({ reason: 'invalid_reset_token' });
  });

  it('when a reset is asked for an unknown user, nothing should happen (and nothing be revealed)', () => {
    given()
      .when({
        type: 'RequestPasswordReset',
        data: { resetId: 'r1', expiresAt: t(10) },
        metadata: { now: t(0) },
      })
      .thenEvents([]);
  });

  it('when the current password is wrong, a change should be refused', () => {
    given(registered)
      .when({
        type: 'ChangePassword',
        data: { passwordMatches: false, passwordHash: 'h2' },
        metadata: { now: t(0) },
      })
      .thenThrows({ code: 'invalid_credentials' });
  });
});

describe('user decider: signing up with a provider', () => {
  const signUp = (emailVerified: boolean): UserCommand => ({
    type: 'RegisterUser',
    data: {
      userId: 'u1',
      email: 'ann@example.com',
      displayName: 'Ann',
      passwordHash: '',
      provider: { provider: 'google', subject: 'g-1', emailVerified },
    },
    metadata: { now: t(0), userId: 'u1' },
  });

  it('when an account is made for a provider identity, the account and its link should be one append', () => {
    given()
      .when(signUp(true))
      .thenEvents([
        { ...registered, data: { ...registered.data, passwordHash: '' } },
        { type: 'ProviderLinked', data: { userId: 'u1', provider: 'google', subject: 'g-1', at: t(0) } },
        {
          type: 'EmailVerified',
          data: { userId: 'u1', email: 'ann@example.com', verificationId: 'google-link' },
        },
      ]);
  });

  it('when the provider does not vouch for the address, the account should be linked but unverified', () => {
    given()
      .when(signUp(false))
      .thenEvents([
        { ...registered, data: { ...registered.data, passwordHash: '' } },
        { type: 'ProviderLinked', data: { userId: 'u1', provider: 'google', subject: 'g-1', at: t(0) } },
      ]);
  });
});

describe('user state: the profile version', () => {
  const fold = (...events: UserEvent[]) => events.reduce(userDecider.evolve, userDecider.initialState());
  const renamed: UserEvent = { type: 'UserProfileUpdated', data: { userId: 'u1', displayName: 'Annie' } };

  it('when events the app does not see follow, the profile version should stay at the last change it sees', () => {
    const state = fold(registered, requested, failed);
    expect(state).toMatchObject({ streamVersion: 2, profileVersion: 0 });
    expect(fold(registered, requested, failed, renamed)).toMatchObject({
      streamVersion: 3,
      profileVersion: 3,
    });
  });

  it('when a registration follows an abandoned one, the versions should count from the stream start', () => {
    const abandoned: UserEvent = { type: 'RegistrationAbandoned', data: { userId: 'u1', at: t(1) } };
    expect(fold(abandoned, registered)).toMatchObject({ streamVersion: 1, profileVersion: 1 });
  });
});
