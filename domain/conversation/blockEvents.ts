import type { DomainCommand, DomainEvent } from '../shared/index.js';

/** `userId` blocks `blockedUserId`: no direct message from them, and they cannot add `userId` anywhere. */
export type UserBlocked = DomainEvent<'UserBlocked', { userId: string; blockedUserId: string; at: string }>;
export type UserUnblocked = DomainEvent<
  'UserUnblocked',
  { userId: string; blockedUserId: string; at: string }
>;
export type BlockEvent = UserBlocked | UserUnblocked;

export type SetBlock = DomainCommand<'SetBlock', { blockedUserId: string; blocked: boolean }>;

export type BlockState = { blocked: string[] };
