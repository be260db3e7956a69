import type { DomainCommand, DomainEvent } from '../shared/index.js';

/** Precise: the device's coordinates as sent. Approximate: snapped to a grid on the server. */
export type LocationPrecision = 'precise' | 'approximate';
/**
 * Why a share ended: its user stopped it, its time ran out, its user left the conversation, or
 * its user was erased.
 */
export type ShareEndReason = 'stopped' | 'expired' | 'left' | 'erased';

type Of<T> = { conversationId: string; userId: string; shareId: string } & T;

/**
 * `userId` shares their live location with `conversationId` until `endsAt`. A share started
 * while another is active replaces it (`replaces`). No coordinates: positions live in the cache.
 */
export type LocationShareStarted = DomainEvent<
  'LocationShareStarted',
  Of<{
    precision: LocationPrecision;
    durationSeconds: number;
    startedAt: string;
    endsAt: string;
    replaces: string | null;
  }>
>;
export type LocationShareEnded = DomainEvent<
  'LocationShareEnded',
  Of<{ reason: ShareEndReason; at: string }>
>;
export type LocationShareEvent = LocationShareStarted | LocationShareEnded;

export type StartLocationShare = DomainCommand<
  'StartLocationShare',
  { conversationId: string; shareId: string; durationSeconds: number; precision: LocationPrecision }
>;
export type StopLocationShare = DomainCommand<'StopLocationShare', Record<string, never>>;
/**
 * Ends the active share for a reason other than its user's stop: `expired` names the share the
 * scheduled expiry was for (a newer share is left alone); `left` and `erased` end the share
 * active when it happened (`startedBefore`: a share started after the user rejoined is left alone).
 */
export type EndLocationShare = DomainCommand<
  'EndLocationShare',
  { reason: 'expired'; shareId: string } | { reason: 'left' | 'erased'; startedBefore: string }
>;
export type LocationShareCommand = StartLocationShare | StopLocationShare | EndLocationShare;

export interface ActiveShare {
  conversationId: string;
  userId: string;
  shareId: string;
  precision: LocationPrecision;
  startedAt: string;
  endsAt: string;
}
export type LocationShareState =
  { status: 'none' } | ({ status: 'active' } & ActiveShare) | { status: 'ended'; shareId: string };
