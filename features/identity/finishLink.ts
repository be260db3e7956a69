import { identityDecider } from '../../domain/identity/index.js';
import { USER_CATEGORY, userDecider } from '../../domain/user/index.js';
import { streamName, type EventStore, type RecordedEvent } from '../../infra/eventStore/index.js';
import { foldStream, type CommandContext } from '../../core/index.js';
import { linkProvider } from './socialSignUp.js';

type Account = { provider: 'apple' | 'google' | 'facebook'; subject: string };

/**
 * The link a provider account's claim (`claim`, on its identity stream) was made for, finished:
 * made when the user has no account of that provider linked and never unlinked this one, and the
 * claim still stands; nothing when it is linked already; 'abandon' (release the claim) when the
 * user unlinked it since or linked another account of the provider.
 */
export async function finishLink(
  store: EventStore,
  context: CommandContext,
  claim: RecordedEvent,
  account: Account,
): Promise<'abandon' | undefined> {
  const userId = String(claim.data['userId']);
  const [history, identity] = await Promise.all([
    store.readStream(streamName(USER_CATEGORY, userId)),
    store.readStream(claim.streamName),
  ]);
  const user = foldStream(userDecider, history);
  if (user.status !== 'active') return undefined;
  const linked = user.providers.find((p) => p.provider === account.provider);
  if (linked?.subject === account.subject) return undefined;
  const unlinked = history.some(
    (e) =>
      e.type === 'ProviderUnlinked' &&
      e.data['provider'] === account.provider &&
      e.data['subject'] === account.subject,
  );
  const claimNow = foldStream(identityDecider, identity);
  if (claimNow.status !== 'claimed' || claimNow.userId !== userId) return undefined;
  if (linked || unlinked) return 'abandon';
  // The provider's word on the address is not kept with the claim: the link verifies nothing.
  await linkProvider(store, context, { ...account, email: null, emailVerified: false, name: null }, user);
  return undefined;
}
