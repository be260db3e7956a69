import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_CATEGORY, userDecider, type EraseUser, type RegisterUser } from '../domain/user/index.js';
import { PostgresEventStore, streamName } from '../infra/eventStore/index.js';
import { type Database } from '../infra/postgres/index.js';
import { handleCommand, type CommandContext } from '../core/index.js';
import {
  CHECKS_TABLE,
  runWorkflowChecks,
  workflowFollower,
  type WorkflowRecovery,
} from '../core/workflow/index.js';
import { MemoryCache } from '../infra/cache/index.js';
import { Revocations } from '../platform/auth/index.js';
import { allRecoveries } from './index.js';
import { emailStream, userIdForEmail } from '../features/accounts/emailStream.js';
import { claimEmail, emailClaimRecovery } from '../features/accounts/claimEmail.js';
import { claimProviderIdentity, identityStream } from '../features/identity/socialSignUp.js';
import { identityClaimRecovery } from '../features/identity/identityClaimRecovery.js';
import { foldStream } from '../core/index.js';
import { identityDecider } from '../domain/identity/index.js';
import { templatedPglite } from '../test/support/pgliteTemplate.js';

const context = (commandId: string): CommandContext => ({
  commandId,
  correlationId: commandId,
  now: new Date(),
});

describe('the workflows worker on sign-ups', () => {
  let db: Database;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await templatedPglite();
    store = await PostgresEventStore.open(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const register = (userId: string, email: string, commandId: string) =>
    handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, userId),
      command: (metadata): RegisterUser => ({
        type: 'RegisterUser',
        data: { userId, email, displayName: 'Someone', passwordHash: 'x' },
        metadata,
      }),
      context: { ...context(commandId), userId },
    });

  /** What the worker does: follow the log from `from`, schedule checks, fire them. */
  async function runWorker(from: number, recoveries: WorkflowRecovery[] = [emailClaimRecovery(store)]) {
    const follower = workflowFollower(recoveries);
    await db.knex.transaction((trx) => follower.setup(trx));
    for (const event of (await store.readAll({ after: from, limit: 1000 })).events) {
      if (follower.eventTypes.includes(event.type))
        await db.knex.transaction((trx) => follower.handle(event, { trx }));
    }
    expect(Number((await db.knex(CHECKS_TABLE).count<{ n: number }[]>('* as n'))[0]?.n)).toBeGreaterThan(0);
    const runner = runWorkflowChecks({ knex: db.knex, store, recoveries, graceMs: 0, pollMs: 20 });
    await expect
      .poll(async () => Number((await db.knex(CHECKS_TABLE).count<{ n: number }[]>('* as n'))[0]?.n), {
        timeout: 10_000,
      })
      .toBe(0);
    await runner.stop();
  }

  it('when an address was claimed and the process died before the user existed, the worker should free it; a finished sign-up should keep it', async () => {
    const from = 0;
    const orphan = 'orphan@example.com';
    const kept = 'kept@example.com';
    await claimEmail(store, context('c1'), emailStream(orphan), 'u1');
    await claimEmail(store, context('c2'), emailStream(kept), 'u2');
    await register('u2', kept, 'c2');
    expect(await userIdForEmail(store, orphan)).toBe('u1');
    await runWorker(from);
    expect(await userIdForEmail(store, orphan)).toBeUndefined();
    expect(await userIdForEmail(store, kept)).toBe('u2');
    // The sign-up that created its user but died before its verification mail is finished: the
    // mail is requested under the request's own command id.
    const u2 = await store.readStream(streamName(USER_CATEGORY, 'u2'));
    expect(u2.map((e) => e.type)).toEqual(['UserRegistered', 'EmailVerificationRequested']);
    // Checking again (a second worker, a replay of the log) changes nothing.
    const before = (await store.readAll({ after: 0, limit: 1000 })).events.length;
    await runWorker(0);
    expect((await store.readAll({ after: 0, limit: 1000 })).events.length).toBe(before);
    // The request that was only slow, resuming after the worker gave its sign-up up, is refused:
    // no user without its address (someone else may have claimed it meanwhile).
    await claimEmail(store, context('c9'), emailStream(orphan), 'u9');
    await expect(register('u1', orphan, 'c1')).rejects.toMatchObject({ reason: 'registration_abandoned' });
    expect(await userIdForEmail(store, orphan)).toBe('u9');
  });

  it('when an erasure dies right after UserErased, the worker should free the address, sign the user out everywhere and delete the data key', async () => {
    const email = 'erased@example.com';
    await claimEmail(store, context('c3'), emailStream(email), 'u3');
    await register('u3', email, 'c3');
    await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, 'u3'),
      command: (metadata): EraseUser => ({
        type: 'EraseUser',
        data: { passwordMatches: true, actorRole: null },
        metadata,
      }),
      context: { ...context('c4'), userId: 'u3' },
    });
    const cache = new MemoryCache();
    const erased: string[] = [];
    const personalData = { erase: async (userId: string) => void erased.push(userId) };
    await runWorker(0, allRecoveries({ store, personalData, revocations: new Revocations(cache, 60_000) }));
    expect(await userIdForEmail(store, email)).toBeUndefined();
    expect(erased).toEqual(['u3']);
    expect(await cache.get('revoked:user:u3')).toMatch(/^\d+$/);
  });

  it('when linking a provider to an account dies after the claim, the worker should make the link; a stale claim should be released', async () => {
    const email = 'linker@example.com';
    await claimEmail(store, context('c5'), emailStream(email), 'u5');
    await register('u5', email, 'c5');
    const google = { provider: 'google' as const, subject: 'g-5', email, emailVerified: true, name: null };
    await claimProviderIdentity(store, { ...context('c6'), userId: 'u5' }, google, 'u5');
    // Another account of the same provider was linked meanwhile: the first claim is stale.
    const other = { ...google, provider: 'apple' as const, subject: 'a-5' };
    await claimProviderIdentity(store, { ...context('c7'), userId: 'u5' }, other, 'u5');
    await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, 'u5'),
      command: (metadata) => ({
        type: 'LinkProvider' as const,
        data: { provider: 'apple' as const, subject: 'a-0', emailVerified: false },
        metadata,
      }),
      context: { ...context('c8'), userId: 'u5' },
    });
    await runWorker(0, [emailClaimRecovery(store), identityClaimRecovery(store)]);
    const user = foldStream(userDecider, await store.readStream(streamName(USER_CATEGORY, 'u5')));
    expect(user.status === 'active' && user.providers).toEqual([
      { provider: 'apple', subject: 'a-0' },
      { provider: 'google', subject: 'g-5' },
    ]);
    const stale = foldStream(identityDecider, await store.readStream(identityStream('apple', 'a-5')));
    expect(stale).toEqual({ status: 'free' });
    const kept = foldStream(identityDecider, await store.readStream(identityStream('google', 'g-5')));
    expect(kept).toEqual({ status: 'claimed', userId: 'u5' });
  });

  it('when an idle loop is stopped, it should stop at once rather than finish its idle wait', async () => {
    // A one-hour grace: the idle loop waits its longest (10 s) between passes.
    const runner = runWorkflowChecks({ knex: db.knex, store, recoveries: [], graceMs: 3_600_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = await Promise.race([
      runner.stop().then(() => 'stopped'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000)),
    ]);
    expect(stopped).toBe('stopped');
  });
});
