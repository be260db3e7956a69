import type { Knex } from 'knex';
import type { EventStore, SnapshotStore } from '../infra/eventStore/index.js';
import type { Cache } from '../infra/cache/index.js';
import type { BlobStore } from '../infra/blobStore/index.js';
import type { IdentityProviders } from '../infra/identityProviders/index.js';
import type { CollectionRegistry } from '../platform/collections/index.js';
import type { PasswordHasher, Revocations, TokenService } from '../platform/auth/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';

export interface CommandApiDeps {
  store: EventStore;
  /** Snapshots of the streams whose decider keeps them (spaces). */
  snapshots?: SnapshotStore;
  tokens: TokenService;
  revocations: Revocations;
  /** Shared cache: the access token issued with a refresh, for retries within the grace window. */
  cache: Cache;
  /** HMAC key that derives each rotated refresh secret from the previous one. */
  refreshSecret: string;
  refreshGraceMs: number;
  /** HMAC key from which mailed codes and links derive (shared with the mailer worker). */
  codeSecret: string;
  verificationTtlMs: number;
  /** Scales every rate limit (0: off). */
  rateLimitMultiplier: number;
  resetTtlMs: number;
  passwords: PasswordHasher;
  logger: Logger;
  metrics: Metrics;
  clock: () => Date;
  refreshTokenDays: number;
  /** Lower-case addresses that become admins once verified (ADMIN_EMAILS). */
  adminEmails: readonly string[];
  /** App-defined collections (COLLECTIONS_FILE): scope, conflict strategy, JSON Schema. */
  collections: CollectionRegistry;
  /** Crypto-shredding: deletes a user's data key. */
  personalData: { erase(userId: string): Promise<void> };
  /** Apple, Google and Facebook token checks. */
  identityProviders: IdentityProviders;
  /** The WebAuthn relying party: passkeys are bound to `rpId` and accepted from `origins`. */
  webauthn: { rpId: string; rpName: string; origins: readonly string[] };
  /** How long a mailed sign-in code and magic link work. */
  signInCodeTtlMs: number;
  /** Where uploaded blobs go (local disk embedded, S3 in production). */
  blobs: BlobStore;
  /**
   * Read models, read only: for the few checks a command needs that its stream cannot answer
   * (is this notification in the user's inbox). Never written from the command side.
   */
  readModels: Knex;
  /**
   * Each user's feed changes as projections announce them (the change signal): a command that
   * waits for a read model row (an early push receipt) wakes on them instead of polling.
   */
  feedChanges: UserChangeWaits;
}

export interface UserChangeWaits {
  /** The position of the user's latest announced change, if known. */
  latestKnown(userId: string): number | undefined;
  /** Resolves when a change to the user after `position` is announced (or all were lost), or after `ms`. */
  waitForChange(userId: string, position: number, ms: number, signal: AbortSignal): Promise<void>;
}
