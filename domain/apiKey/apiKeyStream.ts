import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';

/** Stream `apiKey-<apiKeyId>`: one key of an app server, from its creation to its revocation. */
export const API_KEY_CATEGORY = 'apiKey';

/**
 * What a key may do (README, "Sending notifications"):
 * - `notifications:send`: `POST /v1/notifications` and cancelling a notification;
 * - `notifications:read`: `GET /v1/notifications/{id}` (status and statistics).
 */
export const API_KEY_SCOPES = ['notifications:send', 'notifications:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKeyCreation {
  apiKeyId: string;
  /** The admin's label for it ("orders service"). */
  name: string;
  scopes: ApiKeyScope[];
  /** SHA-256 (hex) of the secret: the secret itself is shown once and never stored. */
  secretHash: string;
}

export type CreateApiKey = DomainCommand<'CreateApiKey', ApiKeyCreation>;
export type RevokeApiKey = DomainCommand<'RevokeApiKey', { apiKeyId: string }>;
export type ApiKeyCommand = CreateApiKey | RevokeApiKey;

export type ApiKeyCreated = DomainEvent<'ApiKeyCreated', ApiKeyCreation & { by: string | null; at: string }>;
export type ApiKeyRevoked = DomainEvent<'ApiKeyRevoked', { apiKeyId: string; by: string | null; at: string }>;
export type ApiKeyEvent = ApiKeyCreated | ApiKeyRevoked;

export type ApiKeyState =
  { status: 'none' } | { status: 'active' | 'revoked'; key: ApiKeyCreation & { createdAt: string } };

/** A key's name and hash are no one's personal data. */
export const apiKeyPersonalFields = {
  ApiKeyCreated: [],
  ApiKeyRevoked: [],
} satisfies PersonalFields<ApiKeyEvent>;

/**
 * One key per stream. Creating it again with the same id and hash is a repeat (no event); another
 * creation under a taken id is a conflict. Revoking is final; revoking again changes nothing.
 */
export const apiKeyDecider: Decider<ApiKeyCommand, ApiKeyEvent, ApiKeyState> = {
  eventTypes: eventTypesOf(apiKeyPersonalFields),
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    const by = command.metadata.userId ?? null;
    const at = command.metadata.now;
    switch (command.type) {
      case 'CreateApiKey':
        if (state.status !== 'none') {
          if (state.key.secretHash === command.data.secretHash) return [];
          throw new DomainError('conflict', 'api_key_exists', 'This API key id is taken');
        }
        if (command.data.scopes.length === 0)
          throw new DomainError('invalid', 'api_key_without_scopes', 'An API key needs at least one scope');
        return [{ type: 'ApiKeyCreated', data: { ...command.data, by, at } }];
      case 'RevokeApiKey':
        if (state.status === 'none')
          throw new DomainError('not_found', 'api_key_not_found', 'No such API key');
        if (state.status === 'revoked') return [];
        return [{ type: 'ApiKeyRevoked', data: { apiKeyId: command.data.apiKeyId, by, at } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ApiKeyCreated': {
        const { by: _by, at, ...key } = event.data;
        return { status: 'active', key: { ...key, createdAt: at } };
      }
      case 'ApiKeyRevoked':
        return state.status === 'none' ? state : { ...state, status: 'revoked' };
    }
  },
};
