import { createHash } from 'node:crypto';
import { EMAIL_CATEGORY, emailDecider } from '../../domain/email/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { foldStream } from '../../core/index.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
export const emailStream = (email: string) => streamName(EMAIL_CATEGORY, sha256(normalizeEmail(email)));

/** The user holding an address now (an erased account's address is released, and may be claimed again). */
export async function userIdForEmail(store: EventStore, email: string): Promise<string | undefined> {
  const state = foldStream(emailDecider, await store.readStream(emailStream(email)));
  return state.status === 'claimed' ? state.userId : undefined;
}
