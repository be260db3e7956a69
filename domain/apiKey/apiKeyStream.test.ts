import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { apiKeyDecider, type ApiKeyCommand, type ApiKeyCreation, type ApiKeyEvent } from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const key: ApiKeyCreation = {
  apiKeyId: 'k1',
  name: 'orders',
  scopes: ['notifications:send'],
  secretHash: 'a'.repeat(64),
};
const create = (data: ApiKeyCreation = key): ApiKeyCommand => ({
  type: 'CreateApiKey',
  data,
  metadata: { now, userId: 'admin' },
});
const revoke: ApiKeyCommand = {
  type: 'RevokeApiKey',
  data: { apiKeyId: 'k1' },
  metadata: { now, userId: 'admin' },
};
const created: ApiKeyEvent = { type: 'ApiKeyCreated', data: { ...key, by: 'admin', at: now } };
const revoked: ApiKeyEvent = { type: 'ApiKeyRevoked', data: { apiKeyId: 'k1', by: 'admin', at: now } };
const { given } = deciderSpec(apiKeyDecider);

describe('API key stream', () => {
  it('when created, it should record the key with its hash; the same creation again is nothing', () => {
    given().when(create()).thenEvents([created]);
    expect(given(created).when(create()).events()).toEqual([]);
    expect(given(created).state()).toEqual({ status: 'active', key: { ...key, createdAt: now } });
  });

  it('when another key takes a used id, or has no scope, it should be refused', () => {
    given(created)
      .when(create({ ...key, secretHash: 'b'.repeat(64) }))
      .thenThrows({ reason: 'api_key_exists' });
    given()
      .when(create({ ...key, scopes: [] }))
      .thenThrows({ reason: 'api_key_without_scopes' });
  });

  it('when revoked, it should stay revoked; revoking again is nothing, revoking nothing is not found', () => {
    given(created).when(revoke).thenEvents([revoked]);
    expect(given(created, revoked).when(revoke).events()).toEqual([]);
    expect(given(created, revoked).state()).toMatchObject({ status: 'revoked' });
    given().when(revoke).thenThrows({ code: 'not_found' });
  });
});
